#include "domain/fourforms.h"

#include <QTest>

class TestFourForms : public QObject
{
    Q_OBJECT

private slots:
    void everyMeasure_data();
    void everyMeasure();
    void everyKnownMeasureHasAForm();
    void datedOverride_data();
    void datedOverride();
    void unknownAndInvalidForms();
    void demotionsCiteTheirStatisticalStandard();
    void tally();
    void labels();
};

void TestFourForms::everyMeasure_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("form");

    const char *const form1[] = {"talk.reminder",
                                 "talk.warning",
                                 "clue.inquiry_closed",
                                 "clue.verification_closed",
                                 "measure.criticism_education",
                                 "measure.ordered_examination",
                                 "measure.circulated_criticism",
                                 "admonition"};
    const char *const form2[]
        = {"party.warning",       "party.serious_warning",    "government.warning",
           "government.demerit",  "government.major_demerit", "government.demotion",
           "institution.warning", "institution.demerit",      "institution.post_grade_lowering",
           "handling.suspension", "handling.post_adjustment", "handling.ordered_resignation",
           "handling.removal"};
    const char *const form3[]
        = {"party.removal_from_party_post", "party.probation",      "party.expulsion",
           "government.dismissal",          "government.expulsion", "institution.dismissal",
           "institution.expulsion",         "handling.demotion"};
    for (const char *measure : form1)
        QTest::newRow(measure) << QString::fromLatin1(measure) << 1;
    for (const char *measure : form2)
        QTest::newRow(measure) << QString::fromLatin1(measure) << 2;
    for (const char *measure : form3)
        QTest::newRow(measure) << QString::fromLatin1(measure) << 3;
    QTest::newRow("judicial_transfer") << QStringLiteral("judicial_transfer") << 4;
}

void TestFourForms::everyMeasure()
{
    QFETCH(QString, measure);
    QFETCH(int, form);
    const Rules rules;
    QCOMPARE(formOf(measure, QDate(2024, 6, 1), rules), form);
    // Long before the regulations took effect, the earliest row still classifies the measure.
    QCOMPARE(formOf(measure, QDate(2010, 1, 1), rules), form);
}

void TestFourForms::everyKnownMeasureHasAForm()
{
    const Rules rules;
    const QStringList measures = Rules::measures();
    QCOMPARE(measures.size(), 30);
    for (const QString &measure : measures)
        QVERIFY2(formOf(measure, QDate(2024, 6, 1), rules).has_value(), qPrintable(measure));
}

void TestFourForms::datedOverride_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("form");

    QTest::newRow("before the override") << QDate(2024, 12, 31) << 2;
    QTest::newRow("on the day it takes effect") << QDate(2025, 1, 1) << 3;
    QTest::newRow("after it") << QDate(2026, 7, 1) << 3;
}

void TestFourForms::datedOverride()
{
    QFETCH(QDate, asOf);
    QFETCH(int, form);

    // A locality decides to count government demotion in form 3 from 2025: the old row is
    // closed the day before and a new one added.
    std::vector<RuleRow> rows = Rules::defaults();
    for (RuleRow &row : rows) {
        if (row.measure == QLatin1String("government.demotion"))
            row.validTo = QDate(2024, 12, 31);
    }
    rows.push_back({QStringLiteral("government.demotion"),
                    24,
                    3,
                    QDate(2025, 1, 1),
                    QDate(),
                    QStringLiteral("local rule"),
                    {}});
    const Rules rules(rows);

    QCOMPARE(formOf(QStringLiteral("government.demotion"), asOf, rules), form);
    // Other measures are untouched.
    QCOMPARE(formOf(QStringLiteral("government.dismissal"), asOf, rules), 3);
    QCOMPARE(formOf(QStringLiteral("party.warning"), asOf, rules), 2);
}

void TestFourForms::unknownAndInvalidForms()
{
    const Rules rules({{QStringLiteral("broken"), {}, 7, QDate(2020, 1, 1), QDate(), {}, {}}});
    QCOMPARE(formOf(QStringLiteral("broken"), QDate(2024, 1, 1), rules), std::optional<int>());
    QCOMPARE(formOf(QStringLiteral("no.such.measure"), QDate(2024, 1, 1), Rules()),
             std::optional<int>());
}

void TestFourForms::tally()
{
    const Rules rules;
    const QDate day(2024, 6, 1);
    FourFormsTally tally;
    const char *const measures[]
        = {"talk.reminder",   "admonition",        "party.warning",    "party.probation",
           "party.expulsion", "judicial_transfer", "handling.removal", "clue.inquiry_closed"};
    for (const char *measure : measures)
        QVERIFY(tally.add(QString::fromLatin1(measure), day, rules));
    QVERIFY(!tally.add(QStringLiteral("no.such.measure"), day, rules));

    QCOMPARE(tally.count(1), 3);
    QCOMPARE(tally.count(2), 2);
    QCOMPARE(tally.count(3), 2);
    QCOMPARE(tally.count(4), 1);
    QCOMPARE(tally.counts[0], 3);
    QCOMPARE(tally.count(0), 0);
    QCOMPARE(tally.count(5), 0);
    QCOMPARE(tally.total(), 8);
    QCOMPARE(tally.unclassified, 1);
}

void TestFourForms::labels()
{
    QCOMPARE(measureChineseName(QStringLiteral("party.probation")), QString::fromUtf8("留党察看"));
    QCOMPARE(measureChineseName(QStringLiteral("handling.ordered_resignation")),
             QString::fromUtf8("责令辞职"));
    QCOMPARE(measureChineseName(QStringLiteral("admonition")), QString::fromUtf8("诫勉"));
    QCOMPARE(measureLabel(QStringLiteral("party.warning")), QStringLiteral("Party warning"));
    // Every known measure has its own label and Chinese name.
    QStringList labels;
    QStringList names;
    for (const QString &measure : Rules::measures()) {
        QVERIFY(measureLabel(measure) != measure);
        QVERIFY(measureChineseName(measure) != measure);
        labels.append(measureLabel(measure));
        names.append(measureChineseName(measure));
    }
    labels.removeDuplicates();
    names.removeDuplicates();
    QCOMPARE(labels.size(), Rules::measures().size());
    QCOMPARE(names.size(), Rules::measures().size());
}

void TestFourForms::demotionsCiteTheirStatisticalStandard()
{
    // 政务降级: form 2, by the CCDI's statistical indicator system (the 2016 trial one, the last
    // published); 降低岗位等级 follows it, and says that no standard names it.
    const Rules rules;
    const std::optional<RuleRow> demotion
        = rules.ruleFor(QStringLiteral("government.demotion"), QDate(2025, 6, 1));
    QVERIFY(demotion);
    QCOMPARE(demotion->form, std::optional<int>(2));
    QVERIFY2(demotion->note.contains(QString::fromUtf8("中纪办发〔2016〕2号")),
             qPrintable(demotion->note));
    const std::optional<RuleRow> lowering
        = rules.ruleFor(QStringLiteral("institution.post_grade_lowering"), QDate(2025, 6, 1));
    QVERIFY(lowering);
    QCOMPARE(lowering->form, std::optional<int>(2));
    QVERIFY2(lowering->note.contains(QString::fromUtf8("未见公开的统计口径")),
             qPrintable(lowering->note));
}

QTEST_APPLESS_MAIN(TestFourForms)
#include "test_fourforms.moc"
