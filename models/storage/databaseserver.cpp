// Database's server mode: a commission's database on its PostgreSQL server, with the same
// schema as the single-PC file, made from the same migrations in PostgreSQL's dialect.
#include "database.h"

#include "articlesstore.h"
#include "derivedschema.h"
#include "domain/dataerror.h"
#include "migrationhistory.h"
#include "postgresqlschema.h"
#include "privatefiles.h"
#include "schemacheck.h"
#include "searchgrams.h"
#include "serveraddress.h"
#include "serversecurity.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

// Named, not anonymous: the unity build puts database.cpp beside this file.
namespace DatabaseServer {

// The schema version that made the articles table (015_case_review.sql).
constexpr int kArticlesVersion = 15;
// The schema version that made the search grams (017_directory_search.sql).
constexpr int kSearchGramsVersion = 17;
// The advisory lock two programs upgrading one server database at once take in turn.
constexpr qint64 kMigrationLock = 0x4944534d; // "IDSM"

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseServer", text);
}

// What went wrong connecting, in words a commission's staff can act on; libpq's own words last.
QString connectionFailure(const QSqlError &error, const ServerAddress &address)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString where = address.display();
    const auto says = [&](const char *words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("password authentication failed") || says("no password supplied")
        || says("authentication failed"))
        return tr("The server at %1 refused the account name or password.").arg(where);
    if (says("does not exist") && says("database"))
        return tr("The server at %1 has no database named %2.").arg(where, address.database());
    if (says("does not support SSL") || says("SSL") || says("certificate"))
        return tr("The server at %1 could not be reached over a checked TLS connection: %2. Ask "
                  "the commission's administrator for the server's CA certificate.")
            .arg(where, text.trimmed());
    if (says("Connection refused") || says("could not connect") || says("No such file")
        || says("timeout expired") || says("could not translate host name"))
        return tr("The server at %1 cannot be reached: is it running, and is this computer on "
                  "the commission's network?")
            .arg(where);
    return tr("The server at %1 cannot be opened: %2").arg(where, text.trimmed());
}

} // namespace DatabaseServer

std::unique_ptr<Database> Database::openServer(const ServerAddress &address, Mode mode)
{
    // What the program writes from a server's dossiers (exports, papers, scratch files) is the
    // user's alone, as from a file's.
    PrivateFiles::ownerOnlyFromNowOn();
    std::unique_ptr<Database> database(new Database(address.display(), mode == Mode::ReadOnly));
    database->m_server = std::make_unique<ServerAddress>(address);
    database->connectServer();
    database->refuseForeignServerDatabase(mode);
    database->m_serverAccount = ServerSecurity::connectedAccount(database->connection());
    if (!database->m_readOnly)
        database->migrate();
    return database;
}

void Database::connectServer()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        throw DataError(
            DatabaseServer::tr("Qt's PostgreSQL driver is not installed (on Debian and Ubuntu, the "
                               "libqt6sql6-psql package)."));
    m_server->configure(db);
    if (!db.open())
        throw DataError(DatabaseServer::connectionFailure(db.lastError(), *m_server));
    Sql::run(db, QStringLiteral("SET client_min_messages = warning"));
    // The computer's own time zone, so that "today" on the server is the user's today; every
    // timestamp the program writes says UTC itself.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    try {
        Sql::run(db, QStringLiteral("SELECT set_config('TimeZone', ?, false)"),
                 {zone.isEmpty() ? QStringLiteral("UTC") : QString::fromLatin1(zone)});
    } catch (const DataError &) {
        // A zone the server does not know: its "today" is UTC's.
        Sql::run(db, QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    if (m_readOnly)
        Sql::run(db, QStringLiteral("SET default_transaction_read_only = on"));
}

bool Database::serverAccepts(const QString &password) const
{
    if (!m_server)
        return false;
    const QString name = m_connectionName + QStringLiteral("-password");
    bool accepted = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        m_server->withUser(m_server->user(), password).configure(db);
        accepted = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return accepted;
}

void Database::refuseForeignServerDatabase(Mode mode) const
{
    const QSqlDatabase db = connection();
    const QString where = m_server->display();
    const qint64 tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                         "schemaname = current_schema()"))
                              .toLongLong();
    if (tables == 0) {
        if (mode == Mode::CreateOrOpen)
            return;
        throw DataError(
            DatabaseServer::tr("The database at %1 is empty: it holds no dossiers yet. Move a "
                               "single-PC database into it with the migrate command, or let the "
                               "administrator set it up.")
                .arg(where));
    }
    const qint64 application
        = Sql::probe(db, QStringLiteral("SELECT application_id FROM database_identity"))
              .toLongLong();
    if (quint32(application) != applicationId())
        throw DataError(
            DatabaseServer::tr("The database at %1 is not an Integrity Dossier database.")
                .arg(where));
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        throw DataError(DatabaseServer::tr(
                            "The database at %1 was set up by a newer version of Integrity "
                            "Dossier (schema %2; this version reads up to %3). Please update the "
                            "program on this computer.")
                            .arg(where)
                            .arg(version)
                            .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion() && m_readOnly)
        throw DataError(
            DatabaseServer::tr("The database at %1 is at an older schema (%2) than this program's "
                               "(%3), and this connection may not upgrade it. Open it once for "
                               "writing as the administrator.")
                .arg(where)
                .arg(version)
                .arg(latestSchemaVersion()));
}

void Database::migrateServer()
{
    const QSqlDatabase db = connection();
    if (schemaVersion() == latestSchemaVersion() && !DerivedSchema::isStale(db))
        return;
    // An account's own role may change dossiers, never the schema.
    if (!m_serverAccount.isEmpty())
        throw DataError(DatabaseServer::tr("The database at %1 needs an upgrade to this version "
                                           "of the program, which only its owner's server "
                                           "account may make. Ask the administrator to open it "
                                           "once with that account.")
                            .arg(m_server->display()));
    ServerSecurity::requireRoleMaker(db);
    Transaction transaction(db);
    Sql::run(
        db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(DatabaseServer::kMigrationLock));
    // Read again under the lock: another program may have upgraded it meanwhile.
    const int current = schemaVersion();
    if (current == 0) {
        for (const QString &statement : PostgreSqlSchema::preamble())
            Sql::run(db, statement);
        Sql::run(db,
                 QStringLiteral("INSERT INTO database_identity (only, application_id, "
                                "schema_version) VALUES (1, ?, 0) ON CONFLICT (only) DO NOTHING"),
                 {qint64(applicationId())});
    }
    for (const MigrationHistory::Script &migration : MigrationHistory::scripts()) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : PostgreSqlSchema::statements(migration))
            Sql::run(db, statement);
        Sql::run(db, QStringLiteral("UPDATE database_identity SET schema_version = ?"),
                 {migration.version});
    }
    DerivedSchema::install(db);
    if (current < DatabaseServer::kArticlesVersion)
        ArticlesStore::seed(db);
    if (current > 0 && current < DatabaseServer::kSearchGramsVersion)
        SearchGrams::fill(db);
    if (current == 0)
        seedDefaults();
    SchemaCheck::remember(db);
    transaction.commit();
}
