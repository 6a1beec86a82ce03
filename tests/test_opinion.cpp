#include "domain/opinion.h"

#include <QTest>

Q_DECLARE_METATYPE(OpinionFacts)

namespace {

const QDate asOfDay(2025, 6, 1);

class Facts
{
public:
    Facts &clue(const char *number, QDate received, const char *state, const char *outcome = "",
                QDate closedOn = QDate())
    {
        m_facts.clues.push_back({qint64(m_facts.clues.size()) + 1, QString::fromLatin1(number),
                                 received, QString::fromLatin1(state), QString::fromLatin1(outcome),
                                 closedOn});
        return *this;
    }
    Facts &dossierCase(const char *number, QDate filed, QDate closed = QDate(),
                       QDate transferred = QDate())
    {
        m_facts.cases.push_back({qint64(m_facts.cases.size()) + 1, QString::fromLatin1(number),
                                 filed, closed, transferred});
        return *this;
    }
    Facts &measure(const char *measure, QDate effective, int probationMonths = 0)
    {
        MeasureRecord record{qint64(m_facts.measures.size()) + 1,
                             QString::fromLatin1(measure),
                             effective,
                             {},
                             {},
                             {}};
        if (probationMonths > 0)
            record.probationMonths = probationMonths;
        m_facts.measures.push_back(record);
        return *this;
    }
    // The suspension recorded last was lifted on `day`.
    Facts &lifted(QDate day)
    {
        m_facts.measures.back().liftedDate = day;
        return *this;
    }
    operator OpinionFacts() const
    {
        OpinionFacts facts = m_facts;
        facts.asOf = asOfDay;
        return facts;
    }

private:
    OpinionFacts m_facts;
};

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestOpinion : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void groundsNameWhatApplies_data();
    void groundsNameWhatApplies();
    void labels();
    void configuredAdmonition();
    void invalidDateMeansToday();
};

void TestOpinion::decide_data()
{
    QTest::addColumn<OpinionFacts>("facts");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("reasonCount");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QDate>("impactUntil");
    QTest::addColumn<bool>("permanent");

    const QDate none;

    // 1 — nothing received.
    QTest::newRow("1 nothing at all")
        << OpinionFacts(Facts()) << 1 << 1 << words("未收到|2025年6月1日") << none << false;
    QTest::newRow("1 clue received after the date")
        << OpinionFacts(Facts().clue("X-2025-10", QDate(2025, 7, 1), "registered")) << 1 << 1
        << words("未收到") << none << false;
    QTest::newRow("1 sanction effective after the date")
        << OpinionFacts(Facts().measure("party.removal_from_party_post", QDate(2025, 7, 1))) << 1
        << 1 << words("未收到") << none << false;
    QTest::newRow("1 case filed after the date")
        << OpinionFacts(Facts().dossierCase("L-2025-3", QDate(2025, 6, 2))) << 1 << 1
        << words("未收到") << none << false;

    // 2 — clues settled without finding anything.
    QTest::newRow("2 untrue") << OpinionFacts(
        Facts().clue("X-2024-01", QDate(2024, 1, 10), "closed", "untrue", QDate(2024, 3, 1)))
                              << 2 << 1 << words("X-2024-01|2024年1月10日|不属实|2024年3月1日")
                              << none << false;
    QTest::newRow("2 not verifiable and explanation accepted") << OpinionFacts(
        Facts()
            .clue("X-2024-02", QDate(2024, 2, 1), "closed", "not_verifiable", QDate(2024, 4, 1))
            .clue("X-2024-03", QDate(2024, 5, 1), "closed", "explanation_accepted",
                  QDate(2024, 6, 20))) << 2 << 2 << words("X-2024-02|无法查证|X-2024-03|采信")
                                                               << none << false;
    QTest::newRow("2 closed without an outcome")
        << OpinionFacts(Facts().clue("X-2024-04", QDate(2024, 2, 1), "closed")) << 2 << 1
        << words("X-2024-04|了结") << none << false;

    // 3 — handled, or impact period over.
    QTest::newRow("3 first-form measure")
        << OpinionFacts(Facts().clue("X-2024-05", QDate(2024, 2, 1), "closed", "first_form_measure",
                                     QDate(2024, 3, 10)))
        << 3 << 1 << words("X-2024-05|第一种形态") << none << false;
    QTest::newRow("3 party warning period ended")
        << OpinionFacts(Facts().measure("party.warning", QDate(2023, 3, 15))) << 3 << 1
        << words("党内警告|2023年3月15日至2024年3月14日|影响期已满") << none << false;
    QTest::newRow("3 government dismissal period ended")
        << OpinionFacts(Facts().measure("government.dismissal", QDate(2022, 1, 1))) << 3 << 1
        << words("政务撤职|2022年1月1日至2023年12月31日|影响期已满") << none << false;
    QTest::newRow("3 admonition period ended")
        << OpinionFacts(Facts().measure("admonition", QDate(2024, 6, 1))) << 3 << 1
        << words("诫勉|2024年6月1日至2024年11月30日") << none << false;
    // A suspension has no impact period: it defers use until it is lifted.
    QTest::newRow("5 suspension in force")
        << OpinionFacts(Facts().measure("handling.suspension", QDate(2024, 6, 1))) << 5 << 1
        << words("停职检查|尚未解除停职") << none << false;
    QTest::newRow("5 suspension lifted only after the day asked about")
        << OpinionFacts(
               Facts().measure("handling.suspension", QDate(2024, 6, 1)).lifted(QDate(2025, 7, 1)))
        << 5 << 1 << words("尚未解除停职") << none << false;
    QTest::newRow("3 suspension lifted")
        << OpinionFacts(
               Facts().measure("handling.suspension", QDate(2024, 6, 1)).lifted(QDate(2024, 8, 1)))
        << 3 << 1 << words("停职检查|已于2024年8月1日解除停职") << none << false;
    QTest::newRow("3 closed case")
        << OpinionFacts(Facts().dossierCase("L-2023-7", QDate(2023, 5, 1), QDate(2023, 9, 1))) << 3
        << 1 << words("L-2023-7|2023年5月1日|审结") << none << false;
    QTest::newRow("3 ended period with a settled clue")
        << OpinionFacts(Facts()
                            .clue("X-2022-01", QDate(2022, 1, 5), "closed", "untrue")
                            .measure("government.warning", QDate(2023, 1, 1)))
        << 3 << 2 << words("X-2022-01|政务警告") << none << false;

    // 4 — a clue still being disposed.
    QTest::newRow("4 registered") << OpinionFacts(
        Facts().clue("X-2025-01", QDate(2025, 5, 20), "registered"))
                                  << 4 << 1 << words("X-2025-01|处置中|登记") << none << false;
    QTest::newRow("4 awaiting the written reply")
        << OpinionFacts(Facts().clue("X-2025-02", QDate(2025, 4, 1), "talk_or_letter_inquiry")) << 4
        << 1 << words("X-2025-02|谈话函询") << none << false;
    QTest::newRow("4 shelved") << OpinionFacts(
        Facts().clue("X-2023-09", QDate(2023, 4, 1), "shelved"))
                               << 4 << 1 << words("X-2023-09|暂存待查") << none << false;
    QTest::newRow("4 closed only after the date")
        << OpinionFacts(
               Facts().clue("X-2025-03", QDate(2025, 3, 1), "closed", "untrue", QDate(2025, 7, 1)))
        << 4 << 1 << words("X-2025-03|处置中") << none << false;

    // 5 — suggest deferring use.
    QTest::newRow("5 preliminary verification")
        << OpinionFacts(Facts().clue("X-2025-04", QDate(2025, 2, 1), "preliminary_verification"))
        << 5 << 1 << words("X-2025-04|初步核实") << none << false;
    QTest::newRow("5 open case") << OpinionFacts(Facts().dossierCase("L-2025-1", QDate(2025, 3, 1)))
                                 << 5 << 1 << words("L-2025-1|2025年3月1日|尚未审结") << none
                                 << false;
    QTest::newRow("5 case closed only after the date")
        << OpinionFacts(Facts().dossierCase("L-2025-2", QDate(2025, 3, 1), QDate(2025, 8, 1))) << 5
        << 1 << words("L-2025-2|尚未审结") << none << false;
    QTest::newRow("5 judicial transfer only after the date")
        << OpinionFacts(
               Facts().dossierCase("L-2025-4", QDate(2025, 3, 1), QDate(), QDate(2025, 7, 1)))
        << 5 << 1 << words("L-2025-4|尚未审结") << none << false;
    QTest::newRow("5 admonition open")
        << OpinionFacts(Facts().measure("admonition", QDate(2025, 3, 1))) << 5 << 1
        << words("诫勉|2025年3月1日至2025年8月31日|尚在影响期内") << QDate(2025, 8, 31) << false;
    QTest::newRow("5 party warning open")
        << OpinionFacts(Facts().measure("party.warning", QDate(2024, 9, 1))) << 5 << 1
        << words("党内警告|2024年9月1日至2025年8月31日") << QDate(2025, 8, 31) << false;
    QTest::newRow("5 government demotion open")
        << OpinionFacts(Facts().measure("government.demotion", QDate(2024, 1, 1))) << 5 << 1
        << words("政务降级") << QDate(2025, 12, 31) << false;
    QTest::newRow("5 removal from post open")
        << OpinionFacts(Facts().measure("handling.removal", QDate(2024, 1, 1))) << 5 << 1
        << words("免职|2024年1月1日至2025年12月31日") << QDate(2025, 12, 31) << false;
    QTest::newRow("5 demotion in post is an organizational handling")
        << OpinionFacts(Facts().measure("handling.demotion", QDate(2024, 1, 1))) << 5 << 1
        << words("降职") << QDate(2025, 12, 31) << false;
    QTest::newRow("5 stacked party period")
        << OpinionFacts(Facts()
                            .measure("party.warning", QDate(2024, 3, 15))
                            .measure("party.serious_warning", QDate(2024, 9, 15)))
        << 5 << 2 << words("党内严重警告|2024年9月15日至2026年9月11日|181日") << QDate(2026, 9, 11)
        << false;

    // 6 — not suitable.
    QTest::newRow("6 removal from party post open")
        << OpinionFacts(Facts().measure("party.removal_from_party_post", QDate(2024, 1, 1))) << 6
        << 1 << words("撤销党内职务|2024年1月1日至2025年12月31日") << QDate(2025, 12, 31) << false;
    QTest::newRow("6 party probation open")
        << OpinionFacts(Facts().measure("party.probation", QDate(2023, 3, 15), 12)) << 6 << 1
        << words("留党察看|2023年3月15日至2026年3月14日") << QDate(2026, 3, 14) << false;
    QTest::newRow("3 party probation ended")
        << OpinionFacts(Facts().measure("party.probation", QDate(2022, 3, 15), 12)) << 3 << 1
        << words("留党察看|2022年3月15日至2025年3月14日|影响期已满") << none << false;
    QTest::newRow("6 government dismissal open")
        << OpinionFacts(Facts().measure("government.dismissal", QDate(2024, 1, 1))) << 6 << 1
        << words("政务撤职") << QDate(2025, 12, 31) << false;
    QTest::newRow("6 expelled from the party long ago")
        << OpinionFacts(Facts().measure("party.expulsion", QDate(2015, 1, 1))) << 6 << 1
        << words("开除党籍|2015年1月1日至2019年12月31日") << none << false;
    QTest::newRow("6 government expulsion")
        << OpinionFacts(Facts().measure("government.expulsion", QDate(2010, 1, 1))) << 6 << 1
        << words("政务开除|2010年1月1日") << none << true;
    QTest::newRow("6 institution expulsion")
        << OpinionFacts(Facts().measure("institution.expulsion", QDate(2020, 1, 1))) << 6 << 1
        << words("开除") << none << true;
    QTest::newRow("6 transferred to the judiciary")
        << OpinionFacts(
               Facts().dossierCase("L-2024-9", QDate(2024, 6, 1), QDate(), QDate(2025, 1, 10)))
        << 6 << 1 << words("L-2024-9|司法机关|2025年1月10日") << none << false;
    QTest::newRow("6 judicial transfer measure")
        << OpinionFacts(Facts().measure("judicial_transfer", QDate(2025, 1, 10))) << 6 << 1
        << words("司法机关") << none << false;

    // The highest category wins; every fact is listed.
    QTest::newRow("open clue over ended sanction")
        << OpinionFacts(Facts()
                            .clue("X-2025-05", QDate(2025, 5, 1), "assigned")
                            .measure("party.warning", QDate(2022, 1, 1)))
        << 4 << 2 << words("X-2025-05|分办|党内警告|影响期已满") << none << false;
    QTest::newRow("verification and heavy sanction")
        << OpinionFacts(Facts()
                            .clue("X-2025-06", QDate(2025, 1, 1), "preliminary_verification")
                            .measure("party.removal_from_party_post", QDate(2024, 6, 1)))
        << 6 << 2 << words("X-2025-06|撤销党内职务") << QDate(2026, 5, 31) << false;
    QTest::newRow("settled clue and open admonition")
        << OpinionFacts(Facts()
                            .clue("X-2024-06", QDate(2024, 1, 1), "closed", "untrue")
                            .measure("admonition", QDate(2025, 4, 1)))
        << 5 << 2 << words("X-2024-06|诫勉") << QDate(2025, 9, 30) << false;
    QTest::newRow("longer handling governs the impact end")
        << OpinionFacts(Facts()
                            .measure("party.warning", QDate(2024, 9, 1))
                            .measure("handling.removal", QDate(2024, 9, 1)))
        << 5 << 2 << words("党内警告|免职") << QDate(2026, 8, 31) << false;
    QTest::newRow("everything at once")
        << OpinionFacts(Facts()
                            .clue("X-2020-01", QDate(2020, 1, 1), "closed", "untrue")
                            .clue("X-2025-07", QDate(2025, 5, 2), "registered")
                            .clue("X-2025-08", QDate(2025, 6, 5), "registered")
                            .dossierCase("L-2025-5", QDate(2025, 2, 1))
                            .measure("institution.expulsion", QDate(2025, 5, 1))
                            .measure("admonition", QDate(2025, 1, 1)))
        << 6 << 5 << words("X-2020-01|X-2025-07|L-2025-5|诫勉|开除") << QDate(2025, 6, 30) << true;
    QTest::newRow("later sanction does not stack back")
        << OpinionFacts(Facts()
                            .measure("party.warning", QDate(2024, 9, 1))
                            .measure("party.serious_warning", QDate(2025, 7, 1)))
        << 5 << 1 << words("党内警告") << QDate(2025, 8, 31) << false;
}

void TestOpinion::decide()
{
    QFETCH(OpinionFacts, facts);
    QFETCH(int, category);
    QFETCH(int, reasonCount);
    QFETCH(QStringList, mentions);
    QFETCH(QDate, impactUntil);
    QFETCH(bool, permanent);

    const OpinionResult result = decideOpinion(facts, Rules());
    const QString reasons = result.reasons.join(QLatin1Char('\n'));
    QVERIFY2(result.category == category, qPrintable(reasons));
    QCOMPARE(result.label, opinionCategoryLabel(category));
    QCOMPARE(result.reasons.size(), reasonCount);
    for (const QString &reason : result.reasons)
        QVERIFY2(reason.endsWith(QString::fromUtf8("。")), qPrintable(reason));
    for (const QString &mention : mentions)
        QVERIFY2(reasons.contains(mention), qPrintable(mention + QLatin1String(" in ") + reasons));
    QCOMPARE(result.impactUntil.value_or(QDate()), impactUntil);
    QCOMPARE(result.permanent, permanent);
}

void TestOpinion::groundsNameWhatApplies_data()
{
    QTest::addColumn<OpinionFacts>("facts");
    QTest::addColumn<int>("category");
    QTest::addColumn<QStringList>("grounds");

    QTest::newRow("preliminary verification")
        << OpinionFacts(Facts().clue("X-1", QDate(2025, 3, 1), "preliminary_verification")) << 5
        << words("正在接受初步核实");
    QTest::newRow("case not yet concluded")
        << OpinionFacts(Facts().dossierCase("L-1", QDate(2025, 4, 1))) << 5
        << words("正在接受立案审查调查");
    QTest::newRow("light sanction in its period")
        << OpinionFacts(Facts().measure("party.warning", QDate(2025, 1, 10))) << 5
        << words("尚在党内警告处分影响期内（至2026年1月9日）");
    QTest::newRow("admonition in its period")
        << OpinionFacts(Facts().measure("admonition", QDate(2025, 3, 1))) << 5
        << words("尚在诫勉影响期内（至2025年8月31日）");
    QTest::newRow("organizational handling in its period")
        << OpinionFacts(Facts().measure("handling.removal", QDate(2025, 2, 1))) << 5
        << words("尚在免职影响期内（至2027年1月31日）");
    QTest::newRow("suspension in force")
        << OpinionFacts(Facts().measure("handling.suspension", QDate(2025, 5, 1))) << 5
        << words("正在停职检查");
    QTest::newRow("two grounds, each named")
        << OpinionFacts(Facts()
                            .clue("X-2", QDate(2025, 3, 1), "preliminary_verification")
                            .measure("handling.removal", QDate(2025, 2, 1)))
        << 5 << words("正在接受初步核实|尚在免职影响期内（至2027年1月31日）");
    QTest::newRow("heavy sanction in its period")
        << OpinionFacts(Facts().measure("party.probation", QDate(2025, 1, 10), 12)) << 6
        << words("受到留党察看处分尚在影响期内（至2028年1月9日）");
    QTest::newRow("expelled from the party")
        << OpinionFacts(Facts().measure("party.expulsion", QDate(2024, 1, 10))) << 6
        << words("受到开除党籍处分");
    QTest::newRow("transferred to the judiciary")
        << OpinionFacts(Facts().dossierCase("L-2", QDate(2024, 4, 1), QDate(), QDate(2024, 9, 1)))
        << 6 << words("已被移送司法机关依法处理");
    // Only 5 and 6 name a ground; lower ones read the same for everyone.
    QTest::newRow("clue being disposed")
        << OpinionFacts(Facts().clue("X-3", QDate(2025, 3, 1), "assigned")) << 4 << QStringList();
    // The ground of the category reached, not of a lower one beside it.
    QTest::newRow("heavy sanction beside a light one")
        << OpinionFacts(Facts()
                            .measure("party.probation", QDate(2025, 1, 10), 12)
                            .measure("handling.removal", QDate(2025, 2, 1)))
        << 6 << words("受到留党察看处分尚在影响期内（至2028年1月9日）");
}

void TestOpinion::groundsNameWhatApplies()
{
    QFETCH(OpinionFacts, facts);
    QFETCH(int, category);
    QFETCH(QStringList, grounds);
    const OpinionResult result = decideOpinion(facts, Rules());
    QCOMPARE(result.category, category);
    QCOMPARE(result.grounds, grounds);
}

void TestOpinion::labels()
{
    QCOMPARE(opinionCategoryLabel(1), QString::fromUtf8("未收到反映问题"));
    QCOMPARE(opinionCategoryLabel(4), QString::fromUtf8("暂缓提出意见"));
    QCOMPARE(opinionCategoryLabel(5), QString::fromUtf8("建议暂缓使用"));
    QCOMPARE(opinionCategoryLabel(6), QString::fromUtf8("不宜使用"));
    QStringList labels;
    for (int category = 1; category <= 6; ++category)
        labels.append(opinionCategoryLabel(category));
    labels.removeDuplicates();
    QCOMPARE(labels.size(), 6);
    QVERIFY(!labels.contains(QString()));
    QVERIFY(opinionCategoryLabel(0).isEmpty());
    QVERIFY(opinionCategoryLabel(7).isEmpty());
}

void TestOpinion::configuredAdmonition()
{
    // Three months from 1 March end on 31 May, so on 1 June the period is over.
    const OpinionFacts facts = Facts().measure("admonition", QDate(2025, 3, 1));
    const OpinionResult shortPeriod = decideOpinion(facts, Rules(Rules::defaults(), 3));
    QCOMPARE(shortPeriod.category, 3);
    QVERIFY(!shortPeriod.impactUntil);
    const OpinionResult defaultPeriod = decideOpinion(facts, Rules());
    QCOMPARE(defaultPeriod.category, 5);
    QCOMPARE(defaultPeriod.impactUntil, QDate(2025, 8, 31));
}

void TestOpinion::invalidDateMeansToday()
{
    OpinionFacts facts = Facts().measure("party.warning", QDate::currentDate().addDays(-1));
    facts.asOf = QDate();
    const OpinionResult result = decideOpinion(facts, Rules());
    QCOMPARE(result.category, 5);
    QCOMPARE(result.impactUntil, lastDayAfterMonths(QDate::currentDate().addDays(-1), 12));
}

QTEST_APPLESS_MAIN(TestOpinion)
#include "test_opinion.moc"
