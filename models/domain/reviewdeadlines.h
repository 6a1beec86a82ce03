#pragma once

#include "casefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

// The working days a commission allows for each step after the review report (settings).
struct ReviewDeadlineDays
{
    int decision = 15;
    int announcement = 10;
    int delivery = 10;
    int execution = 30;
    int archive = 60;
};

// One step of a review with the day it is due and the day it was done.
struct ReviewDeadline
{
    enum class Step { Review, Decision, Announcement, Delivery, Execution, Archive };
    Step step = Step::Review;
    QDate due;
    QDate done; // null while open

    bool isOpen() const { return !done.isValid(); }
    bool isOverdue(QDate today) const { return isOpen() && due.isValid() && due < today; }
    bool wasLate() const { return done.isValid() && due.isValid() && done > due; }
};

// The procedure timeline of a review: the review itself within one month of its receipt (to the
// approved extension, where there is one); then, once reported, the decision; and once decided,
// its announcement, delivery, the report on its execution and the archiving, in working days.
// Steps not yet due to start (a decision before the report) are left out.
namespace ReviewDeadlines {

QVector<ReviewDeadline> of(const CaseFile::Review &review, const ReviewDeadlineDays &days);
QString stepName(ReviewDeadline::Step step);

} // namespace ReviewDeadlines

class ReviewDeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDeadlines)
};
