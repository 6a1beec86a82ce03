#include "backup/integritycheck.h"
#include "backup/servermigration.h"
#include "domain/dataerror.h"
#include "interchange/interchangeexporter.h"
#include "records/recordrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/postgresqlschema.h"
#include "storage/schemacheck.h"
#include "storage/serveraddress.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>
#include <thread>

// Server mode's storage: addresses, the schema made on an empty server database from the same
// migrations as the file's, and every server that must be refused refused with a clear message.
class TestServerStorage : public QObject
{
    Q_OBJECT

private slots:
    void addresses_data();
    void addresses();
    void badAddressesAreRefused_data();
    void badAddressesAreRefused();
    void aNewServerDatabaseHasTheFilesSchema();
    void reopeningDoesNotMigrateAgain();
    void countsAndTheirTotalsFollowWrites();
    void aSchemaChangedBehindTheProgramsBackIsNamed();
    void aFileMovesToTheServerWithItsTrail();
    void refusedServers_data();
    void refusedServers();
    void aConnectionLostMidSaveSavesNothingAndSaysSo();
    void filesWrittenFromAServerAreTheUsersAlone();
    void statementsInTheServersWords_data();
    void statementsInTheServersWords();

private:
    // Statements run straight on a server database, as its owner.
    static void rawExec(const ServerAddress &address, const QStringList &statements);
    static QStringList columns(const QSqlDatabase &db, bool server);
};

void TestServerStorage::rawExec(const ServerAddress &address, const QStringList &statements)
{
    const QString refused = TestDatabase::rawExec(address, statements);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
}

void TestServerStorage::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("display");
    QTest::newRow("a server on the LAN checks its certificate")
        << "postgresql://server.jw.local/dossiers"
        << "server.jw.local" << 5432 << "dossiers"
        << ""
        << "verify-full"
        << "postgresql://server.jw.local/dossiers";
    QTest::newRow("the password is never shown or remembered")
        << "postgresql://officer:secret@10.1.2.3:5433/county?sslrootcert=/etc/ca.crt"
        << "10.1.2.3" << 5433 << "county"
        << "officer"
        << "verify-full"
        << "postgresql://officer@10.1.2.3:5433/county?sslrootcert=/etc/ca.crt";
    QTest::newRow("a local socket needs no TLS")
        << "postgresql://postgres@localhost/dossiers?host=/run/postgresql"
        << "/run/postgresql" << 5432 << "dossiers"
        << "postgres"
        << "disable"
        << "postgresql://postgres@localhost/dossiers?host=/run/postgresql";
    QTest::newRow("TLS as the address asks") << "postgres://db.jw.local/dossiers?sslmode=require"
                                             << "db.jw.local" << 5432 << "dossiers"
                                             << ""
                                             << "require"
                                             << "postgresql://db.jw.local/dossiers?sslmode=require";
}

void TestServerStorage::addresses()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QFETCH(QString, display);
    const ServerAddress address = ServerAddress::parse(text);
    QCOMPARE(address.host(), host);
    QCOMPARE(address.port(), port);
    QCOMPARE(address.database(), database);
    QCOMPARE(address.user(), user);
    QCOMPARE(address.sslMode(), sslMode);
    QCOMPARE(address.display(), display);
    QVERIFY(!address.display().contains(QLatin1String("secret")));
}

void TestServerStorage::badAddressesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("a file name") << "/home/jw/dossier.db"
                                 << "is not a server address";
    QTest::newRow("another scheme") << "mysql://server/dossiers"
                                    << "is not a server address";
    QTest::newRow("no database") << "postgresql://server.jw.local"
                                 << "names no database";
    QTest::newRow("no server") << "postgresql:///dossiers"
                               << "names no server";
    QTest::newRow("a misspelt option") << "postgresql://server/dossiers?sslmdoe=verify-full"
                                       << "sets sslmdoe";
    QTest::newRow("no such TLS mode") << "postgresql://server/dossiers?sslmode=sure"
                                      << "is not a TLS mode";
}

void TestServerStorage::badAddressesAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    try {
        ServerAddress::parse(text);
        QFAIL("the address was taken");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
}

QStringList TestServerStorage::columns(const QSqlDatabase &db, bool server)
{
    // Every table's columns, as "table.column", but the engines' own and the search table's
    // (an FTS5 table in the file, a plain one on the server).
    QStringList names;
    if (server) {
        QSqlQuery query = Sql::run(
            db, QStringLiteral("SELECT table_name || '.' || column_name FROM "
                               "information_schema.columns WHERE table_schema = current_schema() "
                               "AND table_name NOT IN ('database_identity', 'cadre_search', "
                               "'recount_pending', 'schema_objects') AND "
                               "table_name IN (SELECT tablename FROM pg_tables WHERE schemaname = "
                               "current_schema())"));
        while (query.next())
            names << query.value(0).toString();
    } else {
        QSqlQuery query = Sql::run(
            db,
            QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master m, "
                           "pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT "
                           "LIKE 'sqlite\\_%' ESCAPE '\\' AND m.name NOT LIKE 'cadre\\_search%' "
                           "ESCAPE '\\'"));
        while (query.next())
            names << query.value(0).toString();
    }
    names.sort();
    return names;
}

void TestServerStorage::aNewServerDatabaseHasTheFilesSchema()
{
    const ServerAddress address = TestDatabase::newServerDatabase(true);
    auto server = Database::openServer(address, Database::Mode::CreateOrOpen);
    QVERIFY(server->isServer());
    QCOMPARE(server->schemaVersion(), Database::latestSchemaVersion());
    auto file = Database::openInMemory();
    const QStringList fileColumns = columns(file->connection(), false);
    QVERIFY(fileColumns.size() > 300);
    QCOMPARE(columns(server->connection(), true), fileColumns);
    // The same seeded rules, articles and derived views.
    for (const QString &table :
         {QStringLiteral("rules"), QStringLiteral("articles"), QStringLiteral("four_form_classes"),
          QStringLiteral("statistic_sources"), QStringLiteral("cadre_timeline")})
        QCOMPARE(
            Sql::scalar(server->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
                .toLongLong(),
            Sql::scalar(file->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
                .toLongLong());
    // The derived triggers were made there too, one function each, and besides them the
    // server's own: each table whose changes count announces its writes to open windows, and
    // the accounts' guard (ServerSecurity).
    const qint64 triggers
        = Sql::scalar(server->connection(),
                      QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND "
                                     "tgname NOT LIKE '%\\_changes\\_notify' AND tgname <> "
                                     "'accounts_guard'"))
              .toLongLong();
    QVERIFY(Sql::scalar(server->connection(),
                        QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                       "'clues_changes_notify'"))
                .toLongLong()
            == 1);
    const qint64 fileTriggers
        = Sql::scalar(file->connection(),
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"))
              .toLongLong();
    QCOMPARE(triggers, fileTriggers);
}

void TestServerStorage::reopeningDoesNotMigrateAgain()
{
    const ServerAddress address = TestDatabase::newServerDatabase(true);
    Database::openServer(address, Database::Mode::CreateOrOpen);
    rawExec(address, {QStringLiteral("CREATE TABLE marker (x INTEGER)")});
    auto again = Database::openServer(address);
    QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(
        Sql::scalar(again->connection(), QStringLiteral("SELECT count(*) FROM database_identity"))
            .toInt(),
        1);
    // Nothing was made again: the marker stands and the rules were not seeded twice.
    QCOMPARE(
        Sql::scalar(again->connection(), QStringLiteral("SELECT count(*) FROM marker")).toInt(), 0);
    auto file = Database::openInMemory();
    QCOMPARE(Sql::scalar(again->connection(), QStringLiteral("SELECT count(*) FROM rules")),
             Sql::scalar(file->connection(), QStringLiteral("SELECT count(*) FROM rules")));
}

void TestServerStorage::countsAndTheirTotalsFollowWrites()
{
    const ServerAddress address = TestDatabase::newServerDatabase();
    auto database = Database::openServer(address, Database::Mode::CreateOrOpen);
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县财政局"));
    const qint64 before
        = Sql::scalar(database->connection(),
                      QStringLiteral("SELECT changes FROM record_changes WHERE only = 1"))
              .toLongLong();
    const qint64 cadre = TestDatabase::addCadre(*database, QStringLiteral("张建国"), unit,
                                                QStringLiteral("局长"), true);
    QVERIFY(cadre > 0);
    QVERIFY(Sql::scalar(database->connection(),
                        QStringLiteral("SELECT changes FROM record_changes WHERE only = 1"))
                .toLongLong()
            > before);
    // A talk counts in its month, for its unit, and in the county's total.
    Sql::run(database->connection(),
             QStringLiteral("INSERT INTO talks (cadre_id, kind, talk_date, held_by, summary) "
                            "VALUES (?, 'reminder', '2026-03-05', 'discipline_commission', '')"),
             {cadre});
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT sum(count) FROM statistic_totals WHERE period = "
                                        "'2026-03' AND indicator LIKE 'talk%'"))
                 .toLongLong(),
             Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM statistic_sources WHERE period = "
                                        "'2026-03' AND indicator LIKE 'talk%'"))
                 .toLongLong());
    QVERIFY(Sql::scalar(database->connection(),
                        QStringLiteral("SELECT count(*) FROM statistic_counts WHERE period = "
                                       "'2026-03' AND unit_id = ?"),
                        {unit})
                .toLongLong()
            > 0);
    // The trail cannot be changed, as in the file.
    QSqlQuery change(database->connection());
    QVERIFY(!change.exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone'")));
    QVERIFY(change.lastError().text().contains(QLatin1String("audit entries cannot be changed")));
}

void TestServerStorage::aSchemaChangedBehindTheProgramsBackIsNamed()
{
    const ServerAddress address = TestDatabase::newServerDatabase();
    {
        auto database = Database::openServer(address, Database::Mode::CreateOrOpen);
        QCOMPARE(SchemaCheck::differences(database->connection()), QStringList());
    }
    // The trail's guard switched off, a table added, an index dropped.
    rawExec(address, {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"),
                      QStringLiteral("CREATE TABLE copies (id INTEGER)"),
                      QStringLiteral("DROP INDEX talks_date")});
    auto database = Database::openServer(address);
    const QStringList problems = SchemaCheck::differences(database->connection());
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.join(QLatin1Char('\n'))
                .contains(QLatin1String("trigger audit_log_no_update has been altered")));
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("table copies is not one")));
    QVERIFY(
        problems.join(QLatin1Char('\n')).contains(QLatin1String("index talks_date is missing")));
}

void TestServerStorage::aFileMovesToTheServerWithItsTrail()
{
    QTemporaryDir dir;
    auto file = TestDatabase::demoCounty(dir, {}, QStringLiteral("admin"));
    const ServerAddress address = TestDatabase::newServerDatabase(true);
    const ServerMigration::Report report = ServerMigration::run(*file, address);
    QVERIFY(report.rows > 10000);
    auto server = Database::openServer(address);
    // The trail, with the entry that records the move, verifies the same on both sides.
    const AuditLog::Verification fileTrail = AuditLog::verify(file->connection());
    const AuditLog::Verification serverTrail = AuditLog::verify(server->connection());
    QVERIFY(serverTrail.intact);
    QCOMPARE(serverTrail.entries, fileTrail.entries);
    QCOMPARE(serverTrail.headHash, fileTrail.headHash);
    QCOMPARE(report.trailHead, fileTrail.headHash);
    QCOMPARE(AuditLog::storedHead(server->connection()), AuditLog::storedHead(file->connection()));
    QCOMPARE(AuditLog::unaccountedChanges(server->connection()).size(), 0);
    // check passes on both sides, and both export the same records.
    const IntegrityReport serverCheck = checkIntegrity(*server);
    QVERIFY2(serverCheck.ok(), qPrintable(serverCheck.problems.join(QLatin1Char('\n'))));
    QVERIFY(checkIntegrity(*file).ok());
    InterchangeSummary fromFile;
    InterchangeSummary fromServer;
    const QByteArray fileExport = InterchangeExporter(*file).toBytes(fromFile);
    const QByteArray serverExport = InterchangeExporter(*server).toBytes(fromServer);
    QVERIFY(fileExport.size() > 1000000);
    QVERIFY(fileExport == serverExport);
    // A second move into the same database is refused and changes nothing there.
    const qint64 entries = serverTrail.entries;
    try {
        ServerMigration::run(*file, address);
        QFAIL("a database was moved over another");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QLatin1String("already holds records")),
                 qPrintable(error.message()));
    }
    QCOMPARE(AuditLog::verify(server->connection()).entries, entries);
    // The server gives new records the keys after the copied ones.
    TestDatabase::signIn(*server, QStringLiteral("officer"));
    const qint64 highest
        = Sql::scalar(server->connection(), QStringLiteral("SELECT max(id) FROM units"))
              .toLongLong();
    QVERIFY(TestDatabase::addUnit(*server, QStringLiteral("新设的单位")) > highest);
}

void TestServerStorage::refusedServers_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("an empty database, when not creating") << "empty"
                                                          << "holds no dossiers yet";
    QTest::newRow("another program's database") << "foreign"
                                                << "not an Integrity Dossier";
    QTest::newRow("a newer schema") << "newer"
                                    << "set up by a newer version";
    QTest::newRow("a server that is down") << "down"
                                           << "cannot be reached";
    QTest::newRow("a wrong password") << "password"
                                      << "refused the account name or password";
    QTest::newRow("a server without TLS, when TLS is asked") << "tls"
                                                             << "checked TLS connection";
    QTest::newRow("no such database") << "missing"
                                      << "has no database named";
}

void TestServerStorage::refusedServers()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    ServerAddress address = TestDatabase::newServerDatabase(true);
    const QString tcp = QStringLiteral("postgresql://postgres:wrong@127.0.0.1:%1/%2")
                            .arg(address.port())
                            .arg(address.database());
    if (damage == QLatin1String("foreign")) {
        rawExec(address, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY)")});
    } else if (damage == QLatin1String("newer")) {
        Database::openServer(address, Database::Mode::CreateOrOpen);
        rawExec(address, {QStringLiteral("UPDATE database_identity SET schema_version = %1")
                              .arg(Database::latestSchemaVersion() + 1)});
    } else if (damage == QLatin1String("down")) {
        // A port nothing listens on.
        address = ServerAddress::parse(
            QStringLiteral("postgresql://postgres@127.0.0.1:9/dossiers?sslmode=disable"));
    } else if (damage == QLatin1String("password")) {
        address = ServerAddress::parse(tcp + QStringLiteral("?sslmode=disable"));
    } else if (damage == QLatin1String("tls")) {
        address = ServerAddress::parse(tcp + QStringLiteral("?sslmode=require"));
    } else if (damage == QLatin1String("missing")) {
        address = address.withDatabase(QStringLiteral("no_such_database"));
    }
    const auto refuse = [&] {
        try {
            Database::openServer(address);
            return QString();
        } catch (const DataError &error) {
            return error.message();
        }
    };
    const QString said = refuse();
    QVERIFY2(said.contains(message), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("wrong")), "the password is never shown");
    if (damage == QLatin1String("newer"))
        QVERIFY(said.contains(QString::number(Database::latestSchemaVersion() + 1)));
}

void TestServerStorage::aConnectionLostMidSaveSavesNothingAndSaysSo()
{
    const ServerAddress address = TestDatabase::newServerDatabase();
    auto database = Database::openServer(address);
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    const qint64 cadre = TestDatabase::addCadre(*database, QStringLiteral("李明"), unit);
    RecordRepository repository(*database);
    const qint64 talk
        = repository.create(QStringLiteral("talks"),
                            {{QStringLiteral("cadre_id"), cadre},
                             {QStringLiteral("kind"), QStringLiteral("reminder")},
                             {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                             {QStringLiteral("talk_date"), QStringLiteral("2026-03-02")},
                             {QStringLiteral("summary"), QStringLiteral("原稿")}});
    const QVariantMap before = repository.load(QStringLiteral("talks"), talk);
    const QString entries = QStringLiteral("SELECT count(*) FROM audit_log");
    const qint64 entriesBefore = Sql::scalar(database->connection(), entries).toLongLong();
    const qint64 pid
        = Sql::scalar(database->connection(), QStringLiteral("SELECT pg_backend_pid()"))
              .toLongLong();

    // Another connection holds the talk's row, so the save stops inside its transaction, its
    // first statements made; then the server ends the program's connection.
    QSqlDatabase holder
        = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("holder"));
    address.configure(holder);
    QVERIFY(holder.open());
    QVERIFY(holder.transaction());
    QSqlQuery hold(holder);
    QVERIFY(hold.exec(QStringLiteral("SELECT id FROM talks WHERE id = %1 FOR UPDATE").arg(talk)));
    std::thread cut([address, pid] {
        QThread::msleep(800);
        {
            QSqlDatabase killer
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("killer"));
            address.configure(killer);
            if (killer.open())
                QSqlQuery(killer).exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
            killer.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("killer"));
    });
    QString said;
    try {
        repository.update(QStringLiteral("talks"), talk,
                          {{QStringLiteral("summary"), QStringLiteral("半截")}},
                          RecordRepository::version(before));
    } catch (const DataError &error) {
        said = error.message();
    }
    cut.join();
    holder.rollback();
    holder.close();
    QVERIFY2(said.contains(QLatin1String("connection to the server was lost")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("nothing was saved")), qPrintable(said));

    // Nothing half-written: the record and the trail as they were.
    database.reset();
    auto again = Database::openServer(address);
    TestDatabase::signIn(*again, QStringLiteral("officer"));
    QCOMPARE(RecordRepository(*again).load(QStringLiteral("talks"), talk), before);
    // The sign-in just now is the trail's one new entry.
    QCOMPARE(Sql::scalar(again->connection(), entries).toLongLong(), entriesBefore + 1);
    QVERIFY(AuditLog::verify(again->connection()).intact);
}

void TestServerStorage::filesWrittenFromAServerAreTheUsersAlone()
{
    ::umask(022);
    auto database = Database::openServer(TestDatabase::newServerDatabase());
    QTemporaryDir dir;
    QFile exported(dir.filePath(QStringLiteral("export.json")));
    QVERIFY(exported.open(QIODevice::WriteOnly));
    exported.write("{}");
    exported.close();
    QCOMPARE(exported.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestServerStorage::statementsInTheServersWords_data()
{
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("server");
    QTest::newRow("a singleton's key") << "SELECT digest FROM derived_objects WHERE only = 1"
                                       << "SELECT digest FROM derived_objects WHERE \"only\" = 1";
    QTest::newRow("only inside text stays") << "SELECT 'only' FROM units"
                                            << "SELECT 'only' FROM units";
    QTest::newRow("group_concat with a separator")
        << "SELECT group_concat(name, ', ') FROM units"
        << "SELECT string_agg(CAST(name AS text), ', ') FROM units";
    QTest::newRow("group_concat by a character's code")
        << "SELECT group_concat(a.file_name, char(10)) FROM attachments a"
        << "SELECT string_agg(CAST(a.file_name AS text), chr(10)) FROM attachments a";
    QTest::newRow("varchar is no char") << "SELECT CAST(name AS varchar(10)) FROM units"
                                        << "SELECT CAST(name AS varchar(10)) FROM units";
    QTest::newRow("today") << "SELECT date('now')"
                           << "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
}

void TestServerStorage::statementsInTheServersWords()
{
    QFETCH(QString, sqlite);
    QFETCH(QString, server);
    QCOMPARE(PostgreSqlSchema::forServer(sqlite), server);
}

QTEST_GUILESS_MAIN(TestServerStorage)
#include "test_server_storage.moc"
