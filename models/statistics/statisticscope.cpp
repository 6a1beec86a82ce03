#include "statisticscope.h"

#include "domain/session.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <QStringList>

StatisticScope StatisticScope::within(const Session &session) const
{
    StatisticScope narrowed = *this;
    narrowed.accountId = session.allUnits ? 0 : session.accountId;
    return narrowed;
}

StatisticScope StatisticScope::normalized(const QSqlDatabase &db) const
{
    StatisticScope result = *this;
    if (rootUnitId <= 0 || !kind.isEmpty())
        return result;
    QSqlQuery tops = Sql::run(db, QStringLiteral("SELECT id FROM units WHERE parent_id IS NULL "
                                                 "LIMIT 2"));
    QList<qint64> ids;
    while (tops.next())
        ids << tops.value(0).toLongLong();
    if (ids == QList<qint64>{rootUnitId})
        result.rootUnitId = 0;
    return result;
}

QString StatisticScope::with() const
{
    QStringList tables;
    if (rootUnitId > 0) {
        const QString start = kind.isEmpty() ? QStringLiteral("SELECT ?")
                                             : QStringLiteral("SELECT id FROM units WHERE "
                                                              "parent_id = ? AND kind = ?");
        tables << QStringLiteral("scope(id) AS (%1 UNION ALL SELECT u.id FROM units u "
                                 "JOIN scope ON u.parent_id = scope.id)")
                      .arg(start);
    }
    // The account's units with every unit below them, as the session holds them.
    if (accountId > 0)
        tables << QStringLiteral("allowed(id) AS (SELECT unit_id FROM account_units "
                                 "WHERE account_id = ? UNION SELECT u.id FROM units u "
                                 "JOIN allowed ON u.parent_id = allowed.id)");
    if (tables.isEmpty())
        return {};
    return QStringLiteral("WITH RECURSIVE %1 ").arg(tables.join(QStringLiteral(", ")));
}

QVariantList StatisticScope::withValues() const
{
    QVariantList values;
    if (rootUnitId > 0) {
        values << rootUnitId;
        if (!kind.isEmpty())
            values << kind;
    }
    if (accountId > 0)
        values << accountId;
    return values;
}

QString StatisticScope::test(const QString &column) const
{
    QString tests;
    if (rootUnitId > 0)
        tests += QStringLiteral(" AND %1 IN (SELECT id FROM scope)").arg(column);
    if (accountId > 0)
        tests += QStringLiteral(" AND %1 IN (SELECT id FROM allowed)").arg(column);
    return tests;
}
