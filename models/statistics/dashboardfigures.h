#pragma once

#include "fourformscount.h"
#include "statisticcounts.h"
#include "statisticscope.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

class Database;

// One line or bar series: a value per category (period, form, kind …).
struct FigureSeries
{
    QString key;   // what the values count, e.g. "clues_received"; the click-through key
    QString label; // for people
    QVector<double> values;
};

// One unit of the political-ecology table, with the numbers behind each score.
struct UnitFigures
{
    qint64 unitId = 0;
    QString name;
    qint64 cadres = 0;
    QVector<double> values; // in the order of DashboardFigures::unitIndicators()
    QVector<double> scores; // each value over the highest of the rows, 0 to 1
    double score = 0;       // the mean of the scores
};

// The dashboard's numbers for a span of years and a unit scope, all from the maintained counts
// (the four forms among them), so that they agree with `stats`.
class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)

public:
    DashboardFigures(const Database &database, int fromYear, int toYear,
                     const StatisticScope &scope = {}, QDate today = QDate::currentDate());

    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }
    const StatisticScope &scope() const { return m_scope; }
    // Months ("2025-01") when the span is one or two years, else years ("2025").
    QStringList periods() const;
    bool byMonth() const { return m_toYear - m_fromYear < 2; }

    // Trends per period: clues received and disposed, cases filed, sanctions, inspections,
    // and talks by kind.
    QVector<FigureSeries> trends() const;
    QVector<FigureSeries> talks() const;
    // The four forms in person-times, and sanctions by kind.
    std::array<qint64, 4> fourForms() const;
    // The person-times of one form, the records behind its slice.
    QVector<CountedRecord> fourFormsPersonTimes(int form) const;
    QVector<FigureSeries> sanctionsByKind() const;
    // Rectifications per period: found, completed, and the completion rate so far (%).
    QVector<FigureSeries> rectification() const;

    // The units directly below the scope (each with the units below it), ranked by score.
    static QStringList unitIndicators();
    static QString unitIndicatorLabel(int index);
    QVector<UnitFigures> units() const;
    // The records behind a cell of a unit's row: an indicator (0 to 5, as unitIndicators()),
    // its serving cadres (CadresOfUnit) or all its indicators' records together (AllOfUnit).
    enum UnitColumn { CadresOfUnit = -1, AllOfUnit = -2 };
    QVector<CountedRecord> unitRecords(qint64 unitId, int indicator) const;

    // The maintained indicators behind a trend or kind key, for the list behind a number. Clues
    // count county-wide; inside a unit they count by their subjects' units.
    QStringList indicatorsOf(const QString &key) const;
    // The first and last period of a category of periods(): a month, or a year's months.
    QPair<QString, QString> periodRange(const QString &period) const;
    QVector<CountedRecord> records(const QString &key, const QString &fromPeriod,
                                   const QString &toPeriod, const StatisticScope &scope) const;

private:
    int dutyReportYear() const;
    static QString expectedToReport();
    FigureSeries series(const QString &key, const QString &label) const;

    const Database &m_database;
    QSqlDatabase m_db;
    int m_fromYear;
    int m_toYear;
    StatisticScope m_scope;
    QDate m_today;
    StatisticCounts m_counts;
    QSet<qint64> m_allowedUnits; // an account limited to some units: those, else empty
};
