#include "derivedschema.h"

#include "changefeed.h"
#include "dialect.h"
#include "postgresqlschema.h"
#include "serverrecounts.h"
#include "serversecurity.h"

#include "domain/recordkinds.h"
#include "domain/tablecounts.h"
#include "domain/tables.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace DerivedSchema {

namespace {

using TableCounts::Recount;

// One trigger that moves the counts of the statistic_sources rows matching `match` by `sign`.
QString recountTrigger(const QString &name, const char *timing, const QString &event,
                       const QString &table, const QString &when, const QString &match, int sign)
{
    return QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4%5\n"
                          "BEGIN\n"
                          "    INSERT INTO statistic_counts (indicator, period, unit_id, count)\n"
                          "        SELECT indicator, period, unit_id, %6count(*) FROM "
                          "statistic_sources\n"
                          "        WHERE %7 GROUP BY 1, 2, 3\n"
                          "        ON CONFLICT DO UPDATE SET count = count + excluded.count;\n"
                          "END")
        .arg(name, QLatin1String(timing), event, table,
             when.isEmpty() ? QString() : QStringLiteral("\n    WHEN ") + when,
             sign < 0 ? QStringLiteral("-") : QString(), match);
}

QStringList ownRowTriggers(const Recount &recount)
{
    const QString update = recount.updateOf.isEmpty()
                               ? QStringLiteral("UPDATE")
                               : QStringLiteral("UPDATE OF ") + recount.updateOf;
    const QString before = recount.match.arg(QStringLiteral("OLD"));
    const QString after = recount.match.arg(QStringLiteral("NEW"));
    const QString &stem = recount.trigger;
    QStringList triggers;
    if (recount.inserts)
        triggers << recountTrigger(stem + QStringLiteral("_insert"), "AFTER",
                                   QStringLiteral("INSERT"), recount.table, {}, after, 1);
    triggers << recountTrigger(stem + QStringLiteral("_before_update"), "BEFORE", update,
                               recount.table, {}, before, -1)
             << recountTrigger(stem + QStringLiteral("_after_update"), "AFTER", update,
                               recount.table, {}, after, 1)
             << recountTrigger(stem + QStringLiteral("_delete"), "BEFORE", QStringLiteral("DELETE"),
                               recount.table, {}, before, -1);
    return triggers;
}

QStringList aroundTriggers(const Recount &recount)
{
    const QString oldRow = recount.match.arg(QStringLiteral("OLD"));
    const QString newRow = recount.match.arg(QStringLiteral("NEW"));
    const QString either = QStringLiteral("(%1) OR (%2)").arg(oldRow, newRow);
    QString whenNew, whenOld, whenEither;
    if (!recount.guard.isEmpty()) {
        whenNew = QStringLiteral("NEW.%1 IS NOT NULL").arg(recount.guard);
        whenOld = QStringLiteral("OLD.%1 IS NOT NULL").arg(recount.guard);
        whenEither = whenOld + QStringLiteral(" OR ") + whenNew;
    }
    const QString &stem = recount.trigger;
    const QString &table = recount.table;
    QStringList triggers;
    if (recount.inserts)
        triggers << recountTrigger(stem + QStringLiteral("_before_insert"), "BEFORE",
                                   QStringLiteral("INSERT"), table, whenNew, newRow, -1)
                 << recountTrigger(stem + QStringLiteral("_after_insert"), "AFTER",
                                   QStringLiteral("INSERT"), table, whenNew, newRow, 1);
    triggers << recountTrigger(stem + QStringLiteral("_before_update"), "BEFORE",
                               QStringLiteral("UPDATE"), table, whenEither, either, -1)
             << recountTrigger(stem + QStringLiteral("_after_update"), "AFTER",
                               QStringLiteral("UPDATE"), table, whenEither, either, 1)
             << recountTrigger(stem + QStringLiteral("_before_delete"), "BEFORE",
                               QStringLiteral("DELETE"), table, whenOld, oldRow, -1)
             << recountTrigger(stem + QStringLiteral("_after_delete"), "AFTER",
                               QStringLiteral("DELETE"), table, whenOld, oldRow, 1);
    return triggers;
}

QStringList changeCountTriggers(const Tables::Table &count)
{
    const QString body
        = QStringLiteral(" BEGIN UPDATE record_changes SET changes = changes + 1; END");
    const QString update = count.countedUpdatesOf.isEmpty()
                               ? QStringLiteral("UPDATE")
                               : QStringLiteral("UPDATE OF ") + count.countedUpdatesOf;
    QStringList triggers;
    for (const auto &[suffix, event] :
         {std::pair<QString, QString>{QStringLiteral("insert"), QStringLiteral("INSERT")},
          {QStringLiteral("update"), update},
          {QStringLiteral("delete"), QStringLiteral("DELETE")}})
        triggers << QStringLiteral("CREATE TRIGGER %1_counted_%2 AFTER %3 ON %4")
                            .arg(count.name, suffix, event, count.name)
                        + body;
    return triggers;
}

// The derived triggers a database holds now, by the names every generation of them has used.
QStringList installedTriggers(const QSqlDatabase &db)
{
    if (Dialects::of(db) == Dialect::PostgreSql) {
        // The functions the derived triggers call: dropping one drops its triggers.
        QSqlQuery query = Sql::run(
            db,
            QStringLiteral("SELECT DISTINCT p.proname FROM pg_trigger t JOIN pg_proc p ON p.oid "
                           "= t.tgfoid WHERE NOT t.tgisinternal AND (t.tgname LIKE "
                           "'statistics\\_%' OR t.tgname "
                           "LIKE '%\\_counted\\_%' OR t.tgname LIKE 'four\\_forms\\_%\\_clue\\_%' "
                           "OR t.tgname LIKE 'four\\_forms\\_%\\_case\\_%' OR t.tgname LIKE "
                           "'%\\_changes\\_notify') ORDER BY 1"));
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        return names;
    }
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name GLOB "
                           "'statistics_*' OR name GLOB '*_counted_*' OR name GLOB "
                           "'four_forms_*_clue_*' OR name GLOB 'four_forms_*_case_*') ORDER BY "
                           "name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// On a server, every statement that writes a table whose changes are counted announces the
// table to the windows open on it (ChangeFeed): once per statement, delivered at the commit.
QStringList changeNotices()
{
    QStringList notices{
        QStringLiteral(
            "CREATE FUNCTION changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM "
            "pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
            .arg(QLatin1String(ChangeFeed::channel()))};
    for (const Tables::Table &table : Tables::all())
        if (table.countsChanges)
            notices << QStringLiteral("CREATE TRIGGER %1_changes_notify AFTER INSERT OR UPDATE OR "
                                      "DELETE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION "
                                      "changes_notify()")
                           .arg(table.name);
    return notices;
}

// A view made of the union of `rows`, with its columns named once.
QString unionView(const char *name, const char *columns, const QStringList &rows)
{
    return QStringLiteral("CREATE VIEW %1 (%2) AS\n    %3")
        .arg(QLatin1String(name), QLatin1String(columns),
             rows.join(QStringLiteral("\n    UNION ALL ")));
}

} // namespace

QStringList statements()
{
    QStringList all;
    all << unionView("cadre_timeline", "cadre_id, kind, record_id, date, detail, summary",
                     RecordKinds::timelineRows())
        << unionView("statistic_sources",
                     "indicator, period, unit_id, record_table, record_id, cadre_id, clue_id, "
                     "case_id, inspection_id",
                     TableCounts::sources());
    for (const Recount &recount : TableCounts::recounts())
        all << (recount.shape == Recount::Shape::OwnRow ? ownRowTriggers(recount)
                                                        : aroundTriggers(recount));
    for (const Tables::Table &table : Tables::all())
        if (table.countsChanges)
            all << changeCountTriggers(table);
    return all;
}

QStringList statements(Dialect dialect)
{
    if (dialect == Dialect::Sqlite)
        return statements();
    // The same objects in PostgreSQL's form: translated, but the recounts around a change,
    // which need the server's own form (ServerRecounts).
    QStringList all{ServerRecounts::pendingTable()};
    QStringList around;
    for (const Recount &recount : TableCounts::recounts()) {
        if (recount.shape == Recount::Shape::Around) {
            all << ServerRecounts::around(recount);
            around << aroundTriggers(recount);
        }
    }
    for (const QString &statement : statements())
        if (!around.contains(statement))
            all << PostgreSqlSchema::translate(statement);
    all << changeNotices();
    // Last, over every table and trigger function: the server's own guard.
    all << ServerSecurity::statements();
    return all;
}

QString digest(Dialect dialect)
{
    // Made each time: a kind added to the registry changes the statements.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &statement : statements(dialect)) {
        hash.addData(statement.toUtf8());
        hash.addData(QByteArrayView("\n;\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool isStale(const QSqlDatabase &db)
{
    // A file that cannot be read here is not made over: a damaged one is found and refused
    // writes by the checks meant for that.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT digest FROM derived_objects")))
        return false;
    if (!query.next())
        return !query.lastError().isValid();
    return query.value(0).toString() != digest(Dialects::of(db));
}

void suspend(const QSqlDatabase &db, Counting counting)
{
    // The statistics' triggers, and those that count every change for the trail when asked. A
    // server keeps its triggers; its functions are shared by both kinds.
    if (Dialects::of(db) != Dialect::Sqlite)
        return;
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name GLOB "
                           "'statistics_*' OR name GLOB 'four_forms_*_clue_*' OR name GLOB "
                           "'four_forms_*_case_*'%1) ORDER BY name")
                .arg(counting == Counting::Suspended ? QStringLiteral(" OR name GLOB '*_counted_*'")
                                                     : QString()));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    for (const QString &name : std::as_const(names))
        Sql::run(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
}

void install(const QSqlDatabase &db)
{
    const bool server = Dialects::of(db) == Dialect::PostgreSql;
    for (const QString &name : installedTriggers(db))
        Sql::run(db, server ? QStringLiteral("DROP FUNCTION \"%1\"() CASCADE").arg(name)
                            : QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
    for (const char *view : {"cadre_timeline", "statistic_sources"})
        Sql::run(db, QStringLiteral("DROP VIEW IF EXISTS %1").arg(QLatin1String(view)));
    for (const QString &statement : statements(Dialects::of(db)))
        Sql::run(db, statement);
    // Counted again from their sources: the totals follow the counts through their triggers.
    Sql::run(db, QStringLiteral("DELETE FROM statistic_counts"));
    Sql::run(db, QStringLiteral("DELETE FROM statistic_totals"));
    Sql::run(db, QStringLiteral("INSERT INTO statistic_counts (indicator, period, unit_id, count) "
                                "SELECT indicator, period, unit_id, count(*) FROM "
                                "statistic_sources GROUP BY 1, 2, 3"));
    Sql::run(db,
             QStringLiteral("INSERT INTO derived_objects (only, digest) VALUES (1, ?) ON "
                            "CONFLICT (only) DO UPDATE SET digest = excluded.digest"),
             {digest(Dialects::of(db))});
}

} // namespace DerivedSchema
