#include "access/accounts.h"
#include "backup/integritycheck.h"
#include "domain/dataerror.h"
#include "interchange/interchangeimporter.h"
#include "interchange/interchangereader.h"
#include "records/recordrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databaselock.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

// Nothing committed is lost: a child process writes records and reports each commit, the
// parent kills it with SIGKILL at random moments, and after every kill the database opens,
// passes SQLite's checks, holds every reported record, and its audit chain verifies. Also the
// lock file against a second writer and the refusal of network shares.
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void secondWriterIsRefused();
    void lockOfAKilledProgramIsTakenOver();
    void networkSharesAreRefused_data();
    void networkSharesAreRefused();
    void killsLoseNoCommittedRecord();
    void fuzzInputsAreRefusedOrImported();
};

namespace {

// The child: signs in as the case officer and writes cadres and talks until it is killed,
// printing each id once its transaction has committed.
int writeUntilKilled(const QString &path)
{
    auto database = Database::open(path);
    Accounts(*database).signIn(QStringLiteral("officer"), QStringLiteral("demo"));
    RecordRepository repository(*database);
    const qint64 unit
        = Sql::scalar(database->connection(), QStringLiteral("SELECT min(id) FROM units"))
              .toLongLong();
    for (int i = 0;; ++i) {
        const qint64 cadre = repository.create(
            QStringLiteral("cadres"),
            {{QStringLiteral("dossier_number"),
              QStringLiteral("K-%1-%2").arg(QCoreApplication::applicationPid()).arg(i)},
             {QStringLiteral("name"), QStringLiteral("测试%1").arg(i)},
             {QStringLiteral("gender"), QStringLiteral("female")},
             {QStringLiteral("unit_id"), unit},
             {QStringLiteral("position"), QStringLiteral("科员")}});
        std::printf("cadre %lld\n", cadre);
        std::fflush(stdout);
        const qint64 talk = repository.create(
            QStringLiteral("talks"),
            {{QStringLiteral("cadre_id"), cadre},
             {QStringLiteral("kind"), QStringLiteral("reminder")},
             {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
             {QStringLiteral("talk_date"), QStringLiteral("2026-06-03")}});
        std::printf("talk %lld\n", talk);
        std::fflush(stdout);
    }
}

QProcess *startChild(const QString &path, QObject *parent)
{
    auto *child = new QProcess(parent);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--write-until-killed"), path});
    return child;
}

} // namespace

void TestCrash::secondWriterIsRefused()
{
    QTemporaryDir dir;
    auto first = TestDatabase::onDisk(dir);
    const QString path = first->path();
    const QByteArray before = TestDatabase::fileHash(path);
    try {
        Database::open(path);
        QFAIL("a second writer opened the database");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QLatin1String("another copy")),
                 qPrintable(error.message()));
    }
    QCOMPARE(TestDatabase::fileHash(path), before);
    // Reading alongside is allowed; writing again once the first has closed.
    QVERIFY(Database::open(path, Database::Mode::ReadOnly));
    first.reset();
    QVERIFY(Database::open(path));
}

void TestCrash::lockOfAKilledProgramIsTakenOver()
{
    QTemporaryDir dir;
    QString path;
    {
        auto database = TestDatabase::onDisk(dir);
        path = database->path();
        TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    }
    QProcess *child = startChild(path, this);
    QVERIFY(child->waitForReadyRead(30000)); // it holds the lock and writes
    QVERIFY_THROWS_EXCEPTION(DataError, Database::open(path));
    child->kill();
    QVERIFY(child->waitForFinished(30000));
    QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // left behind by the killed child
    QVERIFY(Database::open(path));
    delete child;
}

void TestCrash::networkSharesAreRefused_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("network");
    QTest::newRow("ext4") << QByteArray("ext4") << false;
    QTest::newRow("ntfs") << QByteArray("NTFS") << false;
    QTest::newRow("tmpfs") << QByteArray("tmpfs") << false;
    QTest::newRow("nfs") << QByteArray("nfs") << true;
    QTest::newRow("nfs4") << QByteArray("nfs4") << true;
    QTest::newRow("cifs") << QByteArray("cifs") << true;
    QTest::newRow("smb3") << QByteArray("smb3") << true;
    QTest::newRow("sshfs") << QByteArray("fuse.sshfs") << true;
}

void TestCrash::networkSharesAreRefused()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, network);
    QCOMPARE(DatabaseLock::isNetworkFileSystem(type), network);
    for (const char *unc : {"//fileserver/dossiers/county.db", "\\\\fileserver\\dossiers\\x.db"}) {
        QVERIFY(DatabaseLock::isOnNetworkShare(QString::fromLatin1(unc)));
        try {
            Database::open(QString::fromLatin1(unc), Database::Mode::CreateOrOpen);
            QFAIL("a database on a network share was opened");
        } catch (const DataError &error) {
            QVERIFY2(error.message().contains(QLatin1String("network share"))
                         || error.message().contains(QLatin1String("does not exist")),
                     qPrintable(error.message()));
        }
    }
    QTemporaryDir dir;
    QVERIFY(!DatabaseLock::isOnNetworkShare(dir.filePath(QStringLiteral("local.db"))));
}

void TestCrash::killsLoseNoCommittedRecord()
{
    const int kills = qEnvironmentVariableIntValue("INTEGRITY_DOSSIER_CRASH_KILLS") > 0
                          ? qEnvironmentVariableIntValue("INTEGRITY_DOSSIER_CRASH_KILLS")
                          : 100;
    QTemporaryDir dir;
    QString path;
    {
        auto database = TestDatabase::onDisk(dir);
        path = database->path();
        TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    }
    QRandomGenerator random(20241);
    QList<qint64> cadres;
    QList<qint64> talks;
    QElapsedTimer timer;
    timer.start();
    int killedWhileWriting = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess *child = startChild(path, this);
        QVERIFY(child->waitForStarted(30000));
        // Let it sign in and write a while: kills land anywhere in a write.
        QVERIFY(child->waitForReadyRead(30000));
        QTest::qWait(int(random.bounded(5, 120)));
        child->kill();
        QVERIFY(child->waitForFinished(30000));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        const QStringList lines
            = QString::fromUtf8(child->readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            // Only complete lines: the last one may have been cut by the kill.
            if (!line.endsWith(QLatin1Char(' ')) && line.count(QLatin1Char(' ')) == 1) {
                const qint64 id = line.section(QLatin1Char(' '), 1).toLongLong();
                (line.startsWith(QLatin1String("cadre")) ? cadres : talks) << id;
            }
        }
        delete child;
        ++killedWhileWriting;

        auto database = Database::open(path);
        const QSqlDatabase db = database->connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(!Sql::run(db, QStringLiteral("PRAGMA foreign_key_check")).next());
        const AuditLog::Verification chain = AuditLog::verify(db);
        QVERIFY2(chain.intact, qPrintable(chain.problem));
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM cadres WHERE id IN "
                                            "(SELECT value FROM json_each(?))"),
                             {QStringLiteral("[%1]").arg([&] {
                                 QStringList ids;
                                 for (const qint64 id : cadres)
                                     ids << QString::number(id);
                                 return ids.join(QLatin1Char(','));
                             }())})
                     .toLongLong(),
                 qint64(cadres.size()));
        for (const qint64 talk : talks)
            QVERIFY(Sql::scalar(db,
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM talks WHERE "
                                               "id = ?)"),
                                {talk})
                        .toBool());
        // Every write is one transaction with its audit entry: no record without its entry.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                "'create' AND entity IN ('cadres', 'talks')"))
                     .toLongLong(),
                 Sql::scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM cadres) + "
                                                "(SELECT count(*) FROM talks)"))
                     .toLongLong());
    }
    QVERIFY(cadres.size() >= kills);
    qInfo("crash test: %d kills survived, %lld committed records (%lld cadres, %lld talks) "
          "all present, checks ok after every kill, %.1f s",
          killedWhileWriting, qint64(cadres.size() + talks.size()), qint64(cadres.size()),
          qint64(talks.size()), timer.elapsed() / 1000.0);
}

// The fuzzer's seed corpus and every input it ever crashed on (tests/fuzz): each is refused
// with a DataError or imported, never anything else.
void TestCrash::fuzzInputsAreRefusedOrImported()
{
    QStringList files;
    for (const char *folder : {"tests/fuzz/corpus", "tests/fuzz/regressions"}) {
        const QDir dir(TestDatabase::sourcePath(QString::fromLatin1(folder)));
        for (const QString &name : dir.entryList(QDir::Files))
            files << dir.filePath(name);
    }
    QVERIFY(files.size() >= 5);
    int imported = 0;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        try {
            const InterchangeDocument document = InterchangeReader().read(file.readAll());
            auto database = Database::openInMemory();
            InterchangeImporter(*database).write(document, path, QString());
            ++imported;
        } catch (const DataError &) {
        }
    }
    QVERIFY(imported >= 1); // the valid seeds import
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--write-until-killed") == 0) {
        QCoreApplication app(argc, argv);
        try {
            return writeUntilKilled(QString::fromLocal8Bit(argv[2]));
        } catch (const DataError &error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 2;
        }
    }
    QCoreApplication app(argc, argv);
    TestCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_crash.moc"
