#pragma once

#include "domain/rules.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <vector>

// Which cadres are inside an impact period on a given day, for the directory's quick filter and
// badges, fast enough for a city of 50,000 cadres.
//
// Computing every cadre's periods with the rules on each keystroke would be far too slow, and
// the periods cannot be written down as SQL alone (party stacking, probation terms, dated
// rules). So the work is done once per day and change, in two steps:
//  1. A sound pre-filter picks the candidates from every measure, read once: a cadre whose
//     measures cannot reach the day is left out. Each measure gets an upper bound on how far
//     its period can run — the largest months any rule row gives it, at 31 days a month, from
//     its effective date (a probation's from the restoration of rights, plus the longest term
//     when none is recorded). Sanctions of one system can stack, so for them the bound is the
//     latest effective date plus the sum of all their bounds; expulsion from public employment
//     never ends. Anything over-counted only adds candidates; nothing inside a period can be
//     missed.
//  2. For those candidates only, the exact periods come from computeImpactPeriods, the same code
//     the dossier and the integrity opinion use. The answer goes into a temporary table that the
//     directory's queries join, so a keystroke costs an indexed lookup.
class ImpactPeriodScreen
{
public:
    // The temporary table: (as_of, cadre_id, until, permanent), one row per cadre inside a period.
    static QString tableName();

    ImpactPeriodScreen(const QSqlDatabase &db, Rules rules);

    // The cadres the pre-filter keeps for `asOf`: every cadre inside a period, and some more.
    std::vector<qint64> candidates(QDate asOf) const;
    // Works out the exact answer for `asOf` and writes it to the table; returns how many cadres
    // are inside a period.
    int refresh(QDate asOf) const;

private:
    struct MeasureRow;
    // How far a measure's period can run at the most: its longest months, or for ever.
    struct Reach
    {
        int months = 0;
        bool permanent = false;
    };

    void prepareTables() const;
    QHash<QString, Reach> reaches() const;
    // Calls visit(cadreId, rows) with each cadre's measures in force by asOf.
    template<typename Visit>
    void readMeasures(QDate asOf, Visit visit) const;
    // The pre-filter: whether any of one cadre's measures can reach asOf.
    static bool mayReach(const std::vector<MeasureRow> &rows, QDate asOf,
                         const QHash<QString, Reach> &reach);

    QSqlDatabase m_db;
    Rules m_rules;
};
