#pragma once

#include <QString>
#include <QVariantList>

// The units a figure covers: the whole county (rootUnitId 0) or one unit with every unit below
// it. Renders as SQL: a `scope(id)` common table expression and a test on a unit column, with
// the values to bind, so that no id is pasted into a statement.
struct UnitScope
{
    qint64 rootUnitId = 0;

    bool isWholeCounty() const { return rootUnitId <= 0; }
    // "WITH RECURSIVE scope(id) AS (...) " or an empty string for the whole county.
    QString with() const;
    QVariantList withValues() const;
    // " AND <column> IN (SELECT id FROM scope)", or an empty string for the whole county.
    QString test(const QString &column) const;
};
