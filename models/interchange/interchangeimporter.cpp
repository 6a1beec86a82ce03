#include "interchangeimporter.h"

#include "access/access.h"
#include "access/accounts.h"
#include "domain/dataerror.h"
#include "interchangechecks.h"
#include "interchangeformat.h"
#include "interchangemerge.h"
#include "interchangereader.h"
#include "interchangevalues.h"
#include "records/cadresearchindex.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace InterchangeFormat;
using namespace InterchangeValues;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Interchange", text);
}

QString noun(const QString &table)
{
    const Table *described = InterchangeFormat::table(table);
    return described ? QCoreApplication::translate("Interchange", described->recordNoun) : table;
}

QString rowField(const Table &table, int position, const QString &column = {})
{
    QString field = QStringLiteral("%1[%2]").arg(table.name).arg(position);
    if (!column.isEmpty())
        field += QLatin1Char('.') + column;
    return field;
}

// "'male', 'female'" from a CHECK constraint → "male, female".
QString allowedValues(const QString &list)
{
    QStringList values;
    for (QString value : list.split(QLatin1Char(','))) {
        value = value.trimmed();
        if (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))
            && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        values << (value.isEmpty() ? QStringLiteral("\"\"") : value);
    }
    return values.join(QStringLiteral(", "));
}

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
                                                   bool dryRun)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(jsonPath), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw DataError(tr("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(jsonPath), file.errorString()));
    file.close();
    return importBytes(bytes, sealedPath.isEmpty() ? jsonPath : sealedPath, databasePath, signIn,
                       dryRun);
}

InterchangeSummary InterchangeImporter::importBytes(const QByteArray &bytes,
                                                    const QString &filePath,
                                                    const QString &databasePath,
                                                    const SignIn &signIn, bool dryRun)
{
    // Checked before the database is touched: a bad file never creates one.
    const InterchangeDocument document = InterchangeReader().read(bytes);
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
            summary.add(rows.table->name, qint64(rows.rows.size()));
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
            InterchangeMerge merge(*database);
            InterchangeSummary summary;
            summary.filePath = audited;
            summary.fileSha256 = sha256;
            summary.merged = true;
            summary.dryRun = dryRun;
            summary.merge = dryRun ? merge.plan(document, audited, sha256)
                                   : merge.apply(document, audited, sha256);
            for (const InterchangeRows &rows : document.tables)
                summary.add(rows.table->name, qint64(rows.rows.size()));
            return summary;
        }
        if (dryRun)
            return wouldImport();
        return InterchangeImporter(*database).write(document, audited, sha256);
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
    InterchangeSummary summary;
    summary.filePath = filePath;
    summary.fileSha256 = fileSha256;
    for (const InterchangeRows &rows : document.tables) {
        // A database's own identity and seal file stay its own, whatever the file says.
        if (rows.present && rows.table->replacesDefaults)
            Sql::run(db, QStringLiteral("DELETE FROM \"%1\"%2")
                             .arg(rows.table->name,
                                  rows.table->name == QLatin1String("settings")
                                      ? QStringLiteral(" WHERE key NOT IN ('database_id', "
                                                       "'seal_file')")
                                      : QString()));
        insert(rows);
        summary.add(rows.table->name, qint64(rows.rows.size()));
    }
    checkForeignKeys(document);

    // The search keys are written into the cadres first: the entry, written last, accounts for
    // every change the import made.
    CadreSearchIndex::rebuild(db);
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

void InterchangeImporter::insert(const InterchangeRows &rows) const
{
    const Table &table = *rows.table;
    // One statement per set of given fields; left-out fields take the schema's default.
    QHash<quint64, QSqlQuery> statements;
    const bool settings = table.name == QLatin1String("settings");
    for (size_t i = 0; i < rows.rows.size(); ++i) {
        const InterchangeRows::Row &row = rows.rows[i];
        if (settings
            && QStringList{QStringLiteral("database_id"), QStringLiteral("seal_file")}.contains(
                row.values.value(table.columnIndex(QStringLiteral("key"))).toString()))
            continue;
        auto statement = statements.find(row.given);
        if (statement == statements.end()) {
            QStringList names;
            QStringList placeholders;
            for (size_t c = 0; c < table.columns.size(); ++c) {
                if (row.given & (quint64(1) << c)) {
                    names << QLatin1Char('"') + table.columns[c].name + QLatin1Char('"');
                    placeholders << QStringLiteral("?");
                }
            }
            statement = statements.insert(
                row.given, Sql::prepare(m_database.connection(),
                                        QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                            .arg(table.name, names.join(QStringLiteral(", ")),
                                                 placeholders.join(QStringLiteral(", ")))));
        }
        QSqlQuery &query = *statement;
        int placeholder = 0;
        for (size_t c = 0; c < table.columns.size(); ++c)
            if (row.given & (quint64(1) << c))
                query.bindValue(placeholder++, row.values.at(qsizetype(c)));
        if (!query.exec())
            refuseRow(rows, int(i), query.lastError().databaseText());
    }
}

void InterchangeImporter::refuseRow(const InterchangeRows &rows, int position,
                                    const QString &error) const
{
    const Table &table = *rows.table;
    const QVariantList &values = rows.rows[size_t(position)].values;
    const QString where = place(table, position, keyText(table, values));
    const auto valueOf = [&](const QString &column) {
        return values.value(table.columnIndex(column));
    };
    const QString check = QStringLiteral("CHECK constraint failed: ");
    const QString unique = QStringLiteral("UNIQUE constraint failed: ");
    const QString notNull = QStringLiteral("NOT NULL constraint failed: ");

    if (error.startsWith(check)) {
        const QString rule = error.mid(check.size()).simplified();
        static const QRegularExpression inList(QStringLiteral("\\b(\\w+)\\s+IN\\s*\\(([^)]*)\\)"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression literal(QStringLiteral("'[^']*'"));
        QList<QRegularExpressionMatch> lists;
        for (auto match = inList.globalMatch(rule); match.hasNext();)
            lists << match.next();
        if (lists.size() == 1 && table.columnIndex(lists.first().captured(1)) >= 0) {
            const QString column = lists.first().captured(1);
            throw ValidationError(rowField(table, position, column),
                                  tr("%1: field \"%2\": %3 is not one of %4")
                                      .arg(where, column, shown(valueOf(column)),
                                           allowedValues(lists.first().captured(2))));
        }
        QString bare = rule;
        bare.remove(literal);
        QStringList involved;
        QString firstColumn;
        for (const Column &column : table.columns) {
            if (!QRegularExpression(QStringLiteral("\\b%1\\b").arg(column.name))
                     .match(bare)
                     .hasMatch())
                continue;
            if (firstColumn.isEmpty())
                firstColumn = column.name;
            involved << QStringLiteral("\"%1\" (%2)").arg(column.name, shown(valueOf(column.name)));
        }
        throw ValidationError(
            rowField(table, position, firstColumn),
            tr("%1: %2 break the rule: %3")
                .arg(where,
                     involved.isEmpty() ? tr("the fields")
                                        : tr("fields %1").arg(involved.join(QStringLiteral(", "))),
                     rule));
    }
    if (error.startsWith(unique)) {
        QStringList columns;
        QStringList involved;
        for (const QString &qualified : error.mid(unique.size()).split(QStringLiteral(", "))) {
            const QString column = qualified.section(QLatin1Char('.'), -1);
            columns << column;
            involved << QStringLiteral("\"%1\" %2").arg(column, shown(valueOf(column)));
        }
        const QString field = rowField(table, position, columns.first());
        if (columns.size() == 1)
            throw ValidationError(field,
                                  tr("%1: field \"%2\": %3 is already used by another %4")
                                      .arg(where, columns.first(), shown(valueOf(columns.first())),
                                           noun(table.name)));
        throw ValidationError(
            field, tr("%1: fields %2 together are already used by another %3")
                       .arg(where, involved.join(QStringLiteral(", ")), noun(table.name)));
    }
    if (error.startsWith(notNull)) {
        const QString column = error.mid(notNull.size()).section(QLatin1Char('.'), -1);
        throw ValidationError(rowField(table, position, column),
                              tr("%1: field \"%2\" may not be null").arg(where, column));
    }
    throw ValidationError(rowField(table, position),
                          tr("%1: the database refused the record: %2").arg(where, error));
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
        const QString key
            = position >= 0 ? keyText(*rows.table, rows.rows[size_t(position)].values) : QString();
        throw ValidationError(
            tableName,
            tr("%1: refers to no %2").arg(place(*rows.table, position, key), noun(parent)));
    }
    throw ValidationError(tableName, tr("%1: refers to no %2").arg(tableName, noun(parent)));
}
