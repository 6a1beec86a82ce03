#include "alert.h"

QString Alert::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Rectification:
        return AlertText::tr("Rectification");
    case Kind::ClueStep:
        return AlertText::tr("Clue step");
    case Kind::ImpactPeriodEnding:
        return AlertText::tr("Impact period ending");
    case Kind::DutyReport:
        return AlertText::tr("Duty report");
    case Kind::PersonalMattersReport:
        return AlertText::tr("Personal-matters report");
    case Kind::FixedSupervisionWeek:
        return AlertText::tr("Fixed supervision week");
    case Kind::CaseReview:
        return AlertText::tr("Case review");
    }
    return {};
}

QString Alert::urgencyLabel(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return AlertText::tr("Overdue");
    case Urgency::DueSoon:
        return AlertText::tr("Due soon");
    case Urgency::Upcoming:
        return AlertText::tr("Upcoming");
    }
    return {};
}

QList<Alert::Kind> Alert::kinds()
{
    return {Kind::Rectification,
            Kind::ClueStep,
            Kind::ImpactPeriodEnding,
            Kind::DutyReport,
            Kind::PersonalMattersReport,
            Kind::FixedSupervisionWeek,
            Kind::CaseReview};
}
