#include "domain/recordkinds.h"
#include "dossier/dossier.h"
#include "dossier/dossierstatus.h"
#include "items/changehistorymodel.h"
#include "items/cluestepsmodel.h"
#include "items/measurelistmodel.h"
#include "items/recordlistmodel.h"
#include "items/timelinemodel.h"
#include "records/impactpreview.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The dossier's item models on a small fixture: each through QAbstractItemModelTester, with
// its rows and values checked.
class TestRecordModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void timelineNewestFirstAndFiltered();
    void timelineReadsPageByPage();
    void timelineDaysFollowTheWorkflow();
    void recordListsOfEverySection_data();
    void recordListsOfEverySection();
    void talkListShowsLabelsAndSorts();
    void overdueRectificationIsAnAlert();
    void clueListShowsStates();
    void measuresShowComputedImpactPeriods();
    void measurePeriodInChinese();
    void clueStepsInOrder();
    void changeHistoryOfTheCadre();
    void dossierStatusBadges();
    void impactPreviewStacksOnEarlierSanctions();

private:
    void addTalk(const QString &date, const QString &kind = QStringLiteral("reminder"));

    std::unique_ptr<Database> m_database;
    qint64 m_unit = 0;
    qint64 m_cadre = 0;
    qint64 m_other = 0;
    qint64 m_clue = 0;
    qint64 m_case = 0;
};

void TestRecordModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRecordModels::addTalk(const QString &date, const QString &kind)
{
    RecordRepository(*m_database)
        .create(QStringLiteral("talks"),
                {{QStringLiteral("cadre_id"), m_cadre},
                 {QStringLiteral("kind"), kind},
                 {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                 {QStringLiteral("talk_date"), date},
                 {QStringLiteral("interviewer"), QStringLiteral("李明")}});
}

void TestRecordModels::init()
{
    m_database = TestDatabase::inMemory();
    m_unit = TestDatabase::addUnit(*m_database, QStringLiteral("清河县疾病预防控制中心"),
                                   QStringLiteral("institution"));
    m_cadre = TestDatabase::addCadre(*m_database, QStringLiteral("方志华"), m_unit,
                                     QStringLiteral("主任"), true);
    m_other = TestDatabase::addCadre(*m_database, QStringLiteral("周丽"), m_unit);
    RecordRepository repository(*m_database);
    addTalk(QStringLiteral("2024-05-01"));
    addTalk(QStringLiteral("2025-06-01"), QStringLiteral("integrity"));
    m_clue = repository.create(QStringLiteral("clues"),
                               {{QStringLiteral("number"), QStringLiteral("XS-2025-001")},
                                {QStringLiteral("source"), QStringLiteral("petition")},
                                {QStringLiteral("received_date"), QStringLiteral("2025-01-06")},
                                {QStringLiteral("updated_date"), QStringLiteral("2025-01-06")}});
    repository.link(QStringLiteral("clue_subjects"),
                    {{QStringLiteral("clue_id"), m_clue}, {QStringLiteral("cadre_id"), m_cadre}});
    repository.advanceClue(m_clue, QStringLiteral("assigned"), QDate(2025, 1, 8));
    repository.advanceClue(m_clue, QStringLiteral("disposition_proposed"), QDate(2025, 1, 15),
                           QStringLiteral("王书记"));
    repository.advanceClue(m_clue, QStringLiteral("preliminary_verification"), QDate(2025, 1, 20));
    m_case = repository.create(QStringLiteral("cases"),
                               {{QStringLiteral("number"), QStringLiteral("清纪立〔2025〕3号")},
                                {QStringLiteral("clue_id"), m_clue},
                                {QStringLiteral("filed_date"), QStringLiteral("2025-02-10")}});
    repository.link(QStringLiteral("case_subjects"),
                    {{QStringLiteral("case_id"), m_case}, {QStringLiteral("cadre_id"), m_cadre}});
    repository.create(QStringLiteral("sanctions"),
                      {{QStringLiteral("cadre_id"), m_cadre},
                       {QStringLiteral("case_id"), m_case},
                       {QStringLiteral("system"), QStringLiteral("party")},
                       {QStringLiteral("kind"), QStringLiteral("warning")},
                       {QStringLiteral("effective_date"), QStringLiteral("2025-03-15")}});
    repository.create(QStringLiteral("admonitions"),
                      {{QStringLiteral("cadre_id"), m_cadre},
                       {QStringLiteral("effective_date"), QStringLiteral("2025-04-01")}});
    const qint64 inspection
        = repository.create(QStringLiteral("inspections"),
                            {{QStringLiteral("unit_id"), m_unit},
                             {QStringLiteral("kind"), QStringLiteral("fixed_week")},
                             {QStringLiteral("start_date"), QStringLiteral("2025-02-24")}});
    repository.create(QStringLiteral("findings"),
                      {{QStringLiteral("inspection_id"), inspection},
                       {QStringLiteral("description"), QStringLiteral("重大采购未经集体研究")},
                       {QStringLiteral("responsible_cadre_id"), m_cadre},
                       {QStringLiteral("found_date"), QStringLiteral("2025-02-25")},
                       {QStringLiteral("deadline"), QStringLiteral("2025-03-27")}});
    repository.create(QStringLiteral("findings"),
                      {{QStringLiteral("inspection_id"), inspection},
                       {QStringLiteral("description"), QStringLiteral("报销无票据")},
                       {QStringLiteral("responsible_cadre_id"), m_cadre},
                       {QStringLiteral("found_date"), QStringLiteral("2025-02-25")},
                       {QStringLiteral("deadline"), QStringLiteral("2099-03-27")}});
    // The colleague's talk must never show in this dossier.
    repository.create(QStringLiteral("talks"),
                      {{QStringLiteral("cadre_id"), m_other},
                       {QStringLiteral("kind"), QStringLiteral("warning")},
                       {QStringLiteral("held_by"), QStringLiteral("party_committee")},
                       {QStringLiteral("talk_date"), QStringLiteral("2025-07-01")}});
}

void TestRecordModels::cleanup()
{
    m_database.reset();
}

void TestRecordModels::timelineNewestFirstAndFiltered()
{
    TimelineModel model(*m_database, m_cadre);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 2 talks, 1 clue and its 3 steps after registration, 1 case, 1 sanction, 1 admonition,
    // 2 findings.
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
    QCOMPARE(model.index(0, TimelineModel::DateColumn).data().toDate(), QDate(2025, 6, 1));
    QCOMPARE(model.index(0, TimelineModel::KindColumn).data().toString(), QStringLiteral("Talk"));
    QCOMPARE(model.index(0, TimelineModel::DetailColumn).data().toString(),
             QStringLiteral("Integrity talk"));
    QCOMPARE(model.index(10, TimelineModel::DateColumn).data().toDate(), QDate(2024, 5, 1));
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, 0).data(TimelineModel::SortValueRole).toString()
                >= model.index(row, 0).data(TimelineModel::SortValueRole).toString());
    }

    model.setKindFilter(QStringLiteral("sanction"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TimelineModel::DetailColumn).data().toString(),
             QStringLiteral("Party warning"));
    QCOMPARE(model.index(0, 0).data(TimelineModel::TableRole).toString(),
             QStringLiteral("sanctions"));
    // Each entry says what it is about: here the problems the rectifications are for.
    model.setKindFilter(QStringLiteral("finding"));
    QStringList problems;
    for (int row = 0; row < model.rowCount(); ++row)
        problems << model.index(row, TimelineModel::SummaryColumn).data().toString();
    problems.sort();
    QCOMPARE(problems,
             QStringList({QStringLiteral("报销无票据"), QStringLiteral("重大采购未经集体研究")}));
    // Each step of the clue after its registration, with who took it, opening the clue.
    model.setKindFilter(QStringLiteral("clue_step"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, TimelineModel::DetailColumn).data().toString(),
             QStringLiteral("Preliminary verification"));
    QVERIFY(model.index(0, TimelineModel::SummaryColumn)
                .data()
                .toString()
                .contains(QStringLiteral("officer")));
    QCOMPARE(model.index(0, 0).data(TimelineModel::TableRole).toString(), QStringLiteral("clues"));
    QCOMPARE(model.index(0, 0).data(TimelineModel::RecordIdRole).toLongLong(), m_clue);
    model.setKindFilter(QStringLiteral("clue"));
    QCOMPARE(model.index(0, TimelineModel::DetailColumn).data().toString(),
             QStringLiteral("Preliminary verification"));
    QCOMPARE(model.index(0, 0).data(TimelineModel::RecordIdRole).toLongLong(), m_clue);
    model.setKindFilter({});
    QCOMPARE(model.rowCount(), 11);
}

void TestRecordModels::timelineDaysFollowTheWorkflow()
{
    // A clue registered, assigned, proposed for disposition and sent to preliminary
    // verification on one day: newest first, as the days are, in the workflow's order, not
    // the alphabetical order of the steps' names.
    RecordRepository repository(*m_database);
    const qint64 clue = repository.create(
        QStringLiteral("clues"), {{QStringLiteral("number"), QStringLiteral("XS-2025-009")},
                                  {QStringLiteral("source"), QStringLiteral("petition")},
                                  {QStringLiteral("received_date"), QStringLiteral("2025-08-04")},
                                  {QStringLiteral("updated_date"), QStringLiteral("2025-08-04")}});
    repository.link(QStringLiteral("clue_subjects"),
                    {{QStringLiteral("clue_id"), clue}, {QStringLiteral("cadre_id"), m_cadre}});
    const QDate day(2025, 8, 4);
    repository.advanceClue(clue, QStringLiteral("assigned"), day);
    repository.advanceClue(clue, QStringLiteral("disposition_proposed"), day,
                           QStringLiteral("王书记"));
    repository.advanceClue(clue, QStringLiteral("preliminary_verification"), day);
    TimelineModel model(*m_database, m_cadre);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TimelineModel::DateColumn).data().toDate() == day)
            order << model.index(row, TimelineModel::KindColumn).data().toString()
                         + QStringLiteral(": ")
                         + model.index(row, TimelineModel::DetailColumn).data().toString();
    }
    // The clue's own entry, on the day it was received, tells its present state.
    QCOMPARE(order, QStringList({QStringLiteral("Clue step: Preliminary verification"),
                                 QStringLiteral("Clue step: Disposition proposed"),
                                 QStringLiteral("Clue step: Assigned"),
                                 QStringLiteral("Problem clue: Preliminary verification")}));
}

void TestRecordModels::timelineReadsPageByPage()
{
    for (int i = 0; i < TimelineModel::pageSize + 40; ++i)
        addTalk(QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate));
    TimelineModel model(*m_database, m_cadre);
    QCOMPARE(model.totalCount(), TimelineModel::pageSize + 51);
    QCOMPARE(model.rowCount(), TimelineModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    // The tester fetches more itself, as a view does when it scrolls to the end.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), TimelineModel::pageSize + 51);
    QVERIFY(!model.canFetchMore({}));
}

void TestRecordModels::recordListsOfEverySection_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::newRow("positions") << "positions" << 0;
    QTest::newRow("relatives") << "relatives" << 0;
    QTest::newRow("personal matters") << "personal_matters_reports" << 0;
    QTest::newRow("talks") << "talks" << 2;
    QTest::newRow("notices") << "notices" << 0;
    QTest::newRow("inspections of the unit") << "inspections" << 1;
    QTest::newRow("rectifications") << "findings" << 2;
    QTest::newRow("clues") << "clues" << 1;
    QTest::newRow("cases") << "cases" << 1;
    QTest::newRow("duty reports") << "duty_reports" << 0;
    QTest::newRow("self-examination") << "self_examination_materials" << 0;
    QTest::newRow("warning education") << "warning_education_events" << 0;
    QTest::newRow("attachments") << "attachments" << 0;
}

void TestRecordModels::recordListsOfEverySection()
{
    QFETCH(QString, table);
    QFETCH(int, rows);
    const RecordListing listing = RecordListings::forTable(table);
    QVERIFY(listing.isValid());
    RecordListModel model(*m_database, listing, m_cadre);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.columnCount(), int(listing.columns.size()));
    for (int column = 0; column < model.columnCount(); ++column)
        model.sort(column, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), rows);
}

void TestRecordModels::talkListShowsLabelsAndSorts()
{
    RecordListModel model(*m_database, RecordListings::forTable(QStringLiteral("talks")), m_cadre);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Kind of talk"));
    QCOMPARE(model.index(0, 0).data().toDate(), QDate(2025, 6, 1));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Integrity talk"));
    QCOMPARE(model.index(0, 1).data(RecordListModel::SortValueRole).toString(),
             QStringLiteral("integrity"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Discipline commission"));
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0).data().toDate(), QDate(2024, 5, 1));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Reminder talk"));
    const qint64 first = model.recordId(model.index(0, 0));
    QCOMPARE(model.rowOf(first), 0);
}

void TestRecordModels::overdueRectificationIsAnAlert()
{
    RecordListModel model(*m_database, RecordListings::forTable(QStringLiteral("findings")),
                          m_cadre);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    int alerts = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool alert = model.index(row, 0).data(RecordListModel::AlertRole).toBool();
        alerts += alert;
        QCOMPARE(model.index(row, 0).data(Qt::ForegroundRole).isValid(), alert);
        if (alert)
            QCOMPARE(model.index(row, 3).data().toDate(), QDate(2025, 3, 27));
    }
    QCOMPARE(alerts, 1);
    QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("Not started"));
}

void TestRecordModels::clueListShowsStates()
{
    RecordListModel model(*m_database, RecordListings::forTable(QStringLiteral("clues")), m_cadre);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("XS-2025-001"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Petition or report"));
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("Preliminary verification"));
    QVERIFY(model.index(0, 4).data().isNull());
    RecordListModel colleague(*m_database, RecordListings::forTable(QStringLiteral("clues")),
                              m_other);
    QCOMPARE(colleague.rowCount(), 0);
}

void TestRecordModels::measuresShowComputedImpactPeriods()
{
    MeasureListModel model(*m_database, m_cadre);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(QDate(2025, 6, 1));
    QCOMPARE(model.rowCount(), 2);
    // Newest first: the admonition, then the party warning.
    QCOMPARE(model.index(0, MeasureListModel::MeasureColumn).data().toString(),
             QStringLiteral("Admonition"));
    QCOMPARE(model.index(0, MeasureListModel::ImpactPeriodColumn).data().toString(),
             QStringLiteral("2025-04-01 to 2025-09-30"));
    QCOMPARE(model.table(model.index(0, 0)), QStringLiteral("admonitions"));
    QCOMPARE(model.index(1, MeasureListModel::MeasureColumn).data().toString(),
             QStringLiteral("Party warning"));
    QCOMPARE(model.index(1, MeasureListModel::ImpactPeriodColumn).data().toString(),
             QStringLiteral("2025-03-15 to 2026-03-14"));
    QCOMPARE(model.index(1, MeasureListModel::CaseColumn).data().toString(),
             QStringLiteral("清纪立〔2025〕3号"));
    QVERIFY(model.index(1, 0).data(MeasureListModel::InEffectRole).toBool());
    QCOMPARE(model.index(1, MeasureListModel::ImpactStateColumn).data().toString(),
             QStringLiteral("In effect"));
    model.setAsOf(QDate(2026, 3, 15));
    QVERIFY(!model.index(1, 0).data(MeasureListModel::InEffectRole).toBool());
    QCOMPARE(model.index(1, MeasureListModel::ImpactStateColumn).data().toString(),
             QStringLiteral("Ended"));
}

void TestRecordModels::measurePeriodInChinese()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    MeasureListModel model(*m_database, m_cadre);
    const QString period = model.index(1, MeasureListModel::ImpactPeriodColumn).data().toString();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(period, QStringLiteral("2025年3月15日至2026年3月14日"));
}

void TestRecordModels::clueStepsInOrder()
{
    ClueStepsModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setClue(m_clue);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.currentState(), QStringLiteral("preliminary_verification"));
    QCOMPARE(model.stateEnteredOn(), QDate(2025, 1, 20));
    QCOMPARE(model.index(0, ClueStepsModel::StepColumn).data().toString(),
             QStringLiteral("Registered"));
    QCOMPARE(model.index(1, ClueStepsModel::StepColumn).data().toString(),
             QStringLiteral("Registered → Assigned"));
    QCOMPARE(model.index(2, ClueStepsModel::ApprovedByColumn).data().toString(),
             QStringLiteral("王书记"));
    QCOMPARE(model.index(3, ClueStepsModel::OperatorColumn).data().toString(),
             QStringLiteral("officer"));
    QCOMPARE(model.index(3, ClueStepsModel::DateColumn).data().toDate(), QDate(2025, 1, 20));
}

void TestRecordModels::changeHistoryOfTheCadre()
{
    RecordRepository repository(*m_database);
    const qint64 talk = repository.create(
        QStringLiteral("talks"), {{QStringLiteral("cadre_id"), m_cadre},
                                  {QStringLiteral("kind"), QStringLiteral("reminder")},
                                  {QStringLiteral("held_by"), QStringLiteral("party_committee")},
                                  {QStringLiteral("talk_date"), QStringLiteral("2025-08-01")}});
    repository.update(QStringLiteral("talks"), talk,
                      {{QStringLiteral("kind"), QStringLiteral("warning")}});
    ChangeHistoryModel model(*m_database, m_cadre);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The cadre, 3 talks, the clue link, 3 steps and the clue itself are not all the cadre's:
    // count what names the cadre, plus the clue's and the case's own entries.
    QCOMPARE(model.index(0, ChangeHistoryModel::ActionColumn).data().toString(),
             QStringLiteral("Changed"));
    QCOMPARE(model.index(0, ChangeHistoryModel::UserColumn).data().toString(),
             QStringLiteral("officer"));
    QCOMPARE(model.index(0, ChangeHistoryModel::ChangesColumn).data().toString(),
             QStringLiteral("Kind of talk: Reminder talk → Warning talk"));
    QCOMPARE(model.index(0, ChangeHistoryModel::RecordColumn).data().toString(),
             QStringLiteral("Talk %1").arg(talk));
    QVERIFY(model.index(0, ChangeHistoryModel::TimeColumn).data().toDateTime().isValid());
    bool sawClueStep = false;
    bool sawColleague = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString changes
            = model.index(row, ChangeHistoryModel::ChangesColumn).data().toString();
        sawClueStep |= changes.contains(QStringLiteral("Assigned → Disposition proposed"));
        sawColleague |= changes.contains(QStringLiteral("Warning talk"))
                        && model.index(row, ChangeHistoryModel::ActionColumn).data().toString()
                               == QStringLiteral("Added");
    }
    QVERIFY(sawClueStep);
    QVERIFY(!sawColleague);
    // cadre, 2+1 talks (+1 change), clue, clue link, 3 steps, case, case link, sanction,
    // admonition, 2 findings.
    QCOMPARE(model.rowCount(), 16);
}

void TestRecordModels::dossierStatusBadges()
{
    const QDate day(2025, 6, 1);
    const Dossier dossier = DossierLoader(*m_database).load(m_cadre, day);
    const DossierStatus status = DossierStatus::compute(*m_database, dossier, day);
    QVERIFY(status.impactUntil.has_value());
    QCOMPARE(*status.impactUntil, QDate(2026, 3, 14));
    QVERIFY(status.insideAdmonition);
    QCOMPARE(status.admonitionUntil, QDate(2025, 9, 30));
    QCOMPARE(status.openClues, 1);
    QCOMPARE(status.overdueRectifications, 1);
    QCOMPARE(status.opinion.category, 5);
    QVERIFY(!status.opinion.reasons.isEmpty());

    const DossierStatus later = DossierStatus::compute(
        *m_database, DossierLoader(*m_database).load(m_cadre, QDate(2026, 4, 1)),
        QDate(2026, 4, 1));
    QVERIFY(!later.impactUntil.has_value());
    QVERIFY(!later.insideAdmonition);
}

void TestRecordModels::impactPreviewStacksOnEarlierSanctions()
{
    const ImpactPreview preview(m_database->connection(), m_cadre);
    QVariantMap values{{QStringLiteral("system"), QStringLiteral("party")},
                       {QStringLiteral("kind"), QStringLiteral("serious_warning")}};
    QVERIFY(!preview.periodFor(QStringLiteral("sanctions"), values).has_value());
    values.insert(QStringLiteral("effective_date"), QStringLiteral("2025-09-15"));
    const auto stacked = preview.periodFor(QStringLiteral("sanctions"), values);
    QVERIFY(stacked.has_value());
    // 18 months of its own, plus what was left of the warning (2025-09-15 to 2026-03-14).
    const int leftOver = int(QDate(2025, 9, 15).daysTo(QDate(2026, 3, 14))) + 1;
    QCOMPARE(stacked->carriedOverDays, leftOver);
    QCOMPARE(stacked->period.first, QDate(2025, 9, 15));
    QCOMPARE(stacked->period.last, QDate(2027, 3, 14).addDays(leftOver));
    QVERIFY(preview.describe(QStringLiteral("sanctions"), values).contains("2025-09-15 to"));

    // Editing the warning itself leaves it out of the others: nothing to stack on.
    const qint64 warning
        = Sql::scalar(m_database->connection(), QStringLiteral("SELECT id FROM sanctions"))
              .toLongLong();
    values.insert(QStringLiteral("kind"), QStringLiteral("warning"));
    values.insert(QStringLiteral("effective_date"), QStringLiteral("2025-03-15"));
    const auto alone = preview.periodFor(QStringLiteral("sanctions"), values, warning);
    QCOMPARE(alone->carriedOverDays, 0);
    QCOMPARE(alone->period.last, QDate(2026, 3, 14));
    QCOMPARE(preview
                 .periodFor(QStringLiteral("admonitions"),
                            {{QStringLiteral("effective_date"), QStringLiteral("2025-04-01")}})
                 ->period.last,
             QDate(2025, 9, 30));
}

QTEST_GUILESS_MAIN(TestRecordModels)
#include "test_recordmodels.moc"
