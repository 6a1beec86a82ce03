#pragma once

#include <QString>
#include <QVariantList>

struct Session;

// The units a figure covers: the whole county (rootUnitId 0), one unit with every unit below
// it, or — with a kind, as the unit tree's group rows select — the units of that kind directly
// below the unit, with everything below those. An account limited to some units sees only
// those (accountId): within() sets it from the signed-in session, and every figure, alert and
// comparison reads through it. Renders as SQL: `scope(id)` and `allowed(id)` common table
// expressions and a test on a unit column, with the values to bind, so no id is pasted.
struct StatisticScope
{
    qint64 rootUnitId = 0;
    QString kind{};       // only units of this kind; empty for every kind
    qint64 accountId = 0; // only the units of this account's scope; 0 for every unit

    // The same scope, narrowed to the units `session` may see.
    StatisticScope within(const Session &session) const;
    // The same scope, with the county's own unit — the one unit above all others — read as the
    // whole county, so both give the same figures.
    StatisticScope normalized(const class QSqlDatabase &db) const;

    bool isWholeCounty() const { return rootUnitId <= 0 && accountId <= 0; }
    bool isLimitedByAccount() const { return accountId > 0; }
    // "WITH RECURSIVE scope(id) AS (...) " or an empty string for the whole county.
    QString with() const;
    QVariantList withValues() const;
    // " AND <column> IN (SELECT id FROM scope)", or an empty string for the whole county.
    QString test(const QString &column) const;
};
