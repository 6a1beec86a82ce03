#pragma once

#include "access/access.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <vector>

class Database;

// What the directory shows: filters applied in SQL, sorted on raw values, read a page at a time.
struct CadreFilter
{
    QString text;      // name substring, pinyin initials or full pinyin, unit, position
    qint64 unitId = 0; // 0: every unit; otherwise the unit and all units below it
    // With unitId: only the units of this kind directly below it, and the units below those
    // (the "townships of the county" group of the unit tree).
    QString unitKind;
    bool topLeadersOnly = false;
    bool insideImpactPeriod = false;
    bool openClues = false;
    bool overdueRectifications = false;
    bool missingDutyReport = false;

    bool hasQuickFilter() const
    {
        return topLeadersOnly || insideImpactPeriod || openClues || overdueRectifications
               || missingDutyReport;
    }
    bool operator==(const CadreFilter &other) const
    {
        return text == other.text && unitId == other.unitId && unitKind == other.unitKind
               && topLeadersOnly == other.topLeadersOnly
               && insideImpactPeriod == other.insideImpactPeriod && openClues == other.openClues
               && overdueRectifications == other.overdueRectifications
               && missingDutyReport == other.missingDutyReport;
    }
    bool operator!=(const CadreFilter &other) const { return !(*this == other); }
};

struct CadreRow
{
    qint64 id = 0;
    QString dossierNumber;
    QString name;
    QString unitName;
    QString position;
    QString rank;
    bool topLeader = false;
    QString status;
};

// What the status badges of one directory row say, as of the directory's day.
struct CadreStatus
{
    bool insideImpactPeriod = false;
    QDate impactUntil;            // the latest last day of the periods open on the day
    bool permanentImpact = false; // expelled from public employment
    int openClues = 0;
    int overdueRectifications = 0;
    bool missingDutyReport = false;
};

// The cadres the signed-in account may see (Access::visibility): those of its units, by name,
// unit and position; statuses and quick filters only for an account that reads dossiers, and
// never about its own or its close relatives' dossiers. Throws AccessError when no one is
// signed in, and for a quick filter asked by an account that may not see facts.
class CadreDirectory
{
public:
    enum class SortKey { Name, Unit, Position, Rank, DossierNumber, TopLeader, Status };

    // Quick filters and statuses are judged as of `asOf` (today unless given).
    explicit CadreDirectory(const Database &database, QDate asOf = QDate());
    ~CadreDirectory();
    CadreDirectory(const CadreDirectory &) = delete;
    CadreDirectory &operator=(const CadreDirectory &) = delete;

    QDate asOf() const { return m_asOf; }
    // Whether the account sees statuses and may use the quick filters.
    bool showsFacts() const { return m_visibility.facts; }
    // The year whose duty-and-integrity reports are looked for: reports for a year are due by
    // the end of the following January, so from February the previous year is complete.
    int dutyReportYear() const;
    static int dutyReportYear(QDate asOf);
    // Forgets what was derived from the records (who is inside an impact period); call after
    // the records changed. The next query works it out again. A directory made for today moves
    // on to the new day after midnight.
    void refresh();
    // Forgets the cadres found for the last filter. Counting and reading pages for one filter
    // share a single evaluation of it (kept in a temporary table); call this before the next
    // keystroke's queries so that each keystroke pays for its own.
    void forgetFilterResults();

    bool contains(qint64 cadreId) const;
    // The cadre's name; empty for a cadre that does not exist or lies outside the account's units.
    QString nameOf(qint64 cadreId) const;
    // The cadres of one unit itself (not of the units below it), by id, when the account may
    // see that unit; none otherwise.
    std::vector<qint64> idsInUnit(qint64 unitId) const;
    int count(const CadreFilter &filter) const;
    std::vector<CadreRow> page(const CadreFilter &filter, SortKey sort, Qt::SortOrder order,
                               int offset, int limit) const;
    // The badges of the given cadres (a visible page), in one query.
    QHash<qint64, CadreStatus> statuses(const std::vector<qint64> &cadreIds) const;

private:
    struct Where
    {
        QString sql;
        QVariantList values;
        bool readsRows = false; // a condition on more of a cadre than the id
    };
    // With `gramsRead`, the search's leading gram is left to the caller (see matches()).
    Where whereClause(const CadreFilter &filter, const QString &idColumn,
                      bool gramsRead = false) const;
    Where orderBy(SortKey sort, Qt::SortOrder order, bool ofMatches) const;
    void ensureImpactPeriods() const;
    Where matches(const CadreFilter &filter) const;

    const Database &m_database;
    QSqlDatabase m_db;
    Visibility m_visibility;
    QDate m_asOf;
    bool m_followsToday = false;
    mutable bool m_impactPeriodsReady = false;
    QString m_matchTable; // this directory's temporary table of the cadres found
    mutable QString m_matchedFilter;
    mutable bool m_matchesReady = false;
    mutable bool m_matchTableCreated = false;
    // Whether the file has the index a page of matches is sorted from (migration 018): a file
    // of an earlier version opened for reading only is not upgraded.
    bool hasPageIndex() const;
    mutable int m_pageIndex = -1; // -1 not looked at yet
};
