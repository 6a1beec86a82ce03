#include "databasesummary.h"

#include "storage/sql.h"

#include <QSqlQuery>

DatabaseSummary DatabaseSummary::read(const QSqlDatabase &db)
{
    DatabaseSummary summary;
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT (SELECT value FROM settings WHERE key = 'commission_name'), "
                           "(SELECT count(*) FROM units), (SELECT count(*) FROM cadres), "
                           "(SELECT count(*) FROM clues), (SELECT count(*) FROM cases)"));
    if (query.next()) {
        summary.commissionName = query.value(0).toString();
        summary.units = query.value(1).toInt();
        summary.cadres = query.value(2).toInt();
        summary.clues = query.value(3).toInt();
        summary.cases = query.value(4).toInt();
    }
    return summary;
}
