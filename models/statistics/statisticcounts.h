#pragma once

#include "statisticscope.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

class Database;

// One record behind a number: what the list behind a chart shows and opens.
struct CountedRecord
{
    QString table; // e.g. "talks", "cases", "clues"
    qint64 id = 0;
    qint64 cadreId = 0; // 0 where the record is not about one cadre
    QString period;
    qint64 unitId = 0;
    QString indicator;
    QString cadreName;
    QString unitName;
};

// Reads the maintained counts of `statistic_counts` (migration 004): records by indicator
// ("talk.reminder", "case.filed" …), period ("YYYY-MM", or "YYYY" for yearly reports) and unit.
// Periods are compared as text, so "2025-01" to "2025-12" is the year 2025. Every figure of the
// dashboard and of the yearly statistics comes from here, which is why they agree. An account
// limited to some units reads only their counts, whatever scope it asks for.
class StatisticCounts
{
public:
    explicit StatisticCounts(const Database &database);

    // Every indicator the triggers maintain, e.g. all talk kinds as "talk.<kind>".
    static QStringList indicators();
    // The indicators that start with `prefix`, e.g. "talk." or "sanction.party.".
    static QStringList indicatorsStartingWith(const QString &prefix);

    qint64 total(const QStringList &indicators, const QString &fromPeriod, const QString &toPeriod,
                 const StatisticScope &scope = {}) const;
    // Sums per indicator, for indicators with a non-zero sum.
    QMap<QString, qint64> byIndicator(const QStringList &indicators, const QString &fromPeriod,
                                      const QString &toPeriod,
                                      const StatisticScope &scope = {}) const;
    // Sums per period of the indicators together.
    QMap<QString, qint64> byPeriod(const QStringList &indicators, const QString &fromPeriod,
                                   const QString &toPeriod, const StatisticScope &scope = {}) const;
    // Sums per unit (its own records only, not those of the units below it).
    QMap<qint64, qint64> byUnit(const QStringList &indicators, const QString &fromPeriod,
                                const QString &toPeriod, const StatisticScope &scope = {}) const;
    // The records behind a sum, read through the definition the counts are kept by; at most
    // `limit` of them, newest period first.
    QVector<CountedRecord> records(const QStringList &indicators, const QString &fromPeriod,
                                   const QString &toPeriod, const StatisticScope &scope = {},
                                   int limit = 5000) const;

    static QString yearStart(int year)
    {
        return QStringLiteral("%1-01").arg(year, 4, 10, QLatin1Char('0'));
    }
    static QString yearEnd(int year)
    {
        return QStringLiteral("%1-12").arg(year, 4, 10, QLatin1Char('0'));
    }

private:
    StatisticScope limited(const StatisticScope &scope) const;
    static QString table(const StatisticScope &scope);
    QString indicatorList(const QStringList &indicators) const;

    const Database &m_database;
    QSqlDatabase m_db;
    qint64 m_accountId = 0; // the signed-in account, when it is limited to some units
};
