#include "access/accounts.h"
#include "alerts/alertservice.h"
#include "records/recordrepository.h"
#include "similarity/materialsimilarity.h"
#include "statistics/dashboardfigures.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <map>
#include <memory>

// The figures of an account limited to some units: the dashboard, the yearly statistics (and so
// `stats`), the alerts and the copied-materials check count only those units, whatever scope
// they are asked for. The same records, read by an account that sees every unit, count all.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

const char *const sharedText
    = "一是理论学习不够深入，学习的系统性不强，满足于一般性了解，没有做到学深悟透。"
      "二是担当作为不够有力，面对复杂问题有畏难情绪，工作标准不够高，创新意识不强。"
      "三是落实中央八项规定精神不够严格，对身边的苗头性问题提醒不及时，监督不到位。";

class County
{
public:
    County()
        : database(TestDatabase::inMemory())
        , repository(*database)
    {
        town = TestDatabase::addUnit(*database, text("城关镇"), text("township"));
        village = TestDatabase::addUnit(*database, text("城关镇农业站"), text("institution"), town);
        bureau = TestDatabase::addUnit(*database, text("县水利局"), text("department"));
        const qint64 inTown = TestDatabase::addCadre(*database, text("张建国"), village);
        const qint64 inBureau = TestDatabase::addCadre(*database, text("李明"), bureau);
        for (qint64 cadre : {inTown, inBureau}) {
            const qint64 unit = cadre == inTown ? village : bureau;
            repository.create(text("talks"), {{text("cadre_id"), cadre},
                                              {text("kind"), text("reminder")},
                                              {text("held_by"), text("discipline_commission")},
                                              {text("talk_date"), text("2025-03-04")}});
            const qint64 clue
                = repository.create(text("clues"), {{text("number"), text("XS-%1").arg(cadre)},
                                                    {text("source"), text("petition")},
                                                    {text("received_date"), text("2025-02-01")},
                                                    {text("updated_date"), text("2025-02-01")}});
            repository.link(text("clue_subjects"),
                            {{text("clue_id"), clue}, {text("cadre_id"), cadre}});
            const qint64 inspection = repository.create(text("inspections"),
                                                        {{text("unit_id"), unit},
                                                         {text("kind"), text("special")},
                                                         {text("start_date"), text("2025-04-01")}});
            repository.create(text("findings"), {{text("inspection_id"), inspection},
                                                 {text("description"), text("无票据报销")},
                                                 {text("found_date"), text("2025-04-02")},
                                                 {text("deadline"), text("2025-05-02")}});
            for (int year : {2024, 2025})
                repository.create(text("self_examination_materials"),
                                  {{text("unit_id"), unit},
                                   {text("cadre_id"), cadre},
                                   {text("year"), year},
                                   {text("meeting"), text("democratic_life")},
                                   {text("content"), text(sharedText)},
                                   {text("submitted_date"), QStringLiteral("%1-12-20").arg(year)}});
        }
        // The case officer works in the town only (with the units below it).
        TestDatabase::signIn(*database, QStringLiteral("security"));
        Accounts accounts(*database);
        for (const AccountInfo &account : accounts.list()) {
            if (account.name == QLatin1String("officer"))
                accounts.setScope(account.id, false, {town});
        }
    }

    QSqlDatabase db() const { return database->connection(); }

    std::unique_ptr<Database> database;
    RecordRepository repository;
    qint64 town = 0;
    qint64 village = 0;
    qint64 bureau = 0;
};

// One county per account, built alike and signed in once: a sign-in costs two slow password
// hashes, and the figures only read.
std::map<QString, std::unique_ptr<County>> &counties()
{
    static std::map<QString, std::unique_ptr<County>> built;
    return built;
}

const County &countyAs(const QString &account)
{
    std::unique_ptr<County> &county = counties()[account];
    if (!county) {
        county = std::make_unique<County>();
        TestDatabase::signIn(*county->database, account);
    }
    return *county;
}

using Figure = std::function<qint64(const County &)>;

} // namespace

Q_DECLARE_METATYPE(Figure)

class TestUnitScope : public QObject
{
    Q_OBJECT

private slots:
    void figuresFollowTheAccountsUnits_data();
    void figuresFollowTheAccountsUnits();
    void theCountysOwnUnitCountsAsTheWholeCounty();
    // The databases close while the application still runs.
    void cleanupTestCase() { counties().clear(); }
};

void TestUnitScope::figuresFollowTheAccountsUnits_data()
{
    QTest::addColumn<Figure>("figure");
    QTest::addColumn<qint64>("limited");   // the officer, limited to the town
    QTest::addColumn<qint64>("everyUnit"); // the reviewer, who sees every unit

    const QDate today(2025, 6, 1);
    auto yearly = [](const char *key) {
        return Figure([key](const County &county) {
            return StatisticsService(*county.database).year(2025).counts.value(text(key));
        });
    };
    QTest::newRow("stats: reminder talks") << yearly("reminder_talks") << qint64(1) << qint64(2);
    QTest::newRow("stats: inspections") << yearly("inspections") << qint64(1) << qint64(2);
    QTest::newRow("stats: clues received") << yearly("clues_received") << qint64(1) << qint64(2);
    QTest::newRow("stats: four forms") << Figure([](const County &county) {
        return StatisticsService(*county.database).year(2025).fourForms[0];
    }) << qint64(1) << qint64(2);
    QTest::newRow("stats: asked for the other unit") << Figure([](const County &county) {
        return StatisticsService(*county.database)
            .year(2025, {county.bureau, QString()})
            .counts.value(text("reminder_talks"));
    }) << qint64(0) << qint64(1);
    QTest::newRow("dashboard: reminder talks") << Figure([](const County &county) {
        qint64 sum = 0;
        for (const FigureSeries &series : DashboardFigures(*county.database, 2025, 2025).talks()) {
            if (series.key == QLatin1String("talk.reminder"))
                for (double value : series.values)
                    sum += qint64(value);
        }
        return sum;
    }) << qint64(1) << qint64(2);
    QTest::newRow("dashboard: four forms") << Figure([](const County &county) {
        return DashboardFigures(*county.database, 2025, 2025).fourForms()[0];
    }) << qint64(1) << qint64(2);
    QTest::newRow("dashboard: unit rows") << Figure([](const County &county) {
        return qint64(
            DashboardFigures(*county.database, 2025, 2025, {}, QDate(2025, 6, 1)).units().size());
    }) << qint64(1) << qint64(2);
    QTest::newRow("dashboard: overdue rectifications") << Figure([](const County &county) {
        double sum = 0;
        for (const UnitFigures &unit :
             DashboardFigures(*county.database, 2025, 2025, {}, QDate(2025, 6, 1)).units())
            sum += unit.values.at(2);
        return qint64(sum);
    }) << qint64(1) << qint64(2);
    QTest::newRow("dashboard: records behind a number") << Figure([](const County &county) {
        const DashboardFigures figures(*county.database, 2025, 2025);
        return qint64(
            figures.records(text("talk.reminder"), text("2025-01"), text("2025-12"), {}).size());
    }) << qint64(1) << qint64(2);
    QTest::newRow("alerts: overdue rectifications") << Figure([today](const County &county) {
        qint64 count = 0;
        for (const Alert &alert : AlertService(*county.database).alerts(today, 30))
            count += alert.kind == Alert::Kind::Rectification ? 1 : 0;
        return count;
    }) << qint64(1) << qint64(2);
    QTest::newRow("similarity: copied materials") << Figure([](const County &county) {
        return qint64(MaterialSimilarity(*county.database).pairs(2025).size());
    }) << qint64(1) << qint64(2);
}

void TestUnitScope::figuresFollowTheAccountsUnits()
{
    QFETCH(Figure, figure);
    QFETCH(qint64, limited);
    QFETCH(qint64, everyUnit);

    QCOMPARE(figure(countyAs(QStringLiteral("officer"))), limited);
    QCOMPARE(figure(countyAs(QStringLiteral("reviewer"))), everyUnit);
}

void TestUnitScope::theCountysOwnUnitCountsAsTheWholeCounty()
{
    // A demo county: its own unit (the one above all others), chosen in the unit tree, gives
    // the whole county's figures; a town gives a recount of its own clues.
    const QTemporaryDir dir;
    const auto database = TestDatabase::demoCounty(dir);
    const QSqlDatabase db = database->connection();
    const qint64 county
        = Sql::scalar(db, QStringLiteral("SELECT id FROM units WHERE parent_id IS NULL"))
              .toLongLong();
    const StatisticsService service(*database);
    for (int year : {2024, 2025}) {
        const YearlyStatistics whole = service.year(year);
        const YearlyStatistics own = service.year(year, {county, QString()});
        for (const QString &key : YearlyStatistics::keys())
            QVERIFY2(whole.counts.value(key) == own.counts.value(key),
                     qPrintable(QStringLiteral("%1 %2: %3 against %4")
                                    .arg(key)
                                    .arg(year)
                                    .arg(whole.counts.value(key))
                                    .arg(own.counts.value(key))));
        QVERIFY(whole.counts.value(QStringLiteral("clues_disposed")) > 0);
    }
    // A town: the clues first disposed in the year with a subject among its cadres, counted
    // here by walking the records.
    const qint64 town = Sql::scalar(db, QStringLiteral("SELECT id FROM units WHERE kind = "
                                                       "'township' ORDER BY id LIMIT 1"))
                            .toLongLong();
    QSet<qint64> units{town};
    for (bool grew = true; grew;) {
        grew = false;
        QSqlQuery children = Sql::run(db, QStringLiteral("SELECT id, parent_id FROM units"));
        while (children.next())
            if (units.contains(children.value(1).toLongLong())
                && !units.contains(children.value(0).toLongLong())) {
                units.insert(children.value(0).toLongLong());
                grew = true;
            }
    }
    QHash<qint64, QString> firstDisposal;
    QSqlQuery steps = Sql::run(db, QStringLiteral("SELECT clue_id, step_date FROM clue_steps "
                                                  "WHERE from_state = 'disposition_proposed' "
                                                  "ORDER BY step_date, id"));
    while (steps.next())
        if (!firstDisposal.contains(steps.value(0).toLongLong()))
            firstDisposal.insert(steps.value(0).toLongLong(), steps.value(1).toString());
    QSet<qint64> townClues;
    QSqlQuery subjects = Sql::run(db, QStringLiteral("SELECT s.clue_id, c.unit_id FROM "
                                                     "clue_subjects s JOIN cadres c ON c.id = "
                                                     "s.cadre_id"));
    while (subjects.next())
        if (units.contains(subjects.value(1).toLongLong()))
            townClues.insert(subjects.value(0).toLongLong());
    qint64 expected = 0;
    for (const qint64 clue : townClues)
        if (firstDisposal.value(clue).startsWith(QStringLiteral("2025")))
            ++expected;
    QCOMPARE(service.year(2025, {town, QString()}).counts.value(QStringLiteral("clues_disposed")),
             expected);
}

QTEST_GUILESS_MAIN(TestUnitScope)
#include "test_unitscope.moc"
