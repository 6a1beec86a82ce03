#include "databasecopy.h"

#include "dialect.h"
#include "domain/dataerror.h"
#include "schemacatalog.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace DatabaseCopy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseCopy", text);
}

// Tables the target makes for itself: the engine's bookkeeping of the program's own objects.
bool isOwnBookkeeping(const QString &table)
{
    static const QStringList own{
        QStringLiteral("derived_objects"), QStringLiteral("database_identity"),
        QStringLiteral("schema_objects"), QStringLiteral("recount_pending")};
    return own.contains(table);
}

// Rows per INSERT: one round trip carries many rows, within the server's 65,535 parameters.
int rowsPerStatement(int columns)
{
    return qMax(1, qMin(500, 30000 / qMax(1, columns)));
}

qint64 copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
                 const QStringList &columns)
{
    const QString list = columns.join(QStringLiteral(", "));
    QSqlQuery rows = Sql::run(from, QStringLiteral("SELECT %1 FROM %2").arg(list, table));
    const int width = int(columns.size());
    const int batch = rowsPerStatement(width);
    const QString row = QLatin1Char('(')
                        + QStringList(width, QStringLiteral("?")).join(QStringLiteral(", "))
                        + QLatin1Char(')');
    QVariantList values;
    int pending = 0;
    qint64 copied = 0;
    const auto flush = [&] {
        if (pending == 0)
            return;
        Sql::run(to,
                 QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                     .arg(table, list, QStringList(pending, row).join(QStringLiteral(", "))),
                 values);
        copied += pending;
        values.clear();
        pending = 0;
    };
    while (rows.next()) {
        for (int i = 0; i < width; ++i)
            values << rows.value(i);
        if (++pending == batch)
            flush();
    }
    flush();
    return copied;
}

} // namespace

Result copy(const QSqlDatabase &from, const QSqlDatabase &to,
            const std::function<void(const QString &, qint64)> &progress)
{
    const QStringList tables = SchemaCatalog::tables(from);
    const QStringList targetTables = SchemaCatalog::tables(to);
    for (const QString &table : tables)
        if (!isOwnBookkeeping(table) && !targetTables.contains(table))
            throw DataError(tr("The target database lacks the table %1: its schema is not this "
                               "program's.")
                                .arg(table));
    for (const QString &table : {QStringLiteral("cadres"), QStringLiteral("units"),
                                 QStringLiteral("audit_log"), QStringLiteral("accounts")})
        if (Sql::scalar(to, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong() > 0)
            throw DataError(tr(
                "The target database already holds records or an audit trail; a database is moved "
                "only into an empty one. Nothing was changed."));
    Result result;
    Transaction transaction(to);
    SchemaCatalog::beginBulkCopy(to, targetTables);
    for (const QString &table : tables) {
        if (isOwnBookkeeping(table))
            continue;
        QStringList columns = SchemaCatalog::columnNames(from, table);
        if (table == QLatin1String("cadre_search"))
            columns = QStringList{QStringLiteral("rowid"), QStringLiteral("haystack")};
        Sql::run(to, QStringLiteral("DELETE FROM %1").arg(table));
        const qint64 copied = copyTable(from, to, table, columns);
        result.rows += copied;
        ++result.tables;
        if (progress)
            progress(table, copied);
    }
    SchemaCatalog::endBulkCopy(to, targetTables);
    transaction.commit();
    return result;
}

} // namespace DatabaseCopy
