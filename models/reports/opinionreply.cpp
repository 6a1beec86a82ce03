#include "opinionreply.h"

#include "opinionbatch.h"
#include "reporthtml.h"

#include "domain/opinion.h"
#include "domain/period.h"

#include "reportlanguage.h"

#include <QTextDocument>

namespace {

QString utf8Text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "张建国同志" or "张建国、李卫东等2名同志".
QString namesOf(const QStringList &names)
{
    if (names.size() == 1)
        return names.first() + utf8Text("同志");
    return utf8Text("%1等%2名同志").arg(names.join(utf8Text("、"))).arg(names.size());
}

// The working papers sort each fact under the office whose records show it.
enum class Source { Clues, Cases, Measures };

Source sourceOf(const QString &reason)
{
    if (reason.startsWith(utf8Text("案件")))
        return Source::Cases;
    if (reason.contains(utf8Text("线索")) || reason.contains(utf8Text("信访举报")))
        return Source::Clues;
    return Source::Measures;
}

QString factsFrom(const OpinionAnswer &answer, Source source)
{
    QStringList facts;
    for (const QString &reason : answer.reasons) {
        if (sourceOf(reason) == source)
            facts << reason;
    }
    return facts.isEmpty() ? utf8Text("经查，无相关记录。") : facts.join(QLatin1Char('\n'));
}

QString workingPaper(const OpinionAnswer &answer, int number, const OpinionBatch &batch)
{
    QString html = ReportHtml::heading(
        utf8Text("（%1）%2　%3%4")
            .arg(ReportLanguage::chineseNumber(number), answer.name, answer.unit, answer.position));
    QVector<QStringList> rows = {
        {utf8Text("信访举报及问题线索（信访室、案件监督管理室）"),
         factsFrom(answer, Source::Clues)},
        {utf8Text("立案审查调查（审查调查室、案件审理室）"), factsFrom(answer, Source::Cases)},
        {utf8Text("党纪政务处分、组织处理、诫勉及影响期"), factsFrom(answer, Source::Measures)},
        {utf8Text("意见类别"),
         utf8Text("第%1类：%2").arg(answer.category).arg(opinionCategoryLabel(answer.category))},
    };
    if (answer.impactUntil.isValid())
        rows << QStringList{utf8Text("影响期至"), formatChineseDate(answer.impactUntil)};
    rows << QStringList{utf8Text("回复意见"), answer.wording};
    if (answer.isAdjusted()) {
        rows << QStringList{
            utf8Text("措辞调整"),
            utf8Text("由%1调整，理由：%2").arg(answer.adjustedBy, answer.adjustReason)};
    }
    rows << QStringList{utf8Text("查核人"), batch.createdBy};
    return html + ReportHtml::table({utf8Text("查核事项"), utf8Text("查核情况")}, rows, {30, 70});
}

// "张建国同志" or "张建国等12名同志": who the reply is about.
QString subject(const OpinionBatch &batch)
{
    const QString first = batch.answers.empty() ? QString() : batch.answers.front().name;
    if (batch.answers.size() == 1)
        return first + utf8Text("同志");
    return utf8Text("%1等%2名同志").arg(first).arg(int(batch.answers.size()));
}

} // namespace

namespace OpinionReply {

QString title(const OpinionBatch &batch)
{
    return utf8Text("关于%1党风廉政意见的回复").arg(subject(batch));
}

std::unique_ptr<QTextDocument> build(const OpinionBatch &batch, const QString &commissionName)
{
    const OpinionRequest &request = batch.request;
    const QString everyone = subject(batch);
    QString body = ReportHtml::title(title(batch));
    body += ReportHtml::plainLine(request.requester + utf8Text("："));
    QString letter = utf8Text("%1").arg(formatChineseDate(request.requestDate));
    letter += request.requestNumber.isEmpty()
                  ? utf8Text("，你单位来函")
                  : utf8Text("，你单位来函（%1）").arg(request.requestNumber);
    letter += utf8Text("，就%1%2征求党风廉政意见。经查阅本委信访举报、问题线索处置、案件审查调查和"
                       "审理等有关记录，现将截至%3的情况回复如下：")
                  .arg(everyone, request.purpose, formatChineseDate(request.asOf));
    body += ReportHtml::paragraph(letter);

    int number = 1;
    for (int category = 1; category <= 6; ++category) {
        // Those whose use is deferred or who are not suitable each get their own sentence,
        // naming what applies to them; the others are named together.
        const bool oneByOne = category >= 5;
        QStringList names;
        for (const OpinionAnswer &answer : batch.answers) {
            if (answer.category == category && !answer.isAdjusted() && !oneByOne)
                names << answer.name;
        }
        if (!names.isEmpty()) {
            body += ReportHtml::paragraph(
                utf8Text("%1、").arg(ReportLanguage::chineseNumber(number++))
                + OpinionBatches::standardWording(category, namesOf(names)));
        }
        for (const OpinionAnswer &answer : batch.answers) {
            if (answer.category == category && (answer.isAdjusted() || oneByOne))
                body += ReportHtml::paragraph(
                    utf8Text("%1、").arg(ReportLanguage::chineseNumber(number++)) + answer.wording);
        }
    }
    body += ReportHtml::paragraph(utf8Text("特此函复。"));
    body += ReportHtml::plainLine(QString());
    body += ReportHtml::paragraph(utf8Text("附件：%1党风廉政意见工作底稿").arg(everyone));
    body += ReportHtml::plainLine(QString());
    body += ReportHtml::rightAligned(commissionName, true);
    body += ReportHtml::rightAligned(
        formatChineseDate(request.replyDate.isValid() ? request.replyDate : request.asOf));

    body += ReportHtml::pageBreak();
    body += ReportHtml::plainLine(utf8Text("附件"));
    body += ReportHtml::title(utf8Text("%1党风廉政意见工作底稿").arg(everyone));
    body += ReportHtml::paragraph(
        utf8Text("查核范围：本委信访举报记录、问题线索处置记录、立案审查调查和案件审理记录，"
                 "党纪政务处分、组织处理、诫勉及其影响期。查核截至%1。")
            .arg(formatChineseDate(request.asOf)));
    int paper = 1;
    for (const OpinionAnswer &answer : batch.answers)
        body += workingPaper(answer, paper++, batch);
    return ReportHtml::document(body);
}

} // namespace OpinionReply
