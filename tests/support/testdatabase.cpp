#include "testdatabase.h"

#include "access/accounts.h"
#include "demo/demogenerator.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

namespace TestDatabase {

void addDemoAccounts(Database &database)
{
    Accounts accounts(database);
    if (accounts.isEmpty())
        accounts.createDemoAccounts(QStringLiteral("demo"));
}

void signIn(Database &database, const QString &account)
{
    addDemoAccounts(database);
    Accounts(database).signIn(account, QStringLiteral("demo"));
}

namespace {

QString runAll(QSqlDatabase &db, const QStringList &statements)
{
    if (!db.open())
        return db.lastError().text();
    QSqlQuery query(db);
    for (const QString &statement : statements)
        if (!query.exec(statement))
            return statement + QStringLiteral(": ") + query.lastError().text();
    return {};
}

} // namespace

QString rawExec(const QString &path, const QStringList &statements)
{
    QString refused;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        refused = runAll(db, statements);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return refused;
}

QString rawExec(const ServerAddress &address, const QStringList &statements)
{
    QString refused;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        address.configure(db);
        refused = runAll(db, statements);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return refused;
}

bool onServer()
{
    return qEnvironmentVariable("INTEGRITY_DOSSIER_TEST_BACKEND") == QLatin1String("postgresql");
}

ServerAddress serverAddress()
{
    QFile file(qEnvironmentVariable("INTEGRITY_DOSSIER_TEST_SERVER"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("no test server: INTEGRITY_DOSSIER_TEST_SERVER names no "
                                 "address file (scripts/test-server start)");
    return ServerAddress::parse(QString::fromUtf8(file.readAll()).trimmed());
}

namespace {

void runOn(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw std::runtime_error(query.lastError().text().toStdString());
}

} // namespace

ServerAddress newServerDatabase(bool empty)
{
    static int made = 0;
    const ServerAddress server = serverAddress();
    const QString name
        = QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    // The schema is made once per build of the suites on the test server, as a template each
    // new database is copied from: a copy takes a fraction of a migration's time.
    const QFileInfo suite(QCoreApplication::applicationFilePath());
    const QString templateName = QStringLiteral("dossier_template_%1_%2")
                                     .arg(Database::latestSchemaVersion())
                                     .arg(suite.lastModified().toSecsSinceEpoch());
    const QString connection = QStringLiteral("test-server-admin");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        server.configure(admin);
        if (!admin.open())
            throw std::runtime_error("the test server cannot be reached: "
                                     + admin.lastError().text().toStdString());
        if (empty) {
            runOn(admin, QStringLiteral("CREATE DATABASE %1").arg(name));
        } else {
            runOn(admin, QStringLiteral("SELECT pg_advisory_lock(4242)"));
            QSqlQuery exists(admin);
            exists.exec(
                QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(templateName));
            if (!exists.next()) {
                const QString making = templateName + QStringLiteral("_making");
                runOn(admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(making));
                runOn(admin, QStringLiteral("CREATE DATABASE %1").arg(making));
                Database::openServer(server.withDatabase(making), Database::Mode::CreateOrOpen);
                runOn(admin,
                      QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(making, templateName));
            }
            exists.finish();
            runOn(admin, QStringLiteral("SELECT pg_advisory_unlock(4242)"));
            runOn(admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return server.withDatabase(name);
}

std::unique_ptr<Database> inMemory(const QString &account)
{
    auto database = onServer()
                        ? Database::openServer(newServerDatabase(), Database::Mode::CreateOrOpen)
                        : Database::openInMemory();
    if (!account.isEmpty())
        signIn(*database, account);
    return database;
}

std::unique_ptr<Database> onDisk(const QTemporaryDir &dir, const QString &fileName,
                                 const QString &account)
{
    const QString name = fileName.isEmpty() ? QStringLiteral("dossier.db") : fileName;
    auto database = Database::open(dir.filePath(name), Database::Mode::CreateOrOpen);
    if (!account.isEmpty())
        signIn(*database, account);
    return database;
}

std::unique_ptr<Database> demoCounty(const QTemporaryDir &dir, const QString &fileName,
                                     const QString &account)
{
    // Generating the county takes seconds, many more under the sanitizers, and several suites
    // need it: the run generates it once (tests/fixture). A copy older than this suite may come
    // from older demo code, so it is used only when newer.
    Q_ASSERT(!account.isEmpty());
    const QString name = fileName.isEmpty() ? QStringLiteral("dossier.db") : fileName;
    const QFileInfo fixture(qEnvironmentVariable("INTEGRITY_DOSSIER_DEMO_COUNTY"));
    const QFileInfo suite(QCoreApplication::applicationFilePath());
    if (fixture.isFile() && fixture.lastModified() >= suite.lastModified()
        && QFile::copy(fixture.filePath(), dir.filePath(name))) {
        auto database = Database::open(dir.filePath(name), Database::Mode::OpenExisting);
        signIn(*database, account);
        return database;
    }
    // As the fixture generates it: signed in as the case officer.
    auto database = onDisk(dir, name, QStringLiteral("officer"));
    DemoGenerator::generate(*database, DemoOptions());
    if (account != QLatin1String("officer"))
        signIn(*database, account);
    return database;
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("INTEGRITY_DOSSIER_SOURCE_DIR")).filePath(relative);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 addUnit(Database &database, const QString &name, const QString &kind, qint64 parentId)
{
    QVariantMap values{{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}};
    if (parentId != 0)
        values.insert(QStringLiteral("parent_id"), parentId);
    return RecordRepository(database).create(QStringLiteral("units"), values);
}

qint64 addCadre(Database &database, const QString &name, qint64 unitId, const QString &position,
                bool topLeader)
{
    static int serial = 0;
    return RecordRepository(database).create(
        QStringLiteral("cadres"),
        {{QStringLiteral("dossier_number"),
          QStringLiteral("T-%1").arg(++serial, 5, 10, QLatin1Char('0'))},
         {QStringLiteral("name"), name},
         {QStringLiteral("gender"), QStringLiteral("male")},
         {QStringLiteral("unit_id"), unitId},
         {QStringLiteral("position"), position.isNull() ? QStringLiteral("") : position},
         {QStringLiteral("is_top_leader"), topLeader ? 1 : 0}});
}

} // namespace TestDatabase
