#pragma once

#include "statisticscope.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <optional>

class Database;

// The year's work figures for the commission's annual report. Counts are of records dated in
// the year, read from the maintained counts; cases, sanctions and the four forms count
// person-times (one cadre in one case is one person-time, placed in the heaviest form that case
// gave them). A clue is disposed once, in the year its first proposal was decided.
struct YearlyStatistics
{
    int year = 0;
    QMap<QString, qint64> counts; // the keys of `stats --json`, e.g. "reminder_talks"
    qint64 fourForms[4] = {0, 0, 0, 0};
    std::optional<double> topLeaderCasesChange; // against the previous year; none if it had 0

    QJsonObject toJson() const;
    static QStringList keys();
    // The maintained indicators (StatisticCounts) a key sums, e.g. "talk.reminder".
    static QStringList indicatorsOf(const QString &key);
};

class StatisticsService
{
public:
    explicit StatisticsService(const Database &database);

    // The year's figures for the whole county or one unit with the units below it.
    YearlyStatistics year(int year, const StatisticScope &scope = {}) const;

private:
    // Clues first disposed in `year` with a subject inside the scope's units.
    qint64 disposedWithin(int year, const StatisticScope &scope) const;
    const Database &m_database;
    QSqlDatabase m_db;
};
