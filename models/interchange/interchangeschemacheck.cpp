#include "interchangeformat.h"

#include "storage/schemacatalog.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

// The guard against drift: the description in interchangeformat.cpp against the live schema's
// columns and references, as either engine gives them (SchemaCatalog).
namespace InterchangeFormat {

namespace {

QString tr(const char *text)
{
    return InterchangeFormat::translate(text);
}

QString declaredType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("INTEGER");
    case ColumnType::Real:
        return QStringLiteral("REAL");
    case ColumnType::Blob:
        return QStringLiteral("BLOB");
    default:
        return QStringLiteral("TEXT");
    }
}

Need needInSchema(bool notNull, bool hasDefault, bool primaryKey)
{
    if (primaryKey || (notNull && !hasDefault))
        return Need::Required;
    return notNull ? Need::Optional : Need::Nullable;
}

void compareTable(const QSqlDatabase &db, const Table &table, QStringList &problems)
{
    const QString name = table.name;
    QSet<QString> seen;
    QMap<int, QString> primaryKey;
    for (const SchemaCatalog::Column &info : SchemaCatalog::columns(db, name)) {
        const QString columnName = info.name;
        const int keyPosition = info.keyPosition;
        if (keyPosition > 0)
            primaryKey.insert(keyPosition, columnName);
        seen.insert(columnName);
        if (table.derivedColumns.contains(columnName))
            continue;
        const int index = table.columnIndex(columnName);
        if (index < 0) {
            problems << tr("%1.%2 is in the database but not in the interchange format.")
                            .arg(name, columnName);
            continue;
        }
        const Column &column = table.columns[size_t(index)];
        if (info.type != declaredType(column.type))
            problems << tr("%1.%2 is %3 in the database but %4 in the interchange format.")
                            .arg(name, columnName, info.type, typeName(column.type));
        if (needInSchema(info.notNull, info.hasDefault, keyPosition > 0) != column.need)
            problems << tr("%1.%2 differs in whether it is required or may be null.")
                            .arg(name, columnName);
        if (columnName.endsWith(QLatin1String("_date")) && column.type != ColumnType::Date)
            problems
                << tr("%1.%2 looks like a date but is not described as one.").arg(name, columnName);
        if (columnName.endsWith(QLatin1String("_at")) && column.type != ColumnType::Timestamp)
            problems << tr("%1.%2 looks like a timestamp but is not described as one.")
                            .arg(name, columnName);
    }
    if (seen.isEmpty()) {
        problems << tr("The interchange format describes the table %1, which the database lacks.")
                        .arg(name);
        return;
    }
    for (const Column &column : table.columns)
        if (!seen.contains(column.name))
            problems << tr("%1.%2 is in the interchange format but not in the database.")
                            .arg(name, column.name);
    for (const QString &derived : table.derivedColumns)
        if (!seen.contains(derived))
            problems
                << tr("%1.%2 is listed as derived but not in the database.").arg(name, derived);
    // A table keyed by its rowid reports only "id"; composite keys list their columns in order.
    if (primaryKey.values() != table.primaryKey)
        problems << tr("The key of %1 is (%2) in the database but (%3) in the interchange format.")
                        .arg(name, primaryKey.values().join(QStringLiteral(", ")),
                             table.primaryKey.join(QStringLiteral(", ")));

    QSet<QString> referencing;
    for (const SchemaCatalog::Reference &key : SchemaCatalog::referencesFrom(db, name)) {
        const QString &parent = key.parent;
        const QString &from = key.column;
        referencing.insert(from);
        const int index = table.columnIndex(from);
        if (index < 0)
            continue; // reported above
        const Column &column = table.columns[size_t(index)];
        const QString &to = key.parentColumn;
        if (column.references != parent || (!to.isEmpty() && to != QLatin1String("id")))
            problems << tr("%1.%2 refers to %3 in the database but to %4 in the interchange "
                           "format.")
                            .arg(name, from, parent,
                                 column.references.isEmpty() ? tr("nothing") : column.references);
    }
    for (const Column &column : table.columns)
        if (!column.references.isEmpty() && !referencing.contains(column.name))
            problems << tr("%1.%2 refers to %3 in the interchange format but to nothing in the "
                           "database.")
                            .arg(name, column.name, column.references);
}

} // namespace

QStringList schemaProblems(const QSqlDatabase &db)
{
    QStringList problems;
    QSet<QString> described;
    for (const Table &table : tables()) {
        for (const Column &column : table.columns)
            if (!column.references.isEmpty() && !described.contains(column.references)
                && column.references != table.name)
                problems << tr("%1 comes before %2, which it refers to, in the interchange "
                               "format.")
                                .arg(table.name, column.references);
        described.insert(table.name);
        compareTable(db, table, problems);
    }

    for (const QString &name : SchemaCatalog::tables(db)) {
        if (!described.contains(name) && !excludedTables().contains(name))
            problems << tr("The table %1 is in the database but not in the interchange format.")
                            .arg(name);
    }
    return problems;
}

} // namespace InterchangeFormat
