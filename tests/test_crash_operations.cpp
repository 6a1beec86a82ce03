#include "access/auditseals.h"
#include "backup/backupcrypto.h"
#include "backup/integritycheck.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The operations that make, copy, decrypt or replace a whole database — an encrypted backup,
// an import (plain and encrypted), a restore and the demo — killed with SIGKILL at random
// moments. After each kill, and the next start on that database: no plaintext anywhere but the
// database itself (none in the system's temporary folder, none on the backup stick, no scratch
// file), no half-made database (it is whole and empty, or whole and complete, and passes
// check), and no restore without its entry. INTEGRITY_DOSSIER_OPERATION_KILLS sets the number
// of kills (10 by default; docs/RELIABILITY.md gives a run of more).
class TestCrashOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedOperationsLeaveNothingInTheClear();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
        qint64 milliseconds = 0;
    };
    Run run(const QStringList &arguments, int killAfterMs = -1);
    QString path(const QString &relative) const { return m_root.filePath(relative); }
    void nextStart(const QString &databasePath);
    void requireNoPlaintext(const QString &what);
    qint64 cadres(const QString &databasePath);
    QPair<qint64, QString> head(const QString &databasePath);
    QString entryHash(const QString &databasePath, qint64 entry);
    qint64 newestRestoreReplaced(const QString &databasePath);
    qint64 backupEntries(const QString &databasePath, const QString &file);

    QTemporaryDir m_root;
    qint64 m_countyCadres = 0;
};

namespace {

const char passphrase[] = "kill-test passphrase";

bool startsWith(const QString &file, const QByteArray &prefix)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) && in.read(prefix.size()) == prefix;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral(".lock"), QStringLiteral(".seals")})
        QFile::remove(path + suffix);
}

} // namespace

TestCrashOperations::Run TestCrashOperations::run(const QStringList &arguments, int killAfterMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The system's temporary folder, for the program: it must stay empty.
    environment.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    // Qt's own runtime folder, which it would otherwise make in the temporary folder.
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSWORD"), QStringLiteral("demo"));
    environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSPHRASE"),
                       QString::fromLatin1(passphrase));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE"), arguments);
    Run result;
    QElapsedTimer timer;
    timer.start();
    if (!process.waitForStarted(30000))
        return result;
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill();
        process.waitForFinished(30000);
        return result; // killed: exit code -1
    }
    process.waitForFinished(600000);
    result.milliseconds = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// What the program does when it next opens the database: scratch files of killed runs removed.
void TestCrashOperations::nextStart(const QString &databasePath)
{
    if (!QFile::exists(databasePath)) {
        // A kill before the new file was renamed into place: the next start makes it anew.
        auto database = Database::open(databasePath, Database::Mode::CreateOrOpen);
        database.reset();
        removeDatabase(databasePath);
        return;
    }
    auto database = Database::open(databasePath);
    const IntegrityReport report = checkIntegrity(*database);
    QVERIFY2(report.ok(),
             qPrintable(databasePath + QLatin1Char(' ') + report.problems.join(QLatin1Char('\n'))));
    const AuditSeals::Verification seals = AuditSeals::verify(
        database->connection(), AuditSeals::sealFile(database->connection(), databasePath));
    QVERIFY2(seals.problems.isEmpty(), qPrintable(seals.problems.join(QLatin1Char('\n'))));
}

// Only the databases themselves (and the automatic backups beside them) and the plain export
// the test made are dossiers in the clear; no scratch file outlives the next start.
void TestCrashOperations::requireNoPlaintext(const QString &what)
{
    const QDir temporary(path(QStringLiteral("tmp")));
    QVERIFY2(temporary.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
             qPrintable(what + QStringLiteral(": the temporary folder holds ")
                        + temporary.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(' ')));
    QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString name = QFileInfo(file).fileName();
        if (name.contains(QLatin1String(".unfinished"))) {
            QVERIFY2(
                QFileInfo(file).size() == 0 || BackupCrypto::isEncrypted(file),
                qPrintable(what + QStringLiteral(": an unfinished backup in the clear: ") + file));
            continue;
        }
        QVERIFY2(!name.contains(QLatin1String(".restoring"))
                     && !name.contains(QLatin1String(".plain"))
                     && !name.contains(QLatin1String(".creating")),
                 qPrintable(what + QStringLiteral(": a scratch file is left: ") + file));
        const bool database = name.endsWith(QLatin1String(".db"))
                              || name.endsWith(QLatin1String(".db-wal"))
                              || file.contains(QLatin1String("/data/backups/"));
        if (!database)
            QVERIFY2(!startsWith(file, QByteArrayLiteral("SQLite format 3")),
                     qPrintable(what + QStringLiteral(": a database in the clear: ") + file));
        if (name != QLatin1String("county.json") && !name.endsWith(QLatin1String(".seals")))
            QVERIFY2(!startsWith(file, QByteArrayLiteral("{")),
                     qPrintable(what + QStringLiteral(": dossier data in the clear: ") + file));
    }
}

qint64 TestCrashOperations::cadres(const QString &databasePath)
{
    auto database = Database::open(databasePath, Database::Mode::ReadOnly);
    return Sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM cadres"))
        .toLongLong();
}

QPair<qint64, QString> TestCrashOperations::head(const QString &databasePath)
{
    auto database = Database::open(databasePath, Database::Mode::ReadOnly);
    QSqlQuery last = Sql::run(database->connection(),
                              QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC "
                                             "LIMIT 1"));
    return last.next() ? qMakePair(last.value(0).toLongLong(), last.value(1).toString())
                       : qMakePair(qint64(0), QString());
}

QString TestCrashOperations::entryHash(const QString &databasePath, qint64 entry)
{
    auto database = Database::open(databasePath, Database::Mode::ReadOnly);
    return Sql::scalar(database->connection(),
                       QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {entry})
        .toString();
}

// How many entries the trail that the newest restore replaced had; -1 without a restore.
qint64 TestCrashOperations::newestRestoreReplaced(const QString &databasePath)
{
    auto database = Database::open(databasePath, Database::Mode::ReadOnly);
    const QVariant replaced = Sql::scalar(
        database->connection(),
        QStringLiteral("SELECT json_extract(after, '$.replaced_entries') FROM audit_log "
                       "WHERE action = 'restore' ORDER BY id DESC LIMIT 1"));
    return replaced.isValid() && !replaced.isNull() ? replaced.toLongLong() : -1;
}

qint64 TestCrashOperations::backupEntries(const QString &databasePath, const QString &file)
{
    auto database = Database::open(databasePath, Database::Mode::ReadOnly);
    return Sql::scalar(database->connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup' "
                                      "AND json_extract(after, '$.file') = ?"),
                       {file})
        .toLongLong();
}

void TestCrashOperations::initTestCase()
{
    QVERIFY(m_root.isValid());
    for (const char *folder : {"tmp", "usb", "data", "runtime"})
        QVERIFY(QDir(m_root.path()).mkpath(QString::fromLatin1(folder)));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString county = path(QStringLiteral("data/county.db"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), county}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), county,
                  QStringLiteral("--json"), path(QStringLiteral("county.json")),
                  QStringLiteral("--user"), QStringLiteral("officer")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), county,
                  QStringLiteral("--json"), path(QStringLiteral("usb/county.sealed")),
                  QStringLiteral("--encrypt"), QStringLiteral("--user"), QStringLiteral("officer")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), county, QStringLiteral("--to"),
                  path(QStringLiteral("usb/county.backup")), QStringLiteral("--encrypt"),
                  QStringLiteral("--user"), QStringLiteral("admin")})
                 .exitCode,
             0);
    QVERIFY(BackupCrypto::isEncrypted(path(QStringLiteral("usb/county.sealed"))));
    QVERIFY(BackupCrypto::isEncrypted(path(QStringLiteral("usb/county.backup"))));
    // The database a restore replaces: the same commission's, grown since the backup.
    QVERIFY(QFile::copy(county, path(QStringLiteral("data/restored.db"))));
    QVERIFY(QFile::copy(county + QStringLiteral(".seals"),
                        path(QStringLiteral("data/restored.db.seals"))));
    m_countyCadres = cadres(county);
    QVERIFY(m_countyCadres > 1000);
    requireNoPlaintext(QStringLiteral("the fixtures"));
}

void TestCrashOperations::killedOperationsLeaveNothingInTheClear()
{
    const int kills = qEnvironmentVariableIntValue("INTEGRITY_DOSSIER_OPERATION_KILLS") > 0
                          ? qEnvironmentVariableIntValue("INTEGRITY_DOSSIER_OPERATION_KILLS")
                          : 10;
    const QString county = path(QStringLiteral("data/county.db"));
    const QString restored = path(QStringLiteral("data/restored.db"));
    const QString made = path(QStringLiteral("data/made.db"));
    const QString stick = path(QStringLiteral("usb/round.backup"));
    enum Operation { EncryptedBackup, EncryptedImport, Restore, Demo, Import, Operations };
    const char *names[] = {"backup --encrypt", "encrypted import", "restore", "demo", "import"};
    // How long each takes, first guessed, then as last measured here: kills fall anywhere
    // from start-up to the end.
    int longest[] = {3000, 8000, 4000, 8000, 8000};
    int killed[Operations] = {};
    qint64 backups = backupEntries(county, QStringLiteral("round.backup"));
    int finished[Operations] = {};
    QRandomGenerator random(20261202);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kills; ++round) {
        const auto operation = Operation(round % Operations);
        const int killAfter = int(random.bounded(5, longest[operation]));
        const QString what = QStringLiteral("round %1, %2 killed after %3 ms")
                                 .arg(round)
                                 .arg(QString::fromLatin1(names[operation]))
                                 .arg(killAfter);
        Run result;
        switch (operation) {
        case EncryptedBackup:
            result = run({QStringLiteral("backup"), QStringLiteral("--db"), county,
                          QStringLiteral("--to"), stick, QStringLiteral("--encrypt"),
                          QStringLiteral("--user"), QStringLiteral("admin")},
                         killAfter);
            nextStart(county);
            requireNoPlaintext(what);
            // A backup under its name is whole and has its entry; what a kill leaves is an
            // unfinished scratch file, encrypted, which the next backup there removes.
            if (QFile::exists(stick)) {
                QVERIFY(BackupCrypto::isEncrypted(stick));
                QCOMPARE(backupEntries(county, QStringLiteral("round.backup")), ++backups);
            } else {
                QCOMPARE(backupEntries(county, QStringLiteral("round.backup")), backups);
            }
            QFile::remove(stick);
            break;
        case EncryptedImport:
        case Import:
        case Demo: {
            QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), made,
                                  QStringLiteral("--json"),
                                  operation == Import ? path(QStringLiteral("county.json"))
                                                      : path(QStringLiteral("usb/county.sealed"))};
            if (operation == Demo)
                arguments = QStringList{QStringLiteral("demo"), QStringLiteral("--db"), made};
            result = run(arguments, killAfter);
            nextStart(made);
            requireNoPlaintext(what);
            if (QFile::exists(made)) {
                const qint64 count = cadres(made);
                QVERIFY2(count == 0 || count == m_countyCadres,
                         qPrintable(what + QStringLiteral(": %1 cadres, half made").arg(count)));
            }
            removeDatabase(made);
            break;
        }
        case Restore: {
            const auto [entriesBefore, headBefore] = head(restored);
            const qint64 cadresBefore = cadres(restored);
            result = run({QStringLiteral("restore"), QStringLiteral("--db"), restored,
                          QStringLiteral("--from"), path(QStringLiteral("usb/county.backup")),
                          QStringLiteral("--user"), QStringLiteral("admin")},
                         killAfter);
            QVERIFY2(QFile::exists(restored), qPrintable(what + QStringLiteral(": no database")));
            nextStart(restored);
            requireNoPlaintext(what);
            // The old file (its trail as it was, perhaps grown by the restorer's sign-in), or
            // the restored one whose newest restore entry names the old file's trail: never the
            // backup's trail without its entry.
            const bool restoredNow = newestRestoreReplaced(restored) >= entriesBefore;
            if (restoredNow) {
                QCOMPARE(cadres(restored), m_countyCadres);
            } else {
                QVERIFY2(entryHash(restored, entriesBefore) == headBefore,
                         qPrintable(what
                                    + QStringLiteral(": neither the old file nor a restored "
                                                     "one with its entry")));
                QCOMPARE(cadres(restored), cadresBefore);
            }
            if (result.exitCode == 0)
                QVERIFY2(restoredNow, qPrintable(what + QStringLiteral(": restored, no entry")));
            // The replaced file kept aside is encrypted, as the backup was.
            const QDir data(path(QStringLiteral("data")));
            for (const QString &aside :
                 data.entryList({QStringLiteral("restored.db.before-restore-*")}, QDir::Files)) {
                QVERIFY2(BackupCrypto::isEncrypted(data.filePath(aside)),
                         qPrintable(what + QStringLiteral(": kept aside in the clear: ") + aside));
                QFile::remove(data.filePath(aside));
            }
            break;
        }
        case Operations:
            break;
        }
        if (result.exitCode == -1) {
            ++killed[operation];
        } else {
            ++finished[operation];
            QVERIFY2(result.exitCode == 0, qPrintable(what + QLatin1Char(' ') + result.output));
            longest[operation] = qMax(50, int(result.milliseconds));
        }
    }
    QStringList tally;
    for (int operation = 0; operation < Operations; ++operation)
        tally << QStringLiteral("%1: %2 killed, %3 finished first")
                     .arg(QString::fromLatin1(names[operation]))
                     .arg(killed[operation])
                     .arg(finished[operation]);
    qInfo("operation kills: %d rounds in %.1f s; %s", kills, timer.elapsed() / 1000.0,
          qPrintable(tally.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestCrashOperations)
#include "test_crash_operations.moc"
