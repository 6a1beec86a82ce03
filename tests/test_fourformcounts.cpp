#include "backup/integritycheck.h"
#include "records/recordrepository.h"
#include "statistics/fourformscount.h"
#include "statistics/statisticaggregates.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

#include <functional>

// The four forms kept as counts: after every kind of write — a measure, an edit that moves it
// into a case or to another year, a deletion, a transfer to the judiciary, a talk recorded for a
// closed clue, a change to the rules — the kept count equals a full recount and the hand count.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

using Forms = QVector<qint64>;

class Fixture
{
public:
    Fixture()
        : database(TestDatabase::inMemory())
        , repository(*database)
    {
        const qint64 town = TestDatabase::addUnit(*database, text("城关镇"), text("township"));
        alice = TestDatabase::addCadre(*database, text("张建国"), town);
        bob = TestDatabase::addCadre(*database, text("李明"), town);
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

    qint64 sanction(qint64 cadre, const char *kind, const char *day, qint64 inCase = 0)
    {
        QVariantMap values{{text("cadre_id"), cadre},
                           {text("system"), text("party")},
                           {text("kind"), text(kind)},
                           {text("effective_date"), text(day)}};
        if (inCase)
            values.insert(text("case_id"), inCase);
        return repository.create(text("sanctions"), values);
    }

    qint64 admonition(qint64 cadre, const char *day, qint64 inCase = 0)
    {
        QVariantMap values{{text("cadre_id"), cadre}, {text("effective_date"), text(day)}};
        if (inCase)
            values.insert(text("case_id"), inCase);
        return repository.create(text("admonitions"), values);
    }

    qint64 dossierCase(qint64 cadre, const char *filed)
    {
        const qint64 id
            = repository.create(text("cases"), {{text("number"), text("LA-%1").arg(++cases)},
                                                {text("filed_date"), text(filed)}});
        repository.link(text("case_subjects"), {{text("case_id"), id}, {text("cadre_id"), cadre}});
        return id;
    }

    // A clue about `cadre` closed after a talk-or-letter inquiry with `outcome`.
    qint64 closedClue(qint64 cadre, const char *outcome)
    {
        const qint64 id
            = repository.create(text("clues"), {{text("number"), text("XS-%1").arg(++clues)},
                                                {text("source"), text("petition")},
                                                {text("received_date"), text("2025-01-06")},
                                                {text("updated_date"), text("2025-01-06")}});
        repository.link(text("clue_subjects"), {{text("clue_id"), id}, {text("cadre_id"), cadre}});
        const char *steps[][2] = {{"assigned", "2025-01-07"},
                                  {"disposition_proposed", "2025-01-10"},
                                  {"talk_or_letter_inquiry", "2025-01-15"},
                                  {"inquiry_replied", "2025-02-01"}};
        for (const auto &step : steps)
            repository.advanceClue(id, text(step[0]), QDate::fromString(text(step[1]), Qt::ISODate),
                                   text("书记"), QString(), QString());
        repository.advanceClue(id, text("closed"), QDate(2025, 2, 6), text("书记"), QString(),
                               text(outcome));
        return id;
    }

    Forms kept(int year = 2025) const
    {
        const auto forms = FourFormsCount(*database).count(QDate(year, 1, 1), QDate(year, 12, 31));
        return {forms[0], forms[1], forms[2], forms[3]};
    }

    std::unique_ptr<Database> database;
    RecordRepository repository;
    qint64 alice = 0;
    qint64 bob = 0;
    int cases = 0;
    int clues = 0;
};

using Writes = std::function<void(Fixture &)>;

} // namespace

Q_DECLARE_METATYPE(Writes)

class TestFourFormCounts : public QObject
{
    Q_OBJECT

private slots:
    void keptCountsFollowEveryWrite_data();
    void keptCountsFollowEveryWrite();
    void personTimesNameTheirRecords();
    void checkFindsADriftedForm();
    void countyTotalsFollowTheCounts();
};

void TestFourFormCounts::keptCountsFollowEveryWrite_data()
{
    QTest::addColumn<Writes>("writes");
    QTest::addColumn<Forms>("expected"); // person-times of 2025 in forms 1 to 4

    QTest::newRow("reminder talk")
        << Writes([](Fixture &f) { f.talk(f.alice, "reminder", "2025-03-04"); })
        << Forms{1, 0, 0, 0};
    QTest::newRow("integrity talk has no form")
        << Writes([](Fixture &f) { f.talk(f.alice, "integrity", "2025-03-04"); })
        << Forms{0, 0, 0, 0};
    QTest::newRow("talk moved to another year") << Writes([](Fixture &f) {
        const qint64 id = f.talk(f.alice, "reminder", "2025-03-04");
        f.repository.update(text("talks"), id, {{text("talk_date"), text("2024-12-30")}});
    }) << Forms{0, 0, 0, 0};
    QTest::newRow("sanction outside a case") << Writes([](Fixture &f) {
        f.sanction(f.alice, "warning", "2025-04-01");
        f.admonition(f.bob, "2025-05-01");
    }) << Forms{1, 1, 0, 0};
    QTest::newRow("a case counts its heaviest measure once") << Writes([](Fixture &f) {
        const qint64 inCase = f.dossierCase(f.alice, "2025-03-01");
        f.sanction(f.alice, "warning", "2025-04-01", inCase);
        f.sanction(f.alice, "removal_from_party_post", "2025-04-01", inCase);
        f.admonition(f.alice, "2025-04-02", inCase);
    }) << Forms{0, 0, 1, 0};
    QTest::newRow("deleting the heaviest measure") << Writes([](Fixture &f) {
        const qint64 inCase = f.dossierCase(f.alice, "2025-03-01");
        f.sanction(f.alice, "warning", "2025-04-01", inCase);
        const qint64 heavy = f.sanction(f.alice, "removal_from_party_post", "2025-04-01", inCase);
        f.repository.remove(text("sanctions"), heavy);
    }) << Forms{0, 1, 0, 0};
    QTest::newRow("measure moved into a case") << Writes([](Fixture &f) {
        const qint64 inCase = f.dossierCase(f.alice, "2025-03-01");
        f.sanction(f.alice, "serious_warning", "2025-04-01", inCase);
        const qint64 admonition = f.admonition(f.alice, "2025-06-01");
        f.repository.update(text("admonitions"), admonition, {{text("case_id"), inCase}});
    }) << Forms{0, 1, 0, 0};
    QTest::newRow("deleting the case frees its measures") << Writes([](Fixture &f) {
        const qint64 inCase = f.dossierCase(f.alice, "2025-03-01");
        f.sanction(f.alice, "warning", "2025-04-01", inCase);
        f.admonition(f.alice, "2025-04-02", inCase);
        f.repository.remove(text("cases"), inCase);
    }) << Forms{1, 1, 0, 0};
    QTest::newRow("transferred to the judiciary: form 4 alone") << Writes([](Fixture &f) {
        const qint64 inCase = f.dossierCase(f.alice, "2025-03-01");
        f.sanction(f.alice, "expulsion", "2025-08-01", inCase);
        Sql::run(f.db(),
                 QStringLiteral("UPDATE case_subjects SET transferred_to_judiciary = '2025-09-01' "
                                "WHERE case_id = ?"),
                 {inCase});
    }) << Forms{0, 0, 0, 1};
    QTest::newRow("clue closed, explanation accepted")
        << Writes([](Fixture &f) { f.closedClue(f.alice, "explanation_accepted"); })
        << Forms{1, 0, 0, 0};
    QTest::newRow("talk recorded for the clue counts instead") << Writes([](Fixture &f) {
        const qint64 clue = f.closedClue(f.alice, "first_form_measure");
        f.talk(f.alice, "reminder", "2025-02-06", clue);
    }) << Forms{1, 0, 0, 0};
    QTest::newRow("that talk deleted: the closing counts again") << Writes([](Fixture &f) {
        const qint64 clue = f.closedClue(f.alice, "first_form_measure");
        const qint64 talk = f.talk(f.alice, "reminder", "2025-02-06", clue);
        f.talk(f.bob, "warning", "2025-02-07");
        f.repository.remove(text("talks"), talk);
    }) << Forms{2, 0, 0, 0};
    QTest::newRow("clue deleted") << Writes([](Fixture &f) {
        const qint64 clue = f.closedClue(f.alice, "explanation_accepted");
        f.repository.remove(text("clues"), clue);
    }) << Forms{0, 0, 0, 0};
    QTest::newRow("the rules move a measure to another form") << Writes([](Fixture &f) {
        f.sanction(f.alice, "warning", "2025-04-01");
        Sql::run(f.db(),
                 QStringLiteral("UPDATE rules SET form = 3 WHERE measure = 'party.warning'"));
    }) << Forms{0, 0, 1, 0};
    QTest::newRow("cadre deleted with the records") << Writes([](Fixture &f) {
        f.talk(f.alice, "reminder", "2025-03-04");
        f.sanction(f.bob, "warning", "2025-04-01");
        Sql::run(f.db(), QStringLiteral("DELETE FROM cadres WHERE id = ?"), {f.alice});
    }) << Forms{0, 1, 0, 0};
}

void TestFourFormCounts::keptCountsFollowEveryWrite()
{
    QFETCH(Writes, writes);
    QFETCH(Forms, expected);

    Fixture f;
    writes(f);
    QCOMPARE(f.kept(), expected);
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
}

void TestFourFormCounts::personTimesNameTheirRecords()
{
    Fixture f;
    const qint64 inCase = f.dossierCase(f.alice, "2025-03-01");
    f.sanction(f.alice, "removal_from_party_post", "2025-04-01", inCase);
    f.talk(f.bob, "reminder", "2025-03-04");
    const auto third
        = FourFormsCount(*f.database)
              .personTimes(QDate(2025, 1, 1), QDate(2025, 12, 31), StatisticScope(), 3);
    QCOMPARE(third.size(), 1);
    QCOMPARE(third.first().table, text("cases"));
    QCOMPARE(third.first().id, inCase);
    QCOMPARE(third.first().cadreId, f.alice);
    QCOMPARE(third.first().period, text("2025-04"));
    const auto all
        = FourFormsCount(*f.database).personTimes(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QCOMPARE(all.size(), 2);
}

void TestFourFormCounts::checkFindsADriftedForm()
{
    Fixture f;
    f.sanction(f.alice, "warning", "2025-04-01");
    Sql::run(f.db(), QStringLiteral("UPDATE statistic_counts SET count = count + 2 "
                                    "WHERE indicator = 'form.2'"));
    const auto drifts = StatisticAggregates::verify(f.db());
    QCOMPARE(drifts.size(), 1);
    QCOMPARE(drifts.first().indicator, text("form.2"));
    QCOMPARE(drifts.first().kept, qint64(3));
    QCOMPARE(drifts.first().counted, qint64(1));
    QCOMPARE(checkIntegrity(*f.database).statisticDrifts, qint64(1));
    StatisticAggregates::rebuild(f.db());
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
    QCOMPARE(f.kept(), (Forms{0, 1, 0, 0}));
}

void TestFourFormCounts::countyTotalsFollowTheCounts()
{
    Fixture f;
    f.talk(f.alice, "reminder", "2025-03-04");
    const qint64 talk = f.talk(f.bob, "reminder", "2025-03-05");
    f.repository.update(text("talks"), talk, {{text("talk_date"), text("2025-04-01")}});
    f.sanction(f.alice, "warning", "2025-04-01");
    // The whole county reads the totals; a unit the per-unit counts: both say the same.
    QCOMPARE(f.kept(), (Forms{2, 1, 0, 0}));
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());

    Sql::run(f.db(), QStringLiteral("UPDATE statistic_totals SET count = count + 1 "
                                    "WHERE indicator = 'talk.reminder' AND period = '2025-03'"));
    const auto drifts = StatisticAggregates::verify(f.db());
    QCOMPARE(drifts.size(), 1);
    QCOMPARE(drifts.first().unitId, AggregateDrift::countyTotal);
    QCOMPARE(drifts.first().kept, qint64(2));
    QCOMPARE(drifts.first().counted, qint64(1));
    StatisticAggregates::rebuild(f.db());
    QVERIFY(StatisticAggregates::verify(f.db()).isEmpty());
}

QTEST_GUILESS_MAIN(TestFourFormCounts)
#include "test_fourformcounts.moc"
