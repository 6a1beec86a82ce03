#include "statisticaggregates.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace StatisticAggregates {

QVector<AggregateDrift> verify(const QSqlDatabase &db)
{
    QVector<AggregateDrift> drifts;
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT indicator, period, unit_id, sum(kept), sum(counted) FROM ("
                           "SELECT indicator, period, unit_id, count AS kept, 0 AS counted "
                           "FROM statistic_counts "
                           "UNION ALL SELECT indicator, period, unit_id, 0, count(*) "
                           "FROM statistic_sources GROUP BY 1, 2, 3) "
                           "GROUP BY 1, 2, 3 HAVING sum(kept) <> sum(counted) ORDER BY 1, 2, 3"));
    while (query.next()) {
        drifts.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toLongLong(), query.value(3).toLongLong(),
                       query.value(4).toLongLong()});
    }
    // The county-wide totals against the counts they sum.
    QSqlQuery totals = Sql::run(
        db, QStringLiteral("SELECT indicator, period, sum(kept), sum(counted) FROM ("
                           "SELECT indicator, period, count AS kept, 0 AS counted "
                           "FROM statistic_totals "
                           "UNION ALL SELECT indicator, period, 0, sum(count) "
                           "FROM statistic_counts GROUP BY 1, 2) "
                           "GROUP BY 1, 2 HAVING sum(kept) <> sum(counted) ORDER BY 1, 2"));
    while (totals.next()) {
        drifts.append({totals.value(0).toString(), totals.value(1).toString(),
                       AggregateDrift::countyTotal, totals.value(2).toLongLong(),
                       totals.value(3).toLongLong()});
    }
    return drifts;
}

void rebuild(const QSqlDatabase &db)
{
    Transaction transaction(db);
    Sql::run(db, QStringLiteral("DELETE FROM statistic_counts"));
    // The triggers have taken the counts out of the totals; what drifted there goes too.
    Sql::run(db, QStringLiteral("DELETE FROM statistic_totals"));
    Sql::run(db, QStringLiteral("INSERT INTO statistic_counts (indicator, period, unit_id, count) "
                                "SELECT indicator, period, unit_id, count(*) "
                                "FROM statistic_sources GROUP BY 1, 2, 3"));
    transaction.commit();
}

} // namespace StatisticAggregates
