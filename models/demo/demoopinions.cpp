#include "democontext.h"
#include "demoreports.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The facts as they stood on `asOf`, the way the opinion service reads them from the database.
OpinionFacts factsOn(const DemoContext &context, const DemoCadre &cadre, QDate asOf)
{
    OpinionFacts facts;
    facts.asOf = asOf;
    for (const DemoCadre::ClueLink &link : cadre.clues) {
        const DemoClue &clue = context.clues[size_t(link.clue)];
        if (clue.received > asOf)
            continue;
        OpinionFacts::Clue fact;
        fact.id = clue.id;
        fact.number = clue.number;
        fact.received = clue.received;
        fact.state = QStringLiteral("registered");
        for (const auto &step : clue.steps) {
            if (step.first <= asOf)
                fact.state = step.second;
            const bool final = step.second == QLatin1String("closed")
                               || step.second == QLatin1String("case_filed")
                               || step.second == QLatin1String("transferred");
            if (final && !fact.closedOn.isValid())
                fact.closedOn = step.first;
        }
        if (fact.closedOn.isValid() && fact.closedOn <= asOf)
            fact.outcome = link.outcome;
        facts.clues.push_back(fact);
    }
    for (const OpinionFacts::Case &filed : cadre.cases) {
        if (filed.filed > asOf)
            continue;
        OpinionFacts::Case fact = filed;
        if (fact.closed.isValid() && fact.closed > asOf)
            fact.closed = QDate();
        if (fact.transferredToJudiciary.isValid() && fact.transferredToJudiciary > asOf)
            fact.transferredToJudiciary = QDate();
        facts.cases.push_back(fact);
    }
    for (const MeasureRecord &measure : cadre.measures) {
        if (measure.effectiveDate > asOf)
            continue;
        MeasureRecord fact = measure;
        if (fact.rightsRestoredDate.isValid() && fact.rightsRestoredDate > asOf)
            fact.rightsRestoredDate = QDate();
        facts.measures.push_back(fact);
    }
    return facts;
}

QString wordingFor(int category, const QString &name)
{
    switch (category) {
    case 1:
        return QStringLiteral("经查，%1同志，未收到反映其党风廉政方面问题的信访举报。").arg(name);
    case 2:
        return QStringLiteral(
                   "经查，%1同志，曾收到反映其问题的信访举报，经核查已予了结，无不同意见。")
            .arg(name);
    case 3:
        return QStringLiteral("经查，%1同志，曾受到处理或影响期已满，无不同意见。").arg(name);
    case 4:
        return QStringLiteral("经查，%1同志，有反映其问题的线索正在处置中，暂缓提出意见。")
            .arg(name);
    case 5:
        return QStringLiteral("经查，%1同志，正在接受审查或处于影响期内，建议暂缓使用。").arg(name);
    default:
        return QStringLiteral("经查，%1同志，受到较重处分或被移送司法机关，不宜使用。").arg(name);
    }
}

void addAttachment(DemoContext &context, const DemoCadre &cadre, const char *entity,
                   qint64 entityId, const QString &fileName, const QString &text, QDate day)
{
    const QByteArray content = text.toUtf8();
    context.writer.insert(
        DemoWriter::Attachments,
        {cadre.id, QString::fromLatin1(entity), entityId, fileName, QStringLiteral("text/plain"),
         QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
         qint64(content.size()), content,
         DemoContext::timestamp(day, context.random.between(60, 540))});
}

} // namespace

namespace DemoReports {

void writeOpinions(DemoContext &context)
{
    DemoRandom &random = context.random;
    static const char *purposes[]
        = {"干部拟提拔任用", "职级晋升", "评先评优", "换届考察", "公务员年度考核确定优秀等次"};
    for (DemoCounty &county : context.counties) {
        std::vector<int> serving;
        std::vector<int> withRecords;
        for (int index : county.cadres) {
            const DemoCadre &cadre = context.cadres[size_t(index)];
            if (cadre.status != QLatin1String("serving"))
                continue;
            serving.push_back(index);
            if (!cadre.clues.empty() || !cadre.measures.empty())
                withRecords.push_back(index);
        }
        if (serving.empty())
            continue;
        const int perYear = context.isCity() ? 4 : 6;
        for (int year = context.firstDay.year(); year <= context.today.year(); ++year) {
            for (int batch = 0; batch < perYear; ++batch) {
                const QDate requested
                    = random.workingDayBetween(QDate(year, 1, 5), QDate(year, 12, 20));
                const QDate asOf = requested.addDays(random.between(0, 3));
                if (!context.happened(asOf))
                    continue;
                QDate replied = asOf.addDays(random.between(2, 8));
                if (!context.happened(replied))
                    replied = QDate();
                const int purpose = random.bounded(5);
                const QString requester = purpose == 2
                                              ? county.partyCommittee() + QStringLiteral("办公室")
                                              : county.organizationDepartment();
                const qint64 batchId = context.writer.insert(
                    DemoWriter::OpinionBatches,
                    {requester, county.nextNumber(QStringLiteral("组函"), year),
                     DemoWriter::day(requested), QString::fromUtf8(purposes[purpose]),
                     DemoWriter::day(asOf), DemoWriter::day(replied),
                     replied.isValid() ? county.approvers.first() : QString(),
                     random.pick(county.officers),
                     DemoContext::timestamp(asOf, random.between(60, 540))});
                // Candidates are mostly clean; a few have records, as real lists do.
                const int size = random.between(5, 20);
                std::vector<int> chosen;
                for (int i = 0; i < size * 3 && int(chosen.size()) < size; ++i) {
                    const bool recorded = !withRecords.empty() && random.percent(20);
                    const int pick = recorded ? random.pick(withRecords) : random.pick(serving);
                    if (std::find(chosen.begin(), chosen.end(), pick) == chosen.end())
                        chosen.push_back(pick);
                }
                for (int index : chosen) {
                    const DemoCadre &cadre = context.cadres[size_t(index)];
                    const OpinionResult result
                        = decideOpinion(factsOn(context, cadre, asOf), context.rules);
                    const QString reasons = QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(result.reasons))
                            .toJson(QJsonDocument::Compact));
                    context.writer.insert(DemoWriter::OpinionAnswers,
                                          {batchId, cadre.id, result.category, reasons,
                                           result.impactUntil ? DemoWriter::day(*result.impactUntil)
                                                              : DemoWriter::null(),
                                           wordingFor(result.category, cadre.name), QString(),
                                           QString()});
                }
            }
        }
    }
}

void writeAttachments(DemoContext &context)
{
    DemoRandom &random = context.random;
    for (const DemoCadre &cadre : context.cadres) {
        for (const DemoCadre::ClueLink &link : cadre.clues) {
            const DemoClue &clue = context.clues[size_t(link.clue)];
            for (const auto &step : clue.steps) {
                if (step.second != QLatin1String("inquiry_replied") || !random.percent(40))
                    continue;
                addAttachment(
                    context, cadre, "clues", clue.id,
                    QStringLiteral("函询回复说明-%1.txt").arg(cadre.name),
                    QStringLiteral("关于%1反映问题的说明\n\n%2纪委监委：\n    收到函询通知后，"
                                   "本人对反映的问题逐项作了认真回顾，现说明如下：所反映"
                                   "问题与事实不符，相关情况有据可查。本人对说明内容的真"
                                   "实性负责。\n\n说明人：%3\n%4")
                        .arg(clue.number, context.counties[size_t(cadre.county)].name, cadre.name,
                             step.first.toString(Qt::ISODate)),
                    step.first);
            }
        }
        for (const OpinionFacts::Case &filed : cadre.cases) {
            if (!filed.closed.isValid() || !random.percent(50))
                continue;
            addAttachment(
                context, cadre, "cases", filed.id,
                QStringLiteral("审查调查报告摘要-%1.txt").arg(filed.number),
                QStringLiteral("%1\n审查调查报告（摘要）\n\n被审查调查人：%2\n立案时间：%3\n"
                               "审结时间：%4\n经审查调查，%2同志的问题事实清楚、证据确凿，"
                               "定性准确，处理恰当，手续完备，程序合规。")
                    .arg(filed.number, cadre.name, filed.filed.toString(Qt::ISODate),
                         filed.closed.toString(Qt::ISODate)),
                filed.closed);
        }
    }
}

} // namespace DemoReports
