#pragma once

#include <QString>
#include <QVariantList>

// The units a figure covers: the whole county (rootUnitId 0), one unit with every unit below
// it, or — with a kind, as the unit tree's group rows select — the units of that kind directly
// below the unit, with everything below those. Renders as SQL: a `scope(id)` common table
// expression and a test on a unit column, with the values to bind, so no id is pasted.
struct StatisticScope
{
    qint64 rootUnitId = 0;
    QString kind;

    bool isWholeCounty() const { return rootUnitId <= 0; }
    // "WITH RECURSIVE scope(id) AS (...) " or an empty string for the whole county.
    QString with() const;
    QVariantList withValues() const;
    // " AND <column> IN (SELECT id FROM scope)", or an empty string for the whole county.
    QString test(const QString &column) const;
};
