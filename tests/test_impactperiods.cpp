#include "domain/impactperiods.h"

#include <QTest>

namespace {

// "party.warning@2024-03-15; party.probation@2024-06-01/24" → records with ids 1, 2, …; the
// number after a slash is the probation term.
std::vector<MeasureRecord> parseRecords(const QString &text)
{
    std::vector<MeasureRecord> records;
    const QStringList items = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.trimmed().split(QLatin1Char('@'));
        MeasureRecord record;
        record.id = qint64(records.size()) + 1;
        record.measure = parts.value(0);
        const QStringList dateAndTerm = parts.value(1).split(QLatin1Char('/'));
        record.effectiveDate = QDate::fromString(dateAndTerm.value(0), Qt::ISODate);
        if (dateAndTerm.size() > 1)
            record.probationMonths = dateAndTerm.value(1).toInt();
        records.push_back(record);
    }
    return records;
}

const ImpactPeriod *findPeriod(const std::vector<ImpactPeriod> &periods, qint64 id)
{
    for (const ImpactPeriod &impact : periods) {
        if (impact.id == id)
            return &impact;
    }
    return nullptr;
}

} // namespace

class TestImpactPeriods : public QObject
{
    Q_OBJECT

private slots:
    void lastDayAfterMonths_data();
    void lastDayAfterMonths();
    void singleMeasure_data();
    void singleMeasure();
    void probation_data();
    void probation();
    void configuredAdmonition();
    void stacking_data();
    void stacking();
    void sameDaySanctionsShareOnePeriod();
    void inputOrderDoesNotMatter();
    void rulesValidByDate();
    void latestImpactEnd();
    void chineseFormatting();
};

void TestImpactPeriods::lastDayAfterMonths_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("last");

    QTest::newRow("12 months mid-month") << QDate(2024, 3, 15) << 12 << QDate(2025, 3, 14);
    QTest::newRow("29 Feb + 12 months") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 27);
    QTest::newRow("29 Feb + 48 months, leap again")
        << QDate(2024, 2, 29) << 48 << QDate(2028, 2, 28);
    QTest::newRow("31 Jan + 1 month, leap year") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 28);
    QTest::newRow("31 Jan + 1 month, common year") << QDate(2023, 1, 31) << 1 << QDate(2023, 2, 27);
    QTest::newRow("31 Mar + 1 month, 30-day April")
        << QDate(2024, 3, 31) << 1 << QDate(2024, 4, 29);
    QTest::newRow("31 Aug + 6 months") << QDate(2024, 8, 31) << 6 << QDate(2025, 2, 27);
    QTest::newRow("28 Feb + 12 months into leap year")
        << QDate(2023, 2, 28) << 12 << QDate(2024, 2, 27);
    QTest::newRow("1st of month") << QDate(2024, 1, 1) << 12 << QDate(2024, 12, 31);
    QTest::newRow("across year end") << QDate(2024, 12, 15) << 1 << QDate(2025, 1, 14);
}

void TestImpactPeriods::lastDayAfterMonths()
{
    QFETCH(QDate, first);
    QFETCH(int, months);
    QFETCH(QDate, last);
    QCOMPARE(::lastDayAfterMonths(first, months), last);
}

void TestImpactPeriods::singleMeasure_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("permanent");

    const QDate day(2024, 3, 15);
    QTest::newRow("party warning 12") << "party.warning" << day << QDate(2025, 3, 14) << false;
    QTest::newRow("party serious warning 18")
        << "party.serious_warning" << day << QDate(2025, 9, 14) << false;
    QTest::newRow("removal from party post 24")
        << "party.removal_from_party_post" << day << QDate(2026, 3, 14) << false;
    QTest::newRow("party expulsion 60") << "party.expulsion" << day << QDate(2029, 3, 14) << false;
    QTest::newRow("government warning 6")
        << "government.warning" << day << QDate(2024, 9, 14) << false;
    QTest::newRow("government demerit 12")
        << "government.demerit" << day << QDate(2025, 3, 14) << false;
    QTest::newRow("government major demerit 18")
        << "government.major_demerit" << day << QDate(2025, 9, 14) << false;
    QTest::newRow("government demotion 24")
        << "government.demotion" << day << QDate(2026, 3, 14) << false;
    QTest::newRow("government dismissal 24")
        << "government.dismissal" << day << QDate(2026, 3, 14) << false;
    QTest::newRow("government expulsion permanent")
        << "government.expulsion" << day << QDate() << true;
    QTest::newRow("institution warning 6")
        << "institution.warning" << day << QDate(2024, 9, 14) << false;
    QTest::newRow("institution demerit 12")
        << "institution.demerit" << day << QDate(2025, 3, 14) << false;
    QTest::newRow("institution post grade lowering 24")
        << "institution.post_grade_lowering" << day << QDate(2026, 3, 14) << false;
    QTest::newRow("institution dismissal 24")
        << "institution.dismissal" << day << QDate(2026, 3, 14) << false;
    QTest::newRow("institution expulsion permanent")
        << "institution.expulsion" << day << QDate() << true;
    QTest::newRow("post adjustment 12")
        << "handling.post_adjustment" << day << QDate(2025, 3, 14) << false;
    QTest::newRow("ordered resignation 24")
        << "handling.ordered_resignation" << day << QDate(2026, 3, 14) << false;
    QTest::newRow("removal 24") << "handling.removal" << day << QDate(2026, 3, 14) << false;
    QTest::newRow("demotion 24") << "handling.demotion" << day << QDate(2026, 3, 14) << false;
    QTest::newRow("suspension has no period") << "handling.suspension" << day << QDate() << false;
    QTest::newRow("admonition default 6") << "admonition" << day << QDate(2024, 9, 14) << false;
    QTest::newRow("reminder talk has no period") << "talk.reminder" << day << QDate() << false;
    QTest::newRow("party warning from 29 Feb")
        << "party.warning" << QDate(2024, 2, 29) << QDate(2025, 2, 27) << false;
    QTest::newRow("government warning from 31 Aug")
        << "government.warning" << QDate(2024, 8, 31) << QDate(2025, 2, 27) << false;
    QTest::newRow("admonition from 31 Jan")
        << "admonition" << QDate(2024, 1, 31) << QDate(2024, 7, 30) << false;
    QTest::newRow("post adjustment from 31 Dec")
        << "handling.post_adjustment" << QDate(2024, 12, 31) << QDate(2025, 12, 30) << false;
}

void TestImpactPeriods::singleMeasure()
{
    QFETCH(QString, measure);
    QFETCH(QDate, effective);
    QFETCH(QDate, last);
    QFETCH(bool, permanent);

    MeasureRecord record;
    record.id = 7;
    record.measure = measure;
    record.effectiveDate = effective;
    const std::vector<ImpactPeriod> periods = computeImpactPeriods({record}, Rules());

    QCOMPARE(periods.size(), size_t(1));
    const ImpactPeriod &impact = periods.front();
    QCOMPARE(impact.id, qint64(7));
    QCOMPARE(impact.measure, measure);
    QCOMPARE(impact.period.first, effective);
    QCOMPARE(impact.period.last, last);
    QCOMPARE(impact.period.permanent, permanent);
    QCOMPARE(impact.hasPeriod(), permanent || last.isValid());
    QCOMPARE(impact.carriedOverDays, 0);
    QVERIFY(!impact.notes.isEmpty());
}

void TestImpactPeriods::probation_data()
{
    QTest::addColumn<int>("term");
    QTest::addColumn<QDate>("restored");
    QTest::addColumn<QDate>("last");

    // Term, then party rights restored, then 24 months of no equal or higher post.
    QTest::newRow("12-month term") << 12 << QDate() << QDate(2027, 3, 14);
    QTest::newRow("term extended to 24") << 24 << QDate() << QDate(2028, 3, 14);
    QTest::newRow("restoration recorded later") << 12 << QDate(2025, 4, 1) << QDate(2027, 3, 31);
    QTest::newRow("term not recorded counts as 12") << 0 << QDate() << QDate(2027, 3, 14);
}

void TestImpactPeriods::probation()
{
    QFETCH(int, term);
    QFETCH(QDate, restored);
    QFETCH(QDate, last);

    MeasureRecord record{1, QStringLiteral("party.probation"), QDate(2024, 3, 15), {}, restored,
                         {}};
    if (term > 0)
        record.probationMonths = term;
    const std::vector<ImpactPeriod> periods = computeImpactPeriods({record}, Rules());

    QCOMPARE(periods.size(), size_t(1));
    QCOMPARE(periods.front().period.first, QDate(2024, 3, 15));
    QCOMPARE(periods.front().period.last, last);
    // The notes explain both parts: the term with the restoration, and the years after it.
    const QString notes = periods.front().notes.join(QLatin1Char('\n'));
    const QDate expectedRestored
        = restored.isValid() ? restored : QDate(2024, 3, 15).addMonths(term > 0 ? term : 12);
    QVERIFY2(notes.contains(displayDate(expectedRestored)), qPrintable(notes));
    QVERIFY2(notes.contains(displayDate(last)), qPrintable(notes));
}

void TestImpactPeriods::configuredAdmonition()
{
    const MeasureRecord record{1, QStringLiteral("admonition"), QDate(2024, 3, 15), {}, {}, {}};
    const Rules rules(Rules::defaults(), 3);
    QCOMPARE(rules.admonitionMonths(), 3);
    QCOMPARE(rules.months(QStringLiteral("admonition"), QDate(2024, 3, 15)), 3);

    const std::vector<ImpactPeriod> periods = computeImpactPeriods({record}, rules);
    QCOMPARE(periods.size(), size_t(1));
    QCOMPARE(periods.front().period.last, QDate(2024, 6, 14));
}

void TestImpactPeriods::stacking_data()
{
    QTest::addColumn<QString>("records");
    QTest::addColumn<QDate>("lastOfLatest");
    QTest::addColumn<int>("carriedOver");

    // Party: 181 unexpired days (2024-09-15..2025-03-14) + 18 months ending 2026-03-14.
    QTest::newRow("party warning then serious warning")
        << "party.warning@2024-03-15; party.serious_warning@2024-09-15" << QDate(2026, 9, 11)
        << 181;
    QTest::newRow("party serious warning then removal")
        << "party.serious_warning@2024-03-15; party.removal_from_party_post@2025-01-10"
        << QDate(2027, 9, 14) << 248;
    // No cap for party sanctions: well beyond 48 months (2028-04-14) from the new decision.
    QTest::newRow("party sum beyond 48 months")
        << "party.removal_from_party_post@2024-03-15; party.probation@2024-04-15/24"
        << QDate(2030, 3, 14) << 699;
    QTest::newRow("party on the old last day carries one day")
        << "party.warning@2024-03-15; party.warning@2025-03-14" << QDate(2026, 3, 14) << 1;
    QTest::newRow("party after the old period ended")
        << "party.warning@2024-03-15; party.warning@2025-03-15" << QDate(2026, 3, 14) << 0;
    QTest::newRow("party long after")
        << "party.warning@2023-01-10; party.serious_warning@2024-03-15" << QDate(2025, 9, 14) << 0;
    QTest::newRow("government major demerit then dismissal")
        << "government.major_demerit@2024-03-15; government.dismissal@2024-04-15"
        << QDate(2027, 9, 14) << 518;
    QTest::newRow("government capped at 48 months")
        << "government.dismissal@2024-03-15; government.dismissal@2024-03-15; "
           "government.demerit@2024-04-15"
        << QDate(2028, 4, 14) << 1430;
    QTest::newRow("government after the old period ended")
        << "government.warning@2024-03-15; government.demerit@2024-09-15" << QDate(2025, 9, 14)
        << 0;
    QTest::newRow("institution stacks like government")
        << "institution.post_grade_lowering@2024-03-15; institution.dismissal@2024-04-15"
        << QDate(2028, 3, 13) << 699;
    QTest::newRow("institution capped at 48 months")
        << "institution.dismissal@2024-03-15; institution.dismissal@2024-03-15; "
           "institution.demerit@2024-04-15"
        << QDate(2028, 4, 14) << 1430;
    QTest::newRow("different systems do not stack")
        << "party.warning@2024-03-15; government.demerit@2024-06-01" << QDate(2025, 5, 31) << 0;
    QTest::newRow("handling does not stack")
        << "handling.removal@2024-03-15; handling.post_adjustment@2024-06-01" << QDate(2025, 5, 31)
        << 0;
    QTest::newRow("expulsion period is not added to")
        << "party.expulsion@2024-03-15; party.warning@2025-03-15" << QDate(2026, 3, 14) << 0;
}

void TestImpactPeriods::stacking()
{
    QFETCH(QString, records);
    QFETCH(QDate, lastOfLatest);
    QFETCH(int, carriedOver);

    const std::vector<MeasureRecord> input = parseRecords(records);
    const std::vector<ImpactPeriod> periods = computeImpactPeriods(input, Rules());
    QCOMPARE(periods.size(), input.size());

    const ImpactPeriod *latest = findPeriod(periods, qint64(input.size()));
    QVERIFY(latest);
    QCOMPARE(latest->period.first, input.back().effectiveDate);
    QCOMPARE(latest->period.last, lastOfLatest);
    QCOMPARE(latest->carriedOverDays, carriedOver);
}

void TestImpactPeriods::sameDaySanctionsShareOnePeriod()
{
    struct Row
    {
        const char *records;
        QDate last;
    };
    // Several sanctions of one kind decided together: their sum, at most 48 months.
    const Row rows[] = {
        {"government.demerit@2024-03-15; government.demerit@2024-03-15", QDate(2026, 3, 14)},
        {"government.dismissal@2024-03-15; government.dismissal@2024-03-15; "
         "government.dismissal@2024-03-15",
         QDate(2028, 3, 14)},
        {"institution.warning@2024-03-15; institution.warning@2024-03-15", QDate(2025, 3, 14)},
    };
    for (const Row &row : rows) {
        const std::vector<MeasureRecord> input = parseRecords(QString::fromLatin1(row.records));
        const std::vector<ImpactPeriod> periods = computeImpactPeriods(input, Rules());
        QCOMPARE(periods.size(), input.size());
        for (const ImpactPeriod &impact : periods) {
            QCOMPARE(impact.period.last, row.last);
            QCOMPARE(impact.carriedOverDays, 0);
            QVERIFY(impact.notes.size() >= 2);
        }
    }

    // Different kinds on the same day each keep their own period and do not stack.
    const std::vector<ImpactPeriod> mixed
        = computeImpactPeriods(parseRecords(QStringLiteral(
                                   "government.warning@2024-03-15; government.demerit@2024-03-15")),
                               Rules());
    QCOMPARE(findPeriod(mixed, 1)->period.last, QDate(2024, 9, 14));
    QCOMPARE(findPeriod(mixed, 2)->period.last, QDate(2025, 3, 14));
}

void TestImpactPeriods::inputOrderDoesNotMatter()
{
    std::vector<MeasureRecord> input = parseRecords(
        QStringLiteral("party.warning@2024-03-15; party.serious_warning@2024-09-15"));
    std::reverse(input.begin(), input.end());
    const std::vector<ImpactPeriod> periods = computeImpactPeriods(input, Rules());
    QCOMPARE(periods.size(), size_t(2));
    QCOMPARE(periods.at(0).id, qint64(1));
    QCOMPARE(periods.at(1).period.last, QDate(2026, 9, 11));
}

void TestImpactPeriods::rulesValidByDate()
{
    const QString source = QStringLiteral("test");
    const std::vector<RuleRow> rows = {
        {QStringLiteral("party.warning"),
         12,
         2,
         QDate(2020, 1, 1),
         QDate(2025, 12, 31),
         source,
         {}},
        {QStringLiteral("party.warning"), 24, 2, QDate(2026, 1, 1), QDate(), source, {}},
    };
    const Rules rules(rows);
    QCOMPARE(rules.months(QStringLiteral("party.warning"), QDate(2025, 12, 31)), 12);
    QCOMPARE(rules.months(QStringLiteral("party.warning"), QDate(2026, 1, 1)), 24);
    // Before any row: the earliest row stands in.
    QCOMPARE(rules.months(QStringLiteral("party.warning"), QDate(2010, 1, 1)), 12);
    QCOMPARE(rules.months(QStringLiteral("party.serious_warning"), QDate(2025, 1, 1)),
             std::optional<int>());

    const std::vector<ImpactPeriod> periods = computeImpactPeriods(
        parseRecords(QStringLiteral("party.warning@2025-06-01; party.warning@2027-02-01")), rules);
    QCOMPARE(findPeriod(periods, 1)->period.last, QDate(2026, 5, 31));
    QCOMPARE(findPeriod(periods, 2)->period.last, QDate(2029, 1, 31));
}

void TestImpactPeriods::latestImpactEnd()
{
    const std::vector<ImpactPeriod> periods = computeImpactPeriods(
        parseRecords(QStringLiteral("party.warning@2024-03-15; handling.removal@2024-03-15; "
                                    "handling.suspension@2024-01-10")),
        Rules());
    QCOMPARE(::latestImpactEnd(periods), QDate(2026, 3, 14));
    QCOMPARE(::latestImpactEnd({}), std::optional<QDate>());

    const std::vector<ImpactPeriod> expelled = computeImpactPeriods(
        parseRecords(QStringLiteral("government.expulsion@2024-03-15")), Rules());
    QCOMPARE(::latestImpactEnd(expelled), std::optional<QDate>());
    QVERIFY(expelled.front().period.contains(QDate(2090, 1, 1)));
}

void TestImpactPeriods::chineseFormatting()
{
    QCOMPARE(formatChineseDate(QDate(2024, 3, 1)), QString::fromUtf8("2024年3月1日"));
    QCOMPARE(formatPeriodChinese(Period{QDate(2024, 3, 15), QDate(2025, 3, 14), false}),
             QString::fromUtf8("2024年3月15日至2025年3月14日"));
    QCOMPARE(formatPeriodChinese(Period{QDate(2024, 3, 15), QDate(), true}),
             QString::fromUtf8("2024年3月15日起，无期限"));
    QCOMPARE(formatPeriodEnglish(Period{QDate(2024, 3, 15), QDate(2025, 3, 14), false}),
             QStringLiteral("2024-03-15 to 2025-03-14"));

    const Period period{QDate(2024, 3, 15), QDate(2025, 3, 14), false};
    QVERIFY(period.contains(QDate(2024, 3, 15)));
    QVERIFY(period.contains(QDate(2025, 3, 14)));
    QVERIFY(!period.contains(QDate(2025, 3, 15)));
    QVERIFY(!period.contains(QDate(2024, 3, 14)));
    QVERIFY(period.hasEndedBy(QDate(2025, 3, 15)));
    QVERIFY(!period.hasEndedBy(QDate(2025, 3, 14)));
}

QTEST_APPLESS_MAIN(TestImpactPeriods)
#include "test_impactperiods.moc"
