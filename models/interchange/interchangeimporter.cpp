#include "interchangeimporter.h"

#include "access/access.h"
#include "access/accounts.h"
#include "domain/dataerror.h"
#include "interchangechecks.h"
#include "interchangeformat.h"
#include "interchangemerge.h"
#include "interchangereader.h"
#include "interchangetablewriter.h"
#include "interchangevalues.h"
#include "records/cadresearchindex.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/derivedschema.h"
#include "storage/dialect.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

using namespace InterchangeFormat;
using namespace InterchangeValues;

namespace {

QString tr(const char *text)
{
    return InterchangeFormat::translate(text);
}

// The triggers that keep the statistics' counts (DerivedSchema), not those that count changes
// for the audit trail.
void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

InterchangeImporter::InterchangeImporter(const Database &database)
    : m_database(database)
{}

InterchangeSummary InterchangeImporter::importFile(const QString &jsonPath,
                                                   const QString &databasePath,
                                                   const SignIn &signIn, const QString &sealedPath,
                                                   bool dryRun, const Progress &progress)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(jsonPath), file.errorString()));
    return importDevice(file, sealedPath.isEmpty() ? jsonPath : sealedPath, databasePath, signIn,
                        dryRun, progress);
}

InterchangeSummary InterchangeImporter::importBytes(const QByteArray &bytes,
                                                    const QString &filePath,
                                                    const QString &databasePath,
                                                    const SignIn &signIn, bool dryRun,
                                                    const Progress &progress)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, filePath, databasePath, signIn, dryRun, progress);
}

InterchangeSummary InterchangeImporter::importDevice(QIODevice &device, const QString &filePath,
                                                     const QString &databasePath,
                                                     const SignIn &signIn, bool dryRun,
                                                     const Progress &progress)
{
    // Checked before the database is touched: a bad file never creates one. Only the keys
    // are kept; the rows are read again to be written.
    const auto checking = [&progress](qint64 done, qint64 total) {
        if (progress)
            progress(Stage::Checking, done, total);
    };
    const InterchangeDocument document = InterchangeReader().read(device, false, checking);
    // The file that came in is audited: an encrypted one as it is, not what it decrypted to.
    const QString audited = QFileInfo(filePath).absoluteFilePath();
    QFile sealed(filePath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!sealed.open(QIODevice::ReadOnly) || !hash.addData(&sealed))
        throw DataError(tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(filePath), sealed.errorString()));
    const QString sha256 = QString::fromLatin1(hash.result().toHex());

    const QFileInfo target(databasePath);
    const bool fresh = !target.exists() || (target.isFile() && target.size() == 0);
    const bool wasEmptyFile = fresh && target.exists();
    // What a new or empty database would take: the file's rows, every one new.
    const auto wouldImport = [&] {
        InterchangeChecks::check(document);
        InterchangeSummary summary;
        summary.filePath = audited;
        summary.fileSha256 = sha256;
        summary.dryRun = true;
        for (const InterchangeRows &rows : document.tables)
            summary.add(rows.table->name, rows.count);
        return summary;
    };
    if (dryRun && fresh)
        return wouldImport(); // no database is made for a dry run
    bool created = false;
    try {
        const auto database = Database::open(databasePath, fresh ? Database::Mode::CreateOrOpen
                                                                 : Database::Mode::OpenExisting);
        created = fresh;
        if (signIn)
            signIn(*database);
        if (!fresh && holdsDossiers(*database)) {
            if (database->isReadOnly())
                throw DataError(tr("%1 is open for reading only; an import needs write access.")
                                    .arg(QDir::toNativeSeparators(database->path())));
            const QStringList drift = schemaProblems(database->connection());
            if (!drift.isEmpty())
                throw DataError(tr("The database does not match the interchange format: %1")
                                    .arg(drift.join(QLatin1Char(' '))));
            InterchangeChecks::check(document);
            // A merge matches records against each other: it takes them all at once.
            device.seek(0);
            const InterchangeDocument whole = InterchangeReader().read(device);
            InterchangeMerge merge(*database);
            InterchangeSummary summary;
            summary.filePath = audited;
            summary.fileSha256 = sha256;
            summary.merged = true;
            summary.dryRun = dryRun;
            summary.merge
                = dryRun ? merge.plan(whole, audited, sha256) : merge.apply(whole, audited, sha256);
            for (const InterchangeRows &rows : whole.tables)
                summary.add(rows.table->name, rows.count);
            return summary;
        }
        if (dryRun)
            return wouldImport();
        device.seek(0);
        return InterchangeImporter(*database).write(device, document, audited, sha256, progress);
    } catch (const DataError &) {
        // The database is closed by now; one made for this import goes again.
        if (created) {
            removeDatabaseFiles(databasePath);
            if (wasEmptyFile)
                QFile(databasePath).open(QIODevice::WriteOnly);
        }
        throw;
    }
}

InterchangeSummary InterchangeImporter::write(const InterchangeDocument &document,
                                              const QString &filePath,
                                              const QString &fileSha256) const
{
    Q_ASSERT(document.rowsKept);
    return writeWith(document, filePath, fileSha256, [&] {
        qint64 changed = 0;
        for (const InterchangeRows &rows : document.tables) {
            InterchangeTableWriter writer(m_database, *rows.table);
            if (rows.present && rows.table->replacesDefaults)
                writer.replaceDefaults();
            for (size_t i = 0; i < rows.rows.size(); ++i)
                writer.write(int(i), rows.rows[i]);
            changed += writer.changed();
        }
        return changed;
    });
}

InterchangeSummary InterchangeImporter::write(QIODevice &device, const InterchangeDocument &checked,
                                              const QString &filePath, const QString &fileSha256,
                                              const Progress &progress) const
{
    return writeWith(checked, filePath, fileSha256, [&] {
        const auto writing = [&progress](qint64 done, qint64 total) {
            if (progress)
                progress(Stage::Writing, done, total);
        };
        InterchangeStreamWriter writer(m_database, checked, writing);
        writer.writeAll(device);
        return writer.changed();
    });
}

InterchangeSummary InterchangeImporter::writeWith(const InterchangeDocument &document,
                                                  const QString &filePath,
                                                  const QString &fileSha256,
                                                  const std::function<qint64()> &insertAll) const
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.isReadOnly())
        throw DataError(tr("%1 is open for reading only; an import needs write access.")
                            .arg(QDir::toNativeSeparators(m_database.path())));
    const QStringList drift = schemaProblems(db);
    if (!drift.isEmpty())
        throw DataError(tr("The database does not match the interchange format: %1")
                            .arg(drift.join(QLatin1Char(' '))));
    InterchangeChecks::check(document);
    requireEmpty();
    // An empty database nobody has claimed yet (no accounts: before its first start) may be
    // filled by an import; once it has accounts, only an account allowed to import may.
    if (Accounts::exist(db))
        Access::require(m_database, Permission::ImportData);

    Transaction transaction(db);
    // Records may refer to ones later in the file (a unit to its parent); references are
    // checked once everything is in, below and again by SQLite at commit.
    Sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    // In a file database the kept statistics are counted once, after the last record, rather
    // than counted again around every record as it goes in; the same transaction puts their
    // triggers back (DerivedSchema::install), so a failed import leaves them as they were. The
    // changes the trail counts are added up the same way: every row the import writes or
    // replaces, then every cadre's search keys, in one step instead of one per row.
    const bool countOnce = Dialects::of(db) == Dialect::Sqlite;
    if (countOnce)
        DerivedSchema::suspend(db, DerivedSchema::Counting::Suspended);
    const qint64 changed
        = insertAll() + Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadres")).toLongLong();
    InterchangeSummary summary;
    summary.filePath = filePath;
    summary.fileSha256 = fileSha256;
    for (const InterchangeRows &rows : document.tables)
        summary.add(rows.table->name, rows.count);
    checkForeignKeys(document);

    // The search keys are written into the cadres first: the entry, written last, accounts for
    // every change the import made.
    CadreSearchIndex::rebuild(db);
    if (countOnce) {
        DerivedSchema::install(db);
        Sql::run(db, QStringLiteral("UPDATE record_changes SET changes = changes + ?"), {changed});
    }
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("database");
    entry.after = summary.auditRecord();
    AuditLog::append(m_database, entry);
    transaction.commit();
    return summary;
}

bool InterchangeImporter::holdsDossiers(const Database &database)
{
    for (const Table &table : tables())
        if (!table.replacesDefaults
            && Sql::scalar(database.connection(),
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM \"%1\")").arg(table.name))
                   .toBool())
            return true;
    return false;
}

void InterchangeImporter::requireEmpty() const
{
    const QSqlDatabase db = m_database.connection();
    QStringList held;
    for (const Table &table : tables()) {
        if (table.replacesDefaults)
            continue;
        const qint64 count
            = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table.name))
                  .toLongLong();
        if (count > 0)
            held << QStringLiteral("%1 %2").arg(table.name).arg(count);
    }
    if (!held.isEmpty())
        throw DataError(
            tr("%1 already holds dossiers (%2); an import goes only into a new or "
               "empty database.")
                .arg(QDir::toNativeSeparators(m_database.path()), held.join(QStringLiteral(", "))));
}

void InterchangeImporter::checkForeignKeys(const InterchangeDocument &document) const
{
    QSqlQuery violations
        = Sql::run(m_database.connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!violations.next())
        return;
    const QString tableName = violations.value(0).toString();
    const QVariant rowid = violations.value(1);
    const QString parent = violations.value(2).toString();
    for (const InterchangeRows &rows : document.tables) {
        if (rows.table->name != tableName)
            continue;
        const int position = rowid.isNull() ? -1 : rows.positionOfId(rowid.toLongLong());
        const QString key = rows.keyAt(position);
        throw ValidationError(tableName, tr("%1: refers to no %2")
                                             .arg(place(*rows.table, position, key),
                                                  InterchangeFormat::recordNoun(parent)));
    }
    throw ValidationError(
        tableName, tr("%1: refers to no %2").arg(tableName, InterchangeFormat::recordNoun(parent)));
}
