#include "measurechecks.h"

#include "period.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace MeasureChecks {

namespace {

using Level = MeasureCheck::Level;

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

MeasureCheck check(Level level, const QString &what, const QString &citation = {})
{
    return {level, what, citation};
}

// "警告或者严重警告" for a range, in the articles' own way of listing measures.
QString rangeText(const QStringList &measures)
{
    QStringList names;
    for (const QString &measure : measures) {
        QString name = measureChineseName(measure);
        // The articles name government measures without the prefix: 警告、记过 …
        if (name.startsWith(text("政务")))
            name = name.mid(2);
        if (name.startsWith(text("党内")))
            name = name.mid(2);
        names << name;
    }
    if (names.size() <= 1)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(text("、")) + text("或者") + names.last();
}

QString adjustmentName(Adjustment adjustment)
{
    switch (adjustment) {
    case Adjustment::Lighter:
        return text("从轻");
    case Adjustment::Mitigated:
        return text("减轻");
    case Adjustment::Heavier:
        return text("从重");
    case Adjustment::Aggravated:
        return text("加重");
    case Adjustment::None:
        break;
    }
    return {};
}

// The general article of the regulation that says what an adjustment means, when seeded.
QString adjustmentCitation(const QString &system, Adjustment adjustment)
{
    if (system == QLatin1String("party")
        && (adjustment == Adjustment::Mitigated || adjustment == Adjustment::Aggravated))
        return text("《中国共产党纪律处分条例》第二十三条");
    if (system == QLatin1String("government")) {
        if (adjustment == Adjustment::Lighter || adjustment == Adjustment::Mitigated)
            return text("《中华人民共和国公职人员政务处分法》第十一条");
        if (adjustment == Adjustment::Heavier)
            return text("《中华人民共和国公职人员政务处分法》第十三条");
    }
    return {};
}

// The proposal as a decided measure (id -1), to compute what would follow from it; a probation
// without its term given is taken at one year.
MeasureRecord asRecord(const ProposedMeasure &proposal)
{
    MeasureRecord record;
    record.id = -1;
    record.measure = proposal.measure;
    record.effectiveDate = proposal.decisionDate;
    if (proposal.measure == QLatin1String("party.probation"))
        record.probationMonths = proposal.probationMonths > 0 ? proposal.probationMonths : 12;
    return record;
}

} // namespace

QStringList severityOrder(const QString &system)
{
    if (system == QLatin1String("party"))
        return {QStringLiteral("party.warning"), QStringLiteral("party.serious_warning"),
                QStringLiteral("party.removal_from_party_post"), QStringLiteral("party.probation"),
                QStringLiteral("party.expulsion")};
    if (system == QLatin1String("government"))
        return {QStringLiteral("government.warning"),       QStringLiteral("government.demerit"),
                QStringLiteral("government.major_demerit"), QStringLiteral("government.demotion"),
                QStringLiteral("government.dismissal"),     QStringLiteral("government.expulsion")};
    return {};
}

QString systemOf(const QString &measure)
{
    return measure.section(QLatin1Char('.'), 0, 0);
}

QVector<MeasureCheck> range(const ProposedMeasure &proposal)
{
    QVector<MeasureCheck> checks;
    const QString system = systemOf(proposal.measure);
    const QStringList order = severityOrder(system);
    const QString name = measureChineseName(proposal.measure);
    const QString degree = Articles::degreeName(proposal.degree);
    const QString adjustment = adjustmentName(proposal.adjustment);

    // The range: every grade the cited articles of this system allow at this degree.
    QStringList citations;
    QSet<int> allowed;
    for (const Article &article : proposal.articles) {
        if (article.system != system || !article.setsRanges())
            continue;
        citations << article.citation();
        for (const QString &measure : article.range(proposal.degree))
            allowed.insert(int(order.indexOf(measure)));
    }
    allowed.remove(-1);
    const QString cited = citations.join(text("、"));
    if (citations.isEmpty()) {
        checks << check(
            Level::Problem,
            text("未引用规定%1处分幅度的条款，无法核对%2是否适当。")
                .arg(system == QLatin1String("party") ? text("党纪") : text("政务"), name));
        return checks;
    }
    if (allowed.isEmpty()) {
        checks << check(Level::Problem,
                        text("所引条款对%1的情形未规定处分，%2缺少依据。").arg(degree, name),
                        cited);
        return checks;
    }
    const int lightest = *std::min_element(allowed.cbegin(), allowed.cend());
    const int heaviest = *std::max_element(allowed.cbegin(), allowed.cend());
    QStringList rangeMeasures;
    for (int grade = lightest; grade <= heaviest; ++grade)
        if (allowed.contains(grade))
            rangeMeasures << order.at(grade);
    const QString span = text("%1的，给予%2").arg(degree, rangeText(rangeMeasures));
    const int grade = int(order.indexOf(proposal.measure));
    const bool inside = allowed.contains(grade);

    // Mitigation and aggravation rest on a circumstance the report names.
    if (proposal.adjustment != Adjustment::None && proposal.ground.trimmed().isEmpty())
        checks << check(Level::Problem, text("拟%1处分，但未写明%1的情节和依据。").arg(adjustment),
                        adjustmentCitation(system, proposal.adjustment));

    switch (proposal.adjustment) {
    case Adjustment::None:
        if (inside)
            checks << check(Level::Fits, text("%1在所引条款%2的幅度内。").arg(name, span), cited);
        else
            checks << check(Level::Problem,
                            text("%1超出所引条款%2的幅度，且未说明从轻、减轻、从重或加重的情节。")
                                .arg(name, span),
                            cited);
        break;
    case Adjustment::Lighter:
    case Adjustment::Heavier:
        if (inside)
            checks << check(Level::Fits,
                            text("%1处分在幅度内：%2，拟给予%3。").arg(adjustment, span, name),
                            cited);
        else
            checks << check(
                Level::Problem,
                text("%1处分应在处分幅度内（%2），%3不在其中。").arg(adjustment, span, name),
                cited);
        break;
    case Adjustment::Mitigated:
        if (lightest == 0)
            checks << check(Level::Problem,
                            text("幅度最轻一档已是%1，无法再减轻一档给予处分。")
                                .arg(measureChineseName(order.first())),
                            adjustmentCitation(system, proposal.adjustment));
        else if (grade == lightest - 1)
            checks << check(Level::Fits, text("在幅度（%1）以外减轻一档，给予%2。").arg(span, name),
                            adjustmentCitation(system, proposal.adjustment));
        else
            checks << check(Level::Problem,
                            text("减轻处分是在幅度（%1）以外减轻一档，应为%2，而不是%3。")
                                .arg(span, measureChineseName(order.at(lightest - 1)), name),
                            adjustmentCitation(system, proposal.adjustment));
        break;
    case Adjustment::Aggravated:
        if (system == QLatin1String("government"))
            checks << check(Level::Problem,
                            text("政务处分法没有加重处分的规定：只能在幅度内从重给予处分。"),
                            text("《中华人民共和国公职人员政务处分法》第十三条"));
        else if (heaviest == int(order.size()) - 1)
            checks << check(
                Level::Problem,
                text("幅度最重一档已是%1，无法再加重一档。").arg(measureChineseName(order.last())),
                adjustmentCitation(system, proposal.adjustment));
        else if (grade == heaviest + 1)
            checks << check(Level::Fits, text("在幅度（%1）以外加重一档，给予%2。").arg(span, name),
                            adjustmentCitation(system, proposal.adjustment));
        else
            checks << check(Level::Problem,
                            text("加重处分是在幅度（%1）以外加重一档，应为%2，而不是%3。")
                                .arg(span, measureChineseName(order.at(heaviest + 1)), name),
                            adjustmentCitation(system, proposal.adjustment));
        break;
    }
    return checks;
}

QVector<MeasureCheck> priorMeasures(const ProposedMeasure &proposal,
                                    const std::vector<MeasureRecord> &prior,
                                    const std::vector<qint64> &priorCaseIds, const Rules &rules)
{
    QVector<MeasureCheck> checks;
    const QString system = systemOf(proposal.measure);
    const std::vector<ImpactPeriod> periods = computeImpactPeriods(prior, rules);
    // A new violation inside an open period: 从重 where the law says so, and stacking.
    for (const ImpactPeriod &impact : periods) {
        if (!impact.hasPeriod() || !proposal.violatedOn.isValid()
            || !impact.period.contains(proposal.violatedOn))
            continue;
        const bool government = systemOf(impact.measure) == QLatin1String("government");
        checks << check(Level::Warning,
                        text("违纪违法行为发生在%1的影响期（%2）内。%3")
                            .arg(measureChineseName(impact.measure),
                                 formatPeriodChinese(impact.period),
                                 government && system == QLatin1String("government")
                                     ? text("在政务处分期内再次故意违法的，应当从重给予政务处分。")
                                     : QString()),
                        government && system == QLatin1String("government")
                            ? text("《中华人民共和国公职人员政务处分法》第十三条")
                            : QString());
    }
    // Another measure of the same system in this case.
    for (size_t i = 0; i < prior.size() && i < priorCaseIds.size(); ++i) {
        if (proposal.caseId == 0 || priorCaseIds[i] != proposal.caseId
            || systemOf(prior[i].measure) != system)
            continue;
        checks << check(
            Level::Warning,
            text("本案已对其作出%1（%2），同一违纪违法行为不得重复给予处分，请核对是否另有行为。")
                .arg(measureChineseName(prior[i].measure),
                     formatChineseDate(prior[i].effectiveDate)));
    }
    // The period the new measure would have, stacked on what is left of earlier ones.
    std::vector<MeasureRecord> after = prior;
    after.push_back(asRecord(proposal));
    for (const ImpactPeriod &impact : computeImpactPeriods(after, rules)) {
        if (impact.id != -1 || impact.measure != proposal.measure)
            continue;
        if (impact.period.permanent) {
            checks << check(
                Level::Note,
                text("%1后解除人事关系，不设影响期。").arg(measureChineseName(proposal.measure)));
        } else if (impact.hasPeriod()) {
            QString what = text("%1的影响期为%2")
                               .arg(measureChineseName(proposal.measure),
                                    formatPeriodChinese(impact.period));
            if (impact.carriedOverDays > 0)
                what += text("，含此前处分尚未届满的影响期%1日").arg(impact.carriedOverDays);
            // Stacked periods of government sanctions end at 48 months at most.
            if (impact.carriedOverDays > 0
                && impact.period.last == lastDayAfterMonths(impact.period.first, 48))
                what += text("，合计不超过四十八个月");
            checks << check(Level::Note, what + text("。"),
                            impact.carriedOverDays > 0 && system == QLatin1String("party")
                                ? text("《中国共产党纪律处分条例》第二十一条")
                                : QString());
        }
    }
    return checks;
}

MeasureCheck opinionAfter(const ProposedMeasure &proposal, OpinionFacts facts, const Rules &rules)
{
    facts.measures.push_back(asRecord(proposal));
    facts.asOf = proposal.decisionDate;
    const OpinionResult result = decideOpinion(facts, rules);
    return check(Level::Note, text("作出后，党风廉政意见为第%1类：%2。")
                                  .arg(result.category)
                                  .arg(opinionCategoryLabel(result.category)));
}

MeasureCheck fourForms(const ProposedMeasure &proposal, const Rules &rules)
{
    const std::optional<int> form = rules.form(proposal.measure, proposal.decisionDate);
    if (!form)
        return check(Level::Note,
                     text("%1不计入“四种形态”。").arg(measureChineseName(proposal.measure)));
    static const char *const names[] = {"第一种", "第二种", "第三种", "第四种"};
    const std::optional<RuleRow> row = rules.ruleFor(proposal.measure, proposal.decisionDate);
    return check(
        Level::Note,
        text("%1属于%2形态。")
            .arg(measureChineseName(proposal.measure), text(names[std::clamp(*form, 1, 4) - 1])),
        row ? row->source : QString());
}

QStringList usualGovernmentPairs(const QString &partyMeasure)
{
    // The usual matches of a party and a government measure for one conduct, from light to
    // heavy; kept here as the program's default reading, shown as a warning, never enforced.
    static const QHash<QString, QStringList> pairs = {
        {QStringLiteral("party.warning"),
         {QStringLiteral("government.warning"), QStringLiteral("government.demerit")}},
        {QStringLiteral("party.serious_warning"),
         {QStringLiteral("government.demerit"), QStringLiteral("government.major_demerit"),
          QStringLiteral("government.demotion")}},
        {QStringLiteral("party.removal_from_party_post"),
         {QStringLiteral("government.demotion"), QStringLiteral("government.dismissal")}},
        {QStringLiteral("party.probation"), {QStringLiteral("government.dismissal")}},
        {QStringLiteral("party.expulsion"), {QStringLiteral("government.expulsion")}},
    };
    return pairs.value(partyMeasure);
}

QVector<MeasureCheck> pairing(const QString &partyMeasure, const QString &governmentMeasure,
                              const Rules &rules, QDate day)
{
    QVector<MeasureCheck> checks;
    const QStringList usual = usualGovernmentPairs(partyMeasure);
    const QString party = measureChineseName(partyMeasure);
    const QString government = measureChineseName(governmentMeasure);
    if (governmentMeasure.isEmpty())
        checks << check(Level::Warning,
                        text("该同志是党员公职人员：给予%1，未同时提出政务处分意见。").arg(party));
    else if (partyMeasure.isEmpty())
        checks << check(
            Level::Warning,
            text("该同志是党员公职人员：给予%1，未同时提出党纪处分意见。").arg(government));
    else if (usual.contains(governmentMeasure))
        checks << check(Level::Fits, text("%1与%2相匹配。").arg(party, government));
    else {
        QStringList names;
        for (const QString &measure : usual)
            names << measureChineseName(measure);
        checks << check(Level::Warning, text("%1通常与%2相匹配，拟给予%3，请说明理由。")
                                            .arg(party, names.join(text("或")), government));
    }
    // What each measure brings with it, as the rules table records.
    for (const QString &measure : {partyMeasure, governmentMeasure}) {
        if (measure.isEmpty())
            continue;
        const std::optional<RuleRow> row = rules.ruleFor(measure, day);
        if (row && !row->note.isEmpty())
            checks << check(Level::Note,
                            text("%1：%2。").arg(measureChineseName(measure), row->note),
                            row->source);
    }
    return checks;
}

} // namespace MeasureChecks
