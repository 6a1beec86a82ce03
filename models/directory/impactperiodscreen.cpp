#include "impactperiodscreen.h"

#include "domain/impactperiods.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

// One measure row as read, before anything is decided about it.
struct ImpactPeriodScreen::MeasureRow
{
    qint64 cadreId = 0;
    MeasureRecord record;
    // The stacking group: sanctions of one system stack; a handling or an admonition stands
    // alone (an empty system).
    QString system;
    // The restoration of party rights as recorded, whatever its day.
    QDate recordedRestoration;
};

QString ImpactPeriodScreen::tableName()
{
    return QStringLiteral("cadres_in_impact_period");
}

ImpactPeriodScreen::ImpactPeriodScreen(const QSqlDatabase &db, Rules rules)
    : m_db(db)
    , m_rules(std::move(rules))
{}

void ImpactPeriodScreen::prepareTables() const
{
    // Temporary tables live in memory, per connection, and work on read-only files too.
    Sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (as_of TEXT NOT NULL, "
                                  "cadre_id INTEGER NOT NULL, until TEXT, permanent INTEGER NOT "
                                  "NULL, PRIMARY KEY (as_of, cadre_id)) WITHOUT ROWID")
                       .arg(tableName()));
}

// The longest period any rule row gives each measure; a permanent measure without months is
// there too, so that every measure the bound counts is a key.
QHash<QString, ImpactPeriodScreen::Reach> ImpactPeriodScreen::reaches() const
{
    QHash<QString, Reach> reach;
    for (const RuleRow &row : m_rules.rows()) {
        if (row.months)
            reach[row.measure].months = std::max(reach.value(row.measure).months, *row.months);
    }
    reach[QStringLiteral("admonition")].months = m_rules.admonitionMonths();
    for (const QString &measure : Rules::measures()) {
        if (Rules::isPermanent(measure))
            reach[measure].permanent = true;
    }
    return reach;
}

template<typename Visit>
void ImpactPeriodScreen::readMeasures(QDate asOf, Visit visit) const
{
    // Every measure in force by asOf: a few tens of thousands of rows in a province, read once.
    // The bounds and the periods are worked out here rather than by the database's date
    // functions, and the rows put in cadre order here rather than sorted by the database: both
    // cost more there than the reading. Each table is read in its own order.
    const QString day = asOf.toString(Qt::ISODate);
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT cadre_id, id, system, kind, effective_date, probation_months, "
            "rights_restored_date, 0 FROM sanctions WHERE +effective_date <= ? "
            "UNION ALL SELECT cadre_id, id, 'handling', kind, effective_date, NULL, NULL, 1 "
            "FROM organizational_handlings WHERE +effective_date <= ? "
            "UNION ALL SELECT cadre_id, id, 'admonition', NULL, effective_date, NULL, NULL, 2 "
            "FROM admonitions WHERE +effective_date <= ?"),
        {day, day, day});
    std::vector<MeasureRow> all;
    while (query.next()) {
        MeasureRow row;
        row.cadreId = query.value(0).toLongLong();
        MeasureRecord &record = row.record;
        record.id = query.value(1).toLongLong();
        const int source = query.value(7).toInt();
        const QString system = query.value(2).toString();
        if (source == 2) {
            record.measure = system;
        } else {
            record.measure = system + QLatin1Char('.') + query.value(3).toString();
            if (source == 0)
                row.system = system;
        }
        record.effectiveDate = Sql::date(query.value(4));
        if (!query.value(5).isNull())
            record.probationMonths = query.value(5).toInt();
        row.recordedRestoration = Sql::date(query.value(6));
        // As OpinionService reads them: a restoration recorded for a later day does not count yet.
        if (row.recordedRestoration.isValid() && row.recordedRestoration <= asOf)
            record.rightsRestoredDate = row.recordedRestoration;
        all.push_back(std::move(row));
    }
    std::stable_sort(all.begin(), all.end(), [](const MeasureRow &a, const MeasureRow &b) {
        return a.cadreId < b.cadreId;
    });
    std::vector<MeasureRow> rows;
    for (MeasureRow &row : all) {
        if (!rows.empty() && rows.front().cadreId != row.cadreId) {
            visit(rows.front().cadreId, rows);
            rows.clear();
        }
        rows.push_back(std::move(row));
    }
    if (!rows.empty())
        visit(rows.front().cadreId, rows);
}

bool ImpactPeriodScreen::mayReach(const std::vector<MeasureRow> &rows, QDate asOf,
                                  const QHash<QString, Reach> &reach)
{
    // Per group: the latest effective day, plus each member's bound (31 days a month, from its
    // start), plus one day per member for the inclusive counting of carried-over days.
    struct Bound
    {
        QString system;
        qint64 latest = std::numeric_limits<qint64>::min();
        qint64 span = 0;
    };
    std::vector<Bound> stacked; // one per sanction system: at most three
    const qint64 target = asOf.toJulianDay();
    for (const MeasureRow &row : rows) {
        const auto found = reach.constFind(row.record.measure);
        if (found == reach.constEnd() || !row.record.effectiveDate.isValid())
            continue;
        if (found->permanent)
            return true;
        const QDate effective = row.record.effectiveDate;
        // A probation's period runs from the restoration of party rights: at the latest the
        // recorded restoration or the end of the longest (24-month) term, with a day to spare
        // for the ends of months.
        QDate start = effective;
        if (row.record.measure == QLatin1String("party.probation"))
            start
                = std::max(row.recordedRestoration.isValid() ? row.recordedRestoration : effective,
                           effective.addMonths(24).addDays(1));
        const qint64 span = effective.daysTo(start) + 31 * qint64(found->months) + 1;
        if (row.system.isEmpty()) {
            if (effective.toJulianDay() + span >= target)
                return true;
            continue;
        }
        auto bound = std::find_if(stacked.begin(), stacked.end(),
                                  [&](const Bound &b) { return b.system == row.system; });
        if (bound == stacked.end())
            bound = stacked.insert(stacked.end(), Bound{row.system});
        bound->latest = std::max(bound->latest, effective.toJulianDay());
        bound->span += span;
    }
    for (const Bound &bound : stacked)
        if (bound.latest + bound.span >= target)
            return true;
    return false;
}

std::vector<qint64> ImpactPeriodScreen::candidates(QDate asOf) const
{
    const QHash<QString, Reach> reach = reaches();
    std::vector<qint64> ids;
    readMeasures(asOf, [&](qint64 cadreId, const std::vector<MeasureRow> &rows) {
        if (mayReach(rows, asOf, reach))
            ids.push_back(cadreId);
    });
    return ids;
}

int ImpactPeriodScreen::refresh(QDate asOf) const
{
    prepareTables();
    const QString day = asOf.toString(Qt::ISODate);
    Sql::run(m_db, QStringLiteral("DELETE FROM temp.%1 WHERE as_of = ?").arg(tableName()), {day});
    QSqlQuery insert = Sql::prepare(m_db, QStringLiteral("INSERT INTO temp.%1 (as_of, cadre_id, "
                                                         "until, permanent) VALUES (?, ?, ?, ?)")
                                              .arg(tableName()));
    const QHash<QString, Reach> reach = reaches();
    int inside = 0;
    std::vector<MeasureRecord> records;
    readMeasures(asOf, [&](qint64 cadreId, const std::vector<MeasureRow> &rows) {
        // Only a cadre whose measures may reach the day is worked out exactly.
        if (!mayReach(rows, asOf, reach))
            return;
        records.clear();
        for (const MeasureRow &row : rows)
            records.push_back(row.record);
        QDate until;
        bool permanent = false;
        for (const ImpactPeriod &impact : computeImpactPeriods(records, m_rules)) {
            if (!impact.period.contains(asOf))
                continue;
            permanent = permanent || impact.period.permanent;
            if (impact.period.last.isValid() && (!until.isValid() || until < impact.period.last))
                until = impact.period.last;
        }
        if (!permanent && !until.isValid())
            return;
        insert.bindValue(0, day);
        insert.bindValue(1, cadreId);
        insert.bindValue(2, until.isValid() ? QVariant(until.toString(Qt::ISODate))
                                            : QVariant(QMetaType(QMetaType::QString)));
        insert.bindValue(3, permanent ? 1 : 0);
        Sql::exec(insert);
        ++inside;
    });
    return inside;
}
