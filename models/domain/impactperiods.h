#pragma once

#include "period.h"
#include "rules.h"

#include <QStringList>

#include <optional>
#include <vector>

// One sanction, organizational handling or admonition of a cadre.
struct MeasureRecord
{
    qint64 id = 0;
    QString measure;
    QDate effectiveDate;
    // party.probation only: the probation term, 12 or 24 months (a 12-month term extended by one
    // year is recorded as 24).
    std::optional<int> probationMonths;
    // party.probation only: when the party rights were restored; null means at the term's end.
    QDate rightsRestoredDate;
    // handling.suspension only: when the suspension was lifted; null while it is in force.
    QDate liftedDate;
};

struct ImpactPeriod
{
    qint64 id = 0;
    QString measure;
    // A measure without an impact period (handling.suspension, first-form measures) keeps its
    // effective date as first day and a null last day, so every record is accounted for.
    Period period;
    QStringList notes;
    // Unexpired days of an earlier period of the same system added to this one.
    int carriedOverDays = 0;
    // handling.suspension only: when it was lifted; null while in force.
    QDate liftedDate;

    bool hasPeriod() const { return period.isValid(); }
};

// Impact periods of one cadre's records, in order of effective date (then id). Records with an
// invalid effective date are skipped. Applies the stacking rules of each sanction system.
std::vector<ImpactPeriod> computeImpactPeriods(std::vector<MeasureRecord> records,
                                               const Rules &rules);

// The latest last day of all periods; permanent and period-less entries have no last day and are
// left out (check Period::permanent for those). With a sanction and a handling at the same time
// the longer one governs, which is this maximum.
std::optional<QDate> latestImpactEnd(const std::vector<ImpactPeriod> &periods);
