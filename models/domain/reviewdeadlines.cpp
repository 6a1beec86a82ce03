#include "reviewdeadlines.h"

#include "cluestatemachine.h"
#include "period.h"

namespace ReviewDeadlines {

QVector<ReviewDeadline> of(const CaseFile::Review &review, const ReviewDeadlineDays &days)
{
    using Step = ReviewDeadline::Step;
    QVector<ReviewDeadline> steps;
    if (!review.received.isValid())
        return steps;
    // Within one month of the receipt; an approved extension moves the day.
    const QDate reviewDue
        = review.extendedTo.isValid() ? review.extendedTo : lastDayAfterMonths(review.received, 1);
    steps.append({Step::Review, reviewDue, review.reported});
    if (!review.reported.isValid())
        return steps;
    steps.append({Step::Decision, addWorkingDays(review.reported, days.decision), review.decided});
    if (!review.decided.isValid())
        return steps;
    steps.append(
        {Step::Announcement, addWorkingDays(review.decided, days.announcement), review.announced});
    steps.append({Step::Delivery, addWorkingDays(review.decided, days.delivery), review.delivered});
    steps.append(
        {Step::Execution, addWorkingDays(review.decided, days.execution), review.executed});
    steps.append({Step::Archive, addWorkingDays(review.decided, days.archive), review.archived});
    return steps;
}

QString stepName(ReviewDeadline::Step step)
{
    switch (step) {
    case ReviewDeadline::Step::Review:
        return ReviewDeadlineText::tr("Review and review report");
    case ReviewDeadline::Step::Decision:
        return ReviewDeadlineText::tr("Decision");
    case ReviewDeadline::Step::Announcement:
        return ReviewDeadlineText::tr("Announcement");
    case ReviewDeadline::Step::Delivery:
        return ReviewDeadlineText::tr("Delivery of the decision");
    case ReviewDeadline::Step::Execution:
        return ReviewDeadlineText::tr("Report on its execution");
    case ReviewDeadline::Step::Archive:
        break;
    }
    return ReviewDeadlineText::tr("Archiving");
}

} // namespace ReviewDeadlines
