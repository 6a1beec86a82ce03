#include "backup/integritycheck.h"
#include "domain/dataerror.h"
#include "domain/rules.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Opening files: the schema and connection settings, and every kind of bad file refused
// with a clear message and left byte-for-byte unchanged.
class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseHasSchemaAndSettings();
    void reopeningDoesNotMigrateTwice();
    void badFilesAreRefusedAndUnchanged_data();
    void badFilesAreRefusedAndUnchanged();
    void readOnlyFileOpensForReading();
    void lockedDatabaseIsRefused();
    void missingFileIsNotCreatedWhenOpening();
    void fullDiskRefusesTheWriteAndChangesNothing();
    void aDamagedDatabaseTakesNoWrites();
    void aNewDatabaseAppearsWhole();

private:
    QString makeDatabase(const QTemporaryDir &dir, const QString &name);
    void rawExec(const QString &path, const QStringList &statements);
};

QString TestDatabaseOpen::makeDatabase(const QTemporaryDir &dir, const QString &name)
{
    TestDatabase::onDisk(dir, name);
    return dir.filePath(name);
}

void TestDatabaseOpen::rawExec(const QString &path, const QStringList &statements)
{
    const QString refused = TestDatabase::rawExec(path, statements);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
}

void TestDatabaseOpen::newDatabaseHasSchemaAndSettings()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir);
    const QSqlDatabase db = database->connection();
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA application_id")).toUInt(),
             Database::applicationId());
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM rules")).toInt(),
             int(Rules::defaults().size()));
    // Settings are not seeded: their defaults come from the one store that defines them.
    QCOMPARE(SettingsStore(db).value(Setting::AdmonitionMonths), 6);
    QVERIFY(!SettingsStore(db).isStored(QStringLiteral("admonition_months")));
    QVERIFY(checkIntegrity(*database).ok());
}

void TestDatabaseOpen::reopeningDoesNotMigrateTwice()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("twice.db"));
    int rules = 0;
    {
        auto database = Database::open(path);
        rules = Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM rules"))
                    .toInt();
    }
    auto again = Database::open(path);
    QCOMPARE(Sql::scalar(again->connection(), QStringLiteral("SELECT count(*) FROM rules")).toInt(),
             rules);
}

void TestDatabaseOpen::badFilesAreRefusedAndUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text"
                               << "not an Integrity Dossier database";
    QTest::newRow("random bytes") << "random"
                                  << "not an Integrity Dossier database";
    QTest::newRow("empty file") << "empty"
                                << "empty";
    QTest::newRow("another program's SQLite file") << "foreign"
                                                   << "not one of Integrity Dossier";
    QTest::newRow("newer schema") << "newer"
                                  << "newer version";
    QTest::newRow("read-only file") << "readonly"
                                    << "read-only";
}

void TestDatabaseOpen::badFilesAreRefusedAndUnchanged()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    if (kind == QLatin1String("text") || kind == QLatin1String("random")
        || kind == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            file.write("name,unit\n张建国,水利局\n");
        else if (kind == QLatin1String("random"))
            for (int i = 0; i < 4096; ++i)
                file.putChar(char((i * 7919) % 251));
    } else if (kind == QLatin1String("foreign")) {
        rawExec(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                       QStringLiteral("INSERT INTO contacts VALUES ('x')")});
    } else {
        makeDatabase(dir, QStringLiteral("bad.db"));
        if (kind == QLatin1String("newer"))
            rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                           QStringLiteral("PRAGMA user_version = %1")
                               .arg(Database::latestSchemaVersion() + 1)});
        if (kind == QLatin1String("readonly"))
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    }
    const QByteArray before = TestDatabase::fileHash(path);
    try {
        Database::open(path, Database::Mode::OpenExisting);
        QFAIL("the bad file was opened");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("bad.db")), qPrintable(error.message()));
    }
    QCOMPARE(TestDatabase::fileHash(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabaseOpen::readOnlyFileOpensForReading()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("ro.db"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = TestDatabase::fileHash(path);
    {
        auto database = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(database->isReadOnly());
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    }
    QCOMPARE(TestDatabase::fileHash(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabaseOpen::lockedDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("locked.db"));
    const QByteArray before = TestDatabase::fileHash(path);
    {
        QSqlDatabase holder
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery query(holder);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        try {
            Database::open(path, Database::Mode::OpenExisting);
            QFAIL("a locked database was opened for writing");
        } catch (const DataError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("in use")),
                     qPrintable(error.message()));
        }
        query.exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(TestDatabase::fileHash(path), before);
}

void TestDatabaseOpen::missingFileIsNotCreatedWhenOpening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    QVERIFY_THROWS_EXCEPTION(DataError, Database::open(path, Database::Mode::OpenExisting));
    QVERIFY(!QFile::exists(path));
}

// SQLite reports a full disk as SQLITE_FULL; a page limit on the connection produces the same
// error honestly, without a full file system.
void TestDatabaseOpen::fullDiskRefusesTheWriteAndChangesNothing()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir, QStringLiteral("full.db"));
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    TestDatabase::addCadre(*database, QStringLiteral("张建国"), unit);
    const QSqlDatabase db = database->connection();
    const auto count = [&db](const char *table) {
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toLongLong();
    };
    const qint64 cadres = count("cadres");
    const qint64 entries = count("audit_log");
    const int pages = Sql::scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
    Sql::run(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    try {
        RecordRepository(*database).create(
            QStringLiteral("cadres"),
            {{QStringLiteral("dossier_number"), QStringLiteral("FULL-1")},
             {QStringLiteral("name"), QStringLiteral("李明")},
             {QStringLiteral("gender"), QStringLiteral("male")},
             {QStringLiteral("unit_id"), unit},
             {QStringLiteral("native_place"), QString(200000, QChar(0x6C5F))}});
        QFAIL("a write past the end of the disk was accepted");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QLatin1String("disk is full")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("nothing was changed")),
                 qPrintable(error.message()));
    }
    QCOMPARE(count("cadres"), cadres);
    QCOMPARE(count("audit_log"), entries);
    // Once there is room again, the database takes writes as before and is sound.
    Sql::run(db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    TestDatabase::addCadre(*database, QStringLiteral("王芳"), unit);
    QCOMPARE(count("cadres"), cadres + 1);
    const IntegrityReport report = checkIntegrity(*database);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestDatabaseOpen::aDamagedDatabaseTakesNoWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        auto database = TestDatabase::onDisk(dir, QStringLiteral("damaged.db"));
        const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
        for (int i = 0; i < 300; ++i)
            TestDatabase::addCadre(*database, QStringLiteral("干部%1").arg(i), unit);
    }
    QVERIFY(Database::quickCheck(path).isEmpty());
    // A page of records near the end of the file overwritten, as a failing disk would; the
    // schema, at the start, still reads.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 10);
        file.seek((pages - 2) * 4096);
        file.write(QByteArray(4096, '\xA5'));
    }
    const QString problem = Database::quickCheck(path);
    QVERIFY(!problem.isEmpty());
    // The command line's writes check first and write nothing.
    const QByteArray before = TestDatabase::fileHash(path);
    QVERIFY_THROWS_EXCEPTION(DataError, Database::open(path, Database::Mode::OpenChecked));
    QCOMPARE(TestDatabase::fileHash(path), before);
    // The window's database, found damaged in the background, takes no more writes.
    auto database = Database::open(path);
    database->markDamaged(problem);
    QCOMPARE(database->damage(), problem);
    QVERIFY_THROWS_EXCEPTION(
        DataError, Sql::run(database->connection(), QStringLiteral("INSERT INTO settings (key, "
                                                                   "value) VALUES ('x', 'y')")));
}

void TestDatabaseOpen::aNewDatabaseAppearsWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    // What a killed creation would have left under its scratch name is cleared at the next open.
    QFile leftover(path + QStringLiteral(".99999-new.creating"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write(QByteArray(4096, '\0'));
    leftover.close();
    {
        auto database = Database::open(path, Database::Mode::CreateOrOpen);
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    }
    QStringList left = QDir(dir.path()).entryList(QDir::Files);
    left.removeAll(QStringLiteral("new.db"));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(' ')));
    // Owner-only.
    QCOMPARE(QFile::permissions(path)
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "test_database.moc"
