#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

// Prepared statements with bound values only; every failure becomes a DataError.
namespace Sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
// Prepares, binds the values in order, executes, and returns the query ready to read.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// Runs an INSERT of one row into a table keyed by `id` and returns the new row's id (RETURNING,
// which both engines speak).
qint64 insert(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// What ends a SELECT that reads a row about to be changed: on a server it locks the row until
// the transaction ends, so that two programs cannot both change what each read; the file has
// one writer at a time already.
QString rowLock(const QSqlDatabase &db);
// The first column of the first row of a query that may fail (a table not made yet): invalid
// then, and an open transaction goes on unharmed (PostgreSQL would abort it, so the query runs
// inside a savepoint there).
QVariant probe(const QSqlDatabase &db, const QString &statement);
// The message for a failed statement or commit: `context` ("The database refused a change: %1")
// with SQLite's words, except for the faults a user can act on (a full disk, a read-only or
// locked file), which get a message of their own.
QString failure(const QSqlError &error, const QString &context);
// A constraint a write broke, as either engine reports it: its kind and, where the engine names
// one, the column.
struct Constraint
{
    enum class Kind { None, Check, Unique, NotNull, ForeignKey };
    Kind kind = Kind::None;
    QString column;
};
Constraint brokenConstraint(const QSqlError &error);
// That message for a fault a user can act on; empty for any other error.
QString knownFault(const QSqlError &error);
// A date as the schema stores it (ISO 8601 text); invalid for NULL or anything else.
QDate date(const QVariant &value);

} // namespace Sql
