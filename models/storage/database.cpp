#include "database.h"

#include "privatefiles.h"

#include "articlesstore.h"
#include "databasefile.h"
#include "databaselock.h"
#include "derivedschema.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "fileconnection.h"
#include "migrationhistory.h"
#include "searchgrams.h"
#include "serveraddress.h"
#include "sql.h"
#include "sqlscript.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

void seedDefaultRules(const QSqlDatabase &db); // rulesstore.cpp

namespace {

constexpr quint32 kApplicationId = 0x49445331; // "IDS1"
// The schema version that made the articles table (015_case_review.sql).
constexpr int kArticlesVersion = 15;
// The schema version that made the search grams (017_directory_search.sql).
constexpr int kSearchGramsVersion = 17;

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString defaultActor()
{
    QString name = qEnvironmentVariable("INTEGRITY_DOSSIER_USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? QStringLiteral("system") : name;
}

} // namespace

Database::Database(const QString &path, bool readOnly)
    : m_path(path)
    , m_actor(defaultActor())
    , m_readOnly(readOnly)
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("dossier-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::actor() const
{
    return m_session ? m_session->accountName : m_actor;
}

QString Database::actorName() const
{
    return m_session && !m_session->realName.isEmpty() ? m_session->realName : actor();
}

int Database::latestSchemaVersion()
{
    const auto all = MigrationHistory::scripts();
    return all.isEmpty() ? 0 : all.back().version;
}

quint32 Database::applicationId()
{
    return kApplicationId;
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode)
{
    const DatabaseFileHeader header = readDatabaseFileHeader(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!header.exists && mode != Mode::CreateOrOpen)
        throw DataError(tr("There is no database at %1.").arg(name));
    if (!header.exists) {
        const QFileInfo info(path);
        if (!QFileInfo(info.absolutePath()).isDir())
            throw DataError(tr("The folder for %1 does not exist.").arg(name));
    }
    if (header.exists && header.empty && mode != Mode::CreateOrOpen)
        throw DataError(tr("%1 is empty: it is not an Integrity Dossier database.").arg(name));
    const bool fresh = !header.exists || header.empty;
    if (DatabaseLock::isOnNetworkShare(path))
        throw DataError(tr("%1 is on a network share. A dossier database must live on this "
                           "computer's own disk: copy it here, or keep it on the dedicated PC.")
                            .arg(name));
    // Locked before the header is trusted: another writer's latest changes may still sit in its
    // write-ahead log.
    std::unique_ptr<QLockFile> lock;
    if (mode != Mode::ReadOnly && (!header.exists || header.writable))
        lock = DatabaseLock::acquire(path);
    if (header.exists && !fresh) {
        if (!header.isSqlite)
            throw DataError(tr("%1 is not an Integrity Dossier database.").arg(name));
        if (header.applicationId != kApplicationId)
            throw DataError(
                tr("%1 is an SQLite database, but not one of Integrity Dossier.").arg(name));
        if (int(header.userVersion) > latestSchemaVersion())
            throw DataError(tr("%1 was written by a newer version of Integrity Dossier (schema "
                               "%2; this version reads up to %3). Please update the program.")
                                .arg(name)
                                .arg(header.userVersion)
                                .arg(latestSchemaVersion()));
        if (mode != Mode::ReadOnly && !header.writable)
            throw DataError(
                tr("%1 is read-only. Open it for reading, or ask for write access.").arg(name));
    }
    if (mode == Mode::OpenChecked && header.exists && !header.empty) {
        const QString problem = quickCheck(path);
        if (!problem.isEmpty())
            throw DataError(tr("%1 is damaged, so nothing will be written to it: %2. Run check "
                               "for the details, and restore the newest backup.")
                                .arg(name, problem));
    }
    PrivateFiles::ownerOnlyFromNowOn();
    if (lock)
        removeLeftovers(path);
    // A new database is made whole under a scratch name and renamed into place, so a kill or a
    // full disk never leaves a half-made file that nothing would open or overwrite again.
    if (!header.exists)
        createAtomically(path);
    std::unique_ptr<Database> database(new Database(path, mode == Mode::ReadOnly));
    database->m_lock = std::move(lock);
    database->connect();
    if (!database->m_readOnly) {
        database->refuseBrokenHistory();
        database->applyConnectionSettings();
        database->migrate();
        PrivateFiles::restrict(path);
    }
    return database;
}

QString Database::quickCheck(const QString &path)
{
    return FileConnection(path).checkProblem(QStringLiteral("quick_check"));
}

void Database::markDamaged(const QString &problem)
{
    m_damage = problem;
    QSqlQuery refuse(connection());
    refuse.exec(isServer() ? QStringLiteral("SET default_transaction_read_only = on")
                           : QStringLiteral("PRAGMA query_only = ON"));
}

void Database::createAtomically(const QString &path)
{
    const QString scratch
        = QStringLiteral("%1.%2-new.creating").arg(path).arg(QCoreApplication::applicationPid());
    const auto clean = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(scratch + suffix);
    };
    clean();
    try {
        Database building(scratch, false);
        building.connect();
        building.applyConnectionSettings();
        building.migrate();
        Sql::run(building.connection(), QStringLiteral("PRAGMA journal_mode = DELETE"));
    } catch (const DataError &) {
        clean();
        throw;
    }
    QFile::remove(scratch + QStringLiteral("-wal"));
    QFile::remove(scratch + QStringLiteral("-shm"));
    if (!QFile::rename(scratch, path)) {
        clean();
        throw DataError(tr("%1 cannot be created here.").arg(QDir::toNativeSeparators(path)));
    }
}

void Database::removeLeftovers(const QString &path)
{
    // Scratch files a killed restore or backup of this database left beside it: a backup being
    // decrypted or encrypted holds dossiers in the clear.
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    const QStringList patterns{info.fileName() + QStringLiteral(".*.restoring*"),
                               info.fileName() + QStringLiteral(".*.plain*"),
                               info.fileName() + QStringLiteral(".*.creating*")};
    // This process's own are still in use ("<name>.<pid>-<n>.restoring").
    const QString own
        = QStringLiteral("%1.%2-").arg(info.fileName()).arg(QCoreApplication::applicationPid());
    for (const QString &leftover : folder.entryList(patterns, QDir::Files | QDir::Hidden)) {
        if (!leftover.startsWith(own))
            QFile::remove(folder.filePath(leftover));
    }
}

std::unique_ptr<Database> Database::openInMemory()
{
    std::unique_ptr<Database> database(new Database(QStringLiteral(":memory:"), false));
    database->connect();
    database->applyConnectionSettings();
    database->migrate();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        throw DataError(tr("The SQLite driver for Qt is not installed."));
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        throw DataError(tr("%1 cannot be opened: %2")
                            .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    Sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Sql::run(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    Sql::run(db, QStringLiteral("PRAGMA cache_size = -65536"));
}

void Database::applyConnectionSettings()
{
    const QSqlDatabase db = connection();
    // A probe write: a database held by another program is refused now, not half-way later.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE")))
        throw DataError(tr("%1 is in use by another program (the file is locked). Close it "
                           "there and try again.")
                            .arg(QDir::toNativeSeparators(m_path)));
    probe.exec(QStringLiteral("ROLLBACK"));
    if (m_path != QLatin1String(":memory:")) {
        const QString mode
            = Sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw DataError(tr("%1 cannot use write-ahead logging; is it on a network share?")
                                .arg(QDir::toNativeSeparators(m_path)));
    }
    Sql::run(db, QStringLiteral("PRAGMA synchronous = FULL"));
    Sql::run(db, QStringLiteral("PRAGMA secure_delete = ON"));
}

int Database::schemaVersion() const
{
    if (isServer())
        return Sql::probe(connection(),
                          QStringLiteral("SELECT schema_version FROM database_identity"))
            .toInt();
    return Sql::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::refuseBrokenHistory() const
{
    const QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current <= 0 || current >= latestSchemaVersion())
        return;
    // Upgraded only from the schema its version stands for: never half-migrated.
    bool released = false;
    for (const MigrationHistory::Script &script : MigrationHistory::scripts())
        released = released || script.version == current;
    if (!released)
        throw DataError(tr("%1 says it is at schema version %2, which no release of the program "
                           "made. Nothing was changed; open a backup made by a released "
                           "version of the program.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(current));
    const QStringList lacking = MigrationHistory::missing(db, current);
    if (!lacking.isEmpty())
        throw DataError(QCoreApplication::translate(
                            "Database",
                            "%1 says it is at schema version %2 but lacks %n of the tables, "
                            "indexes and triggers that version has: it was made by a build that "
                            "skipped a schema migration. Nothing was changed; open a backup made "
                            "by a released version of the program.",
                            nullptr, int(lacking.size()))
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(current));
}

void Database::migrate()
{
    if (isServer()) {
        migrateServer();
        return;
    }
    const QSqlDatabase db = connection();
    const int current = schemaVersion();
    // A newer program's database is left alone; a current one has its derived triggers
    // made again only when they are not this program's.
    if (current > latestSchemaVersion()
        || (current == latestSchemaVersion() && !DerivedSchema::isStale(db)))
        return;
    Transaction transaction(db);
    for (const MigrationHistory::Script &migration : MigrationHistory::scripts()) {
        if (migration.version <= current)
            continue;
        // A migration may hold no statement any more (005's view is the program's own now).
        if (!QFile::exists(migration.resource))
            throw DataError(tr("The schema migration %1 is missing.").arg(migration.resource));
        const QStringList statements = MigrationHistory::statements(migration);
        for (const QString &statement : statements)
            Sql::run(db, statement);
        Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
    }
    DerivedSchema::install(db);
    // The articles table comes with the articles the program ships, in a new database and in
    // one upgraded to it alike.
    if (current < kArticlesVersion)
        ArticlesStore::seed(db);
    // A database upgraded to the grams gets its cadres' grams from its search table.
    if (current > 0 && current < kSearchGramsVersion)
        SearchGrams::fill(db);
    if (current == 0) {
        Sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        seedDefaults();
    }
    transaction.commit();
    // The new schema version and application id into the file itself, so a reader that looks
    // at the header alone (a second copy, a read-only opening) sees them at once.
    if (m_path != QLatin1String(":memory:"))
        Sql::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void Database::seedDefaults()
{
    const QSqlDatabase db = connection();
    // Settings are not seeded: SettingsStore gives each one's default until it is changed.
    seedDefaultRules(db);
}
