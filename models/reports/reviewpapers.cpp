#include "reviewpapers.h"

#include "reviewpaperparts.h"

#include "reporthtml.h"

#include <QTextDocument>

// The form of the review talk record (审理谈话笔录) for one subject, and the papers' entry
// points. The report and the opinion are made in reviewreport.cpp, the decision in
// sanctiondecision.cpp.
namespace ReviewPapers::Parts {

namespace {

// A line of the form, its blanks kept.
QString formLine(const QString &text, bool keepWithNext = false)
{
    const QString line = keepingSpaces(ReportHtml::plainLine(text));
    return keepWithNext ? keptWithNext(line) : line;
}

QString answerSpace()
{
    QString html = formLine(paperText("答："));
    for (int line = 0; line < 3; ++line)
        html += blankLine();
    return html;
}

// The usual questions of a review talk, each with room for the answer written by hand.
QString talkQuestions(const CaseFile::Subject &subject, const Signers &signers)
{
    QString html = formLine(
        paperText("问：我们是") + signers.reviewOffice
        + paperText("的工作人员（出示工作证件），依规同你进行审理谈话。请先核对你的身份：你的"
                    "姓名、出生年月、工作单位和职务？"));
    html += answerSpace();
    html += formLine(
        paperText("问：审理谈话中，你有如实陈述、提出申辩的权利，也有如实回答问题、遵守谈话纪律、"
                  "对谈话内容保密的义务。你是否听清楚了？"));
    html += answerSpace();
    html += formLine(paperText("问：经审查调查，认定你存在以下问题："));
    for (int index = 0; index < subject.facts.size(); ++index) {
        const CaseFile::Fact &fact = subject.facts[index];
        html += formLine(paperText("　　")
                         + QString::number(fact.ordinal > 0 ? fact.ordinal : index + 1)
                         + QLatin1String(". ") + sentence(fact.description));
    }
    html += formLine(paperText("你对上述违纪违法事实有什么意见？"));
    html += answerSpace();
    html += formLine(paperText("问：你对你所犯错误的定性和拟给予的处分（处理）有什么意见？"));
    html += answerSpace();
    html += formLine(paperText("问：你还有没有其他需要说明的问题？"));
    html += answerSpace();
    return html;
}

// What the review talks recorded, in place of the questions and the room for answers.
QString talksRecorded(const QVector<const CaseFile::Statement *> &talks)
{
    QString html = formLine(paperText("谈话内容："));
    for (const CaseFile::Statement *talk : talks) {
        if (talks.size() > 1)
            html += formLine(dateOrBlank(talk->given) + paperText("："));
        const QStringList lines = talk->content.split(QLatin1Char('\n'));
        bool any = false;
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            html += formLine(line.trimmed());
            any = true;
        }
        if (!any)
            html += formLine(orUnfilled(QString()));
    }
    return html;
}

} // namespace

std::unique_ptr<QTextDocument> talkRecord(const CaseFile &file, const CaseFile::Subject &subject,
                                          const Signers &signers)
{
    QVector<const CaseFile::Statement *> talks;
    for (const CaseFile::Statement &statement : subject.statements)
        if (statement.kind == QLatin1String("review_talk"))
            talks << &statement;

    const QString space = paperText("　　　　　　　　　　　　　　　　");
    QString body = ReportHtml::title(paperText("审理谈话笔录"));
    body += formLine(paperText("时间：")
                     + dateOrBlank(talks.isEmpty() ? QDate() : talks.first()->given)
                     + paperText("　　时　　分至　　时　　分"));
    body += formLine(paperText("地点："));
    body += formLine(paperText("谈话人：") + space + paperText("记录人："));
    body += formLine(paperText("被谈话人：") + subject.name);
    body += formLine(paperText("工作单位及职务：") + subject.unit + subject.position);
    body += formLine(paperText("政治面貌：")
                     + (subject.partyMember ? paperText("中共党员") : paperText("非中共党员")));
    body += formLine(paperText("案件编号：") + orUnfilled(file.number));
    body += blankLine();
    body += talks.isEmpty() ? talkQuestions(subject, signers) : talksRecorded(talks);

    // The subject's word on the record and the signatures stay together on one page.
    body += blankLine();
    body += formLine(paperText("被谈话人对笔录的意见："), true);
    body += keptWithNext(blankLine());
    body += keptWithNext(blankLine());
    const QString blanks = paperText("　　　　　　　　　　　　");
    const QString dated = blanks + paperText("年　　月　　日");
    body += formLine(paperText("被谈话人签名：") + dated, true);
    body += formLine(paperText("谈话人签名：　") + dated, true);
    body += formLine(paperText("记录人签名：　") + dated);
    return ReportHtml::document(body);
}

} // namespace ReviewPapers::Parts

namespace ReviewPapers {

bool perSubject(Paper paper)
{
    return paper == Paper::SanctionDecision || paper == Paper::TalkRecord;
}

bool available(Paper paper, const CaseFile &file, const CaseFile::Subject *subject)
{
    Q_UNUSED(file);
    if (!perSubject(paper))
        return true;
    if (!subject)
        return false;
    if (paper == Paper::SanctionDecision)
        return !Parts::sanctionsOf(*subject, QStringLiteral("party")).isEmpty()
               || !Parts::sanctionsOf(*subject, QStringLiteral("government")).isEmpty();
    return true;
}

QString title(Paper paper, const CaseFile &file, const CaseFile::Subject *subject)
{
    using Parts::paperText;
    switch (paper) {
    case Paper::ReviewReport:
        return Parts::caseTitle(file, "的审理报告").whole();
    case Paper::ReviewOpinion:
        return Parts::caseTitle(file, "的审理意见书").whole();
    case Paper::SanctionDecision:
        if (!subject)
            return paperText("处分决定书");
        return Parts::decisionTitle(*subject).whole()
               + (Parts::isDecided(file) ? QString() : paperText("（草稿）"));
    case Paper::TalkRecord:
        return subject ? paperText("审理谈话笔录（") + subject->name + paperText("）")
                       : paperText("审理谈话笔录");
    }
    return {};
}

QString auditName(Paper paper)
{
    switch (paper) {
    case Paper::ReviewReport:
        return QStringLiteral("review_report");
    case Paper::ReviewOpinion:
        return QStringLiteral("review_opinion");
    case Paper::SanctionDecision:
        return QStringLiteral("sanction_decision");
    case Paper::TalkRecord:
        return QStringLiteral("review_talk_record");
    }
    return {};
}

std::unique_ptr<QTextDocument> build(Paper paper, const CaseFile &file,
                                     const CaseFile::Subject *subject,
                                     const QString &commissionName)
{
    if (!available(paper, file, subject))
        return nullptr;
    const Parts::Signers signers = Parts::signersOf(commissionName);
    switch (paper) {
    case Paper::ReviewReport:
        return Parts::reviewReport(file, signers);
    case Paper::ReviewOpinion:
        return Parts::reviewOpinion(file, signers);
    case Paper::SanctionDecision:
        return Parts::sanctionDecision(file, *subject, signers);
    case Paper::TalkRecord:
        return Parts::talkRecord(file, *subject, signers);
    }
    return nullptr;
}

} // namespace ReviewPapers
