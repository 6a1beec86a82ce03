#include "impactperiodscreen.h"

#include "domain/impactperiods.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

namespace {

const QString kReachTable = QStringLiteral("impact_reach");
const QString kCandidateTable = QStringLiteral("impact_candidates");

// Each measure row with its upper-bound start: a probation's period runs from the restoration
// of party rights, at the latest the recorded restoration or the end of the longest (24-month)
// term. Sanctions group by system, since they stack; handlings and admonitions stand alone.
const char *const kMeasures
    = "measures(cadre_id, grp, measure, eff, start) AS ("
      "SELECT cadre_id, system, system || '.' || kind, effective_date, "
      "CASE WHEN system = 'party' AND kind = 'probation' THEN max(coalesce(rights_restored_date, "
      "effective_date), date(effective_date, '+24 months')) ELSE effective_date END "
      "FROM sanctions WHERE effective_date <= ? "
      "UNION ALL SELECT cadre_id, 'handling.' || id, 'handling.' || kind, effective_date, "
      "effective_date FROM organizational_handlings WHERE effective_date <= ? "
      "UNION ALL SELECT cadre_id, 'admonition.' || id, 'admonition', effective_date, "
      "effective_date FROM admonitions WHERE effective_date <= ?), ";

// The furthest day a group's periods can reach: its latest start plus every member's bound
// (31 days a month), plus one day per member for the inclusive counting of carried-over days.
const char *const kCandidates
    = "reach(cadre_id, last_day, permanent) AS ("
      "SELECT m.cadre_id, julianday(max(m.eff)) + sum(julianday(m.start) - julianday(m.eff) "
      "+ 31 * r.months) + count(*), max(r.permanent) FROM measures m JOIN temp.impact_reach r "
      "ON r.measure = m.measure GROUP BY m.cadre_id, m.grp), "
      "candidates(cadre_id) AS (SELECT DISTINCT cadre_id FROM reach "
      "WHERE permanent = 1 OR last_day >= julianday(?)) ";

} // namespace

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
    Sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (measure TEXT PRIMARY KEY, "
                                  "months INTEGER, permanent INTEGER NOT NULL)")
                       .arg(kReachTable));
    Sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (cadre_id INTEGER PRIMARY "
                                  "KEY)")
                       .arg(kCandidateTable));
    writeReach();
}

// The longest period any rule row gives each measure.
void ImpactPeriodScreen::writeReach() const
{
    QHash<QString, int> months;
    for (const RuleRow &row : m_rules.rows()) {
        if (row.months)
            months[row.measure] = std::max(months.value(row.measure), *row.months);
    }
    months[QStringLiteral("admonition")] = m_rules.admonitionMonths();
    Sql::run(m_db, QStringLiteral("DELETE FROM temp.%1").arg(kReachTable));
    QSqlQuery insert = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO temp.%1 (measure, months, permanent) VALUES (?, ?, ?)")
                  .arg(kReachTable));
    QStringList measures = Rules::measures();
    for (auto it = months.constBegin(); it != months.constEnd(); ++it) {
        if (!measures.contains(it.key()))
            measures << it.key();
    }
    for (const QString &measure : measures) {
        const bool permanent = Rules::isPermanent(measure);
        if (!permanent && !months.contains(measure))
            continue;
        insert.bindValue(0, measure);
        insert.bindValue(1, months.contains(measure) ? QVariant(months.value(measure))
                                                     : QVariant(QMetaType(QMetaType::Int)));
        insert.bindValue(2, permanent ? 1 : 0);
        Sql::exec(insert);
    }
}

std::vector<qint64> ImpactPeriodScreen::candidates(QDate asOf) const
{
    prepareTables();
    const QString day = asOf.toString(Qt::ISODate);
    QSqlQuery query
        = Sql::run(m_db,
                   QStringLiteral("WITH ") + QLatin1String(kMeasures) + QLatin1String(kCandidates)
                       + QStringLiteral("SELECT cadre_id FROM candidates ORDER BY 1"),
                   {day, day, day, day});
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

int ImpactPeriodScreen::refresh(QDate asOf) const
{
    prepareTables();
    const QString day = asOf.toString(Qt::ISODate);
    // The candidates' measures as they stood on asOf, as OpinionService reads them: a restoration
    // of rights recorded for a later day does not count yet.
    // The candidates once, kept for the three reads of their measures.
    Sql::run(m_db, QStringLiteral("DELETE FROM temp.%1").arg(kCandidateTable));
    Sql::run(m_db,
             QStringLiteral("WITH ") + QLatin1String(kMeasures) + QLatin1String(kCandidates)
                 + QStringLiteral("INSERT INTO temp.%1 (cadre_id) SELECT cadre_id FROM candidates")
                       .arg(kCandidateTable),
             {day, day, day, day});
    const QString candidates
        = QStringLiteral("cadre_id IN (SELECT cadre_id FROM temp.%1)").arg(kCandidateTable);
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT cadre_id, id, system || '.' || kind, effective_date, probation_months, "
            "CASE WHEN rights_restored_date <= ? THEN rights_restored_date END "
            "FROM sanctions WHERE effective_date <= ? AND %1 "
            "UNION ALL SELECT cadre_id, id, 'handling.' || kind, effective_date, NULL, NULL "
            "FROM organizational_handlings WHERE effective_date <= ? AND %1 "
            "UNION ALL SELECT cadre_id, id, 'admonition', effective_date, NULL, NULL "
            "FROM admonitions WHERE effective_date <= ? AND %1 ORDER BY 1")
            .arg(candidates),
        {day, day, day, day});

    Sql::run(m_db, QStringLiteral("DELETE FROM temp.%1 WHERE as_of = ?").arg(tableName()), {day});
    QSqlQuery insert = Sql::prepare(m_db, QStringLiteral("INSERT INTO temp.%1 (as_of, cadre_id, "
                                                         "until, permanent) VALUES (?, ?, ?, ?)")
                                              .arg(tableName()));
    int inside = 0;
    qint64 cadreId = 0;
    std::vector<MeasureRecord> records;
    const auto decide = [&] {
        if (records.empty())
            return;
        QDate until;
        bool permanent = false;
        for (const ImpactPeriod &impact : computeImpactPeriods(records, m_rules)) {
            if (!impact.period.contains(asOf))
                continue;
            permanent = permanent || impact.period.permanent;
            if (impact.period.last.isValid() && (!until.isValid() || until < impact.period.last))
                until = impact.period.last;
        }
        records.clear();
        if (!permanent && !until.isValid())
            return;
        insert.bindValue(0, day);
        insert.bindValue(1, cadreId);
        insert.bindValue(2, until.isValid() ? QVariant(until.toString(Qt::ISODate))
                                            : QVariant(QMetaType(QMetaType::QString)));
        insert.bindValue(3, permanent ? 1 : 0);
        Sql::exec(insert);
        ++inside;
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != cadreId) {
            decide();
            cadreId = id;
        }
        MeasureRecord record;
        record.id = query.value(1).toLongLong();
        record.measure = query.value(2).toString();
        record.effectiveDate = Sql::date(query.value(3));
        if (!query.value(4).isNull())
            record.probationMonths = query.value(4).toInt();
        record.rightsRestoredDate = Sql::date(query.value(5));
        records.push_back(record);
    }
    decide();
    return inside;
}
