#include "unitscope.h"

QString UnitScope::with() const
{
    if (isWholeCounty())
        return {};
    return QStringLiteral(
        "WITH RECURSIVE scope(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u "
        "JOIN scope ON u.parent_id = scope.id) ");
}

QVariantList UnitScope::withValues() const
{
    if (isWholeCounty())
        return {};
    return {rootUnitId};
}

QString UnitScope::test(const QString &column) const
{
    if (isWholeCounty())
        return {};
    return QStringLiteral(" AND %1 IN (SELECT id FROM scope)").arg(column);
}
