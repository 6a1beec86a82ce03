#include "access/accesserror.h"
#include "access/accounts.h"
#include "backup/automaticbackup.h"
#include "backup/backgroundbackup.h"
#include "backup/backupcrypto.h"
#include "backup/backups.h"
#include "domain/dataerror.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Backups through VACUUM INTO, verified after writing; restores that check first and keep the
// current file aside; encrypted copies refused on a wrong passphrase or any change.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupAndRestoreRoundTrip();
    void onlyTheAdministratorBacksUp();
    void encryptedBackupsRefuseWrongPassphrasesAndChanges_data();
    void encryptedBackupsRefuseWrongPassphrasesAndChanges();
    void badBackupsAreRefusedAndChangeNothing_data();
    void badBackupsAreRefusedAndChangeNothing();
    void automaticBackupsRotate();
    void automaticBackupsAreAtMostDaily();
    void rotationIsBoundByBytes();
    void automaticBackupsAreVerifiedBeforeTheyAreNamed();
    void backgroundBackupOutlivesItsClosedDatabase();
    void inMemoryDatabasesAreNotBackedUp();
    void commandLineBacksUpAndRestores();
    void encryptedExportsLeaveThePc();
    void unwritablePlaceGetsAClearMessageAndNoFile_data();
    void unwritablePlaceGetsAClearMessageAndNoFile();

private:
    static int cadres(const QString &path);
    static QString makeDatabase(const QTemporaryDir &dir, int cadreCount);
};

int TestBackup::cadres(const QString &path)
{
    auto database = Database::open(path, Database::Mode::ReadOnly);
    return Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM cadres"))
        .toInt();
}

QString TestBackup::makeDatabase(const QTemporaryDir &dir, int cadreCount)
{
    auto database = TestDatabase::onDisk(dir, QStringLiteral("county.db"));
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    for (int i = 0; i < cadreCount; ++i)
        TestDatabase::addCadre(*database, QStringLiteral("干部%1").arg(i), unit);
    return database->path();
}

void TestBackup::backupAndRestoreRoundTrip()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 3);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    {
        auto database = Database::open(path);
        TestDatabase::signIn(*database, QStringLiteral("admin"));
        QVERIFY(Backups::create(*database, copy) > 0);
        // Never over an existing file.
        QVERIFY_THROWS_EXCEPTION(DataError, Backups::create(*database, copy));
        TestDatabase::signIn(*database, QStringLiteral("officer"));
        TestDatabase::addCadre(
            *database, QStringLiteral("后来的人"),
            Sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM units"))
                .toLongLong());
    }
    Backups::verify(copy);
    QCOMPARE(cadres(path), 4);
    const QString aside = Backups::restore(copy, path, {}, [] { return QStringLiteral("admin"); });
    QCOMPARE(cadres(path), 3);
    QVERIFY(QFile::exists(aside));
    QCOMPARE(cadres(aside), 4);
    auto restored = Database::open(path);
    QVERIFY(AuditLog::verify(restored->connection()).intact);
    QCOMPARE(Sql::scalar(restored->connection(),
                         QStringLiteral("SELECT user_name FROM audit_log WHERE action = 'restore'"))
                 .toString(),
             QStringLiteral("admin"));
}

void TestBackup::onlyTheAdministratorBacksUp()
{
    QTemporaryDir dir;
    auto database = TestDatabase::onDisk(dir);
    for (const char *account : {"officer", "reviewer", "auditor", "security"}) {
        TestDatabase::signIn(*database, QString::fromLatin1(account));
        const QString target = dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(account)));
        QVERIFY_THROWS_EXCEPTION(AccessError, Backups::create(*database, target));
        QVERIFY(!QFile::exists(target));
    }
}

void TestBackup::encryptedBackupsRefuseWrongPassphrasesAndChanges_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("right passphrase") << ""
                                      << "长城永固 2026";
    QTest::newRow("wrong passphrase") << ""
                                      << "长城永固 2025";
    QTest::newRow("a byte changed") << "flip"
                                    << "长城永固 2026";
    QTest::newRow("cut short") << "truncate"
                               << "长城永固 2026";
    QTest::newRow("something appended") << "append"
                                        << "长城永固 2026";
    QTest::newRow("header changed") << "header"
                                    << "长城永固 2026";
}

void TestBackup::encryptedBackupsRefuseWrongPassphrasesAndChanges()
{
    QFETCH(QString, damage);
    QFETCH(QString, passphrase);
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 2);
    const QString sealed = dir.filePath(QStringLiteral("county.backup"));
    {
        auto database = Database::open(path);
        TestDatabase::signIn(*database, QStringLiteral("admin"));
        Backups::create(*database, sealed, QStringLiteral("长城永固 2026"));
    }
    QVERIFY(BackupCrypto::isEncrypted(sealed));
    {
        QFile file(sealed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // Nothing of the database shows through.
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains(QStringLiteral("干部1").toUtf8()));
        if (damage == QLatin1String("flip"))
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        else if (damage == QLatin1String("truncate"))
            bytes.chop(100);
        else if (damage == QLatin1String("append"))
            bytes.append("more");
        else if (damage == QLatin1String("header"))
            bytes[20] = char(bytes.at(20) ^ 0x01); // inside the salt
        file.resize(0);
        file.seek(0);
        file.write(bytes);
    }
    const QByteArray before = TestDatabase::fileHash(path);
    const bool good = damage.isEmpty() && passphrase == QStringLiteral("长城永固 2026");
    // Restore over a database with another cadre, so a restore shows.
    {
        auto database = Database::open(path);
        TestDatabase::signIn(*database, QStringLiteral("officer"));
        TestDatabase::addCadre(
            *database, QStringLiteral("新人"),
            Sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM units"))
                .toLongLong());
    }
    const QByteArray changed = TestDatabase::fileHash(path);
    QVERIFY(changed != before);
    try {
        Backups::restore(sealed, path, passphrase, [] { return QStringLiteral("admin"); });
        QVERIFY2(good, "a damaged file or a wrong passphrase was accepted");
        QCOMPARE(cadres(path), 2);
    } catch (const DataError &error) {
        QVERIFY2(!good, qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("passphrase is wrong"))
                     || error.message().contains(QLatin1String("header")),
                 qPrintable(error.message()));
        QCOMPARE(TestDatabase::fileHash(path), changed);
        // No leftovers: the database, the backup and the seal file.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    }
}

void TestBackup::badBackupsAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("random bytes") << QByteArray(5000, 'x') << "not a database backup";
    QTest::newRow("empty") << QByteArray() << "not a database backup";
    QTest::newRow("truncated database") << QByteArray("truncate") << "damaged";
    QTest::newRow("newer version") << QByteArray("newer") << "newer version";
    QTest::newRow("another SQLite file") << QByteArray("foreign") << "not a backup of";
}

void TestBackup::badBackupsAreRefusedAndChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 2);
    const QString bad = dir.filePath(QStringLiteral("bad.db"));
    if (content == "truncate" || content == "newer" || content == "foreign") {
        {
            auto database = Database::open(path);
            TestDatabase::signIn(*database, QStringLiteral("admin"));
            Backups::create(*database, bad);
        }
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (content == "truncate") {
            file.resize(file.size() / 2);
        } else {
            // The header's user_version (offset 60) or application_id (offset 68).
            file.seek(content == "newer" ? 60 : 68);
            file.write(QByteArray::fromHex("000003e7"));
        }
    } else {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = TestDatabase::fileHash(path);
    const QByteArray badBefore = TestDatabase::fileHash(bad);
    try {
        Backups::restore(bad, path, {}, [] { return QStringLiteral("admin"); });
        QFAIL("a bad backup was restored");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
    QCOMPARE(TestDatabase::fileHash(path), before);
    QCOMPARE(TestDatabase::fileHash(bad), badBefore);
    // No leftovers: the database and the bad file (and the seal file a backup wrote).
    QStringList left = QDir(dir.path()).entryList(QDir::Files);
    left.removeIf([](const QString &name) { return name.endsWith(QLatin1String(".seals")); });
    QCOMPARE(left.size(), 2);
}

void TestBackup::inMemoryDatabasesAreNotBackedUp()
{
    // A database held only in memory has no name to file its backups under: nothing is written.
    QTemporaryDir dir;
    auto database = TestDatabase::inMemory(QStringLiteral("admin"));
    QVERIFY_THROWS_EXCEPTION(DataError,
                             Backups::automatic(*database, dir.path(), 3, QStringLiteral("close")));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void TestBackup::automaticBackupsRotate()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 1);
    auto database = Database::open(path);
    TestDatabase::signIn(*database,
                         QStringLiteral("reviewer")); // any account: the program makes them
    const QString folder = Backups::defaultFolder(path);
    QVERIFY(Backups::dailyDue(path, folder));
    QStringList made;
    for (int i = 0; i < 5; ++i)
        made << Backups::automatic(*database, folder, 3, QStringLiteral("close"));
    QCOMPARE(Backups::automaticBackups(path, folder), made.mid(2));
    for (const QString &backup : made.mid(2))
        Backups::verify(backup);
    QVERIFY(!Backups::dailyDue(path, folder));
    QVERIFY(Backups::dailyDue(path, folder, QDateTime::currentDateTime().addDays(2)));
    QCOMPARE(Backups::keptSetting(*database), 10);
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'"))
                 .toInt(),
             5);
}

void TestBackup::automaticBackupsAreAtMostDaily()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 1);
    auto database = Database::open(path);
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    const BackupPolicy policy{Backups::defaultFolder(path), 10, 0};
    const QDateTime now = QDateTime::currentDateTime();
    AutomaticBackup first = AutomaticBackup::prepare(*database, policy, QStringLiteral("close"));
    QVERIFY(!first.isNull());
    first.write();
    QCOMPARE(first.finish(database.get()), first.target());
    // The same day: none is due, however often the window closes.
    QVERIFY(AutomaticBackup::prepare(*database, policy, QStringLiteral("close")).isNull());
    QVERIFY(AutomaticBackup::prepare(*database, policy, QStringLiteral("close"), true,
                                     now.addSecs(23 * 3600))
                .isNull());
    // A day later, but no record changed since: still none.
    QVERIFY(!AutomaticBackup::isDue(*database, policy.folder, now.addDays(2)));
    // A record changed: due again a day after the newest one.
    TestDatabase::addCadre(
        *database, QStringLiteral("后来的人"),
        Sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM units"))
            .toLongLong());
    QVERIFY(!AutomaticBackup::isDue(*database, policy.folder, now.addSecs(3600)));
    QVERIFY(AutomaticBackup::isDue(*database, policy.folder, now.addDays(2)));
    AutomaticBackup next = AutomaticBackup::prepare(*database, policy, QStringLiteral("daily"),
                                                    true, now.addDays(2));
    QVERIFY(!next.isNull());
    next.write();
    next.finish(database.get());
    QCOMPARE(Backups::automaticBackups(path, policy.folder).size(), 2);
}

void TestBackup::rotationIsBoundByBytes()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 1);
    auto database = Database::open(path);
    TestDatabase::signIn(*database, QStringLiteral("reviewer"));
    const QString folder = Backups::defaultFolder(path);
    const QString first = Backups::automatic(*database, folder, 10, QStringLiteral("close"));
    const qint64 size = QFileInfo(first).size();
    QVERIFY(size > 0);
    // Room for two and a half: two stay, the newest ones, whatever the count allows.
    const qint64 room = size * 5 / 2;
    QStringList made{first};
    for (int i = 0; i < 4; ++i)
        made << Backups::automatic(*database, folder, 10, QStringLiteral("close"), room);
    QCOMPARE(Backups::automaticBackups(path, folder), made.mid(3));
    QVERIFY(AutomaticBackup::bytesUsed(path, folder) <= room);
    // Less room than one backup takes: the newest stays all the same.
    const QString newest = Backups::automatic(*database, folder, 10, QStringLiteral("close"), 1);
    QCOMPARE(Backups::automaticBackups(path, folder), QStringList{newest});
    // The count bounds them too.
    for (int i = 0; i < 3; ++i)
        Backups::automatic(*database, folder, 2, QStringLiteral("close"), size * 100);
    QCOMPARE(Backups::automaticBackups(path, folder).size(), 2);
}

void TestBackup::automaticBackupsAreVerifiedBeforeTheyAreNamed()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 2);
    auto database = Database::open(path);
    TestDatabase::signIn(*database, QStringLiteral("officer"));
    const BackupPolicy policy{Backups::defaultFolder(path), 10, 0};
    AutomaticBackup backup = AutomaticBackup::prepare(*database, policy, QStringLiteral("close"));
    backup.write();
    const QString file = backup.finish(database.get());
    Backups::verifyFully(file);
    // The trail names it with the hash of its bytes.
    const QJsonObject entry
        = QJsonDocument::fromJson(
              Sql::scalar(database->connection(),
                          QStringLiteral("SELECT after FROM audit_log WHERE action = 'backup' "
                                         "ORDER BY id DESC LIMIT 1"))
                  .toString()
                  .toUtf8())
              .object();
    QCOMPARE(entry.value(QStringLiteral("file")).toString(), QFileInfo(file).fileName());
    QCOMPARE(entry.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(TestDatabase::fileHash(file)));

    // A copy that does not verify (here: no longer an Integrity Dossier database) gets no name,
    // no entry, and leaves no file behind.
    AutomaticBackup bad
        = AutomaticBackup::prepare(*database, policy, QStringLiteral("close"), false);
    Sql::run(database->connection(), QStringLiteral("PRAGMA application_id = 12345"));
    const int entries
        = Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
              .toInt();
    bad.write();
    Sql::run(database->connection(),
             QStringLiteral("PRAGMA application_id = %1").arg(qint32(Database::applicationId())));
    QVERIFY2(bad.problem().contains(QLatin1String("not a backup of an Integrity Dossier")),
             qPrintable(bad.problem()));
    QVERIFY_THROWS_EXCEPTION(DataError, bad.finish(database.get()));
    QCOMPARE(Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))
                 .toInt(),
             entries);
    QCOMPARE(QDir(policy.folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(file).fileName()});
}

void TestBackup::backgroundBackupOutlivesItsClosedDatabase()
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 2);
    const QString folder = Backups::defaultFolder(path);
    BackgroundBackup background;
    QSignalSpy finished(&background, &BackgroundBackup::finished);
    {
        auto database = Database::open(path);
        TestDatabase::signIn(*database, QStringLiteral("officer"));
        QVERIFY(background.start(*database, {folder, 10, 0}, QStringLiteral("close")));
        // One at a time.
        QVERIFY(!background.start(*database, {folder, 10, 0}, QStringLiteral("close")));
        QVERIFY(background.isBusy());
        QCOMPARE(background.databasePath(), path);
        // The database closes while its backup is written: it is handed over, not waited for.
        background.close(std::move(database));
    }
    // Named only once the event loop runs again: nothing waited for it so far.
    QVERIFY(Backups::automaticBackups(path, folder).isEmpty());
    QVERIFY(finished.wait(60000));
    QVERIFY(!background.isBusy());
    const QList<QVariant> result = finished.constFirst();
    QCOMPARE(result.at(2).toString(), QString());
    const QString file = result.at(1).toString();
    QCOMPARE(Backups::automaticBackups(path, folder), QStringList{file});
    Backups::verify(file);
    // Audited in the closed database, by the account that was signed in.
    auto reopened = Database::open(path, Database::Mode::ReadOnly);
    QCOMPARE(Sql::scalar(reopened->connection(),
                         QStringLiteral("SELECT user_name FROM audit_log WHERE action = 'backup' "
                                        "ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("officer"));
    // No scratch file is left.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestBackup::commandLineBacksUpAndRestores()
{
    const QString program = qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE");
    QVERIFY(QFile::exists(program));
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 3);
    const QString sealed = dir.filePath(QStringLiteral("offsite.backup"));
    const auto run = [&](const QStringList &arguments, const QString &passphrase) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("INTEGRITY_DOSSIER_USER"), QStringLiteral("admin"));
        environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSWORD"), QStringLiteral("demo"));
        environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSPHRASE"), passphrase);
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return qMakePair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
    };
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--to"),
                  sealed, QStringLiteral("--encrypt")},
                 QStringLiteral("offsite passphrase"))
                 .first,
             0);
    QVERIFY(BackupCrypto::isEncrypted(sealed));
    const QByteArray before = TestDatabase::fileHash(path);
    const auto wrong = run(
        {QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"), sealed},
        QStringLiteral("not the passphrase"));
    QCOMPARE(wrong.first, 2);
    QVERIFY2(wrong.second.contains(QLatin1String("passphrase")), qPrintable(wrong.second));
    QCOMPARE(wrong.second.count(QLatin1Char('\n')), 1);
    QCOMPARE(TestDatabase::fileHash(path), before);
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                  sealed},
                 QStringLiteral("offsite passphrase"))
                 .first,
             0);
    QCOMPARE(cadres(path), 3);
}

void TestBackup::encryptedExportsLeaveThePc()
{
    const QString program = qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE");
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 3);
    const QString sealed = dir.filePath(QStringLiteral("county.json.sealed"));
    const auto run = [&](const QStringList &arguments, const QString &passphrase) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSPHRASE"), passphrase);
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return process.exitCode();
    };
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--json"),
                  sealed, QStringLiteral("--encrypt")},
                 QStringLiteral("transfer passphrase")),
             0);
    QVERIFY(BackupCrypto::isEncrypted(sealed));
    QFile file(sealed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("integrity-dossier"));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.unencrypted")}, QDir::Files).size(), 0);
    // The audit entry names the file that left the PC, the encrypted one, with its hash.
    const auto lastEntry = [](const QString &database, const QString &action) {
        auto opened = Database::open(database, Database::Mode::ReadOnly);
        return QJsonDocument::fromJson(
                   Sql::scalar(opened->connection(),
                               QStringLiteral("SELECT after FROM audit_log WHERE action = ? "
                                              "ORDER BY id DESC LIMIT 1"),
                               {action})
                       .toString()
                       .toUtf8())
            .object();
    };
    const QJsonObject exported = lastEntry(path, QStringLiteral("export"));
    QCOMPARE(exported.value(QStringLiteral("file")).toString(),
             QFileInfo(sealed).absoluteFilePath());
    QCOMPARE(exported.value(QStringLiteral("file_sha256")).toString().toLatin1(),
             TestDatabase::fileHash(sealed));
    QCOMPARE(exported.value(QStringLiteral("encrypted")).toBool(), true);
    QCOMPARE(exported.value(QStringLiteral("tables")).toObject().value(QStringLiteral("cadres")),
             QJsonValue(3));
    QVERIFY(exported.value(QStringLiteral("rows")).toInt() > 3);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), copy, QStringLiteral("--json"),
                  sealed},
                 QStringLiteral("wrong passphrase")),
             2);
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), copy, QStringLiteral("--json"),
                  sealed},
                 QStringLiteral("transfer passphrase")),
             0);
    QCOMPARE(cadres(copy), 3);
    const QJsonObject imported = lastEntry(copy, QStringLiteral("import"));
    QCOMPARE(imported.value(QStringLiteral("file")).toString(),
             QFileInfo(sealed).absoluteFilePath());
    QCOMPARE(imported.value(QStringLiteral("file_sha256")).toString(),
             exported.value(QStringLiteral("file_sha256")).toString());
}

void TestBackup::unwritablePlaceGetsAClearMessageAndNoFile_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("plain") << QString();
    QTest::newRow("encrypted") << QStringLiteral("offsite passphrase");
}

// Nobody, not even root, may create files in /proc: a place that takes no file.
void TestBackup::unwritablePlaceGetsAClearMessageAndNoFile()
{
    QFETCH(QString, passphrase);
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        QSKIP("needs Linux's /proc");
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, 2);
    auto database = Database::open(path, Database::Mode::OpenExisting);
    TestDatabase::signIn(*database, QStringLiteral("admin"));
    const QString target = QStringLiteral("/proc/integrity-dossier-backup.db");
    try {
        Backups::create(*database, target, passphrase);
        QFAIL("a backup into /proc was accepted");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QLatin1String("not writable")),
                 qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(QStringLiteral("/proc")).entryList({QStringLiteral("integrity-dossier*")}).size(),
             0);
    QCOMPARE(Sql::scalar(database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'"))
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
