#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

// The headless program as a user runs it: exit codes 0 / 1 / 2, one line on stderr when it
// fails, bad files left unchanged, and the JSON the subcommands promise.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void listFindsByPinyin();
    void opinionAnswersInJson();
    void statsHasEveryKey();
    void checkPassesOnAGoodDatabase();
    void listNeedsAnAccountAndKeepsToItsRole();
    void withoutADisplayTheWindowSaysSo();
    void checkVerifiesAPapersCode();
    void rebuildingStatisticsIsTheAdministrators();
    void importIntoADatabaseWithAccountsSignsIn_data();
    void importIntoADatabaseWithAccountsSignsIn();
    void settingsAreShownAndChangedTogether();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Signed in as `user` (none when empty).
    Run run(const QStringList &arguments, const QString &user = QStringLiteral("officer")) const;

    QTemporaryDir m_dir;
    QString m_database;
    QString m_notADatabase;
    qint64 m_cadre = 0;
};

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, const QString &user) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless must not need it
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("INTEGRITY_DOSSIER_USER"));
    if (!user.isEmpty())
        environment.insert(QStringLiteral("INTEGRITY_DOSSIER_USER"), user);
    environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSWORD"), QStringLiteral("demo"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE"), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE")));
    m_database = m_dir.filePath(QStringLiteral("county.db"));
    {
        auto database = Database::open(m_database, Database::Mode::CreateOrOpen);
        TestDatabase::signIn(*database, QStringLiteral("officer"));
        const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
        m_cadre = TestDatabase::addCadre(*database, QStringLiteral("张建国"), unit,
                                         QStringLiteral("局长"), true);
        TestDatabase::addCadre(*database, QStringLiteral("李明"), unit, QStringLiteral("副局长"));
        RecordRepository(*database).create(
            QStringLiteral("talks"),
            {{QStringLiteral("cadre_id"), m_cadre},
             {QStringLiteral("kind"), QStringLiteral("reminder")},
             {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
             {QStringLiteral("talk_date"), QStringLiteral("2025-06-03")}});
    }
    m_notADatabase = m_dir.filePath(QStringLiteral("roster.csv"));
    QFile file(m_notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("姓名,单位\n张建国,县水利局\n");
}

void TestCommandLine::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no such subcommand") << QStringList{"frobnicate"} << 1;
    QTest::newRow("missing --db") << QStringList{"check"} << 1;
    QTest::newRow("unknown option") << QStringList{"list", "--db", "x.db", "--colour"} << 1;
    QTest::newRow("bad --as-of") << QStringList{"opinion", "--db",    "x.db",      "--cadre",
                                                "1",       "--as-of", "2025-13-01"}
                                 << 1;
    QTest::newRow("bad --cadre") << QStringList{"opinion", "--db", "x.db", "--cadre", "one"} << 1;
    QTest::newRow("bad --year") << QStringList{"stats", "--db", "x.db", "--year", "last"} << 1;
    QTest::newRow("missing database") << QStringList{"check", "--db", "/nonexistent/none.db"} << 2;
    QTest::newRow("not a database") << QStringList{"list", "--db", "ROSTER"} << 2;
    QTest::newRow("no such cadre")
        << QStringList{"opinion", "--db", "COUNTY", "--cadre", "999"} << 2;
}

void TestCommandLine::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(QStringLiteral("ROSTER"), m_notADatabase);
    arguments.replaceInStrings(QStringLiteral("COUNTY"), m_database);
    const QByteArray before = TestDatabase::fileHash(m_notADatabase);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QStringList lines = result.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 1 && !lines.first().isEmpty(), qPrintable(result.err));
    QCOMPARE(TestDatabase::fileHash(m_notADatabase), before);
}

void TestCommandLine::listFindsByPinyin()
{
    const Run result
        = run({QStringLiteral("list"), QStringLiteral("--db"), m_database,
               QStringLiteral("--search"), QStringLiteral("zjg"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(object.value(QStringLiteral("cadres"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("张建国"));
}

void TestCommandLine::opinionAnswersInJson()
{
    const Run result
        = run({QStringLiteral("opinion"), QStringLiteral("--db"), m_database,
               QStringLiteral("--cadre"), QString::number(m_cadre), QStringLiteral("--as-of"),
               QStringLiteral("2025-12-31"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray answers = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(answers.size(), 1);
    const QJsonObject answer = answers.first().toObject();
    for (const QString &key :
         {QStringLiteral("cadre_id"), QStringLiteral("name"), QStringLiteral("category"),
          QStringLiteral("label"), QStringLiteral("reasons"), QStringLiteral("impact_until")})
        QVERIFY2(answer.contains(key), qPrintable(key));
    QCOMPARE(answer.value(QStringLiteral("category")).toInt(), 1);
    QVERIFY(answer.value(QStringLiteral("impact_until")).isNull());
}

void TestCommandLine::statsHasEveryKey()
{
    const Run result
        = run({QStringLiteral("stats"), QStringLiteral("--db"), m_database,
               QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject stats = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QStringList keys = {"reminder_talks",
                              "admonition_talks",
                              "inspections",
                              "rectifications",
                              "rectifications_completed",
                              "recommendation_letters",
                              "rectification_notices",
                              "written_self_examinations",
                              "inspection_bulletins",
                              "clues_received",
                              "clues_disposed",
                              "cases_filed",
                              "two_responsibilities_cases",
                              "top_leader_cases",
                              "top_leader_cases_change",
                              "warning_education_sessions",
                              "integrity_lectures",
                              "four_forms"};
    for (const QString &key : keys)
        QVERIFY2(stats.contains(key), qPrintable(key));
    QCOMPARE(stats.value(QStringLiteral("reminder_talks")).toInt(), 1);
    QCOMPARE(
        stats.value(QStringLiteral("four_forms")).toObject().value(QStringLiteral("1")).toInt(), 1);
}

void TestCommandLine::checkPassesOnAGoodDatabase()
{
    const Run result = run({QStringLiteral("check"), QStringLiteral("--db"), m_database});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("audit chain: ok")));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::listNeedsAnAccountAndKeepsToItsRole()
{
    const QStringList list{QStringLiteral("list"), QStringLiteral("--db"), m_database};
    const Run nobody = run(list, QString());
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains(QStringLiteral("Sign in")), qPrintable(nobody.err));
    QVERIFY(!nobody.out.contains(QStringLiteral("张建国")));
    // The administrator finds names, units and positions; that is all a list ever shows.
    const Run admin = run(list, QStringLiteral("admin"));
    QCOMPARE(admin.exitCode, 0);
    QVERIFY(admin.out.contains(QStringLiteral("张建国")));
}

void TestCommandLine::withoutADisplayTheWindowSaysSo()
{
    // The window on a machine with no display: one line, exit 2, never an abort.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE"),
                  {QStringLiteral("--db"), m_database});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY2(err.contains(QStringLiteral("no display")), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 0);
}

void TestCommandLine::checkVerifiesAPapersCode()
{
    const QString pdf = m_dir.filePath(QStringLiteral("paper.pdf"));
    const Run print
        = run({QStringLiteral("print"), QStringLiteral("--db"), m_database,
               QStringLiteral("--cadre"), QString::number(m_cadre), QStringLiteral("--pdf"), pdf});
    QCOMPARE(print.exitCode, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QRegularExpression pattern(QStringLiteral("核验码\\s*(\\d+-[0-9A-Z]{6})"));
    const QRegularExpressionMatch match
        = pattern.match(QString::fromUtf8(text.readAllStandardOutput()));
    QVERIFY2(match.hasMatch(), "no verification code on the paper");
    const Run good = run({QStringLiteral("check"), QStringLiteral("--db"), m_database,
                          QStringLiteral("--code"), match.captured(1)});
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    QVERIFY(good.out.contains(QStringLiteral("verified")));
    const Run bad = run({QStringLiteral("check"), QStringLiteral("--db"), m_database,
                         QStringLiteral("--code"), QStringLiteral("1-AAAAAA")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.contains(QStringLiteral("NOT VERIFIED")));
}

void TestCommandLine::rebuildingStatisticsIsTheAdministrators()
{
    const QStringList rebuild{QStringLiteral("check"), QStringLiteral("--db"), m_database,
                              QStringLiteral("--rebuild-statistics")};
    const auto entries = [this] {
        auto database = Database::open(m_database, Database::Mode::ReadOnly);
        return Sql::scalar(database->connection(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'statistics.rebuild'"))
            .toInt();
    };
    const Run reviewer = run(rebuild, QStringLiteral("reviewer"));
    QCOMPARE(reviewer.exitCode, 2);
    QCOMPARE(entries(), 0);
    const Run admin = run(rebuild, QStringLiteral("admin"));
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    QCOMPARE(entries(), 1);
}

void TestCommandLine::importIntoADatabaseWithAccountsSignsIn_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("nobody signed in") << "" << 2;
    QTest::newRow("reviewer") << "reviewer" << 2;
    QTest::newRow("system administrator") << "admin" << 2;
    QTest::newRow("case officer") << "officer" << 0;
}

// A database with accounts takes an import only from an account allowed to import, and the
// audit entry names that account.
void TestCommandLine::importIntoADatabaseWithAccountsSignsIn()
{
    QFETCH(QString, user);
    QFETCH(int, exitCode);
    const QString json = m_dir.filePath(QStringLiteral("county.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_database,
                  QStringLiteral("--json"), json})
                 .exitCode,
             0);
    QTemporaryDir dir;
    const QString target = TestDatabase::onDisk(dir, QStringLiteral("empty.db"))->path();
    const Run result = run(
        {QStringLiteral("import"), QStringLiteral("--db"), target, QStringLiteral("--json"), json},
        user);
    QCOMPARE(result.exitCode, exitCode);
    auto database = Database::open(target, Database::Mode::ReadOnly);
    const QSqlDatabase db = database->connection();
    const int cadres = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadres")).toInt();
    if (exitCode != 0) {
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!result.err.trimmed().isEmpty());
        QCOMPARE(cadres, 0);
        return;
    }
    QCOMPARE(cadres, 2);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT user_name FROM audit_log WHERE action = "
                                            "'import'"))
                 .toString(),
             user);
}

// Anyone signed in reads the settings; the administrator changes several at once, and one bad
// value among them changes none.
void TestCommandLine::settingsAreShownAndChangedTogether()
{
    const QStringList db{QStringLiteral("settings"), QStringLiteral("--db"), m_database};
    const Run shown = run(db, QStringLiteral("reviewer"));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(QLatin1String("idle_lock_minutes = 10")), qPrintable(shown.out));

    const Run refused
        = run(db + QStringList{QStringLiteral("--set"), QStringLiteral("idle_lock_minutes=15")},
              QStringLiteral("officer"));
    QCOMPARE(refused.exitCode, 2);
    const Run oneBad
        = run(db
                  + QStringList{QStringLiteral("--set"), QStringLiteral("idle_lock_minutes=15"),
                                QStringLiteral("--set"), QStringLiteral("backups_kept=many")},
              QStringLiteral("admin"));
    QCOMPARE(oneBad.exitCode, 2);
    // Named as the settings page names it, with the value that was refused.
    QVERIFY2(oneBad.err.contains(QLatin1String("Automatic backups kept"))
                 && oneBad.err.contains(QLatin1String("\"many\"")),
             qPrintable(oneBad.err));
    QVERIFY(
        run(db, QStringLiteral("reviewer")).out.contains(QLatin1String("idle_lock_minutes = 10")));

    const Run changed
        = run(db
                  + QStringList{QStringLiteral("--set"), QStringLiteral("idle_lock_minutes=15"),
                                QStringLiteral("--set"), QStringLiteral("backups_kept=30")},
              QStringLiteral("admin"));
    QCOMPARE(changed.exitCode, 0);
    QVERIFY(changed.out.contains(QLatin1String("idle_lock_minutes = 15")));
    QVERIFY(changed.out.contains(QLatin1String("backups_kept = 30")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
