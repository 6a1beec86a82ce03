#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVector>

// One maintained count that differs from a recount of the records.
struct AggregateDrift
{
    QString indicator;
    QString period;
    qint64 unitId = 0;  // countyTotal for a county-wide total of statistic_totals
    qint64 kept = 0;    // in statistic_counts (or statistic_totals)
    qint64 counted = 0; // counted afresh from statistic_sources (or summed from the counts)

    static constexpr qint64 countyTotal = -1;
};

// Verifies and rebuilds the maintained counts. The triggers keep them right on every write;
// these are for `check`: a hand-edited file, a rules change, or a bug would show here.
namespace StatisticAggregates {

// Every count that differs from a full recount (a plain GROUP BY over the records: seconds at
// city scale, which is why the counts are kept at all).
QVector<AggregateDrift> verify(const QSqlDatabase &db);
// Replaces the counts by a full recount, in one transaction.
void rebuild(const QSqlDatabase &db);

} // namespace StatisticAggregates
