#include "access/accesserror.h"
#include "alerts/alertdeadlines.h"
#include "alerts/alertlistmodel.h"
#include "alerts/alertservice.h"
#include "records/recordrepository.h"
#include "similarity/materialsimilarity.h"
#include "statistics/dashboardfigures.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

// Each deadline rule of the alerts, on both sides of its day: working days skip weekends,
// a month counted from the 31st ends before the next month's last day.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

QDate day(const char *iso)
{
    return QDate::fromString(text(iso), Qt::ISODate);
}

class Fixture
{
public:
    Fixture()
        : database(TestDatabase::inMemory())
        , repository(*database)
    {
        unit = TestDatabase::addUnit(*database, text("县水利局"));
        cadre = TestDatabase::addCadre(*database, text("张建国"), unit);
    }

    qint64 clue(const char *number, const char *received,
                std::initializer_list<std::pair<const char *, const char *>> steps)
    {
        const qint64 id
            = repository.create(text("clues"), {{text("number"), text(number)},
                                                {text("source"), text("petition")},
                                                {text("received_date"), text(received)},
                                                {text("updated_date"), text(received)}});
        repository.link(text("clue_subjects"), {{text("clue_id"), id}, {text("cadre_id"), cadre}});
        for (const auto &step : steps)
            repository.advanceClue(id, text(step.first), day(step.second), text("书记"));
        return id;
    }

    QVector<Alert> alerts(const char *today, Alert::Kind kind) const
    {
        QVector<Alert> found;
        for (const Alert &alert : AlertService(*database).alerts(day(today), 14)) {
            if (alert.kind == kind)
                found.append(alert);
        }
        return found;
    }

    std::unique_ptr<Database> database;
    RecordRepository repository;
    qint64 unit = 0;
    qint64 cadre = 0;
};

} // namespace

Q_DECLARE_METATYPE(Alert::Urgency)

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void fixedSupervisionWeek_data();
    void fixedSupervisionWeek();
    void nextFixedSupervisionWeek_data();
    void nextFixedSupervisionWeek();
    void clueSteps_data();
    void clueSteps();
    void rectifications_data();
    void rectifications();
    void impactPeriodEnding_data();
    void impactPeriodEnding();
    void missingReports();
    void fixedWeekListsItsInspections();
    void modelFilters();
    void refusedWithoutSignIn();
};

void TestAlerts::fixedSupervisionWeek_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("monday");

    // The last Monday-to-Friday week inside the month.
    QTest::newRow("November 2026 ends on a Monday") << 2026 << 11 << day("2026-11-23");
    QTest::newRow("January 2026 ends on a Saturday") << 2026 << 1 << day("2026-01-26");
    QTest::newRow("February 2025 ends on a Friday") << 2025 << 2 << day("2025-02-24");
    QTest::newRow("March 2024 ends on a Sunday") << 2024 << 3 << day("2024-03-25");
    QTest::newRow("December 2026 ends on a Thursday") << 2026 << 12 << day("2026-12-21");
}

void TestAlerts::fixedSupervisionWeek()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QDate, monday);
    const QDate week = AlertDeadlines::fixedSupervisionWeek(year, month);
    QCOMPARE(week, monday);
    QCOMPARE(week.dayOfWeek(), int(Qt::Monday));
    QCOMPARE(week.addDays(4).month(), month);
}

void TestAlerts::nextFixedSupervisionWeek_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("before it") << day("2026-11-20") << day("2026-11-23");
    QTest::newRow("its Friday") << day("2026-11-27") << day("2026-11-23");
    QTest::newRow("the day after: next month's") << day("2026-11-28") << day("2026-12-21");
}

void TestAlerts::nextFixedSupervisionWeek()
{
    QFETCH(QDate, today);
    QFETCH(QDate, monday);
    QCOMPARE(AlertDeadlines::nextFixedSupervisionWeek(today), monday);
}

void TestAlerts::clueSteps_data()
{
    QTest::addColumn<int>("fixture");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<Alert::Urgency>("urgency");

    // 0: a letter sent on Friday 7 March 2025: the reply is due 15 working days later, on
    // Friday 28 March (three weekends skipped), not on 22 March.
    QTest::newRow("reply: the last day")
        << 0 << day("2025-03-28") << 1 << day("2025-03-28") << Alert::Urgency::DueSoon;
    QTest::newRow("reply: the next Monday is late")
        << 0 << day("2025-03-31") << 1 << day("2025-03-28") << Alert::Urgency::Overdue;
    QTest::newRow("reply: too far ahead to show")
        << 0 << day("2025-03-10") << 0 << QDate() << Alert::Urgency::Upcoming;
    // 1: received on 31 January 2025: a disposition within a month, by 27 February (28 February
    // stands in for the 31st, and the month ends the day before it).
    QTest::newRow("disposition: month end")
        << 1 << day("2025-02-27") << 1 << day("2025-02-27") << Alert::Urgency::DueSoon;
    QTest::newRow("disposition: a day late")
        << 1 << day("2025-02-28") << 1 << day("2025-02-27") << Alert::Urgency::Overdue;
    // 2: reply received on 30 April 2025: close within a month, by 29 May.
    QTest::newRow("closing: on time")
        << 2 << day("2025-05-20") << 1 << day("2025-05-29") << Alert::Urgency::DueSoon;
    QTest::newRow("closing: late")
        << 2 << day("2025-05-30") << 1 << day("2025-05-29") << Alert::Urgency::Overdue;
    // 3: a clue under preliminary verification has no deadline here.
    QTest::newRow("verification: none")
        << 3 << day("2026-01-01") << 0 << QDate() << Alert::Urgency::Upcoming;
}

void TestAlerts::clueSteps()
{
    QFETCH(int, fixture);
    QFETCH(QDate, today);
    QFETCH(int, alerts);
    QFETCH(QDate, due);
    QFETCH(Alert::Urgency, urgency);

    Fixture f;
    qint64 id = 0;
    switch (fixture) {
    case 0:
        id = f.clue("XS-0", "2025-03-01",
                    {{"assigned", "2025-03-03"},
                     {"disposition_proposed", "2025-03-04"},
                     {"talk_or_letter_inquiry", "2025-03-07"}});
        break;
    case 1:
        id = f.clue("XS-1", "2025-01-31", {{"assigned", "2025-02-03"}});
        break;
    case 2:
        id = f.clue("XS-2", "2025-03-01",
                    {{"assigned", "2025-03-03"},
                     {"disposition_proposed", "2025-03-04"},
                     {"talk_or_letter_inquiry", "2025-03-07"},
                     {"inquiry_replied", "2025-04-30"}});
        break;
    default:
        id = f.clue("XS-3", "2025-03-01",
                    {{"assigned", "2025-03-03"},
                     {"disposition_proposed", "2025-03-04"},
                     {"preliminary_verification", "2025-03-07"}});
    }
    const QVector<Alert> found
        = f.alerts(qPrintable(today.toString(Qt::ISODate)), Alert::Kind::ClueStep);
    QCOMPARE(found.size(), alerts);
    if (alerts) {
        QCOMPARE(found.first().due, due);
        QCOMPARE(found.first().urgency, urgency);
        QCOMPARE(found.first().recordTable, text("clues"));
        QCOMPARE(found.first().recordId, id);
        QCOMPARE(found.first().cadreId, f.cadre);
    }
}

void TestAlerts::rectifications_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<Alert::Urgency>("urgency");

    // Deadline 1 March 2025.
    QTest::newRow("deadline day") << text("open") << day("2025-03-01") << 1
                                  << Alert::Urgency::DueSoon;
    QTest::newRow("the day after")
        << text("in_progress") << day("2025-03-02") << 1 << Alert::Urgency::Overdue;
    QTest::newRow("two weeks ahead")
        << text("open") << day("2025-02-15") << 1 << Alert::Urgency::DueSoon;
    QTest::newRow("further ahead")
        << text("open") << day("2025-02-14") << 0 << Alert::Urgency::DueSoon;
    QTest::newRow("completed") << text("completed") << day("2025-04-01") << 0
                               << Alert::Urgency::Overdue;
}

void TestAlerts::rectifications()
{
    QFETCH(QString, status);
    QFETCH(QDate, today);
    QFETCH(int, alerts);
    QFETCH(Alert::Urgency, urgency);

    Fixture f;
    const qint64 inspection
        = f.repository.create(text("inspections"), {{text("unit_id"), f.unit},
                                                    {text("kind"), text("fixed_week")},
                                                    {text("start_date"), text("2025-01-20")}});
    QVariantMap finding{{text("inspection_id"), inspection},
                        {text("description"), text("重大采购未经集体研究")},
                        {text("responsible_cadre_id"), f.cadre},
                        {text("found_date"), text("2025-01-22")},
                        {text("deadline"), text("2025-03-01")},
                        {text("status"), status}};
    if (status == QLatin1String("completed"))
        finding.insert(text("completed_date"), text("2025-02-20"));
    const qint64 id = f.repository.create(text("findings"), finding);

    const QVector<Alert> found
        = f.alerts(qPrintable(today.toString(Qt::ISODate)), Alert::Kind::Rectification);
    QCOMPARE(found.size(), alerts);
    if (alerts) {
        QCOMPARE(found.first().urgency, urgency);
        QCOMPARE(found.first().recordId, id);
        QCOMPARE(found.first().cadreId, f.cadre);
        QCOMPARE(found.first().unitId, f.unit);
        QVERIFY(found.first().detail.contains(text("重大采购")));
    }
}

void TestAlerts::impactPeriodEnding_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("alerts");
    // An admonition of 10 January 2025, six months: its period ends on 9 July 2025.
    QTest::newRow("a month before") << day("2025-06-09") << 0;
    QTest::newRow("within two weeks") << day("2025-07-01") << 1;
    QTest::newRow("on the last day") << day("2025-07-09") << 1;
    QTest::newRow("ended") << day("2025-07-10") << 0;
}

void TestAlerts::impactPeriodEnding()
{
    QFETCH(QDate, today);
    QFETCH(int, alerts);

    Fixture f;
    f.repository.create(text("admonitions"), {{text("cadre_id"), f.cadre},
                                              {text("effective_date"), text("2025-01-10")}});
    const QVector<Alert> found
        = f.alerts(qPrintable(today.toString(Qt::ISODate)), Alert::Kind::ImpactPeriodEnding);
    QCOMPARE(found.size(), alerts);
    if (alerts) {
        QCOMPARE(found.first().due, day("2025-07-09"));
        QCOMPARE(found.first().cadreId, f.cadre);
    }
}

void TestAlerts::missingReports()
{
    Fixture f;
    const qint64 leader
        = TestDatabase::addCadre(*f.database, text("王局长"), f.unit, text("局长"), true);
    // Zhang reported his personal matters for 2024 but not for 2025; the leader filed no duty
    // report for 2024.
    f.repository.create(text("personal_matters_reports"),
                        {{text("cadre_id"), f.cadre},
                         {text("year"), 2024},
                         {text("submitted_date"), text("2024-01-20")}});

    const QVector<Alert> early = f.alerts("2025-01-10", Alert::Kind::PersonalMattersReport);
    QCOMPARE(early.size(), 0); // 31 January is more than two weeks away
    const QVector<Alert> soon = f.alerts("2025-01-20", Alert::Kind::PersonalMattersReport);
    QCOMPARE(soon.size(), 1);
    QCOMPARE(soon.first().urgency, Alert::Urgency::DueSoon);
    QCOMPARE(soon.first().due, day("2025-01-31"));
    const QVector<Alert> late = f.alerts("2025-02-03", Alert::Kind::PersonalMattersReport);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().urgency, Alert::Urgency::Overdue);
    QCOMPARE(late.first().cadreId, f.cadre);

    const QVector<Alert> duty = f.alerts("2025-02-03", Alert::Kind::DutyReport);
    QCOMPARE(duty.size(), 1);
    QCOMPARE(duty.first().cadreId, leader);
    QCOMPARE(duty.first().due, day("2025-01-31"));
    QCOMPARE(duty.first().urgency, Alert::Urgency::Overdue);

    // Filing the report clears it.
    f.repository.create(text("duty_reports"), {{text("cadre_id"), leader},
                                               {text("year"), 2024},
                                               {text("kind"), text("duty_and_integrity")},
                                               {text("report_date"), text("2025-02-04")}});
    QCOMPARE(f.alerts("2025-02-05", Alert::Kind::DutyReport).size(), 0);
}

void TestAlerts::fixedWeekListsItsInspections()
{
    Fixture f;
    QVector<Alert> week = f.alerts("2026-11-20", Alert::Kind::FixedSupervisionWeek);
    QCOMPARE(week.size(), 1);
    QCOMPARE(week.first().due, day("2026-11-23"));
    QCOMPARE(week.first().recordId, qint64(0));

    const qint64 inspection
        = f.repository.create(text("inspections"), {{text("unit_id"), f.unit},
                                                    {text("kind"), text("fixed_week")},
                                                    {text("start_date"), text("2026-11-24")}});
    week = f.alerts("2026-11-20", Alert::Kind::FixedSupervisionWeek);
    QCOMPARE(week.size(), 1);
    QCOMPARE(week.first().recordTable, text("inspections"));
    QCOMPARE(week.first().recordId, inspection);
    QCOMPARE(week.first().unitId, f.unit);
}

void TestAlerts::modelFilters()
{
    Fixture f;
    f.clue("XS-1", "2025-01-31", {{"assigned", "2025-02-03"}});
    f.repository.create(text("admonitions"), {{text("cadre_id"), f.cadre},
                                              {text("effective_date"), text("2024-09-10")}});
    AlertListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts(AlertService(*f.database).alerts(day("2025-03-03"), 14));
    // The overdue clue step, the admonition ending 9 March, the fixed week.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, AlertListModel::UrgencyColumn), AlertListModel::UrgencyRole)
                 .toInt(),
             int(Alert::Urgency::Overdue));
    model.setKindFilter(Alert::Kind::ImpactPeriodEnding);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), AlertListModel::CadreIdRole).toLongLong(), f.cadre);
    model.setKindFilter(std::nullopt);
    model.setUrgencyFilter(Alert::Urgency::Overdue);
    QCOMPARE(model.rowCount(), 1);
    model.setUrgencyFilter(std::nullopt);
    model.setTextFilter(text("XS-1"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), AlertListModel::RecordTableRole).toString(),
             text("clues"));
    model.setTextFilter(text("nothing like this"));
    QCOMPARE(model.rowCount(), 0);
}

void TestAlerts::refusedWithoutSignIn()
{
    auto database = TestDatabase::inMemory(QString());
    QVERIFY_THROWS_EXCEPTION(AccessError, AlertService(*database).alerts(day("2025-03-03"), 14));
    QVERIFY_THROWS_EXCEPTION(AccessError, MaterialSimilarity(*database).pairs(2025));
    QVERIFY_THROWS_EXCEPTION(AccessError, DashboardFigures(*database, 2025, 2025));
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "test_alerts.moc"
