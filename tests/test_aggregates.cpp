#include "backup/integritycheck.h"
#include "records/recordrepository.h"
#include "statistics/fourformscount.h"
#include "statistics/statisticaggregates.h"
#include "statistics/statisticcounts.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

// The maintained counts against a full recount, after every kind of write: inserts, edits that
// move a record to another month or unit, deletions that cascade. And the two counting faults
// of the yearly statistics, each pinned by a fixture.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

class Fixture
{
public:
    Fixture()
        : database(TestDatabase::inMemory())
        , repository(*database)
    {
        county = TestDatabase::addUnit(*database, text("城关镇"), text("township"));
        office = TestDatabase::addUnit(*database, text("党政办"), text("department"), county);
        bureau = TestDatabase::addUnit(*database, text("县水利局"), text("department"));
        alice = TestDatabase::addCadre(*database, text("张建国"), office);
        bob = TestDatabase::addCadre(*database, text("李明"), bureau);
    }

    QSqlDatabase db() const { return database->connection(); }

    qint64 talk(qint64 cadre, const char *kind, const char *day, qint64 clue = 0)
    {
        QVariantMap values{{text("cadre_id"), cadre},
                           {text("kind"), text(kind)},
                           {text("held_by"), text("discipline_commission")},
                           {text("talk_date"), text(day)}};
        if (clue)
            values.insert(text("clue_id"), clue);
        return repository.create(text("talks"), values);
    }

    qint64 clue(const char *number, const char *received, qint64 subject)
    {
        const qint64 id
            = repository.create(text("clues"), {{text("number"), text(number)},
                                                {text("source"), text("petition")},
                                                {text("received_date"), text(received)},
                                                {text("updated_date"), text(received)}});
        repository.link(text("clue_subjects"),
                        {{text("clue_id"), id}, {text("cadre_id"), subject}});
        return id;
    }

    void step(qint64 clue, const char *to, const char *day, const char *outcome = "")
    {
        repository.advanceClue(clue, text(to), QDate::fromString(text(day), Qt::ISODate),
                               text("书记"), QString(), text(outcome));
    }

    qint64 count(const char *indicator, const char *from, const char *to,
                 const StatisticScope &scope = {}) const
    {
        return StatisticCounts(*database).total({text(indicator)}, text(from), text(to), scope);
    }

    std::unique_ptr<Database> database;
    RecordRepository repository;
    qint64 county = 0;
    qint64 office = 0;
    qint64 bureau = 0;
    qint64 alice = 0;
    qint64 bob = 0;
};

// A little of everything, through the repository.
void fill(Fixture &f)
{
    f.talk(f.alice, "reminder", "2025-03-04");
    f.talk(f.bob, "reminder", "2025-03-20");
    f.talk(f.bob, "integrity", "2025-07-01");
    const qint64 inspection
        = f.repository.create(text("inspections"), {{text("unit_id"), f.bureau},
                                                    {text("kind"), text("fixed_week")},
                                                    {text("start_date"), text("2025-04-24")}});
    f.repository.create(text("findings"), {{text("inspection_id"), inspection},
                                           {text("description"), text("无票据报销")},
                                           {text("found_date"), text("2025-04-25")},
                                           {text("deadline"), text("2025-05-25")},
                                           {text("status"), text("completed")},
                                           {text("completed_date"), text("2025-06-02")}});
    const qint64 clue = f.clue("XS-1", "2025-02-01", f.alice);
    f.step(clue, "assigned", "2025-02-02");
    f.step(clue, "disposition_proposed", "2025-02-10");
    f.step(clue, "preliminary_verification", "2025-02-20");
    f.step(clue, "case_filed", "2025-05-01");
    const qint64 dossierCase
        = f.repository.create(text("cases"), {{text("number"), text("LA-1")},
                                              {text("filed_date"), text("2025-05-01")},
                                              {text("clue_id"), clue}});
    f.repository.link(
        text("case_subjects"),
        {{text("case_id"), dossierCase}, {text("cadre_id"), f.alice}, {text("was_top_leader"), 1}});
    f.repository.create(text("sanctions"), {{text("cadre_id"), f.alice},
                                            {text("case_id"), dossierCase},
                                            {text("system"), text("party")},
                                            {text("kind"), text("warning")},
                                            {text("effective_date"), text("2025-08-01")}});
    f.repository.create(text("duty_reports"), {{text("cadre_id"), f.bob},
                                               {text("year"), 2025},
                                               {text("kind"), text("duty_and_integrity")},
                                               {text("report_date"), text("2025-12-20")}});
    f.repository.create(text("warning_education_events"), {{text("kind"), text("case_film")},
                                                           {text("event_date"), text("2025-09-09")},
                                                           {text("title"), text("警示教育片")}});
}

} // namespace

class TestAggregates : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseHasNoCounts();
    void insertsAreCounted();
    void editsMoveCounts_data();
    void editsMoveCounts();
    void deletionsTakeCountsAway_data();
    void deletionsTakeCountsAway();
    void unitScopeCoversTheSubtree();
    void recordsBehindANumber();
    void checkFindsAndRebuildsDrift();
    void firstFormMeasureOfAClueCountsOnce();
    void shelvedAndReopenedClueIsDisposedOnce();
};

void TestAggregates::emptyDatabaseHasNoCounts()
{
    Fixture f;
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
    // The two cadres themselves are counted.
    QCOMPARE(f.count("cadre.serving", "", ""), qint64(2));
}

void TestAggregates::insertsAreCounted()
{
    Fixture f;
    fill(f);
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12"), qint64(2));
    QCOMPARE(f.count("talk.reminder", "2025-03", "2025-03"), qint64(2));
    QCOMPARE(f.count("talk.reminder", "2025-04", "2025-12"), qint64(0));
    QCOMPARE(f.count("inspection.fixed_week", "2025-04", "2025-04"), qint64(1));
    QCOMPARE(f.count("finding.found", "2025-04", "2025-04"), qint64(1));
    QCOMPARE(f.count("finding.completed", "2025-06", "2025-06"), qint64(1));
    QCOMPARE(f.count("clue.received", "2025-02", "2025-02"), qint64(1));
    QCOMPARE(f.count("clue.disposed", "2025-02", "2025-02"), qint64(1));
    QCOMPARE(f.count("clue.subject_received", "2025-01", "2025-12"), qint64(1));
    QCOMPARE(f.count("case.filed", "2025-05", "2025-05"), qint64(1));
    QCOMPARE(f.count("case.top_leader", "2025-01", "2025-12"), qint64(1));
    QCOMPARE(f.count("sanction.party.warning", "2025-08", "2025-08"), qint64(1));
    QCOMPARE(f.count("duty_report.duty_and_integrity", "2025", "2025"), qint64(1));
    QCOMPARE(f.count("education.case_film", "2025-09", "2025-09"), qint64(1));
    // The clue ended in a case: no longer open. A new one is, until it closes.
    QCOMPARE(f.count("clue.open", "", ""), qint64(0));
    const qint64 clue = f.clue("XS-2", "2025-10-01", f.bob);
    QCOMPARE(f.count("clue.open", "", "", StatisticScope{f.bureau}), qint64(1));
    f.step(clue, "assigned", "2025-10-02");
    f.step(clue, "disposition_proposed", "2025-10-03");
    f.step(clue, "closed", "2025-10-04", "untrue");
    QCOMPARE(f.count("clue.open", "", ""), qint64(0));
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
}

void TestAggregates::editsMoveCounts_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("talk to another month")
        << text("talks") << text("talk_date") << QVariant(text("2025-11-11"))
        << text("talk.reminder") << text("2025-11") << qint64(1);
    QTest::newRow("talk to another kind")
        << text("talks") << text("kind") << QVariant(text("warning")) << text("talk.warning")
        << text("2025-03") << qint64(1);
    QTest::newRow("case refiled in another month")
        << text("cases") << text("filed_date") << QVariant(text("2025-04-01")) << text("case.filed")
        << text("2025-04") << qint64(1);
    QTest::newRow("case becomes an accountability case")
        << text("cases") << text("accountability") << QVariant(text("principal_responsibility"))
        << text("case.two_responsibilities") << text("2025-05") << qint64(1);
    QTest::newRow("clue received earlier")
        << text("clues") << text("received_date") << QVariant(text("2025-01-15"))
        << text("clue.received") << text("2025-01") << qint64(1);
    QTest::newRow("finding completed later")
        << text("findings") << text("completed_date") << QVariant(text("2025-10-01"))
        << text("finding.completed") << text("2025-10") << qint64(1);
}

void TestAggregates::editsMoveCounts()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, indicator);
    QFETCH(QString, period);
    QFETCH(qint64, expected);

    Fixture f;
    fill(f);
    const qint64 id
        = Sql::scalar(f.db(), QStringLiteral("SELECT min(id) FROM %1").arg(table)).toLongLong();
    f.repository.update(table, id, {{column, value}});
    QCOMPARE(StatisticCounts(*f.database).total({indicator}, period, period), expected);
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
}

void TestAggregates::deletionsTakeCountsAway_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");

    // Deleting a cadre cascades to the talks, the clue link and the case link.
    QTest::newRow("cadre") << text("cadres") << text("talk.reminder") << qint64(2) << qint64(1);
    QTest::newRow("cadre's case") << text("cadres") << text("case.filed") << qint64(1) << qint64(0);
    QTest::newRow("clue") << text("clues") << text("clue.disposed") << qint64(1) << qint64(0);
    QTest::newRow("case") << text("cases") << text("case.top_leader") << qint64(1) << qint64(0);
    QTest::newRow("inspection takes its finding")
        << text("inspections") << text("finding.found") << qint64(1) << qint64(0);
    QTest::newRow("sanction") << text("sanctions") << text("sanction.party.warning") << qint64(1)
                              << qint64(0);
}

void TestAggregates::deletionsTakeCountsAway()
{
    QFETCH(QString, table);
    QFETCH(QString, indicator);
    QFETCH(qint64, before);
    QFETCH(qint64, after);

    Fixture f;
    fill(f);
    const StatisticCounts counts(*f.database);
    QCOMPARE(counts.total({indicator}, text("2025-01"), text("2025-12")), before);
    if (table == QLatin1String("cadres")) {
        // A cadre with records can only go with them: delete as the cascade would.
        Sql::run(f.db(), QStringLiteral("DELETE FROM cadres WHERE id = ?"), {f.alice});
    } else {
        const qint64 id
            = Sql::scalar(f.db(), QStringLiteral("SELECT min(id) FROM %1").arg(table)).toLongLong();
        f.repository.remove(table, id);
    }
    QCOMPARE(counts.total({indicator}, text("2025-01"), text("2025-12")), after);
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
}

void TestAggregates::unitScopeCoversTheSubtree()
{
    Fixture f;
    fill(f);
    // Alice works in the office under the town; Bob in the water bureau.
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12", StatisticScope{f.county}), qint64(1));
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12", StatisticScope{f.office}), qint64(1));
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12", StatisticScope{f.bureau}), qint64(1));
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12"), qint64(2));
    // The town's departments, as the unit tree's group row selects them.
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12",
                     StatisticScope{f.county, text("department")}),
             qint64(1));
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12",
                     StatisticScope{f.county, text("enterprise")}),
             qint64(0));

    // Moving Bob into the town moves his records with him.
    f.repository.update(text("cadres"), f.bob, {{text("unit_id"), f.office}});
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12", StatisticScope{f.county}), qint64(2));
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12", StatisticScope{f.bureau}), qint64(0));
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());

    const auto perUnit
        = StatisticCounts(*f.database).byUnit({text("cadre.serving")}, QString(), QString());
    QCOMPARE(perUnit.value(f.office), qint64(2));
    QCOMPARE(perUnit.value(f.bureau), qint64(0));
}

void TestAggregates::recordsBehindANumber()
{
    Fixture f;
    fill(f);
    const auto rows = StatisticCounts(*f.database)
                          .records({text("talk.reminder")}, text("2025-01"), text("2025-12"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).table, text("talks"));
    QCOMPARE(rows.at(0).period, text("2025-03"));
    QSet<qint64> cadres{rows.at(0).cadreId, rows.at(1).cadreId};
    QCOMPARE(cadres, (QSet<qint64>{f.alice, f.bob}));
}

void TestAggregates::checkFindsAndRebuildsDrift()
{
    Fixture f;
    fill(f);
    // A hand edit of the file: the kept count no longer matches the records.
    Sql::run(f.db(), QStringLiteral("UPDATE statistic_counts SET count = count + 3 "
                                    "WHERE indicator = 'talk.reminder'"));
    Sql::run(f.db(), QStringLiteral("DELETE FROM statistic_counts WHERE indicator = 'case.filed'"));
    const auto drifts = StatisticAggregates::verify(f.db());
    QCOMPARE(drifts.size(), 3); // two units' reminder talks, the case
    for (const AggregateDrift &drift : drifts) {
        if (drift.indicator == QLatin1String("case.filed")) {
            QCOMPARE(drift.kept, qint64(0));
            QCOMPARE(drift.counted, qint64(1));
        } else {
            QCOMPARE(drift.indicator, text("talk.reminder"));
            QCOMPARE(drift.kept, qint64(4));
            QCOMPARE(drift.counted, qint64(1));
        }
    }
    // `check` reports it, and is clean again after the rebuild.
    const IntegrityReport drifted = checkIntegrity(*f.database);
    QCOMPARE(drifted.statisticDrifts, qint64(3));
    QVERIFY(!drifted.ok());
    QVERIFY(drifted.problems.join(QLatin1Char(' ')).contains(text("case.filed")));
    StatisticAggregates::rebuild(f.db());
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
    QCOMPARE(checkIntegrity(*f.database).statisticDrifts, qint64(0));
    QCOMPARE(f.count("talk.reminder", "2025-01", "2025-12"), qint64(2));
}

void TestAggregates::firstFormMeasureOfAClueCountsOnce()
{
    Fixture f;
    // Closed after an inquiry with a reminder talk, which is recorded against the clue.
    const qint64 withTalk = f.clue("XS-A", "2025-01-06", f.alice);
    f.step(withTalk, "assigned", "2025-01-07");
    f.step(withTalk, "disposition_proposed", "2025-01-10");
    f.step(withTalk, "talk_or_letter_inquiry", "2025-01-15");
    f.step(withTalk, "inquiry_replied", "2025-02-01");
    f.talk(f.alice, "reminder", "2025-02-05", withTalk);
    f.step(withTalk, "closed", "2025-02-06", "first_form_measure");
    // Closed with a first-form measure that has no record of its own: the closing counts.
    const qint64 withoutRecord = f.clue("XS-B", "2025-01-06", f.bob);
    f.step(withoutRecord, "assigned", "2025-01-07");
    f.step(withoutRecord, "disposition_proposed", "2025-01-10");
    f.step(withoutRecord, "preliminary_verification", "2025-01-15");
    f.step(withoutRecord, "closed", "2025-03-01", "first_form_measure");

    const YearlyStatistics statistics = StatisticsService(*f.database).year(2025);
    // Alice's reminder talk and Bob's closing: two person-times, not three.
    QCOMPARE(statistics.fourForms[0], qint64(2));
    const auto personTimes
        = FourFormsCount(*f.database).personTimes(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QCOMPARE(personTimes.size(), 2);
    for (const CountedRecord &personTime : personTimes) {
        QCOMPARE(personTime.indicator, text("form.1"));
        QCOMPARE(personTime.table, personTime.cadreId == f.alice ? text("talks") : text("clues"));
    }
}

void TestAggregates::shelvedAndReopenedClueIsDisposedOnce()
{
    Fixture f;
    const qint64 clue = f.clue("XS-C", "2024-11-01", f.alice);
    f.step(clue, "assigned", "2024-11-02");
    f.step(clue, "disposition_proposed", "2024-11-10");
    f.step(clue, "shelved", "2024-12-01");
    f.step(clue, "disposition_proposed", "2025-03-01");
    f.step(clue, "preliminary_verification", "2025-03-10");

    const StatisticsService service(*f.database);
    QCOMPARE(service.year(2024).counts.value(text("clues_disposed")), qint64(1));
    QCOMPARE(service.year(2025).counts.value(text("clues_disposed")), qint64(0));
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAggregates)
#include "test_aggregates.moc"
