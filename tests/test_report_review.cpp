#include "domain/articles.h"
#include "domain/casefile.h"
#include "domain/measurechecks.h"
#include "domain/opinion.h"
#include "domain/rules.h"
#include "reports/reportrenderer.h"
#include "reports/reviewpapers.h"
#include "testpdf.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

Q_DECLARE_METATYPE(ReviewPapers::Paper)

// The papers of case review, printed from a case file made here by hand: two subjects, facts
// citing seeded articles, the checks of case review computed as the case file's loader
// computes them. Each paper is checked by its pdftotext text against a golden file per font;
// the sanction decision's wording, its draft mark and when it is made at all, table by table.
namespace {

using Paper = ReviewPapers::Paper;

const QString commission = QStringLiteral("清河县纪委监委");
const QString marking = QStringLiteral("内部资料 注意保密");
const QDate reportDay(2024, 6, 10);

Article seededArticle(const QString &system, const QString &number)
{
    static const QVector<Article> articles = Articles::seeded();
    const Article *article = Articles::find(articles, system, number);
    return article ? *article : Article();
}

CaseFile::Proposal proposal(const QString &measure, Adjustment adjustment = Adjustment::None,
                            const QString &ground = QString())
{
    CaseFile::Proposal proposal;
    proposal.measure = measure;
    proposal.degree = Degree::Lighter;
    proposal.adjustment = adjustment;
    proposal.ground = ground;
    if (measure == QLatin1String("party.probation"))
        proposal.probationMonths = 24;
    return proposal;
}

// The checks beside each proposal, as the case file's loader makes them on `day`.
void check(CaseFile &file, CaseFile::Subject &subject, const std::vector<MeasureRecord> &prior,
           const std::vector<qint64> &priorCases, QDate day)
{
    const Rules rules;
    QVector<Article> articles;
    QDate violatedOn;
    for (const CaseFile::Fact &fact : subject.facts) {
        for (const Article &article : fact.articles)
            if (!Articles::find(articles, article.system, article.number))
                articles << article;
        if (!violatedOn.isValid() || violatedOn < fact.violatedOn)
            violatedOn = fact.violatedOn;
    }
    OpinionFacts facts;
    facts.measures = prior;
    QString party;
    QString government;
    for (CaseFile::Proposal &each : subject.proposals) {
        ProposedMeasure measure;
        measure.measure = each.measure;
        measure.probationMonths = each.probationMonths;
        measure.degree = each.degree;
        measure.articles = articles;
        measure.adjustment = each.adjustment;
        measure.ground = each.ground;
        measure.violatedOn = violatedOn;
        measure.decisionDate = day;
        measure.caseId = file.caseId;
        const QString system = MeasureChecks::systemOf(each.measure);
        each.checks.clear();
        if (system == QLatin1String("party") || system == QLatin1String("government"))
            each.checks << MeasureChecks::range(measure);
        each.checks << MeasureChecks::priorMeasures(measure, prior, priorCases, rules);
        each.checks << MeasureChecks::opinionAfter(measure, facts, rules);
        each.checks << MeasureChecks::fourForms(measure, rules);
        if (system == QLatin1String("party"))
            party = each.measure;
        else if (system == QLatin1String("government"))
            government = each.measure;
    }
    subject.pairing.clear();
    if (subject.partyMember && subject.publicOfficial
        && (!party.isEmpty() || !government.isEmpty()))
        subject.pairing = MeasureChecks::pairing(party, government, rules, day);
}

CaseFile::Fact fact(qint64 id, const QString &description, QDate violatedOn,
                    const QStringList &keys)
{
    CaseFile::Fact fact;
    fact.id = id;
    fact.ordinal = int(id % 10);
    fact.description = description;
    fact.violatedOn = violatedOn;
    for (const QString &key : keys)
        fact.articles << seededArticle(key.section(QLatin1Char(' '), 0, 0),
                                       key.section(QLatin1Char(' '), 1));
    return fact;
}

CaseFile::Evidence evidence(int ordinal, const QString &kind, const QString &description,
                            QDate collected, qint64 factId, int scans)
{
    CaseFile::Evidence item;
    item.id = ordinal;
    item.ordinal = ordinal;
    item.kind = kind;
    item.description = description;
    item.collected = collected;
    item.factId = factId;
    for (int scan = 1; scan <= scans; ++scan)
        item.attachments << QStringLiteral("scan-%1-%2.pdf").arg(ordinal).arg(scan);
    return item;
}

CaseFile::Statement statement(const QString &kind, QDate given, const QString &content,
                              const QString &adopted)
{
    CaseFile::Statement statement;
    statement.kind = kind;
    statement.given = given;
    statement.content = content;
    statement.adopted = adopted;
    return statement;
}

// 张三, a party member and public official, given a party and a government sanction; 李四, a
// party member, given a party sanction to be made heavier on a ground not written down, for
// conduct inside the period of an earlier warning.
CaseFile sampleCase()
{
    CaseFile file;
    file.caseId = 7;
    file.number = QStringLiteral("清纪立〔2024〕12号");
    file.unit = QStringLiteral("清河县交通运输局");
    file.filed = QDate(2024, 3, 1);
    file.summary = QStringLiteral("农村公路养护工程验收中的形式主义问题和公务接待中的铺张浪费问题");

    CaseFile::Review review;
    review.id = 3;
    review.kind = QStringLiteral("review");
    review.received = QDate(2024, 5, 6);
    review.investigationReport
        = QStringLiteral("第二审查调查室认为，张三、李四的行为均已构成违纪，建议分别给予党纪处分，"
                         "对张三同时给予政务处分。");
    review.characterisation = QStringLiteral(
        "张三身为党员领导干部，在工作中搞形式主义，不如实报告工作情况，违反了工作纪律，构成违纪；"
        "作为公职人员，其行为构成职务违法。李四在公务接待中铺张浪费，违反了生活纪律，构成违纪。");
    review.opinion = QStringLiteral("同意审查调查部门的处理建议。\n建议给予张三党内警告处分、"
                                    "政务记过处分；给予李四党内严重警告处分。李四从重处分的情节"
                                    "尚未写明，请审查调查部门补充。");
    review.reported = reportDay;
    file.reviews << review;

    CaseFile::Subject zhang;
    zhang.cadreId = 101;
    zhang.name = QStringLiteral("张三");
    zhang.unit = QStringLiteral("清河县交通运输局");
    zhang.position = QStringLiteral("副局长");
    zhang.partyMember = true;
    zhang.publicOfficial = true;
    zhang.teamMember = true;
    zhang.facts << fact(
        1,
        QStringLiteral("2023年5月至12月，在负责农村公路养护工程检查验收工作中，"
                       "不深入实际、不负责任，对未按设计施工的3个路段签字验收，"
                       "造成不良影响"),
        QDate(2023, 12, 28),
        {QStringLiteral("party 第一百三十二条"), QStringLiteral("government 第三十九条")});
    zhang.facts << fact(2,
                        QStringLiteral("2024年1月，在县委第三巡察组检查时，对上述路段的验收情况"
                                       "不如实报告"),
                        QDate(2024, 1, 16), {QStringLiteral("party 第一百四十条")});
    zhang.evidence << evidence(1, QStringLiteral("documentary"),
                               QStringLiteral("农村公路养护工程交工验收单3份，证明张三对未按设计"
                                              "施工的路段签字验收"),
                               QDate(2024, 3, 20), 1, 3);
    zhang.evidence << evidence(2, QStringLiteral("testimony"),
                               QStringLiteral("施工单位项目负责人王某的证言，证明验收时张三未到"
                                              "现场核实"),
                               QDate(2024, 3, 25), 1, 1);
    zhang.evidence << evidence(3, QStringLiteral("documentary"),
                               QStringLiteral("县委第三巡察组检查记录，证明张三汇报时称验收路段"
                                              "均符合设计要求"),
                               QDate(2024, 4, 2), 2, 2);
    zhang.evidence << evidence(4, QStringLiteral("statement"),
                               QStringLiteral("张三的陈述和辩解，对上述事实供认不讳"),
                               QDate(2024, 4, 10), 0, 0);
    zhang.statements << statement(QStringLiteral("statement"), QDate(2024, 4, 10),
                                  QStringLiteral("对审查调查认定的事实无异议"),
                                  QStringLiteral("adopted"));
    zhang.statements << statement(QStringLiteral("review_talk"), QDate(2024, 5, 20),
                                  QStringLiteral("问：你对审查调查认定的事实有无异议？\n"
                                                 "答：没有异议。验收时我没有到现场逐段核实，"
                                                 "是我工作不负责任。\n"
                                                 "问：你对定性和处理意见有什么意见？\n"
                                                 "答：我认识到了错误，接受组织处理。"),
                                  QString());
    zhang.statements << statement(QStringLiteral("defence"), QDate(2024, 6, 3),
                                  QStringLiteral("验收后已要求施工单位整改，请求从轻处理"),
                                  QStringLiteral("partly"));
    zhang.proposals << proposal(QStringLiteral("party.warning"), Adjustment::Lighter,
                                QStringLiteral("主动交代本人应当受到党纪处分的问题"));
    zhang.proposals << proposal(QStringLiteral("government.demerit"));
    check(file, zhang, {}, {}, reportDay);

    CaseFile::Subject li;
    li.cadreId = 102;
    li.name = QStringLiteral("李四");
    li.unit = QStringLiteral("清河县交通运输局");
    li.position = QStringLiteral("办公室主任");
    li.partyMember = true;
    li.facts << fact(3,
                     QStringLiteral("2023年9月至2024年1月，在单位公务接待中5次超标准安排宴请，"
                                    "铺张浪费，造成不良影响"),
                     QDate(2024, 1, 20), {QStringLiteral("party 第一百五十条")});
    li.evidence << evidence(1, QStringLiteral("documentary"),
                            QStringLiteral("公务接待审批单及报销凭证5份，证明接待标准超出规定"),
                            QDate(2024, 3, 22), 3, 5);
    li.statements << statement(QStringLiteral("defence"), QDate(2024, 6, 4),
                               QStringLiteral("接待系按领导要求安排，本人不应承担责任"),
                               QStringLiteral("not_adopted"));
    li.proposals << proposal(QStringLiteral("party.serious_warning"), Adjustment::Heavier);
    MeasureRecord warning;
    warning.id = 55;
    warning.measure = QStringLiteral("party.warning");
    warning.effectiveDate = QDate(2023, 3, 1);
    check(file, li, {warning}, {4}, reportDay);

    file.subjects << zhang << li;
    return file;
}

// The text as a reader finds it, lines trimmed and empty lines left out.
QString pdfText(const QString &path)
{
    QStringList lines;
    for (const QString &line : TestPdf::text(path).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines << trimmed;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// The document's text without its line breaks and spaces, which the layout decides.
QString plain(const QTextDocument &document)
{
    return document.toPlainText().remove(QRegularExpression(QStringLiteral("[\\s\\x{2028}]")));
}

} // namespace

class TestReportReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paperMatchesGolden_data();
    void paperMatchesGolden();
    void reportPrintsEveryCheck();
    void decisionIsDraftUntilDecided_data();
    void decisionIsDraftUntilDecided();
    void decisionWordingFollowsMeasures_data();
    void decisionWordingFollowsMeasures();
    void noDecisionWithoutSanction_data();
    void noDecisionWithoutSanction();
    void caseTitleFollowsTheCase_data();
    void caseTitleFollowsTheCase();
    void signersFollowTheCommissionName_data();
    void signersFollowTheCommissionName();
    void longTitlesBreakBetweenTheirParts();
    void talkRecordIsBlankWithoutTalk();
    void userTextIsPrintedAsWritten();

private:
    QTemporaryDir m_dir;
    CaseFile m_file;
};

void TestReportReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = sampleCase();
    // Every article the facts cite is seeded: the papers print real citations.
    for (const CaseFile::Subject &subject : m_file.subjects)
        for (const CaseFile::Fact &fact : subject.facts)
            for (const Article &article : fact.articles)
                QVERIFY2(!article.regulation.isEmpty(), qPrintable(fact.description));
}

void TestReportReview::paperMatchesGolden_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<int>("subject");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::newRow("review report") << Paper::ReviewReport << -1 << QStringLiteral("review-report")
                                   << QStringLiteral("关于张三、李四等2人违纪违法案的审理报告");
    QTest::newRow("review opinion")
        << Paper::ReviewOpinion << -1 << QStringLiteral("review-opinion")
        << QStringLiteral("关于张三、李四等2人违纪违法案的审理意见书");
    QTest::newRow("decision, party and government")
        << Paper::SanctionDecision << 0 << QStringLiteral("sanction-decision-joint")
        << QStringLiteral("关于给予张三党内警告、政务记过处分的决定（草稿）");
    QTest::newRow("decision, party")
        << Paper::SanctionDecision << 1 << QStringLiteral("sanction-decision-party")
        << QStringLiteral("关于给予李四党内严重警告处分的决定（草稿）");
    QTest::newRow("talk record, as recorded")
        << Paper::TalkRecord << 0 << QStringLiteral("talk-record-recorded")
        << QStringLiteral("审理谈话笔录（张三）");
    QTest::newRow("talk record, form")
        << Paper::TalkRecord << 1 << QStringLiteral("talk-record-form")
        << QStringLiteral("审理谈话笔录（李四）");
}

void TestReportReview::paperMatchesGolden()
{
    QFETCH(Paper, paper);
    QFETCH(int, subject);
    QFETCH(QString, name);
    QFETCH(QString, title);
    const CaseFile::Subject *who = subject < 0 ? nullptr : &m_file.subjects.at(subject);
    QCOMPARE(ReviewPapers::title(paper, m_file, who), title);
    const auto document = ReviewPapers::build(paper, m_file, who, commission);
    QVERIFY(document);

    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    PageDecoration decoration;
    decoration.marking = marking;
    const int pages = ReportRenderer::writePdf(path, {document.get()}, decoration, title);
    QVERIFY(pages >= 1);
    QString printed = document->toPlainText();
    for (int page = 1; page <= pages; ++page)
        printed += marking + QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages);
    // INTEGRITY_DOSSIER_REPORT_OUTPUT keeps the papers, to look at them or render screenshots.
    const QString keep = qEnvironmentVariable("INTEGRITY_DOSSIER_REPORT_OUTPUT");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name + QStringLiteral(".pdf")));
        QFile::copy(path, QDir(keep).filePath(name + QStringLiteral(".pdf")));
    }
    const QString text = pdfText(path);
    // Whatever the font, a reader finds the paper's own characters, each as often as printed.
    QVERIFY2(TestPdf::lookAlikes(text).isEmpty(), qPrintable(TestPdf::lookAlikes(text)));
    const QString difference = TestPdf::characterDifference(printed, text);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(
        QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("第%1页共%1页").arg(pages)));

    const QString goldenPath = TestPdf::goldenPath(name + QStringLiteral(".txt"));
    if (qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    const QStringList want = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
    const QStringList got = text.split(QLatin1Char('\n'));
    for (int line = 0; line < std::min(want.size(), got.size()); ++line)
        QCOMPARE(got[line], want[line]);
    QCOMPARE(got.size(), want.size());
}

void TestReportReview::reportPrintsEveryCheck()
{
    const auto report = ReviewPapers::build(Paper::ReviewReport, m_file, nullptr, commission);
    QVERIFY(report);
    const QString text = plain(*report);
    const auto printed = [&](const QString &what) {
        return text.contains(QString(what).remove(QRegularExpression(QStringLiteral("\\s"))));
    };
    int checks = 0;
    for (const CaseFile::Subject &subject : m_file.subjects) {
        QVERIFY(printed(subject.unit + subject.position));
        for (const CaseFile::Fact &fact : subject.facts)
            for (const Article &article : fact.articles)
                QVERIFY2(printed(article.citation()), qPrintable(article.citation()));
        QVector<MeasureCheck> all = subject.pairing;
        for (const CaseFile::Proposal &proposal : subject.proposals)
            all += proposal.checks;
        for (const MeasureCheck &check : all) {
            QVERIFY2(printed(check.what), qPrintable(check.what));
            if (!check.citation.isEmpty())
                QVERIFY2(printed(check.citation), qPrintable(check.citation));
            ++checks;
        }
    }
    QVERIFY(checks >= 8);
    // Each level of a check is printed as a word of its own, the problem among them.
    for (const char *word : {"符合", "说明", "提示", "问题"})
        QVERIFY2(text.contains(QString::fromUtf8(word)), word);
    QVERIFY(printed(QStringLiteral("拟给予党内警告处分（情节较轻；从轻处分，情节："
                                   "主动交代本人应当受到党纪处分的问题）")));
    QVERIFY(
        printed(QStringLiteral("拟给予党内严重警告处分（情节较轻；从重处分，情节：（未填写））")));
    QVERIFY(printed(QStringLiteral("清河县纪委监委案件审理室2024年6月10日")));
}

void TestReportReview::decisionIsDraftUntilDecided_data()
{
    QTest::addColumn<bool>("reviewed");
    QTest::addColumn<QDate>("decided");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("numberLine");
    QTest::addColumn<QString>("dateLine");
    const QString blankNumber = QStringLiteral("〔　　　〕　　号");
    const QString blankDate = QStringLiteral("　　年　　月　　日");
    QTest::newRow("no review yet")
        << false << QDate() << QString() << true << blankNumber << blankDate;
    QTest::newRow("under review") << true << QDate() << QString() << true << blankNumber
                                  << blankDate;
    QTest::newRow("numbered, not decided")
        << true << QDate() << QStringLiteral("清纪发〔2024〕15号") << true
        << QStringLiteral("清纪发〔2024〕15号") << blankDate;
    QTest::newRow("decided") << true << QDate(2024, 6, 20) << QStringLiteral("清纪发〔2024〕15号")
                             << false << QStringLiteral("清纪发〔2024〕15号")
                             << QStringLiteral("2024年6月20日");
    QTest::newRow("decided, no number yet") << true << QDate(2024, 6, 20) << QString() << false
                                            << blankNumber << QStringLiteral("2024年6月20日");
}

void TestReportReview::decisionIsDraftUntilDecided()
{
    QFETCH(bool, reviewed);
    QFETCH(QDate, decided);
    QFETCH(QString, number);
    QFETCH(bool, draft);
    QFETCH(QString, numberLine);
    QFETCH(QString, dateLine);
    CaseFile file = m_file;
    if (reviewed) {
        file.reviews.last().decided = decided;
        file.reviews.last().decisionNumber = number;
        file.reviews.last().decidedBy = QStringLiteral("县纪委常委会会议");
    } else {
        file.reviews.clear();
    }
    const CaseFile::Subject *zhang = &file.subjects.first();
    const QString title = ReviewPapers::title(Paper::SanctionDecision, file, zhang);
    QCOMPARE(title.endsWith(QStringLiteral("（草稿）")), draft);
    const auto decision = ReviewPapers::build(Paper::SanctionDecision, file, zhang, commission);
    QVERIFY(decision);
    const QStringList lines = decision->toPlainText().split(QLatin1Char('\n'));
    // The mark stands on a line of its own under the title.
    QVERIFY(lines.contains(QString(title).remove(QStringLiteral("（草稿）"))));
    QCOMPARE(lines.contains(QStringLiteral("（草稿）")), draft);
    QCOMPARE(decision->toPlainText().contains(QStringLiteral("草稿")), draft);
    QVERIFY2(lines.contains(numberLine), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(lines.last(), dateLine);
    QCOMPARE(decision->toPlainText().contains(QStringLiteral("经县纪委常委会会议研究")), reviewed);
}

void TestReportReview::decisionWordingFollowsMeasures_data()
{
    QTest::addColumn<QStringList>("measures");
    QTest::addColumn<bool>("partyMember");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("issuers");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("appeal");
    const QString party = QStringLiteral("中共清河县纪委");
    const QString government = QStringLiteral("清河县监委");
    const QString partyAppeal
        = QStringLiteral("如不服本决定，可在收到本决定之日起一个月内向中共清河县纪委提出申诉。");
    const QString governmentAppeal
        = QStringLiteral("如不服本决定，可自收到本决定之日起一个月内向清河县监委申请复审。");
    QTest::newRow("party warning")
        << QStringList{QStringLiteral("party.warning")} << true
        << QStringLiteral("关于给予王五党内警告处分的决定") << party
        << QStringLiteral("决定给予王五同志党内警告处分。") << partyAppeal;
    QTest::newRow("party probation, two years")
        << QStringList{QStringLiteral("party.probation")} << true
        << QStringLiteral("关于给予王五留党察看二年处分的决定") << party
        << QStringLiteral("决定给予王五同志留党察看二年处分。") << partyAppeal;
    QTest::newRow("expulsion from the party")
        << QStringList{QStringLiteral("party.expulsion")} << true
        << QStringLiteral("关于给予王五开除党籍处分的决定") << party
        << QStringLiteral("决定给予王五开除党籍处分。") << partyAppeal;
    QTest::newRow("government demerit")
        << QStringList{QStringLiteral("government.demerit")} << false
        << QStringLiteral("关于给予王五政务记过处分的决定") << government
        << QStringLiteral("决定给予王五同志政务记过处分。") << governmentAppeal;
    QTest::newRow("both, one decision")
        << QStringList{QStringLiteral("party.serious_warning"),
                       QStringLiteral("government.major_demerit")}
        << true << QStringLiteral("关于给予王五党内严重警告、政务记大过处分的决定")
        << party + QStringLiteral("　") + government
        << QStringLiteral("决定给予王五同志党内严重警告、政务记大过处分。")
        << QStringLiteral("如不服本决定中的党纪处分，可在收到本决定之日起一个月内向中共清河县纪委"
                          "提出申诉；如不服本决定中的政务处分，可自收到本决定之日起一个月内向清河"
                          "县监委申请复审。");
    QTest::newRow("admonition beside a sanction is not decided here")
        << QStringList{QStringLiteral("admonition"), QStringLiteral("government.warning")} << false
        << QStringLiteral("关于给予王五政务警告处分的决定") << government
        << QStringLiteral("决定给予王五同志政务警告处分。") << governmentAppeal;
}

void TestReportReview::decisionWordingFollowsMeasures()
{
    QFETCH(QStringList, measures);
    QFETCH(bool, partyMember);
    QFETCH(QString, title);
    QFETCH(QString, issuers);
    QFETCH(QString, decision);
    QFETCH(QString, appeal);
    CaseFile file = m_file;
    file.reviews.last().decided = QDate(2024, 6, 20);
    CaseFile::Subject &subject = file.subjects.first();
    subject.name = QStringLiteral("王五");
    subject.partyMember = partyMember;
    subject.proposals.clear();
    for (const QString &measure : measures)
        subject.proposals << proposal(measure);

    QCOMPARE(ReviewPapers::title(Paper::SanctionDecision, file, &subject), title);
    const auto paper = ReviewPapers::build(Paper::SanctionDecision, file, &subject, commission);
    QVERIFY(paper);
    const QStringList lines = paper->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), issuers);
    // A long title may break in two (see longTitlesBreakBetweenTheirParts).
    QVERIFY(plain(*paper).contains(title));
    const QString text = paper->toPlainText();
    QVERIFY2(text.contains(decision), qPrintable(text));
    QVERIFY2(text.contains(appeal), qPrintable(text));
    // The issuers sign at the foot, above the date.
    const QStringList signers = issuers.split(QStringLiteral("　"));
    QCOMPARE(lines.mid(lines.size() - 1 - signers.size(), signers.size()), signers);
}

void TestReportReview::noDecisionWithoutSanction_data()
{
    QTest::addColumn<QStringList>("measures");
    QTest::newRow("no proposal") << QStringList();
    QTest::newRow("admonition") << QStringList{QStringLiteral("admonition")};
    QTest::newRow("organizational handling")
        << QStringList{QStringLiteral("handling.post_adjustment")};
    QTest::newRow("institution sanction") << QStringList{QStringLiteral("institution.demerit")};
}

void TestReportReview::noDecisionWithoutSanction()
{
    QFETCH(QStringList, measures);
    CaseFile file = m_file;
    CaseFile::Subject &subject = file.subjects.last();
    subject.proposals.clear();
    for (const QString &measure : measures)
        subject.proposals << proposal(measure);
    QVERIFY(!ReviewPapers::available(Paper::SanctionDecision, file, &subject));
    QVERIFY(!ReviewPapers::build(Paper::SanctionDecision, file, &subject, commission));
    // The other papers are still made; the report says what was proposed, if anything.
    QVERIFY(ReviewPapers::available(Paper::TalkRecord, file, &subject));
    const auto report = ReviewPapers::build(Paper::ReviewReport, file, nullptr, commission);
    QVERIFY(report);
    if (measures.isEmpty())
        QVERIFY(report->toPlainText().contains(QStringLiteral("未提出处分或处理意见。")));
    // A paper about one subject needs the subject.
    QVERIFY(!ReviewPapers::build(Paper::SanctionDecision, file, nullptr, commission));
    QVERIFY(!ReviewPapers::build(Paper::TalkRecord, file, nullptr, commission));
}

void TestReportReview::caseTitleFollowsTheCase_data()
{
    QTest::addColumn<bool>("withZhang");
    QTest::addColumn<int>("withheld");
    QTest::addColumn<QString>("extraMeasure");
    QTest::addColumn<QString>("title");
    QTest::newRow("two, one a public official")
        << true << 0 << QString() << QStringLiteral("关于张三、李四等2人违纪违法案的审理报告");
    QTest::newRow("one party member")
        << false << 0 << QString() << QStringLiteral("关于李四违纪问题的审理报告");
    QTest::newRow("one party member, admonished too")
        << false << 0 << QStringLiteral("admonition")
        << QStringLiteral("关于李四违纪问题的审理报告");
    QTest::newRow("one party member, a government sanction")
        << false << 0 << QStringLiteral("government.warning")
        << QStringLiteral("关于李四违纪违法问题的审理报告");
    QTest::newRow("one withheld, counted")
        << false << 1 << QString() << QStringLiteral("关于李四等2人违纪案的审理报告");
}

void TestReportReview::caseTitleFollowsTheCase()
{
    QFETCH(bool, withZhang);
    QFETCH(int, withheld);
    QFETCH(QString, extraMeasure);
    QFETCH(QString, title);
    CaseFile file = m_file;
    if (!withZhang)
        file.subjects.removeFirst();
    file.withheldSubjects = withheld;
    if (!extraMeasure.isEmpty())
        file.subjects.last().proposals << proposal(extraMeasure);
    QCOMPARE(ReviewPapers::title(Paper::ReviewReport, file, nullptr), title);
    const auto report = ReviewPapers::build(Paper::ReviewReport, file, nullptr, commission);
    QCOMPARE(report->firstBlock().text(), title);
    QCOMPARE(report->toPlainText().contains(QStringLiteral("依回避规定未列入本报告")),
             withheld > 0);
}

void TestReportReview::signersFollowTheCommissionName_data()
{
    QTest::addColumn<QString>("commission");
    QTest::addColumn<QString>("issuers");
    QTest::addColumn<QString>("office");
    QTest::newRow("joint name") << QStringLiteral("清河县纪委监委")
                                << QStringLiteral("中共清河县纪委　清河县监委")
                                << QStringLiteral("清河县纪委监委案件审理室");
    QTest::newRow("joint name with 中共")
        << QStringLiteral("中共清河县纪委监委") << QStringLiteral("中共清河县纪委　清河县监委")
        << QStringLiteral("中共清河县纪委监委案件审理室");
    QTest::newRow("another name signs as it is")
        << QStringLiteral("清河县纪律检查委员会") << QStringLiteral("清河县纪律检查委员会")
        << QStringLiteral("清河县纪律检查委员会案件审理室");
}

void TestReportReview::signersFollowTheCommissionName()
{
    QFETCH(QString, commission);
    QFETCH(QString, issuers);
    QFETCH(QString, office);
    const CaseFile::Subject *zhang = &m_file.subjects.first();
    const auto decision = ReviewPapers::build(Paper::SanctionDecision, m_file, zhang, commission);
    QCOMPARE(decision->firstBlock().text(), issuers);
    const auto report = ReviewPapers::build(Paper::ReviewReport, m_file, nullptr, commission);
    QVERIFY(report->toPlainText().split(QLatin1Char('\n')).contains(office));
}

void TestReportReview::longTitlesBreakBetweenTheirParts()
{
    // Twenty characters fit the line of a title; a longer one breaks where its words allow.
    const auto report = ReviewPapers::build(Paper::ReviewReport, m_file, nullptr, commission);
    QCOMPARE(report->firstBlock().text(),
             QStringLiteral("关于张三、李四等2人违纪违法案的审理报告"));
    const auto opinion = ReviewPapers::build(Paper::ReviewOpinion, m_file, nullptr, commission);
    QCOMPARE(opinion->firstBlock().text(),
             QStringLiteral("关于张三、李四等2人\u2028违纪违法案的审理意见书"));
    CaseFile file = m_file;
    CaseFile::Subject &subject = file.subjects.first();
    subject.proposals = {proposal(QStringLiteral("party.serious_warning")),
                         proposal(QStringLiteral("government.major_demerit"))};
    const auto decision = ReviewPapers::build(Paper::SanctionDecision, file, &subject, commission);
    QVERIFY(decision->toPlainText().contains(
        QStringLiteral("\n关于给予张三\n党内严重警告、政务记大过处分的决定\n（草稿）\n")));
    QCOMPARE(ReviewPapers::title(Paper::SanctionDecision, file, &subject),
             QStringLiteral("关于给予张三党内严重警告、政务记大过处分的决定（草稿）"));
}

void TestReportReview::talkRecordIsBlankWithoutTalk()
{
    const auto form
        = ReviewPapers::build(Paper::TalkRecord, m_file, &m_file.subjects.last(), commission);
    QVERIFY(form);
    const QString text = form->toPlainText();
    QCOMPARE(text.count(QStringLiteral("问：")), 5);
    QCOMPARE(text.count(QStringLiteral("答：")), 5);
    QVERIFY(text.contains(QStringLiteral("时间：　　年　　月　　日")));
    QVERIFY(text.contains(QStringLiteral("被谈话人：李四")));
    QVERIFY(text.contains(m_file.subjects.last().facts.first().description));

    const auto recorded
        = ReviewPapers::build(Paper::TalkRecord, m_file, &m_file.subjects.first(), commission);
    QVERIFY(recorded);
    const QString talk = recorded->toPlainText();
    QVERIFY(talk.contains(QStringLiteral("时间：2024年5月20日")));
    QVERIFY(talk.contains(QStringLiteral("答：我认识到了错误，接受组织处理。")));
    // The talk as recorded stands in for the questions and the room for answers.
    QVERIFY(!talk.contains(QStringLiteral("请先核对你的身份")));
    for (const char *line : {"被谈话人签名：", "谈话人签名：", "记录人签名："})
        QVERIFY2(talk.contains(QString::fromUtf8(line)), line);
}

void TestReportReview::userTextIsPrintedAsWritten()
{
    CaseFile file = m_file;
    CaseFile::Subject &subject = file.subjects.first();
    subject.name = QStringLiteral("张<b>三</b>");
    subject.facts.first().description = QStringLiteral("收受 <i>礼金</i> & “购物卡” %1 %2");
    file.reviews.last().characterisation = QStringLiteral("<p style=\"color:red\">构成违纪</p>");
    for (const Paper paper :
         {Paper::ReviewReport, Paper::ReviewOpinion, Paper::SanctionDecision, Paper::TalkRecord}) {
        const auto document = ReviewPapers::build(paper, file, &subject, commission);
        QVERIFY(document);
        const QString text = document->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("张<b>三</b>")), qPrintable(text));
        if (paper != Paper::TalkRecord) {
            QVERIFY2(text.contains(QStringLiteral("收受 <i>礼金</i> & “购物卡” %1 %2")),
                     qPrintable(text));
        }
        if (paper != Paper::TalkRecord)
            QVERIFY(text.contains(QStringLiteral("<p style=\"color:red\">构成违纪</p>")));
    }
}

QTEST_MAIN(TestReportReview)
#include "test_report_review.moc"
