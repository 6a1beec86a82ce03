#include "sql.h"

#include "domain/dataerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw DataError(failure(query.lastError(), QCoreApplication::translate(
                                                       "Sql", "The database refused a query: %1")));
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DataError(
            failure(query.lastError(),
                    QCoreApplication::translate("Sql", "The database refused a change: %1")));
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

QString knownFault(const QSqlError &error)
{
    // SQLite's primary result codes, as Qt's driver reports them.
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) {
    case 13: // SQLITE_FULL
        return QCoreApplication::translate(
            "Sql", "The disk is full (or the database has reached its size limit), so nothing "
                   "was saved and nothing was changed. Free some space and try again.");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate(
            "Sql", "The database file is read-only, so nothing was saved and nothing was "
                   "changed.");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
            "Sql", "The database is busy in another program, so nothing was saved and nothing "
                   "was changed. Try again in a moment.");
    default:
        return {};
    }
}

QString failure(const QSqlError &error, const QString &context)
{
    const QString known = knownFault(error);
    return known.isEmpty() ? context.arg(error.text()) : known;
}

QDate date(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace Sql
