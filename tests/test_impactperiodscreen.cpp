#include "directory/cadredirectory.h"
#include "directory/impactperiodscreen.h"
#include "domain/impactperiods.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QTest>
#include <set>

// The directory's "inside an impact period" filter: a SQL pre-filter that must never drop a
// cadre the rules put inside a period, confirmed by the same computation the dossier uses.
class TestImpactPeriodScreen : public QObject
{
    Q_OBJECT

private slots:
    void preFilterKeepsStackedPeriods();
    void preFilterIsSoundOnMixedRecords();
};

void TestImpactPeriodScreen::preFilterKeepsStackedPeriods()
{
    // A probation during a probation: the second period carries the unexpired days of the first,
    // so it runs years past what its own effective date suggests. Only the stacking bound of the
    // pre-filter can keep it.
    auto database = TestDatabase::inMemory();
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县自然资源局"));
    const qint64 stacked = TestDatabase::addCadre(*database, QStringLiteral("黄两察"), unit);
    const qint64 old = TestDatabase::addCadre(*database, QStringLiteral("林旧案"), unit);
    RecordRepository repository(*database);
    const auto probation = [&](qint64 cadre, const char *day) {
        repository.create(QStringLiteral("sanctions"),
                          {{QStringLiteral("cadre_id"), cadre},
                           {QStringLiteral("system"), QStringLiteral("party")},
                           {QStringLiteral("kind"), QStringLiteral("probation")},
                           {QStringLiteral("probation_months"), 24},
                           {QStringLiteral("effective_date"), QString::fromLatin1(day)}});
    };
    probation(stacked, "2018-01-01");
    probation(stacked, "2019-06-01");
    probation(old, "2015-03-01");
    const QDate asOf(2025, 10, 1);

    const ImpactPeriodScreen screen(database->connection(),
                                    RulesStore::load(database->connection()));
    const std::vector<qint64> candidates = screen.candidates(asOf);
    QCOMPARE(candidates, std::vector<qint64>{stacked});
    QCOMPARE(screen.refresh(asOf), 1);
    const CadreDirectory directory(*database, asOf);
    CadreFilter filter;
    filter.insideImpactPeriod = true;
    QCOMPARE(directory.count(filter), 1);
    const CadreStatus status = directory.statuses({stacked}).value(stacked);
    QVERIFY(status.insideImpactPeriod);
    QVERIFY(status.impactUntil > QDate(2025, 12, 1));
    // Past that end, nobody.
    const CadreDirectory later(*database, QDate(2026, 6, 1));
    QCOMPARE(later.count(filter), 0);
}

void TestImpactPeriodScreen::preFilterIsSoundOnMixedRecords()
{
    // Many cadres with random sanctions, handlings and admonitions: on every day checked, the
    // screen finds exactly the cadres the rules put inside a period, worked out one by one.
    auto database = TestDatabase::inMemory();
    const qint64 unit = TestDatabase::addUnit(*database, QStringLiteral("县直机关"));
    RecordRepository repository(*database);
    QRandomGenerator random(20241);
    const QStringList party = {QStringLiteral("warning"), QStringLiteral("serious_warning"),
                               QStringLiteral("removal_from_party_post"),
                               QStringLiteral("probation"), QStringLiteral("expulsion")};
    const QStringList government
        = {QStringLiteral("warning"),  QStringLiteral("demerit"),   QStringLiteral("major_demerit"),
           QStringLiteral("demotion"), QStringLiteral("dismissal"), QStringLiteral("expulsion")};
    const QStringList handlings = {QStringLiteral("suspension"), QStringLiteral("post_adjustment"),
                                   QStringLiteral("removal"), QStringLiteral("demotion")};
    QHash<qint64, std::vector<MeasureRecord>> all;
    const QDate first(2014, 1, 1);
    for (int i = 0; i < 120; ++i) {
        const qint64 cadre
            = TestDatabase::addCadre(*database, QStringLiteral("干部%1").arg(i), unit);
        const int count = int(random.bounded(4));
        for (int m = 0; m < count; ++m) {
            const QDate day = first.addDays(random.bounded(12 * 365));
            MeasureRecord record;
            record.effectiveDate = day;
            QVariantMap values{{QStringLiteral("cadre_id"), cadre},
                               {QStringLiteral("effective_date"), day.toString(Qt::ISODate)}};
            QString table = QStringLiteral("sanctions");
            const int pick = int(random.bounded(10));
            if (pick < 5) {
                const QString kind = party.at(int(random.bounded(party.size())));
                values.insert(QStringLiteral("system"), QStringLiteral("party"));
                values.insert(QStringLiteral("kind"), kind);
                record.measure = QStringLiteral("party.") + kind;
                if (kind == QLatin1String("probation")) {
                    const int term = random.bounded(2) ? 24 : 12;
                    values.insert(QStringLiteral("probation_months"), term);
                    record.probationMonths = term;
                    if (random.bounded(2)) {
                        const QDate restored = day.addMonths(term + int(random.bounded(6)));
                        values.insert(QStringLiteral("rights_restored_date"),
                                      restored.toString(Qt::ISODate));
                        record.rightsRestoredDate = restored;
                    }
                }
            } else if (pick < 8) {
                const QString kind = government.at(int(random.bounded(government.size())));
                values.insert(QStringLiteral("system"), QStringLiteral("government"));
                values.insert(QStringLiteral("kind"), kind);
                record.measure = QStringLiteral("government.") + kind;
            } else if (pick < 9) {
                table = QStringLiteral("organizational_handlings");
                const QString kind = handlings.at(int(random.bounded(handlings.size())));
                values.insert(QStringLiteral("kind"), kind);
                record.measure = QStringLiteral("handling.") + kind;
            } else {
                table = QStringLiteral("admonitions");
                record.measure = QStringLiteral("admonition");
            }
            record.id = repository.create(table, values);
            all[cadre].push_back(record);
        }
    }
    const Rules rules = RulesStore::load(database->connection());
    CadreFilter filter;
    filter.insideImpactPeriod = true;
    int insideSomewhere = 0;
    for (const QDate &asOf : {QDate(2016, 5, 1), QDate(2019, 1, 1), QDate(2021, 6, 15),
                              QDate(2024, 3, 1), QDate(2026, 1, 1), QDate(2029, 12, 31)}) {
        std::set<qint64> expected;
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            std::vector<MeasureRecord> records;
            for (MeasureRecord record : it.value()) {
                if (record.effectiveDate > asOf)
                    continue;
                if (record.rightsRestoredDate > asOf)
                    record.rightsRestoredDate = QDate();
                records.push_back(record);
            }
            for (const ImpactPeriod &impact : computeImpactPeriods(records, rules)) {
                if (impact.period.contains(asOf))
                    expected.insert(it.key());
            }
        }
        const CadreDirectory directory(*database, asOf);
        std::set<qint64> found;
        for (const CadreRow &row :
             directory.page(filter, CadreDirectory::SortKey::Name, Qt::AscendingOrder, 0, 1000))
            found.insert(row.id);
        QCOMPARE(found, expected);
        insideSomewhere += int(expected.size());
    }
    QVERIFY(insideSomewhere > 20);
}

QTEST_GUILESS_MAIN(TestImpactPeriodScreen)
#include "test_impactperiodscreen.moc"
