#include "opinion.h"

#include "cluestatemachine.h"
#include "period.h"

#include <QHash>

#include <algorithm>

namespace {

enum Category {
    NoClue = 1,
    ClueSettled = 2,
    HandledNoObjection = 3,
    OpinionDeferred = 4,
    DeferUse = 5,
    NotSuitable = 6,
};

// Collects the reasons and keeps the highest category seen.
class Decision
{
public:
    // `ground` is the clause the reply letter gives for the category, where it names one.
    void add(int category, const QString &reason, const QString &ground = {})
    {
        m_category = std::max(m_category, category);
        m_reasons.append(reason);
        if (!ground.isEmpty() && !m_grounds[category].contains(ground))
            m_grounds[category].append(ground);
    }
    int category() const { return m_category; }
    const QStringList &reasons() const { return m_reasons; }
    QStringList grounds() const { return m_grounds.value(m_category); }

private:
    int m_category = NoClue;
    QStringList m_reasons;
    QHash<int, QStringList> m_grounds;
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "于2024年5月10日", or nothing when the date is unknown.
QString onDate(QDate date)
{
    return date.isValid() ? text("于%1").arg(formatChineseDate(date)) : QString();
}

bool happenedBy(QDate date, QDate asOf)
{
    // A missing date cannot prove a fact came later, so it counts.
    return !date.isValid() || date <= asOf;
}

void addClue(Decision &decision, const OpinionFacts::Clue &clue, QDate asOf)
{
    const QString head
        = text("%1收到反映该同志问题的线索（编号%2），")
              .arg(clue.received.isValid() ? formatChineseDate(clue.received) : QString(),
                   clue.number);
    const bool closed = ClueStateMachine::isFinal(clue.state)
                        && (!clue.closedOn.isValid() || clue.closedOn <= asOf);
    if (!closed) {
        if (clue.state == QLatin1String("preliminary_verification")) {
            decision.add(DeferUse, head + text("截至%1正在初步核实。").arg(formatChineseDate(asOf)),
                         text("正在接受初步核实"));
            return;
        }
        // A state reached after asOf says nothing about where the clue stood then.
        const QString stage
            = ClueStateMachine::isOpen(clue.state)
                  ? text("（%1）").arg(ClueStateMachine::stateChineseName(clue.state))
                  : QString();
        decision.add(OpinionDeferred,
                     head + text("截至%1尚在处置中%2。").arg(formatChineseDate(asOf), stage));
        return;
    }

    QString outcome = clue.outcome;
    if (outcome.isEmpty() && clue.state != QLatin1String("closed"))
        outcome = clue.state; // case_filed or transferred
    const QString when = onDate(clue.closedOn);
    if (outcome == QLatin1String("untrue")) {
        decision.add(ClueSettled, head + text("经核查反映问题不属实，已%1予以了结。").arg(when));
    } else if (outcome == QLatin1String("not_verifiable")) {
        decision.add(ClueSettled, head + text("经核查反映问题无法查证，已%1予以了结。").arg(when));
    } else if (outcome == QLatin1String("explanation_accepted")) {
        decision.add(ClueSettled,
                     head + text("经谈话函询，本人所作说明予以采信，已%1予以了结。").arg(when));
    } else if (outcome == QLatin1String("first_form_measure")) {
        decision.add(HandledNoObjection,
                     head + text("经处置予以第一种形态处理，已%1了结。").arg(when));
    } else if (outcome == QLatin1String("case_filed")) {
        decision.add(HandledNoObjection, head + text("已%1转立案审查调查。").arg(when));
    } else if (outcome == QLatin1String("transferred")) {
        decision.add(HandledNoObjection, head + text("已%1移送有关机关处理。").arg(when));
    } else {
        decision.add(ClueSettled, head + text("已%1予以了结。").arg(when));
    }
}

void addCase(Decision &decision, const OpinionFacts::Case &dossierCase, QDate asOf)
{
    const QString head
        = text("案件（编号%1）%2立案审查调查，").arg(dossierCase.number, onDate(dossierCase.filed));
    const QDate transferred = dossierCase.transferredToJudiciary;
    if (transferred.isValid() && transferred <= asOf) {
        decision.add(NotSuitable,
                     head + text("该同志%1被移送司法机关依法处理。").arg(onDate(transferred)),
                     text("已被移送司法机关依法处理"));
    } else if (!dossierCase.closed.isValid() || dossierCase.closed > asOf) {
        decision.add(DeferUse, head + text("截至%1尚未审结。").arg(formatChineseDate(asOf)),
                     text("正在接受立案审查调查"));
    } else {
        decision.add(HandledNoObjection, head + text("已%1审结。").arg(onDate(dossierCase.closed)));
    }
}

bool isSanction(const QString &measure)
{
    return measure.startsWith(QLatin1String("party."))
           || measure.startsWith(QLatin1String("government."))
           || measure.startsWith(QLatin1String("institution."));
}

// "2024年3月15日受到党内警告处分".
QString measureSentenceHead(const ImpactPeriod &impact)
{
    const QString name = measureChineseName(impact.measure);
    const QString date = formatChineseDate(impact.period.first);
    if (impact.measure == QLatin1String("judicial_transfer"))
        return text("%1被移送司法机关依法处理").arg(date);
    if (isSanction(impact.measure))
        return text("%1受到%2处分").arg(date, name);
    if (impact.measure.startsWith(QLatin1String("handling.")))
        return text("%1受到%2组织处理").arg(date, name);
    return text("%1受到%2").arg(date, name);
}

// The category while the period is open: heavy sanctions (form 3 and up) rule the cadre out;
// light sanctions, organizational handling (降职 included) and admonition defer use.
int openPeriodCategory(const ImpactPeriod &impact, const Rules &rules)
{
    if (!isSanction(impact.measure))
        return impact.measure == QLatin1String("judicial_transfer") ? NotSuitable : DeferUse;
    const std::optional<int> form = rules.form(impact.measure, impact.period.first);
    return form && *form >= 3 ? NotSuitable : DeferUse;
}

// "党内警告处分", "免职", "诫勉": the measure as the letter names its impact period.
QString measurePhrase(const QString &measure)
{
    const QString name = measureChineseName(measure);
    return isSanction(measure) ? name + text("处分") : name;
}

void addMeasure(Decision &decision, const ImpactPeriod &impact, const Rules &rules, QDate asOf)
{
    const QString head = measureSentenceHead(impact);
    const Period &period = impact.period;
    if (impact.measure == QLatin1String("judicial_transfer")) {
        decision.add(NotSuitable, head + text("。"), text("已被移送司法机关依法处理"));
        return;
    }
    if (period.permanent) {
        decision.add(NotSuitable, head + text("，已解除人事关系。"),
                     text("受到%1，已解除人事关系").arg(measurePhrase(impact.measure)));
        return;
    }
    // A suspension has no impact period: it holds until it is lifted.
    if (impact.measure == QLatin1String("handling.suspension")) {
        const QDate lifted = impact.liftedDate;
        if (lifted.isValid() && lifted <= asOf)
            decision.add(HandledNoObjection,
                         head + text("，已于%1解除停职。").arg(formatChineseDate(lifted)));
        else
            decision.add(DeferUse,
                         head + text("，截至%1尚未解除停职。").arg(formatChineseDate(asOf)),
                         text("正在停职检查"));
        return;
    }
    if (!impact.hasPeriod()) {
        decision.add(HandledNoObjection, head + text("（不设影响期）。"));
        return;
    }

    QString range = text("，影响期为%1").arg(formatPeriodChinese(period));
    if (impact.carriedOverDays > 0)
        range += text("（含此前处分未满的影响期%1日）").arg(impact.carriedOverDays);
    if (impact.measure == QLatin1String("party.expulsion")) {
        // Expulsion rules the cadre out for good; the period only bars rejoining the party.
        decision.add(NotSuitable,
                     head + text("，%1期间不得重新入党。").arg(formatPeriodChinese(period)),
                     text("受到开除党籍处分"));
    } else if (period.contains(asOf)) {
        const int category = openPeriodCategory(impact, rules);
        const QString phrase = measurePhrase(impact.measure);
        const QString until = formatChineseDate(period.last);
        decision.add(category,
                     head + range + text("，截至%1尚在影响期内。").arg(formatChineseDate(asOf)),
                     category == NotSuitable ? text("受到%1尚在影响期内（至%2）").arg(phrase, until)
                                             : text("尚在%1影响期内（至%2）").arg(phrase, until));
    } else {
        decision.add(HandledNoObjection, head + range + text("，影响期已满。"));
    }
}

} // namespace

QString opinionCategoryLabel(int category)
{
    switch (category) {
    case NoClue:
        return text("未收到反映问题");
    case ClueSettled:
        return text("反映问题已了结，无不同意见");
    case HandledNoObjection:
        return text("已作处理或影响期已满，无不同意见");
    case OpinionDeferred:
        return text("暂缓提出意见");
    case DeferUse:
        return text("建议暂缓使用");
    case NotSuitable:
        return text("不宜使用");
    }
    return {};
}

OpinionResult decideOpinion(const OpinionFacts &facts, const Rules &rules)
{
    const QDate asOf = facts.asOf.isValid() ? facts.asOf : QDate::currentDate();
    Decision decision;

    std::vector<OpinionFacts::Clue> clues;
    for (const OpinionFacts::Clue &clue : facts.clues) {
        if (happenedBy(clue.received, asOf))
            clues.push_back(clue);
    }
    std::stable_sort(clues.begin(), clues.end(),
                     [](const auto &a, const auto &b) { return a.received < b.received; });
    for (const OpinionFacts::Clue &clue : clues)
        addClue(decision, clue, asOf);

    std::vector<OpinionFacts::Case> cases;
    for (const OpinionFacts::Case &dossierCase : facts.cases) {
        if (happenedBy(dossierCase.filed, asOf))
            cases.push_back(dossierCase);
    }
    std::stable_sort(cases.begin(), cases.end(),
                     [](const auto &a, const auto &b) { return a.filed < b.filed; });
    for (const OpinionFacts::Case &dossierCase : cases)
        addCase(decision, dossierCase, asOf);

    // Later measures are left out before computing, so they cannot stack onto earlier ones.
    std::vector<MeasureRecord> measures;
    for (const MeasureRecord &record : facts.measures) {
        if (record.effectiveDate.isValid() && record.effectiveDate <= asOf)
            measures.push_back(record);
    }
    const std::vector<ImpactPeriod> periods = computeImpactPeriods(measures, rules);
    std::vector<ImpactPeriod> open;
    OpinionResult result;
    for (const ImpactPeriod &impact : periods) {
        addMeasure(decision, impact, rules, asOf);
        if (impact.period.permanent)
            result.permanent = true;
        else if (impact.period.contains(asOf))
            open.push_back(impact);
    }

    result.category = decision.category();
    result.reasons = decision.reasons();
    if (result.category >= DeferUse)
        result.grounds = decision.grounds();
    if (result.reasons.isEmpty()) {
        result.reasons.append(text("截至%1，未收到反映该同志党风廉政方面问题的信访举报和问题线索。")
                                  .arg(formatChineseDate(asOf)));
    }
    result.label = opinionCategoryLabel(result.category);
    result.impactUntil = latestImpactEnd(open);
    return result;
}
