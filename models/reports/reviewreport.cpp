#include "reviewpaperparts.h"

#include "reporthtml.h"
#include "reportlanguage.h"

#include "domain/period.h"

#include <QTextDocument>

// The review report (审理报告) and the review opinion (审理意见书): the whole case, as the
// office reports it to the commission and answers the investigation department.
namespace ReviewPapers::Parts {

namespace {

QString numberedHeading(int &number, const char *utf8)
{
    return ReportHtml::heading(ReportLanguage::chineseNumber(number++) + paperText("、")
                               + paperText(utf8));
}

int factNumber(const CaseFile::Fact &fact, int index)
{
    return fact.ordinal > 0 ? fact.ordinal : index + 1;
}

QString reportIntroduction(const CaseFile &file)
{
    const CaseFile::Review *review = file.currentReview();
    const QString received = review ? dateOrBlank(review->received) : dateOrBlank(QDate());
    QString text;
    if (review && review->kind == QLatin1String("appeal")) {
        text = paperText("%1，本室受理%2对原处分决定提出的申诉（案件编号：%3），依规进行复查。")
                   .arg(received, subjectsNamed(file), orUnfilled(file.number));
    } else {
        text = paperText("%1（案件编号：%2）于%3立案审查调查，%4移送本室审理。")
                   .arg(caseCalled(file), orUnfilled(file.number), dateOrBlank(file.filed),
                        received);
        if (!file.summary.trimmed().isEmpty())
            text += paperText("案由：") + sentence(file.summary);
    }
    if (review && review->extendedTo.isValid()) {
        text += review->extensionApprovedBy.trimmed().isEmpty()
                    ? paperText("审理期限经批准延长至%1。")
                          .arg(formatChineseDate(review->extendedTo))
                    : paperText("经%1批准，审理期限延长至%2。")
                          .arg(review->extensionApprovedBy.trimmed(),
                               formatChineseDate(review->extendedTo));
    }
    text += paperText("本室审核了全部案卷材料，听取了被审查调查人的陈述和申辩，现将审理情况报告"
                      "如下：");
    return ReportHtml::paragraph(text);
}

QString basicFacts(const CaseFile &file)
{
    QString html;
    int number = 1;
    for (const CaseFile::Subject &subject : file.subjects)
        html += ReportHtml::paragraph(QString::number(number++) + QLatin1String(". ")
                                      + sentence(subjectDescribed(subject)));
    if (file.withheldSubjects > 0)
        html += ReportHtml::paragraph(
            paperText("另有%1名被审查调查人，依回避规定未列入本报告。").arg(file.withheldSubjects));
    return html;
}

QString factsOf(const CaseFile::Subject &subject)
{
    if (subject.facts.isEmpty())
        return ReportHtml::paragraph(paperText("未认定违纪违法事实。"));
    QString html;
    for (int index = 0; index < subject.facts.size(); ++index) {
        const CaseFile::Fact &fact = subject.facts[index];
        QString text = QString::number(factNumber(fact, index)) + QLatin1String(". ")
                       + sentence(fact.description);
        if (fact.violatedOn.isValid())
            text += paperText("（行为截至%1）").arg(formatChineseDate(fact.violatedOn));
        html += ReportHtml::paragraph(text);
        html += ReportHtml::paragraph(paperText("情节及依据：") + sentence(factFindings(fact)));
    }
    return html;
}

QString evidenceOf(const CaseFile::Subject &subject)
{
    if (subject.evidence.isEmpty())
        return ReportHtml::paragraph(paperText("未列明证据。"));
    QVector<QStringList> rows;
    for (int index = 0; index < subject.evidence.size(); ++index) {
        const CaseFile::Evidence &item = subject.evidence[index];
        QString proves = paperText("—");
        for (int fact = 0; fact < subject.facts.size(); ++fact)
            if (item.factId != 0 && subject.facts[fact].id == item.factId)
                proves = paperText("第%1项").arg(factNumber(subject.facts[fact], fact));
        rows << QStringList{
            QString::number(item.ordinal > 0 ? item.ordinal : index + 1),
            evidenceKindNamed(item.kind),
            item.description.trimmed(),
            proves,
            item.collected.isValid() ? formatChineseDate(item.collected) : paperText("—"),
            item.attachments.isEmpty() ? paperText("无")
                                       : paperText("%1份").arg(item.attachments.size())};
    }
    return ReportHtml::table({paperText("序号"), paperText("种类"), paperText("证据内容及证明事项"),
                              paperText("证明事实"), paperText("收集日期"), paperText("扫描件")},
                             rows);
}

QString statementsOf(const CaseFile::Subject &subject)
{
    if (subject.statements.isEmpty())
        return ReportHtml::paragraph(subject.name + paperText("未提出陈述和申辩。"));
    QString html;
    int number = 1;
    for (const CaseFile::Statement &statement : subject.statements) {
        html += ReportHtml::paragraph(QString::number(number++) + QLatin1String(". ")
                                      + dateOrBlank(statement.given) + paperText("，")
                                      + statementKindNamed(statement.kind) + paperText("：")
                                      + sentence(orUnfilled(statement.content)) + paperText("（")
                                      + adoptionNamed(statement.adopted) + paperText("）"));
    }
    return html;
}

QString checksTable(const QVector<MeasureCheck> &checks)
{
    QVector<QStringList> rows;
    for (const MeasureCheck &check : checks)
        rows << QStringList{levelNamed(check.level), check.what,
                            check.citation.isEmpty() ? paperText("—") : check.citation};
    return ReportHtml::table({paperText("结果"), paperText("审核意见"), paperText("依据")}, rows);
}

// "拟给予党内警告处分（情节较轻；从轻处分，情节：主动交代）".
QString proposalStated(const CaseFile::Proposal &proposal)
{
    QString text
        = measureProposed(proposal) + paperText("（") + Articles::degreeName(proposal.degree);
    if (proposal.adjustment != Adjustment::None) {
        text += paperText("；") + adjustmentNamed(proposal.adjustment) + paperText("处分，情节：")
                + orUnfilled(proposal.ground);
    }
    return text + paperText("）");
}

QString measuresOf(const CaseFile::Subject &subject)
{
    if (subject.proposals.isEmpty())
        return ReportHtml::paragraph(paperText("未提出处分或处理意见。"));
    QString html;
    int number = 1;
    for (const CaseFile::Proposal &proposal : subject.proposals) {
        html += ReportHtml::paragraph(QString::number(number++) + QLatin1String(". ")
                                      + sentence(proposalStated(proposal)));
        if (proposal.checks.isEmpty())
            html += ReportHtml::paragraph(paperText("审核意见：无。"));
        else
            html += checksTable(proposal.checks);
    }
    if (!subject.pairing.isEmpty()) {
        html += ReportHtml::paragraph(QString::number(number) + QLatin1String(". ")
                                      + paperText("党纪处分与政务处分的匹配及其后果："));
        html += checksTable(subject.pairing);
    }
    return html;
}

// One subheading per subject, then what `part` prints of the subject.
template<typename Part>
QString subjectBySubject(const CaseFile &file, Part part)
{
    QString html;
    int number = 1;
    for (const CaseFile::Subject &subject : file.subjects) {
        if (file.subjects.size() > 1)
            html += subheading(ordinalInBrackets(number++) + subject.name);
        html += part(subject);
    }
    return html;
}

} // namespace

std::unique_ptr<QTextDocument> reviewReport(const CaseFile &file, const Signers &signers)
{
    const CaseFile::Review *review = file.currentReview();
    QString body = ReportHtml::title(caseTitle(file, "的审理报告").printed());
    body += reportIntroduction(file);
    if (review && !review->investigationReport.trimmed().isEmpty()) {
        body += ReportHtml::paragraph(paperText("审查调查部门的意见："));
        body += paragraphs(review->investigationReport);
    }
    int number = 1;
    body += numberedHeading(number, "被审查调查人基本情况");
    body += basicFacts(file);
    body += numberedHeading(number, "违纪违法事实");
    body += subjectBySubject(file, factsOf);
    body += numberedHeading(number, "证据");
    body += subjectBySubject(file, evidenceOf);
    body += numberedHeading(number, "陈述和申辩");
    body += subjectBySubject(file, statementsOf);
    body += numberedHeading(number, "定性");
    body += paragraphs(review ? review->characterisation : QString());
    body += numberedHeading(number, "量纪及审核意见");
    body += subjectBySubject(file, measuresOf);
    body += numberedHeading(number, "审理意见");
    body += paragraphs(review ? review->opinion : QString());
    body += blankLine();
    body += ReportHtml::rightAligned(signers.reviewOffice, true);
    body += keepingSpaces(
        ReportHtml::rightAligned(dateOrBlank(review ? review->reported : QDate())));
    return ReportHtml::document(body);
}

std::unique_ptr<QTextDocument> reviewOpinion(const CaseFile &file, const Signers &signers)
{
    const CaseFile::Review *review = file.currentReview();
    QString body = ReportHtml::title(caseTitle(file, "的审理意见书").printed());
    body += ReportHtml::plainLine(paperText("审查调查部门："));
    body += ReportHtml::paragraph(
        paperText("你部门于%1移送审理的%2（案件编号：%3），本室已审理终结。现将审理意见"
                  "函告如下：")
            .arg(review ? dateOrBlank(review->received) : dateOrBlank(QDate()), caseCalled(file),
                 orUnfilled(file.number)));

    int number = 1;
    body += numberedHeading(number, "认定的违纪违法事实");
    body += subjectBySubject(file, [](const CaseFile::Subject &subject) {
        if (subject.facts.isEmpty())
            return ReportHtml::paragraph(paperText("未认定违纪违法事实。"));
        QString html;
        for (int index = 0; index < subject.facts.size(); ++index) {
            const CaseFile::Fact &fact = subject.facts[index];
            html += ReportHtml::paragraph(
                QString::number(factNumber(fact, index)) + QLatin1String(". ")
                + sentence(fact.description) + paperText("（") + Articles::degreeName(fact.degree)
                + (fact.articles.isEmpty() ? QString()
                                           : paperText("，违反") + citationsGrouped(fact.articles)
                                                 + paperText("的规定"))
                + paperText("）"));
        }
        return html;
    });
    body += numberedHeading(number, "定性");
    body += paragraphs(review ? review->characterisation : QString());
    body += numberedHeading(number, "处理意见");
    int subjectNumber = 1;
    for (const CaseFile::Subject &subject : file.subjects) {
        const QString text
            = subject.proposals.isEmpty()
                  ? paperText("对%1未提出处分或处理意见。").arg(subject.name)
                  : paperText("对%1，%2。").arg(subject.name, measuresProposed(subject.proposals));
        body
            += ReportHtml::paragraph(QString::number(subjectNumber++) + QLatin1String(". ") + text);
    }
    if (file.withheldSubjects > 0)
        body += ReportHtml::paragraph(
            paperText("另有%1名被审查调查人的处理意见另行函告。").arg(file.withheldSubjects));
    body += ReportHtml::paragraph(paperText("特此函告。"));
    body += blankLine();
    body += ReportHtml::rightAligned(signers.reviewOffice, true);
    body += keepingSpaces(
        ReportHtml::rightAligned(dateOrBlank(review ? review->reported : QDate())));
    return ReportHtml::document(body);
}

} // namespace ReviewPapers::Parts
