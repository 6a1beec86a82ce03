#pragma once

#include "domain/rules.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <optional>

// The year's work figures for the commission's annual report. Counts are of records dated in
// the year; cases, sanctions and the four forms count person-times (one cadre in one case is
// one person-time, placed in the heaviest form that case gave them).
struct YearlyStatistics
{
    int year = 0;
    QMap<QString, qint64> counts; // the keys of `stats --json`, e.g. "reminder_talks"
    qint64 fourForms[4] = {0, 0, 0, 0};
    std::optional<double> topLeaderCasesChange; // against the previous year; none if it had 0

    QJsonObject toJson() const;
    static QStringList keys();
};

class StatisticsService
{
public:
    explicit StatisticsService(const QSqlDatabase &db);

    YearlyStatistics year(int year) const;

private:
    qint64 count(const QString &statement, const QVariantList &values) const;
    void countFourForms(int year, YearlyStatistics *statistics) const;
    qint64 topLeaderCases(int year) const;

    QSqlDatabase m_db;
    Rules m_rules;
};
