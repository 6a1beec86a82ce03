#pragma once

#include <QSqlDatabase>
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

} // namespace Sql
