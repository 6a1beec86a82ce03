#include "impactperiods.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// Government and institution sanctions may not run longer than this, stacked or combined.
constexpr int maximumCombinedMonths = 48;

// Gives the notes a translation context of their own.
class ImpactPeriods
{
    Q_DECLARE_TR_FUNCTIONS(ImpactPeriods)
};

QString systemOf(const QString &measure)
{
    const int dot = measure.indexOf(QLatin1Char('.'));
    const QString system = dot < 0 ? QString() : measure.left(dot);
    if (system == QLatin1String("party") || system == QLatin1String("government")
        || system == QLatin1String("institution"))
        return system;
    return {};
}

bool isExpulsion(const QString &measure)
{
    return measure.endsWith(QLatin1String(".expulsion"));
}

QString sourceNote(const Rules &rules, const QString &measure, QDate day, int months)
{
    const std::optional<RuleRow> row = rules.ruleFor(measure, day);
    if (!row || row->source.isEmpty())
        return ImpactPeriods::tr("%1 months").arg(months);
    return ImpactPeriods::tr("%1 months under %2").arg(months).arg(row->source);
}

// Days from `day` to the end of the longest earlier period of the same system still open on
// `day`, both inclusive. Only decisions made before `day` count: same-day decisions are made
// together, not during an open period.
int unexpiredDays(const std::vector<ImpactPeriod> &done, const QString &system, QDate day)
{
    int days = 0;
    for (const ImpactPeriod &earlier : done) {
        const Period &period = earlier.period;
        if (systemOf(earlier.measure) != system || isExpulsion(earlier.measure) || period.permanent
            || !period.last.isValid() || period.first >= day || !period.contains(day))
            continue;
        days = std::max(days, int(day.daysTo(period.last)) + 1);
    }
    return days;
}

void noteCarriedOver(ImpactPeriod &impact, int days, QDate ownLast)
{
    if (days <= 0)
        return;
    impact.carriedOverDays = days;
    impact.notes.append(
        ImpactPeriods::tr("Adds %1 unexpired days of an earlier sanction to its own period ending "
                          "%2.")
            .arg(days)
            .arg(displayDate(ownLast)));
}

ImpactPeriod partyPeriod(const MeasureRecord &record, const Rules &rules,
                         const std::vector<ImpactPeriod> &done)
{
    const QDate day = record.effectiveDate;
    ImpactPeriod impact{record.id, record.measure, Period{day, QDate(), false}, {}, 0, {}};
    const std::optional<int> months = rules.months(record.measure, day);
    if (!months) {
        impact.notes.append(ImpactPeriods::tr("No impact period."));
        return impact;
    }
    QDate ownLast = lastDayAfterMonths(day, *months);
    if (record.measure != QLatin1String("party.probation")) {
        impact.notes.append(sourceNote(rules, record.measure, day, *months));
    } else {
        // The rule's months run after the restoration; the term comes from the record.
        const int term = record.probationMonths.value_or(12);
        if (!record.probationMonths) {
            impact.notes.append(
                ImpactPeriods::tr("Probation term not recorded; 12 months assumed."));
        }
        const QDate restored
            = record.rightsRestoredDate.isValid() && record.rightsRestoredDate >= day
                  ? record.rightsRestoredDate
                  : lastDayAfterMonths(day, term).addDays(1);
        ownLast = lastDayAfterMonths(restored, *months);
        impact.notes.append(
            ImpactPeriods::tr("Probation term of %1 months; party rights restored on %2.")
                .arg(term)
                .arg(displayDate(restored)));
        impact.notes.append(
            ImpactPeriods::tr("No equal or higher post for %1 months after restoration, until "
                              "%2.")
                .arg(*months)
                .arg(displayDate(ownLast)));
    }
    if (isExpulsion(record.measure)) {
        impact.notes.append(ImpactPeriods::tr("May not rejoin the party during this period."));
        impact.period.last = ownLast;
        return impact;
    }
    // Article 21: the unexpired part of the old period is added, with no cap.
    const int carried = unexpiredDays(done, QStringLiteral("party"), day);
    noteCarriedOver(impact, carried, ownLast);
    impact.period.last = ownLast.addDays(carried);
    return impact;
}

// Government and institution sanctions: `group` holds same-kind sanctions decided the same day.
std::vector<ImpactPeriod> publicServicePeriods(const std::vector<MeasureRecord> &group,
                                               const Rules &rules,
                                               const std::vector<ImpactPeriod> &done)
{
    const MeasureRecord &first = group.front();
    const QDate day = first.effectiveDate;
    ImpactPeriod impact{0, first.measure, Period{day, QDate(), false}, {}, 0, {}};
    const std::optional<int> months = rules.months(first.measure, day);

    if (Rules::isPermanent(first.measure)) {
        impact.period.permanent = true;
        impact.notes.append(
            ImpactPeriods::tr("The employment ends for good; the period never ends."));
    } else if (!months) {
        impact.notes.append(ImpactPeriods::tr("No impact period."));
    } else {
        impact.notes.append(sourceNote(rules, first.measure, day, *months));
        const int count = int(group.size());
        const int combined = std::min(*months * count, maximumCombinedMonths);
        if (count > 1) {
            impact.notes.append(
                ImpactPeriods::tr("%1 sanctions of the same kind decided together: from %2 "
                                  "months up to their sum of %3 months, at most %4; %5 months "
                                  "applied.")
                    .arg(count)
                    .arg(*months)
                    .arg(*months * count)
                    .arg(maximumCombinedMonths)
                    .arg(combined));
        }
        const QDate ownLast = lastDayAfterMonths(day, combined);
        const int carried = unexpiredDays(done, systemOf(first.measure), day);
        noteCarriedOver(impact, carried, ownLast);
        const QDate cap = lastDayAfterMonths(day, maximumCombinedMonths);
        impact.period.last = std::min(ownLast.addDays(carried), cap);
        if (ownLast.addDays(carried) > cap)
            impact.notes.append(
                ImpactPeriods::tr("Capped at %1 months.").arg(maximumCombinedMonths));
    }

    std::vector<ImpactPeriod> periods;
    for (const MeasureRecord &record : group) {
        impact.id = record.id;
        periods.push_back(impact);
    }
    return periods;
}

// Organizational handling, admonition and anything else: its own period, no stacking.
ImpactPeriod ownPeriod(const MeasureRecord &record, const Rules &rules)
{
    const QDate day = record.effectiveDate;
    ImpactPeriod impact{record.id, record.measure, Period{day, QDate(), false}, {}, 0, {}};
    impact.liftedDate = record.liftedDate;
    const std::optional<int> months = rules.months(record.measure, day);
    if (!months) {
        impact.notes.append(ImpactPeriods::tr("No impact period."));
        return impact;
    }
    if (record.measure == QLatin1String("admonition"))
        impact.notes.append(ImpactPeriods::tr("%1 months as set for admonitions.").arg(*months));
    else
        impact.notes.append(sourceNote(rules, record.measure, day, *months));
    impact.period.last = lastDayAfterMonths(day, *months);
    return impact;
}

} // namespace

std::vector<ImpactPeriod> computeImpactPeriods(std::vector<MeasureRecord> records,
                                               const Rules &rules)
{
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [](const MeasureRecord &r) { return !r.effectiveDate.isValid(); }),
                  records.end());
    // Same-day, same-kind records end up next to each other, so they can be combined.
    std::stable_sort(records.begin(), records.end(),
                     [](const MeasureRecord &a, const MeasureRecord &b) {
                         if (a.effectiveDate != b.effectiveDate)
                             return a.effectiveDate < b.effectiveDate;
                         if (a.measure != b.measure)
                             return a.measure < b.measure;
                         return a.id < b.id;
                     });

    std::vector<ImpactPeriod> result;
    for (size_t i = 0; i < records.size();) {
        const MeasureRecord &record = records[i];
        const QString system = systemOf(record.measure);
        if (system == QLatin1String("party")) {
            result.push_back(partyPeriod(record, rules, result));
            ++i;
        } else if (!system.isEmpty()) {
            size_t end = i + 1;
            while (end < records.size() && records[end].effectiveDate == record.effectiveDate
                   && records[end].measure == record.measure)
                ++end;
            const std::vector<MeasureRecord> group(records.begin() + i, records.begin() + end);
            for (ImpactPeriod &impact : publicServicePeriods(group, rules, result))
                result.push_back(std::move(impact));
            i = end;
        } else {
            result.push_back(ownPeriod(record, rules));
            ++i;
        }
    }
    return result;
}

std::optional<QDate> latestImpactEnd(const std::vector<ImpactPeriod> &periods)
{
    std::optional<QDate> latest;
    for (const ImpactPeriod &impact : periods) {
        const QDate last = impact.period.last;
        if (!impact.period.permanent && last.isValid() && (!latest || *latest < last))
            latest = last;
    }
    return latest;
}
