#include "interchangeformat.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

// The guard against drift: the description in interchangeformat.cpp against PRAGMA table_info
// and foreign_key_list of the live schema.
namespace InterchangeFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Interchange", text);
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
    QSqlQuery info = Sql::run(db, QStringLiteral("PRAGMA table_info(\"%1\")").arg(name));
    while (info.next()) {
        const QString columnName = info.value(1).toString();
        const int keyPosition = info.value(5).toInt();
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
        if (info.value(2).toString().toUpper() != declaredType(column.type))
            problems << tr("%1.%2 is %3 in the database but %4 in the interchange format.")
                            .arg(name, columnName, info.value(2).toString(), typeName(column.type));
        if (needInSchema(info.value(3).toBool(), !info.value(4).isNull(), keyPosition > 0)
            != column.need)
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
    QSqlQuery keys = Sql::run(db, QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(name));
    while (keys.next()) {
        const QString parent = keys.value(2).toString();
        const QString from = keys.value(3).toString();
        referencing.insert(from);
        const int index = table.columnIndex(from);
        if (index < 0)
            continue; // reported above
        const Column &column = table.columns[size_t(index)];
        const QString to = keys.value(4).toString();
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

    QStringList virtualTables;
    QSqlQuery virtuals = Sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type "
                                                     "= 'table' AND sql LIKE 'CREATE VIRTUAL%'"));
    while (virtuals.next())
        virtualTables << virtuals.value(0).toString();
    QSqlQuery all = Sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                "'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE "
                                                "'\\' ORDER BY name"));
    while (all.next()) {
        const QString name = all.value(0).toString();
        // FTS5 keeps its index in shadow tables named after the virtual table.
        const bool shadow = std::any_of(
            virtualTables.cbegin(), virtualTables.cend(),
            [&name](const QString &owner) { return name.startsWith(owner + QLatin1Char('_')); });
        if (!described.contains(name) && !excludedTables().contains(name) && !shadow)
            problems << tr("The table %1 is in the database but not in the interchange format.")
                            .arg(name);
    }
    return problems;
}

} // namespace InterchangeFormat
