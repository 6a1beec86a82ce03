#include "recordsnapshot.h"

#include "domain/dataerror.h"
#include "storage/schemacatalog.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

struct Reference
{
    QString child;
    QString from;
    QString to;
    bool cascade = false; // otherwise the child's field is cleared
};

// Foreign keys of the schema, by the table they point at.
QHash<QString, QVector<Reference>> referencesByParent(const QSqlDatabase &db)
{
    QHash<QString, QVector<Reference>> references;
    for (const SchemaCatalog::Reference &key : SchemaCatalog::references(db)) {
        if (key.onDelete != QLatin1String("CASCADE") && key.onDelete != QLatin1String("SET NULL"))
            continue;
        references[key.parent].append(
            {key.table, key.column, key.parentColumn, key.onDelete == QLatin1String("CASCADE")});
    }
    return references;
}

QStringList keyColumns(const QSqlDatabase &db, const QString &table)
{
    return SchemaCatalog::keyColumns(db, table);
}

QVector<QVariantMap> readRows(QSqlQuery &query)
{
    QVector<QVariantMap> result;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        result.append(row);
    }
    return result;
}

struct Collector
{
    QSqlDatabase db;
    QHash<QString, QVector<Reference>> references;
    QVector<StoredRow> rows;
    QVector<StoredRow> clearedReferences;

    void collect(const QString &table, const QVariantMap &row, int depth)
    {
        rows.append({table, row});
        if (depth > 8)
            return;
        for (const Reference &reference : references.value(table)) {
            const QVector<QVariantMap> children = RecordSnapshot::rows(
                db, reference.child, reference.from, row.value(reference.to));
            for (const QVariantMap &child : children) {
                if (reference.cascade) {
                    collect(reference.child, child, depth + 1);
                    continue;
                }
                QVariantMap cleared;
                for (const QString &column : keyColumns(db, reference.child))
                    cleared.insert(column, child.value(column));
                cleared.insert(reference.from, child.value(reference.from));
                clearedReferences.append({reference.child, cleared});
            }
        }
    }
};

} // namespace

namespace RecordSnapshot {

QVariantMap row(const QSqlDatabase &db, const QString &table, qint64 id)
{
    const QVector<QVariantMap> found = rows(db, table, QStringLiteral("id"), id);
    return found.isEmpty() ? QVariantMap() : found.first();
}

QVector<QVariantMap> rows(const QSqlDatabase &db, const QString &table, const QString &column,
                          const QVariant &value)
{
    // Names are pasted only once the schema has confirmed them.
    const bool known = SchemaCatalog::columnNames(db, table).contains(column);
    if (!known)
        throw DataError(QStringLiteral("%1.%2 is not a column of the schema.").arg(table, column));
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" = ?").arg(table, column), {value});
    return readRows(query);
}

QVector<StoredRow> capture(const QSqlDatabase &db, const QString &table, qint64 id)
{
    const QVariantMap record = row(db, table, id);
    if (record.isEmpty())
        return {};
    Collector collector{db, referencesByParent(db), {}, {}};
    collector.collect(table, record, 0);
    return collector.rows + collector.clearedReferences;
}

} // namespace RecordSnapshot
