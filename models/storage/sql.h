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
// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// The message for a failed statement or commit: `context` ("The database refused a change: %1")
// with SQLite's words, except for the faults a user can act on (a full disk, a read-only or
// locked file), which get a message of their own.
QString failure(const QSqlError &error, const QString &context);
// That message for a fault a user can act on; empty for any other error.
QString knownFault(const QSqlError &error);
// A date as the schema stores it (ISO 8601 text); invalid for NULL or anything else.
QDate date(const QVariant &value);

} // namespace Sql
