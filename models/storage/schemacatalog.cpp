#include "schemacatalog.h"

#include "dialect.h"
#include "domain/dataerror.h"
#include "sql.h"

#include <QCoreApplication>

#include <QSqlQuery>

namespace SchemaCatalog {

QStringList tables(const QSqlDatabase &db)
{
    const bool server = Dialects::of(db) == Dialect::PostgreSql;
    QSqlQuery query = Sql::run(
        db, server ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                    "current_schema() ORDER BY 1")
                   : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE "
                                    "'cadre\\_search\\_%' ESCAPE '\\' ORDER BY 1"));
    static const QStringList bookkeeping{QStringLiteral("database_identity"),
                                         QStringLiteral("schema_objects"),
                                         QStringLiteral("recount_pending")};
    QStringList names;
    while (query.next())
        if (!bookkeeping.contains(query.value(0).toString()))
            names << query.value(0).toString();
    return names;
}

void beginBulkCopy(const QSqlDatabase &db, const QStringList &tables)
{
    if (Dialects::of(db) != Dialect::PostgreSql)
        throw DataError(QCoreApplication::translate(
            "SchemaCatalog", "A whole database is copied only into a server database."));
    Sql::run(db, QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
    for (const QString &table : tables)
        Sql::run(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
}

void endBulkCopy(const QSqlDatabase &db, const QStringList &tables)
{
    // The references checked now: a table with checks still pending cannot be altered.
    Sql::run(db, QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"));
    for (const QString &table : tables) {
        Sql::run(db, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
        const QVector<Column> all = columns(db, table);
        const bool numbered = std::any_of(all.cbegin(), all.cend(), [](const Column &column) {
            return column.name == QLatin1String("id") && column.type == QLatin1String("INTEGER");
        });
        if (!numbered)
            continue;
        Sql::run(db, QStringLiteral("SELECT setval(s, coalesce((SELECT max(id) FROM %1), 0) + 1, "
                                    "false) FROM pg_get_serial_sequence('%1', 'id') s WHERE s IS "
                                    "NOT NULL")
                         .arg(table));
    }
}

QVector<Column> columns(const QSqlDatabase &db, const QString &table)
{
    const bool server = Dialects::of(db) == Dialect::PostgreSql;
    QSqlQuery query = Sql::run(
        db,
        server ? QStringLiteral(
            "SELECT c.column_name, c.is_nullable = 'NO', coalesce(k.ordinal_position, 0), "
            "CASE c.data_type WHEN 'bigint' THEN 'INTEGER' WHEN 'integer' THEN 'INTEGER' "
            "WHEN 'double precision' THEN 'REAL' WHEN 'bytea' THEN 'BLOB' ELSE 'TEXT' "
            "END, c.column_default IS NOT NULL "
            "FROM information_schema.columns c LEFT JOIN "
            "(information_schema.key_column_usage k JOIN "
            "information_schema.table_constraints t ON t.constraint_name = "
            "k.constraint_name AND t.table_schema = k.table_schema AND "
            "t.constraint_type = 'PRIMARY KEY') ON k.table_schema = c.table_schema AND "
            "k.table_name = c.table_name AND k.column_name = c.column_name "
            "WHERE c.table_schema = current_schema() AND c.table_name = ? "
            "ORDER BY c.ordinal_position")
               : QStringLiteral("SELECT name, \"notnull\", pk, upper(type), dflt_value IS NOT "
                                "NULL FROM pragma_table_info(?) ORDER BY cid"),
        {table});
    QVector<Column> found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toBool(), query.value(2).toInt(),
                      query.value(3).toString(), query.value(4).toBool()});
    return found;
}

QStringList columnNames(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    for (const Column &column : columns(db, table))
        names << column.name;
    return names;
}

QStringList keyColumns(const QSqlDatabase &db, const QString &table)
{
    QVector<Column> key;
    for (const Column &column : columns(db, table))
        if (column.keyPosition > 0)
            key << column;
    std::sort(key.begin(), key.end(),
              [](const Column &a, const Column &b) { return a.keyPosition < b.keyPosition; });
    QStringList names;
    for (const Column &column : key)
        names << column.name;
    return names;
}

QVector<Reference> references(const QSqlDatabase &db)
{
    const bool server = Dialects::of(db) == Dialect::PostgreSql;
    QSqlQuery query = Sql::run(
        db, server ? QStringLiteral(
                "SELECT c.conrelid::regclass::text, a.attname, "
                "c.confrelid::regclass::text, p.attname, CASE c.confdeltype WHEN 'c' "
                "THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' ELSE "
                "'NO ACTION' END FROM pg_constraint c JOIN pg_attribute a ON a.attrelid "
                "= c.conrelid AND a.attnum = c.conkey[1] JOIN pg_attribute p ON "
                "p.attrelid = c.confrelid AND p.attnum = c.confkey[1] WHERE c.contype = "
                "'f' AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2")
                   : QStringLiteral("SELECT m.name, k.\"from\", k.\"table\", coalesce(k.\"to\", "
                                    "'id'), k.on_delete FROM sqlite_master m, "
                                    "pragma_foreign_key_list(m.name) k WHERE m.type = 'table' "
                                    "ORDER BY 1, 2"));
    QVector<Reference> found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString()});
    return found;
}

QStringList storageProblems(const QSqlDatabase &db)
{
    QStringList messages;
    if (Dialects::of(db) == Dialect::PostgreSql) {
        const qint64 failures
            = Sql::scalar(db, QStringLiteral("SELECT coalesce(checksum_failures, 0) FROM "
                                             "pg_stat_database WHERE datname = "
                                             "current_database()"))
                  .toLongLong();
        if (failures > 0)
            messages << QStringLiteral("%1 page checksum failures").arg(failures);
        return messages;
    }
    QSqlQuery integrity = Sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next())
        messages << integrity.value(0).toString();
    if (messages == QStringList{QStringLiteral("ok")})
        messages.clear();
    return messages;
}

qint64 brokenReferences(const QSqlDatabase &db)
{
    if (Dialects::of(db) != Dialect::PostgreSql) {
        QSqlQuery check = Sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
        qint64 broken = 0;
        while (check.next())
            ++broken;
        return broken;
    }
    qint64 broken = 0;
    for (const Reference &reference : references(db))
        broken += Sql::scalar(db,
                              QStringLiteral("SELECT count(*) FROM %1 c WHERE c.%2 IS NOT NULL AND "
                                             "NOT EXISTS (SELECT 1 FROM %3 p WHERE p.%4 = c.%2)")
                                  .arg(reference.table, reference.column, reference.parent,
                                       reference.parentColumn))
                      .toLongLong();
    return broken;
}

QVector<Reference> referencesFrom(const QSqlDatabase &db, const QString &table)
{
    QVector<Reference> found;
    for (const Reference &reference : references(db))
        if (reference.table == table)
            found << reference;
    return found;
}

} // namespace SchemaCatalog
