#include "statisticscope.h"

QString StatisticScope::with() const
{
    if (isWholeCounty())
        return {};
    const QString start
        = kind.isEmpty() ? QStringLiteral("SELECT ?")
                         : QStringLiteral("SELECT id FROM units WHERE parent_id = ? AND kind = ?");
    return QStringLiteral("WITH RECURSIVE scope(id) AS (%1 UNION ALL SELECT u.id FROM units u "
                          "JOIN scope ON u.parent_id = scope.id) ")
        .arg(start);
}

QVariantList StatisticScope::withValues() const
{
    if (isWholeCounty())
        return {};
    if (kind.isEmpty())
        return {rootUnitId};
    return {rootUnitId, kind};
}

QString StatisticScope::test(const QString &column) const
{
    if (isWholeCounty())
        return {};
    return QStringLiteral(" AND %1 IN (SELECT id FROM scope)").arg(column);
}
