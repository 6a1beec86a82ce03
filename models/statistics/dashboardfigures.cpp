#include "dashboardfigures.h"

#include "access/access.h"
#include "domain/rules.h"
#include "domain/session.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString year(int value)
{
    return QString::number(value);
}

} // namespace

DashboardFigures::DashboardFigures(const Database &database, int fromYear, int toYear,
                                   const StatisticScope &scope, QDate today)
    : m_database(database)
    , m_db(database.connection())
    , m_fromYear(qMin(fromYear, toYear))
    , m_toYear(qMax(fromYear, toYear))
    , m_scope(scope)
    , m_today(today)
    , m_counts(database)
{
    // An account limited to some units sees the figures of those units only.
    const Session &session = Access::require(m_database, Permission::ReadDossiers);
    m_scope = scope.normalized(m_db).within(session);
    if (!session.allUnits)
        m_allowedUnits = session.units;
}

QStringList DashboardFigures::periods() const
{
    QStringList periods;
    for (int y = m_fromYear; y <= m_toYear; ++y) {
        if (!byMonth()) {
            periods << year(y);
            continue;
        }
        for (int month = 1; month <= 12; ++month)
            periods << QStringLiteral("%1-%2").arg(y).arg(month, 2, 10, QLatin1Char('0'));
    }
    return periods;
}

QPair<QString, QString> DashboardFigures::periodRange(const QString &period) const
{
    if (period.size() == 4)
        return {period + QStringLiteral("-01"), period + QStringLiteral("-12")};
    return {period, period};
}

QStringList DashboardFigures::indicatorsOf(const QString &key) const
{
    if (key == QLatin1String("clues_received"))
        return {m_scope.isWholeCounty() ? QStringLiteral("clue.received")
                                        : QStringLiteral("clue.subject_received")};
    if (key == QLatin1String("clues_disposed"))
        return {QStringLiteral("clue.disposed")};
    if (key == QLatin1String("cases_filed"))
        return {QStringLiteral("case.filed")};
    if (key == QLatin1String("sanctions"))
        return StatisticCounts::indicatorsStartingWith(QStringLiteral("sanction."));
    if (key == QLatin1String("inspections"))
        return StatisticCounts::indicatorsStartingWith(QStringLiteral("inspection."));
    if (key == QLatin1String("rectifications_found"))
        return {QStringLiteral("finding.found")};
    if (key == QLatin1String("rectifications_completed"))
        return {QStringLiteral("finding.completed")};
    // The completion rate so far: the rectifications found and completed up to then.
    if (key == QLatin1String("rectification_rate"))
        return {QStringLiteral("finding.found"), QStringLiteral("finding.completed")};
    if (StatisticCounts::indicators().contains(key))
        return {key};
    return {};
}

FigureSeries DashboardFigures::series(const QString &key, const QString &label) const
{
    FigureSeries series{key, label, {}};
    const QStringList periods = this->periods();
    const auto sums = m_counts.byPeriod(indicatorsOf(key), periodRange(periods.first()).first,
                                        periodRange(periods.last()).second, m_scope);
    for (const QString &period : periods) {
        if (period.size() == 4) {
            double total = 0;
            for (auto it = sums.lowerBound(period + QStringLiteral("-01"));
                 it != sums.cend() && it.key() <= period + QStringLiteral("-12"); ++it)
                total += double(it.value());
            series.values << total;
        } else {
            series.values << double(sums.value(period));
        }
    }
    return series;
}

QVector<FigureSeries> DashboardFigures::trends() const
{
    QVector<FigureSeries> all;
    all << series(QStringLiteral("clues_received"), tr("Clues received"));
    // Disposals are counted county-wide only: a clue may concern cadres of several units.
    if (m_scope.isWholeCounty())
        all << series(QStringLiteral("clues_disposed"), tr("Clues disposed"));
    all << series(QStringLiteral("cases_filed"), tr("Cases filed (person-times)"))
        << series(QStringLiteral("sanctions"), tr("Sanctions"))
        << series(QStringLiteral("inspections"), tr("Inspections"));
    return all;
}

QVector<FigureSeries> DashboardFigures::talks() const
{
    static const char *const kinds[][2] = {
        {"talk.reminder", QT_TR_NOOP("Reminder talks")},
        {"talk.admonition", QT_TR_NOOP("Admonition talks")},
        {"talk.integrity", QT_TR_NOOP("Integrity talks")},
        {"talk.pre_appointment", QT_TR_NOOP("Pre-appointment talks")},
        {"talk.heart_to_heart", QT_TR_NOOP("Heart-to-heart talks")},
        {"talk.collective", QT_TR_NOOP("Collective talks")},
        {"talk.warning", QT_TR_NOOP("Warning talks")},
    };
    QVector<FigureSeries> all;
    for (const auto &kind : kinds)
        all << series(QLatin1String(kind[0]), tr(kind[1]));
    return all;
}

QVector<CountedRecord> DashboardFigures::fourFormsPersonTimes(int form) const
{
    return FourFormsCount(m_database)
        .personTimes(QDate(m_fromYear, 1, 1), QDate(m_toYear, 12, 31), m_scope, form);
}

std::array<qint64, 4> DashboardFigures::fourForms() const
{
    return FourFormsCount(m_database)
        .count(QDate(m_fromYear, 1, 1), QDate(m_toYear, 12, 31), m_scope);
}

QVector<FigureSeries> DashboardFigures::sanctionsByKind() const
{
    QVector<FigureSeries> all;
    const QStringList kinds = StatisticCounts::indicatorsStartingWith(QStringLiteral("sanction."))
                              + StatisticCounts::indicatorsStartingWith(QStringLiteral("handling."))
                              + QStringList{QStringLiteral("admonition")};
    const auto sums = m_counts.byIndicator(kinds, StatisticCounts::yearStart(m_fromYear),
                                           StatisticCounts::yearEnd(m_toYear), m_scope);
    for (const QString &kind : kinds) {
        if (sums.value(kind) > 0)
            all << FigureSeries{kind,
                                measureLabel(kind.startsWith(QLatin1String("sanction."))
                                                 ? kind.mid(int(qstrlen("sanction.")))
                                                 : kind),
                                {double(sums.value(kind))}};
    }
    return all;
}

QVector<FigureSeries> DashboardFigures::rectification() const
{
    FigureSeries found = series(QStringLiteral("rectifications_found"), tr("Rectifications found"));
    FigureSeries completed
        = series(QStringLiteral("rectifications_completed"), tr("Rectifications completed"));
    FigureSeries rate{QStringLiteral("rectification_rate"), tr("Completed so far (%)"), {}};
    double foundSoFar = 0;
    double completedSoFar = 0;
    for (int i = 0; i < found.values.size(); ++i) {
        foundSoFar += found.values.at(i);
        completedSoFar += completed.values.at(i);
        rate.values << (foundSoFar > 0 ? qMin(100.0, 100.0 * completedSoFar / foundSoFar) : 0.0);
    }
    return {found, completed, rate};
}

QStringList DashboardFigures::unitIndicators()
{
    return {QStringLiteral("clues_per_100_cadres"),   QStringLiteral("open_clues"),
            QStringLiteral("overdue_rectifications"), QStringLiteral("sanctions"),
            QStringLiteral("missing_duty_reports"),   QStringLiteral("top_leader_cases")};
}

QString DashboardFigures::unitIndicatorLabel(int index)
{
    switch (index) {
    case 0:
        return tr("Clues per 100 cadres");
    case 1:
        return tr("Open clues");
    case 2:
        return tr("Overdue rectifications");
    case 3:
        return tr("Sanctions");
    case 4:
        return tr("Missing duty reports");
    case 5:
        return tr("Top-leader cases");
    }
    return {};
}

QVector<UnitFigures> DashboardFigures::units() const
{
    // The rows: the units directly below the scope's unit; for the whole county the units
    // below the top unit (or the top units, where there are several).
    struct UnitRow
    {
        qint64 parent;
        QString name;
        QString kind;
    };
    QHash<qint64, UnitRow> all;
    QVector<qint64> tops;
    QSqlQuery units = Sql::run(m_db, QStringLiteral("SELECT id, coalesce(parent_id, 0), name, kind "
                                                    "FROM units ORDER BY sort_order, id"));
    QVector<qint64> order;
    while (units.next()) {
        const qint64 id = units.value(0).toLongLong();
        all.insert(id, {units.value(1).toLongLong(), units.value(2).toString(),
                        units.value(3).toString()});
        order << id;
        if (units.value(1).toLongLong() == 0)
            tops << id;
    }
    qint64 root = m_scope.rootUnitId;
    if (root <= 0 && tops.size() == 1)
        root = tops.first();
    QVector<qint64> rowIds;
    for (qint64 id : std::as_const(order)) {
        const UnitRow &unit = all.value(id);
        if (unit.parent == root && (m_scope.kind.isEmpty() || unit.kind == m_scope.kind))
            rowIds << id;
    }
    if (rowIds.isEmpty() && root > 0)
        rowIds << root;
    // For an account limited to some units, only the rows that hold some of them.
    if (!m_allowedUnits.isEmpty()) {
        QSet<qint64> held;
        for (qint64 unitId : std::as_const(m_allowedUnits)) {
            for (qint64 id = unitId; id > 0 && !held.contains(id); id = all.value(id).parent)
                held.insert(id);
        }
        rowIds.erase(std::remove_if(rowIds.begin(), rowIds.end(),
                                    [&](qint64 id) { return !held.contains(id); }),
                     rowIds.end());
    }
    // Each unit's row: itself or the ancestor that is a row.
    QHash<qint64, int> rowOf;
    for (int i = 0; i < rowIds.size(); ++i)
        rowOf.insert(rowIds.at(i), i);
    auto rowFor = [&](qint64 unitId) {
        for (int depth = 0; unitId > 0 && depth < 64; ++depth) {
            const auto found = rowOf.constFind(unitId);
            if (found != rowOf.constEnd())
                return *found;
            unitId = all.value(unitId).parent;
        }
        return -1;
    };

    const int indicatorCount = int(unitIndicators().size());
    QVector<UnitFigures> rows(rowIds.size());
    for (int i = 0; i < rowIds.size(); ++i) {
        rows[i].unitId = rowIds.at(i);
        rows[i].name = all.value(rowIds.at(i)).name;
        rows[i].values.fill(0, indicatorCount);
    }
    auto addPerUnit = [&](const QMap<qint64, qint64> &perUnit, int indicator) {
        for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it) {
            if (!m_allowedUnits.isEmpty() && !m_allowedUnits.contains(it.key()))
                continue;
            const int row = rowFor(it.key());
            if (row < 0)
                continue;
            if (indicator < 0)
                rows[row].cadres += it.value();
            else
                rows[row].values[indicator] += double(it.value());
        }
    };
    auto liveCount = [&](const QString &statement, const QVariantList &values) {
        QMap<qint64, qint64> perUnit;
        QSqlQuery query = Sql::run(m_db, statement, values);
        while (query.next())
            perUnit.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        return perUnit;
    };
    const QString from = StatisticCounts::yearStart(m_fromYear);
    const QString to = StatisticCounts::yearEnd(m_toYear);
    addPerUnit(
        m_counts.byUnit({QStringLiteral("cadre.serving")}, QStringLiteral(""), QStringLiteral("")),
        -1);
    addPerUnit(m_counts.byUnit({QStringLiteral("clue.subject_received")}, from, to), 0);
    // Open clues are kept as counts of the state now (period "").
    addPerUnit(
        m_counts.byUnit({QStringLiteral("clue.open")}, QStringLiteral(""), QStringLiteral("")), 1);
    addPerUnit(liveCount(QStringLiteral("SELECT i.unit_id, count(*) FROM findings f "
                                        "JOIN inspections i ON i.id = f.inspection_id "
                                        "WHERE f.status <> 'completed' AND f.deadline < ? "
                                        "GROUP BY i.unit_id"),
                         {m_today.toString(Qt::ISODate)}),
               2);
    addPerUnit(m_counts.byUnit(StatisticCounts::indicatorsStartingWith(QStringLiteral("sanction.")),
                               from, to),
               3);
    // Duty reports for the last year whose reports are due by today.
    const int reportYear = dutyReportYear();
    addPerUnit(liveCount(QStringLiteral("SELECT c.unit_id, count(*) FROM cadres c WHERE %1 "
                                        "GROUP BY c.unit_id")
                             .arg(expectedToReport()),
                         {reportYear - 1, reportYear}),
               4);
    addPerUnit(m_counts.byUnit({QStringLiteral("case.top_leader")}, from, to), 5);

    // Clues per 100 cadres from the count of clue subjects.
    for (UnitFigures &row : rows)
        row.values[0] = row.cadres > 0 ? 100.0 * row.values[0] / double(row.cadres) : 0.0;
    // Scores: each value over the column's highest, so every score traces to two numbers.
    QVector<double> highest(indicatorCount, 0);
    for (const UnitFigures &row : std::as_const(rows)) {
        for (int i = 0; i < indicatorCount; ++i)
            highest[i] = qMax(highest.at(i), row.values.at(i));
    }
    for (UnitFigures &row : rows) {
        row.scores.fill(0, indicatorCount);
        double sum = 0;
        for (int i = 0; i < indicatorCount; ++i) {
            row.scores[i] = highest.at(i) > 0 ? row.values.at(i) / highest.at(i) : 0.0;
            sum += row.scores.at(i);
        }
        row.score = sum / indicatorCount;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const UnitFigures &a, const UnitFigures &b) { return a.score > b.score; });
    return rows;
}

QVector<CountedRecord> DashboardFigures::records(const QString &key, const QString &fromPeriod,
                                                 const QString &toPeriod,
                                                 const StatisticScope &scope) const
{
    return m_counts.records(indicatorsOf(key), fromPeriod, toPeriod, scope);
}

// Serving cadres expected to report (top leaders, and whoever reported the year before: the
// year before binds first, then the year) whose report is missing. Read from the year before's
// reports and the top leaders through their indexes rather than from every cadre.
QString DashboardFigures::expectedToReport()
{
    return QStringLiteral(
        "c.id IN (SELECT cadre_id FROM duty_reports WHERE year = ? AND kind = "
        "'duty_and_integrity' UNION ALL SELECT id FROM cadres WHERE is_top_leader = 1) "
        "AND c.status = 'serving' AND NOT EXISTS (SELECT 1 FROM duty_reports d "
        "WHERE d.cadre_id = c.id AND d.year = ? AND d.kind = 'duty_and_integrity')");
}

// The last year whose duty reports are due by today (31 January of the year after).
int DashboardFigures::dutyReportYear() const
{
    return m_today >= QDate(m_toYear + 1, 1, 31) ? m_toYear : m_toYear - 1;
}

QVector<CountedRecord> DashboardFigures::unitRecords(qint64 unitId, int indicator) const
{
    if (indicator == AllOfUnit) {
        QVector<CountedRecord> all;
        for (int i = 0; i < unitIndicators().size(); ++i)
            all += unitRecords(unitId, i);
        return all;
    }
    const StatisticScope unit{unitId, QString(), m_scope.accountId};
    const QString from = StatisticCounts::yearStart(m_fromYear);
    const QString to = StatisticCounts::yearEnd(m_toYear);
    const QString now = QStringLiteral("");
    switch (indicator) {
    case CadresOfUnit:
        return m_counts.records({QStringLiteral("cadre.serving")}, now, now, unit);
    case 0:
        return m_counts.records({QStringLiteral("clue.subject_received")}, from, to, unit);
    case 1:
        return m_counts.records({QStringLiteral("clue.open")}, now, now, unit);
    case 3:
        return m_counts.records(
            StatisticCounts::indicatorsStartingWith(QStringLiteral("sanction.")), from, to, unit);
    case 5:
        return m_counts.records({QStringLiteral("case.top_leader")}, from, to, unit);
    default:
        break;
    }
    // The live figures, read as units() reads them.
    QString statement;
    QVariantList values = unit.withValues();
    if (indicator == 2) {
        statement = QStringLiteral(
            "SELECT 'findings', f.id, coalesce(f.responsible_cadre_id, 0), f.deadline, i.unit_id, "
            "'finding.overdue', coalesce(c.name, ''), u.name FROM findings f "
            "JOIN inspections i ON i.id = f.inspection_id JOIN units u ON u.id = i.unit_id "
            "LEFT JOIN cadres c ON c.id = f.responsible_cadre_id "
            "WHERE f.status <> 'completed' AND f.deadline < ?%1 ORDER BY f.deadline");
        values << m_today.toString(Qt::ISODate);
    } else if (indicator == 4) {
        statement
            = QStringLiteral("SELECT 'cadres', c.id, c.id, ?, c.unit_id, 'duty_report.missing', "
                             "c.name, u.name FROM cadres c JOIN units u ON u.id = c.unit_id WHERE ")
              + expectedToReport() + QStringLiteral("%1 ORDER BY c.name");
        const int year = dutyReportYear();
        values << QString::number(year) << year - 1 << year;
    } else {
        return {};
    }
    QVector<CountedRecord> records;
    QSqlQuery query
        = Sql::run(m_db,
                   unit.with()
                       + statement.arg(unit.test(indicator == 2 ? QStringLiteral("i.unit_id")
                                                                : QStringLiteral("c.unit_id"))),
                   values);
    while (query.next())
        records.append({query.value(0).toString(), query.value(1).toLongLong(),
                        query.value(2).toLongLong(), query.value(3).toString(),
                        query.value(4).toLongLong(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString()});
    return records;
}
