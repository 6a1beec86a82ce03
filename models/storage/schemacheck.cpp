#include "schemacheck.h"

#include "database.h"
#include "dialect.h"
#include "sql.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SchemaCheck", text, disambiguation, n);
}

struct Object
{
    QString type;
    QString sql;
};

// Every object but SQLite's own, keyed by name, its SQL with runs of white space made one.
QMap<QString, Object> objects(const QSqlDatabase &db)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QMap<QString, Object> result;
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT type, name, coalesce(sql, '') FROM "
                                                  "sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
    while (query.next())
        result.insert(query.value(1).toString(),
                      {query.value(0).toString(),
                       query.value(2).toString().replace(space, QStringLiteral(" ")).trimmed()});
    return result;
}

// A server database's objects, each with the definition the server gives of it.
QMap<QString, Object> serverObjects(const QSqlDatabase &db)
{
    QMap<QString, Object> result;
    QSqlQuery query = Sql::run(db, QStringLiteral(R"(
        SELECT 'table', c.relname, string_agg(a.attname || ' ' || format_type(a.atttypid,
               a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END, ', '
               ORDER BY a.attnum)
          FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
               AND NOT a.attisdropped
         WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace
         GROUP BY c.relname
        UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes
         WHERE schemaname = current_schema()
        UNION ALL SELECT 'view', viewname, definition FROM pg_views
         WHERE schemaname = current_schema()
        UNION ALL SELECT 'trigger', t.tgname, pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
        UNION ALL SELECT 'function', proname, md5(prosrc) FROM pg_proc
         WHERE pronamespace = current_schema()::regnamespace
        UNION ALL SELECT 'constraint', conname, pg_get_constraintdef(oid) FROM pg_constraint
         WHERE connamespace = current_schema()::regnamespace)"));
    while (query.next())
        result.insert(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString(),
                      {query.value(0).toString(), query.value(2).toString()});
    return result;
}

// The server's objects as the program made them, kept when it last set up or upgraded the
// database (SchemaCheck::remember).
QMap<QString, Object> rememberedObjects(const QSqlDatabase &db)
{
    QMap<QString, Object> result;
    QSqlQuery query
        = Sql::run(db, QStringLiteral("SELECT type, name, definition FROM schema_objects"));
    while (query.next())
        result.insert(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString(),
                      {query.value(0).toString(), query.value(2).toString()});
    return result;
}

QString nameOf(const QString &key)
{
    return key.section(QLatin1Char(' '), 1);
}

} // namespace

namespace SchemaCheck {

void remember(const QSqlDatabase &db)
{
    Sql::run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_objects (type TEXT NOT NULL, "
                                "name TEXT NOT NULL, definition TEXT NOT NULL, PRIMARY KEY "
                                "(type, name))"));
    Sql::run(db, QStringLiteral("DELETE FROM schema_objects"));
    const QMap<QString, Object> made = serverObjects(db);
    for (auto it = made.cbegin(); it != made.cend(); ++it)
        Sql::run(db,
                 QStringLiteral("INSERT INTO schema_objects (type, name, definition) VALUES "
                                "(?, ?, ?)"),
                 {it->type, nameOf(it.key()), it->sql});
}

QStringList differences(const QSqlDatabase &db)
{
    const bool server = Dialects::of(db) == Dialect::PostgreSql;
    std::unique_ptr<Database> reference;
    if (!server)
        reference = Database::openInMemory();
    QMap<QString, Object> expected;
    QMap<QString, Object> actual;
    if (server) {
        expected = rememberedObjects(db);
        actual = serverObjects(db);
    } else {
        for (const auto &[from, to] : {std::pair{objects(reference->connection()), &expected},
                                       std::pair{objects(db), &actual}})
            for (auto it = from.cbegin(); it != from.cend(); ++it)
                to->insert(it->type + QLatin1Char(' ') + it.key(), *it);
    }
    // A server database whose record of the program's objects is gone (a restore that stopped
    // half way, a copy made by other means) is said so once, not object by object.
    if (server && expected.isEmpty())
        return {tr("The database holds no record of the objects the program made (%n object(s) "
                   "found): it was restored incompletely or made by other means.",
                   nullptr, int(actual.size()))};
    QStringList problems;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            problems
                << tr("The %1 %2 is missing from the database.").arg(it->type, nameOf(it.key()));
        else if (found->sql != it->sql)
            problems << tr("The %1 %2 has been altered.").arg(it->type, nameOf(it.key()));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            problems
                << tr("The %1 %2 is not one of the program's own.").arg(it->type, nameOf(it.key()));
    }
    // Dozens of differences say one thing: name the first few and count the rest.
    constexpr int kNamed = 5;
    if (problems.size() > kNamed + 1) {
        const int more = int(problems.size()) - kNamed;
        problems = problems.mid(0, kNamed);
        problems << tr("… and %n more difference(s).", nullptr, more);
    }
    return problems;
}

} // namespace SchemaCheck
