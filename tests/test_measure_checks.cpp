#include "domain/articles.h"
#include "domain/measurechecks.h"

#include <QTest>

// The checks of case review on a proposed measure, each table-driven: the range the cited
// articles allow for the degree, the ground mitigation and aggravation need, an earlier open
// period, another measure in the same case, the stacked period, the party and government pair,
// the four forms and the opinion after the decision.
class TestMeasureChecks : public QObject
{
    Q_OBJECT

private slots:
    void seededArticlesAreCited();
    void range_data();
    void range();
    void priorMeasures_data();
    void priorMeasures();
    void pairing_data();
    void pairing();
    void fourFormsAndOpinion();
};

Q_DECLARE_METATYPE(Degree)
Q_DECLARE_METATYPE(Adjustment)
Q_DECLARE_METATYPE(MeasureCheck::Level)

namespace {

const QVector<Article> &seeded()
{
    static const QVector<Article> articles = Articles::seeded();
    return articles;
}

// "party 第一百三十二条" → that article.
Article article(const char *cited)
{
    const QString text = QString::fromUtf8(cited);
    const Article *found = Articles::find(seeded(), text.section(QLatin1Char(' '), 0, 0),
                                          text.section(QLatin1Char(' '), 1));
    return found ? *found : Article();
}

using Level = MeasureCheck::Level;

// The checks as "level|what|citation" lines, for messages.
QString shown(const QVector<MeasureCheck> &checks)
{
    QStringList lines;
    for (const MeasureCheck &check : checks)
        lines << QStringLiteral("%1|%2|%3").arg(int(check.level)).arg(check.what, check.citation);
    return lines.join(QLatin1Char('\n'));
}

bool has(const QVector<MeasureCheck> &checks, Level level, const QString &words,
         const QString &citation = {})
{
    return std::any_of(checks.cbegin(), checks.cend(), [&](const MeasureCheck &check) {
        return check.level == level && check.what.contains(words)
               && (citation.isEmpty() || check.citation.contains(citation));
    });
}

} // namespace

void TestMeasureChecks::seededArticlesAreCited()
{
    QVERIFY(seeded().size() >= 15);
    for (const Article &article : seeded()) {
        QVERIFY2(!article.text.isEmpty(), qPrintable(article.citation()));
        QVERIFY2(article.source.startsWith(QLatin1String("http")), qPrintable(article.citation()));
        QVERIFY2(article.validFrom.isValid(), qPrintable(article.citation()));
        for (Degree degree : {Degree::Lighter, Degree::Heavier, Degree::Serious})
            for (const QString &measure : article.range(degree))
                QVERIFY2(MeasureChecks::severityOrder(article.system).contains(measure),
                         qPrintable(article.citation() + QLatin1Char(' ') + measure));
    }
    // The 2023 party regulation's own numbering: 第二十三条 defines 减轻 and 加重.
    const Article mitigation = article("party 第二十三条");
    QVERIFY(mitigation.text.contains(QString::fromUtf8("减轻一档")));
    QCOMPARE(mitigation.validFrom, QDate(2024, 1, 1));
    const Article gifts = article("government 第三十四条");
    QCOMPARE(gifts.serious, QStringList{QStringLiteral("government.expulsion")});
}

void TestMeasureChecks::range_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<Degree>("degree");
    QTest::addColumn<QStringList>("cited");
    QTest::addColumn<Adjustment>("adjustment");
    QTest::addColumn<QString>("ground");
    QTest::addColumn<MeasureCheck::Level>("level"); // the worst check found
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("citation");

    const QStringList work = {QStringLiteral("party 第一百三十二条")};
    const QStringList life = {QStringLiteral("party 第一百五十条")};
    const QStringList gifts = {QStringLiteral("government 第三十四条")};
    const QString ground = QStringLiteral("主动交代本人应当受到处分的问题");
    const auto row = [](const char *name, const char *measure, Degree degree,
                        const QStringList &cited, Adjustment adjustment, const QString &ground,
                        Level level, const char *words, const char *citation) {
        QTest::newRow(name) << QString::fromLatin1(measure) << degree << cited << adjustment
                            << ground << level << QString::fromUtf8(words)
                            << QString::fromUtf8(citation);
    };
    row("inside the range", "party.serious_warning", Degree::Lighter, work, Adjustment::None, {},
        Level::Fits, "情节较轻的，给予警告或者严重警告的幅度内", "第一百三十二条");
    row("outside the range, no ground stated", "party.probation", Degree::Lighter, work,
        Adjustment::None, {}, Level::Problem, "超出所引条款情节较轻的，给予警告或者严重警告的幅度",
        "第一百三十二条");
    row("从轻 without its ground", "party.warning", Degree::Lighter, work, Adjustment::Lighter, {},
        Level::Problem, "未写明从轻的情节和依据", "");
    row("从轻 outside the range", "party.removal_from_party_post", Degree::Lighter, work,
        Adjustment::Lighter, ground, Level::Problem, "从轻处分应在处分幅度内", "第一百三十二条");
    row("减轻 one grade below", "party.serious_warning", Degree::Heavier, work,
        Adjustment::Mitigated, ground, Level::Fits, "以外减轻一档，给予党内严重警告", "第二十三条");
    row("减轻 two grades below", "party.warning", Degree::Heavier, work, Adjustment::Mitigated,
        ground, Level::Problem, "应为党内严重警告", "第二十三条");
    row("减轻 below the lightest grade", "party.warning", Degree::Lighter, work,
        Adjustment::Mitigated, ground, Level::Problem, "无法再减轻一档", "第二十三条");
    row("加重 one grade above", "party.removal_from_party_post", Degree::Lighter, life,
        Adjustment::Aggravated, ground, Level::Fits, "以外加重一档，给予撤销党内职务",
        "第二十三条");
    row("加重 without its ground", "party.removal_from_party_post", Degree::Lighter, life,
        Adjustment::Aggravated, {}, Level::Problem, "未写明加重的情节和依据", "第二十三条");
    row("加重 of a government sanction", "government.expulsion", Degree::Heavier, gifts,
        Adjustment::Aggravated, ground, Level::Problem, "政务处分法没有加重处分的规定", "第十三条");
    row("从重 inside the range", "government.major_demerit", Degree::Lighter, gifts,
        Adjustment::Heavier, QStringLiteral("在政务处分期内再次故意违法"), Level::Fits,
        "从重处分在幅度内", "第三十四条");
    row("a degree the article sets no measure for", "party.warning", Degree::Heavier, life,
        Adjustment::None, {}, Level::Problem, "所引条款对情节较重的情形未规定处分", "第一百五十条");
    row("no article of the measure's system", "government.demerit", Degree::Lighter, work,
        Adjustment::None, {}, Level::Problem, "未引用规定政务处分幅度的条款", "");
}

void TestMeasureChecks::range()
{
    QFETCH(QString, measure);
    QFETCH(Degree, degree);
    QFETCH(QStringList, cited);
    QFETCH(Adjustment, adjustment);
    QFETCH(QString, ground);
    QFETCH(MeasureCheck::Level, level);
    QFETCH(QString, words);
    QFETCH(QString, citation);

    ProposedMeasure proposal;
    proposal.measure = measure;
    proposal.degree = degree;
    for (const QString &one : cited) {
        const Article found = article(one.toUtf8().constData());
        QVERIFY2(!found.number.isEmpty(), qPrintable(one));
        proposal.articles << found;
    }
    proposal.adjustment = adjustment;
    proposal.ground = ground;
    const QVector<MeasureCheck> checks = MeasureChecks::range(proposal);
    QVERIFY(!checks.isEmpty());
    const Level worst = std::max_element(checks.cbegin(), checks.cend(),
                                         [](const MeasureCheck &a, const MeasureCheck &b) {
                                             return a.level < b.level;
                                         })
                            ->level;
    QCOMPARE(worst, level);
    QVERIFY2(has(checks, level, words, citation), qPrintable(shown(checks)));
}

void TestMeasureChecks::priorMeasures_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("priorMeasure");
    QTest::addColumn<QDate>("priorDate");
    QTest::addColumn<qint64>("priorCase");
    QTest::addColumn<QDate>("violatedOn");
    QTest::addColumn<QDate>("decisionDate");
    QTest::addColumn<MeasureCheck::Level>("level");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("citation");

    const auto row = [](const char *name, const char *measure, const char *prior, QDate priorDate,
                        qint64 priorCase, QDate violated, QDate decided, Level level,
                        const char *words, const char *citation) {
        QTest::newRow(name) << QString::fromLatin1(measure) << QString::fromLatin1(prior)
                            << priorDate << priorCase << violated << decided << level
                            << QString::fromUtf8(words) << QString::fromUtf8(citation);
    };
    // A government warning of 2025-01-01 runs six months, to 2025-06-30.
    row("a violation inside an earlier period", "government.demerit", "government.warning",
        QDate(2025, 1, 1), 0, QDate(2025, 3, 1), QDate(2025, 9, 1), Level::Warning,
        "违纪违法行为发生在政务警告的影响期（2025年1月1日至2025年6月30日）内", "第十三条");
    row("another measure in the same case", "party.serious_warning", "party.warning",
        QDate(2025, 1, 1), 7, QDate(2024, 10, 1), QDate(2025, 3, 1), Level::Warning,
        "本案已对其作出党内警告", "");
    // A party warning of 2025-01-01 runs to 2025-12-31: 184 days are left on 2025-07-01.
    row("the stacked period", "party.serious_warning", "party.warning", QDate(2025, 1, 1), 0,
        QDate(2024, 10, 1), QDate(2025, 7, 1), Level::Note, "含此前处分尚未届满的影响期184日",
        "第二十一条");
    row("no earlier period open", "government.demerit", "government.warning", QDate(2025, 1, 1), 0,
        QDate(2025, 8, 1), QDate(2025, 9, 1), Level::Note,
        "政务记过的影响期为2025年9月1日至2026年8月31日", "");
}

void TestMeasureChecks::priorMeasures()
{
    QFETCH(QString, measure);
    QFETCH(QString, priorMeasure);
    QFETCH(QDate, priorDate);
    QFETCH(qint64, priorCase);
    QFETCH(QDate, violatedOn);
    QFETCH(QDate, decisionDate);
    QFETCH(MeasureCheck::Level, level);
    QFETCH(QString, words);
    QFETCH(QString, citation);

    ProposedMeasure proposal;
    proposal.measure = measure;
    proposal.violatedOn = violatedOn;
    proposal.decisionDate = decisionDate;
    proposal.caseId = 7;
    MeasureRecord prior;
    prior.id = 1;
    prior.measure = priorMeasure;
    prior.effectiveDate = priorDate;
    const QVector<MeasureCheck> checks
        = MeasureChecks::priorMeasures(proposal, {prior}, {priorCase}, Rules());
    QVERIFY2(has(checks, level, words, citation), qPrintable(shown(checks)));
    // Outside the earlier period, and in another case, nothing is flagged.
    if (level == Level::Note)
        QVERIFY2(!has(checks, Level::Warning, QString()), qPrintable(shown(checks)));
}

void TestMeasureChecks::pairing_data()
{
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("government");
    QTest::addColumn<MeasureCheck::Level>("level");
    QTest::addColumn<QString>("words");

    const auto row = [](const char *name, const char *party, const char *government, Level level,
                        const char *words) {
        QTest::newRow(name) << QString::fromLatin1(party) << QString::fromLatin1(government)
                            << level << QString::fromUtf8(words);
    };
    row("撤销党内职务 with 撤职", "party.removal_from_party_post", "government.dismissal",
        Level::Fits, "撤销党内职务与政务撤职相匹配");
    row("开除党籍 with 开除", "party.expulsion", "government.expulsion", Level::Fits,
        "开除党籍与政务开除相匹配");
    row("开除党籍 with 记过", "party.expulsion", "government.demerit", Level::Warning,
        "开除党籍通常与政务开除相匹配，拟给予政务记过");
    row("严重警告 with 撤职", "party.serious_warning", "government.dismissal", Level::Warning,
        "党内严重警告通常与政务记过或政务记大过或政务降级相匹配");
    row("a party measure alone", "party.warning", "", Level::Warning, "未同时提出政务处分意见");
    row("a government measure alone", "", "government.demerit", Level::Warning,
        "未同时提出党纪处分意见");
    // What follows from each measure, from the rules table.
    row("the consequences listed", "party.warning", "government.warning", Level::Note,
        "党内警告：一年内不得在党内提升职务");
}

void TestMeasureChecks::pairing()
{
    QFETCH(QString, party);
    QFETCH(QString, government);
    QFETCH(MeasureCheck::Level, level);
    QFETCH(QString, words);
    const QVector<MeasureCheck> checks
        = MeasureChecks::pairing(party, government, Rules(), QDate(2025, 6, 1));
    QVERIFY2(has(checks, level, words), qPrintable(shown(checks)));
}

void TestMeasureChecks::fourFormsAndOpinion()
{
    ProposedMeasure proposal;
    proposal.decisionDate = QDate(2025, 7, 1);
    const Rules rules;
    proposal.measure = QStringLiteral("party.probation");
    QVERIFY(
        MeasureChecks::fourForms(proposal, rules).what.contains(QString::fromUtf8("第三种形态")));
    QVERIFY(MeasureChecks::opinionAfter(proposal, OpinionFacts(), rules)
                .what.contains(QString::fromUtf8("第6类：不宜使用")));
    proposal.measure = QStringLiteral("government.demerit");
    QVERIFY(
        MeasureChecks::fourForms(proposal, rules).what.contains(QString::fromUtf8("第二种形态")));
    QVERIFY(MeasureChecks::opinionAfter(proposal, OpinionFacts(), rules)
                .what.contains(QString::fromUtf8("第5类：建议暂缓使用")));
}

QTEST_GUILESS_MAIN(TestMeasureChecks)
#include "test_measure_checks.moc"
