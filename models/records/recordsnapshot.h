#pragma once

#include "recordrepository.h"

#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>

// Rows read exactly as stored, every column included, so that an undo can put them back.
namespace RecordSnapshot {

// One record by id; empty when there is none.
QVariantMap row(const QSqlDatabase &db, const QString &table, qint64 id);
// Every row of `table` whose `column` holds `value`.
QVector<QVariantMap> rows(const QSqlDatabase &db, const QString &table, const QString &column,
                          const QVariant &value);
// What deleting a record takes with it, read from the schema's foreign keys: the record, the
// rows the delete cascades to (each after the row it depends on), and the references the
// delete clears (as key plus that one field), in the order RecordRepository::restore wants.
QVector<StoredRow> capture(const QSqlDatabase &db, const QString &table, qint64 id);

} // namespace RecordSnapshot
