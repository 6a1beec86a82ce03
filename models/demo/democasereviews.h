#pragma once

#include "democlues.h"

#include <QDate>
#include <QString>
#include <vector>

struct DemoContext;

// The trial-review office's record of the demo's cases: the review of each case that reached it,
// with a fact and two items of evidence per subject, the review talk, and the measures proposed —
// for a closed case the very ones decided, linked to the records written.
namespace DemoCaseReviews {

struct Decided
{
    DemoMeasurePlan measure;
    QString table; // sanctions, organizational_handlings, admonitions
    qint64 recordId = 0;
};

struct Subject
{
    int cadre = 0;
    std::vector<Decided> decided;
};

void write(DemoContext &context, qint64 caseId, const QString &theme, QDate filed, QDate closed,
           const std::vector<Subject> &subjects);

} // namespace DemoCaseReviews
