#include "democasereviews.h"

#include "democontext.h"
#include "domain/cluestatemachine.h"

namespace {

// How grave the conduct was, as the articles grade it, from the heaviest measure decided.
QString degreeFor(const std::vector<DemoCaseReviews::Decided> &decided)
{
    int degree = 0;
    for (const DemoCaseReviews::Decided &each : decided) {
        const QString &measure = each.measure.measure;
        if (measure.endsWith(QLatin1String(".expulsion")))
            degree = std::max(degree, 2);
        else if (measure == QLatin1String("party.removal_from_party_post")
                 || measure == QLatin1String("party.probation")
                 || measure == QLatin1String("government.demotion")
                 || measure == QLatin1String("government.dismissal"))
            degree = std::max(degree, 1);
    }
    static const char *const degrees[] = {"lighter", "heavier", "serious"};
    return QString::fromLatin1(degrees[degree]);
}

// The articles the fact cites: the party article on work discipline for a party measure, the
// law's article on abuse of office and formalism for a government one.
QString articlesFor(const std::vector<DemoCaseReviews::Decided> &decided)
{
    QStringList keys;
    for (const DemoCaseReviews::Decided &each : decided) {
        if (each.measure.measure.startsWith(QLatin1String("party.")))
            keys << QStringLiteral("party 第一百三十二条");
        if (each.measure.measure.startsWith(QLatin1String("government.")))
            keys << QStringLiteral("government 第三十九条");
    }
    keys.removeDuplicates();
    return keys.join(QLatin1Char('\n'));
}

} // namespace

namespace DemoCaseReviews {

void write(DemoContext &context, qint64 caseId, const QString &theme, QDate filed, QDate closed,
           const std::vector<Subject> &subjects)
{
    // A stream of its own, so that the rest of the county comes out as it did before.
    DemoRandom random(quint32(caseId) * 2654435761u + 17u);
    DemoWriter &writer = context.writer;
    // An open case reaches the trial-review office about two months after it was filed.
    const QDate received = closed.isValid()
                               ? std::max(filed, closed.addDays(-random.between(25, 40)))
                               : filed.addDays(random.between(55, 90));
    if (!context.happened(received))
        return;
    const QDate reported = closed.isValid() ? closed.addDays(-random.between(3, 8))
                                            : received.addDays(random.between(20, 28));
    const bool reportedYet = context.happened(reported) && reported >= received;
    const auto after = [&context](QDate day) {
        return context.happened(day) ? DemoWriter::day(day) : DemoWriter::null();
    };
    const QDate announced
        = closed.isValid() ? addWorkingDays(closed, random.between(2, 8)) : QDate();
    const QDate delivered
        = closed.isValid() ? addWorkingDays(closed, random.between(3, 9)) : QDate();
    const QDate executed
        = closed.isValid() ? addWorkingDays(closed, random.between(15, 28)) : QDate();
    const QDate archived
        = closed.isValid() ? addWorkingDays(closed, random.between(30, 55)) : QDate();
    const qint64 reviewId = writer.insert(
        DemoWriter::CaseReviews,
        {caseId, QStringLiteral("review"), DemoWriter::day(received), DemoWriter::null(), QString(),
         QStringLiteral("经审查调查，%1问题属实，证据确实充分。").arg(theme),
         reportedYet ? QStringLiteral("违反工作纪律、廉洁纪律") : QString(),
         reportedYet ? QStringLiteral("事实清楚，证据确凿，定性准确，处理恰当，手续完备。")
                     : QString(),
         reportedYet ? DemoWriter::day(reported) : DemoWriter::null(), DemoWriter::day(closed),
         closed.isValid() ? QStringLiteral("县纪委常委会") : QString(), QString(),
         closed.isValid() ? after(announced) : DemoWriter::null(),
         closed.isValid() ? after(delivered) : DemoWriter::null(),
         closed.isValid() ? after(executed) : DemoWriter::null(),
         closed.isValid() && context.happened(executed) ? QStringLiteral("已按决定执行到位")
                                                        : QString(),
         closed.isValid() ? after(archived) : DemoWriter::null()});

    for (const Subject &subject : subjects) {
        const DemoCadre &cadre = context.cadres[size_t(subject.cadre)];
        const QDate violated = filed.addDays(-random.between(60, 400));
        const qint64 factId = writer.insert(
            DemoWriter::CaseFacts,
            {caseId, cadre.id, 1, QStringLiteral("经查，%1%2。").arg(cadre.name, theme),
             DemoWriter::day(violated), degreeFor(subject.decided), articlesFor(subject.decided)});
        writer.insert(DemoWriter::CaseEvidence,
                      {caseId, cadre.id, factId, 1, QStringLiteral("documentary"),
                       QStringLiteral("相关会议记录、财务凭证，证明%1").arg(theme),
                       DemoWriter::day(filed.addDays(random.between(5, 30)))});
        writer.insert(DemoWriter::CaseEvidence,
                      {caseId, cadre.id, factId, 2, QStringLiteral("statement"),
                       QStringLiteral("%1本人陈述，对事实予以承认").arg(cadre.name),
                       DemoWriter::day(filed.addDays(random.between(10, 40)))});
        if (reportedYet)
            writer.insert(DemoWriter::CaseStatements,
                          {caseId, cadre.id, QStringLiteral("review_talk"),
                           DemoWriter::day(received.addDays(random.between(5, 15))),
                           QStringLiteral("对认定的事实无异议，认识到自身错误，愿意接受组织处理。"),
                           QStringLiteral("adopted")});
        for (const Decided &each : subject.decided) {
            // A suspension came with the filing, not with the decision.
            if (each.measure.measure == QLatin1String("handling.suspension"))
                continue;
            const bool written = closed.isValid() && each.recordId > 0;
            const bool sanction = each.table == QLatin1String("sanctions");
            const bool handling = each.table == QLatin1String("organizational_handlings");
            const bool admonition = each.table == QLatin1String("admonitions");
            writer.insert(DemoWriter::CaseProposals,
                          {reviewId, cadre.id, each.measure.measure,
                           each.measure.probationMonths > 0 ? QVariant(each.measure.probationMonths)
                                                            : DemoWriter::null(),
                           degreeFor(subject.decided), QStringLiteral("none"), QString(),
                           written ? DemoWriter::day(each.measure.effective) : DemoWriter::null(),
                           written && sanction ? QVariant(each.recordId) : DemoWriter::null(),
                           written && handling ? QVariant(each.recordId) : DemoWriter::null(),
                           written && admonition ? QVariant(each.recordId) : DemoWriter::null()});
        }
    }
}

} // namespace DemoCaseReviews
