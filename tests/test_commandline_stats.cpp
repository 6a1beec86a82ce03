#include "access/accounts.h"
#include "records/recordrepository.h"
#include "statistics/dashboardfigures.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <numeric>

// `integrity-dossier stats --year Y --json` and the dashboard show the same figures, read by
// the program itself from the same file — for an account that sees the whole county and for
// one limited to some units. `bench` runs every measurement on the same file (its figures are
// for docs/BENCHMARKS.md, not asserted here).
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

qint64 sum(const QVector<FigureSeries> &all, const QString &key)
{
    for (const FigureSeries &series : all) {
        if (series.key == key)
            return qint64(std::accumulate(series.values.cbegin(), series.values.cend(), 0.0));
    }
    return -1;
}

// Runs the program as `account` (password demo) with `arguments`.
void start(QProcess &process, const QString &account, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(text("INTEGRITY_DOSSIER_USER"), account);
    environment.insert(text("INTEGRITY_DOSSIER_PASSWORD"), text("demo"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE"), arguments);
}

} // namespace

class TestCommandLineStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statsAgreesWithTheDashboard_data();
    void statsAgreesWithTheDashboard();
    void statsPrintsTheYearInChinese();
    void benchRunsEveryMeasurement();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCommandLineStats::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE")));
    m_path = m_dir.filePath(text("county.db"));
    auto database = Database::open(m_path, Database::Mode::CreateOrOpen);
    TestDatabase::addDemoAccounts(*database);
    TestDatabase::signIn(*database, text("officer"));
    RecordRepository repository(*database);
    const qint64 town = TestDatabase::addUnit(*database, text("城关镇"), text("township"));
    const qint64 bureau = TestDatabase::addUnit(*database, text("县水利局"));
    int number = 0;
    for (qint64 unit : {town, bureau}) {
        const qint64 cadre = TestDatabase::addCadre(*database, text("张建国"), unit);
        for (const char *day : {"2025-03-04", "2025-07-01"})
            repository.create(text("talks"), {{text("cadre_id"), cadre},
                                              {text("kind"), text("reminder")},
                                              {text("held_by"), text("discipline_commission")},
                                              {text("talk_date"), text(day)}});
        const qint64 clue
            = repository.create(text("clues"), {{text("number"), text("XS-%1").arg(++number)},
                                                {text("source"), text("petition")},
                                                {text("received_date"), text("2025-02-01")},
                                                {text("updated_date"), text("2025-02-01")}});
        repository.link(text("clue_subjects"),
                        {{text("clue_id"), clue}, {text("cadre_id"), cadre}});
        const qint64 dossierCase
            = repository.create(text("cases"), {{text("number"), text("LA-%1").arg(number)},
                                                {text("filed_date"), text("2025-05-01")}});
        repository.link(text("case_subjects"),
                        {{text("case_id"), dossierCase}, {text("cadre_id"), cadre}});
        repository.create(text("sanctions"),
                          {{text("cadre_id"), cadre},
                           {text("case_id"), dossierCase},
                           {text("system"), text("party")},
                           {text("kind"), text(unit == town ? "warning" : "probation")},
                           {text("probation_months"), unit == town ? QVariant() : QVariant(12)},
                           {text("effective_date"), text("2025-08-01")}});
        const qint64 inspection
            = repository.create(text("inspections"), {{text("unit_id"), unit},
                                                      {text("kind"), text("special")},
                                                      {text("start_date"), text("2025-04-01")}});
        repository.create(text("findings"), {{text("inspection_id"), inspection},
                                             {text("description"), text("无票据报销")},
                                             {text("found_date"), text("2025-04-02")},
                                             {text("deadline"), text("2025-05-02")},
                                             {text("status"), text("completed")},
                                             {text("completed_date"), text("2025-05-01")}});
    }
    // The reviewer sees every unit; the case officer only the town.
    TestDatabase::signIn(*database, text("security"));
    Accounts accounts(*database);
    for (const AccountInfo &account : accounts.list()) {
        if (account.name == QLatin1String("officer"))
            accounts.setScope(account.id, false, {town});
    }
}

void TestCommandLineStats::statsAgreesWithTheDashboard_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<qint64>("reminderTalks");
    QTest::newRow("every unit") << text("reviewer") << qint64(4);
    QTest::newRow("limited to the town") << text("officer") << qint64(2);
}

void TestCommandLineStats::statsAgreesWithTheDashboard()
{
    QFETCH(QString, account);
    QFETCH(qint64, reminderTalks);

    QProcess process;
    start(process, account,
          {text("stats"), text("--db"), m_path, text("--year"), text("2025"), text("--json")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject stats = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    auto number = [&](const char *key) {
        return qint64(stats.value(text(key)).toInteger());
    };
    QCOMPARE(number("reminder_talks"), reminderTalks);

    auto database = Database::open(m_path, Database::Mode::OpenExisting);
    TestDatabase::signIn(*database, account);
    const DashboardFigures figures(*database, 2025, 2025);
    const auto trends = figures.trends();
    QCOMPARE(sum(trends, text("clues_received")), number("clues_received"));
    QCOMPARE(sum(trends, text("cases_filed")), number("cases_filed"));
    QCOMPARE(sum(trends, text("inspections")), number("inspections"));
    QCOMPARE(sum(figures.talks(), text("talk.reminder")), number("reminder_talks"));
    const auto rectification = figures.rectification();
    QCOMPARE(sum(rectification, text("rectifications_found")), number("rectifications"));
    QCOMPARE(sum(rectification, text("rectifications_completed")),
             number("rectifications_completed"));
    const QJsonObject forms = stats.value(text("four_forms")).toObject();
    const auto fourForms = figures.fourForms();
    for (int form = 1; form <= 4; ++form)
        QCOMPARE(fourForms[size_t(form - 1)],
                 qint64(forms.value(QString::number(form)).toInteger()));
}

void TestCommandLineStats::statsPrintsTheYearInChinese()
{
    // Without --json: the paragraph and the table as the printed page says them.
    QProcess process;
    start(process, text("reviewer"),
          {text("stats"), text("--db"), m_path, text("--year"), text("2025")});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QString printed = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *words :
         {"2025年度纪检监察工作统计", "2025年，全县共受理问题线索", "占立案人数的", "廉政党课",
          "项目\t2025年\t2024年\t增减", "提醒谈话（人次）\t4\t", "第一种形态（人次）\t"})
        QVERIFY2(printed.contains(QString::fromUtf8(words)), qPrintable(printed));
}

void TestCommandLineStats::benchRunsEveryMeasurement()
{
    QProcess process;
    start(process, text("reviewer"),
          {text("bench"), text("--db"), m_path, text("--repeat"), text("1"), text("--roster-rows"),
           text("300"), text("--json")});
    QVERIFY(process.waitForFinished(300000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonObject bench = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(bench.value(text("cadres")).toInteger(), 2);
    QStringList names;
    for (const QJsonValue &value : bench.value(text("results")).toArray()) {
        const QJsonObject result = value.toObject();
        names << result.value(text("name")).toString();
        QVERIFY(result.value(text("median_ms")).toDouble() >= 0);
        QVERIFY(result.value(text("bar_ms")).toDouble() > 0);
    }
    for (const char *name :
         {"open database and first directory page", "open one dossier (header, badges, timeline)",
          "integrity opinion, one cadre", "yearly statistics", "alerts on start",
          "dossier summary PDF, one cadre", "roster import, 300 rows (.xlsx)",
          "directory export, 300 cadres (.xlsx)", "roster import, peak memory (MB, not ms)"})
        QVERIFY2(names.contains(text(name)), name);
}

QTEST_GUILESS_MAIN(TestCommandLineStats)
#include "test_commandline_stats.moc"
