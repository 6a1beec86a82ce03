#include "sql.h"

#include "dataerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw DataError(QCoreApplication::translate("Sql", "The database refused a query: %1")
                            .arg(query.lastError().text()));
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DataError(QCoreApplication::translate("Sql", "The database refused a change: %1")
                            .arg(query.lastError().text()));
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = prepare(db, statement);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace Sql
