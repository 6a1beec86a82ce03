#include "statisticcounts.h"

#include "domain/session.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace {

QStringList prefixed(const char *prefix, std::initializer_list<const char *> kinds)
{
    QStringList keys;
    for (const char *kind : kinds)
        keys << QLatin1String(prefix) + QLatin1String(kind);
    return keys;
}

QVariantList values(const QStringList &strings)
{
    QVariantList list;
    for (const QString &string : strings)
        list << string;
    return list;
}

// Cadre counts have the empty period: a null string would bind as NULL and match nothing.
QVariant period(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

StatisticCounts::StatisticCounts(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{
    const Session *session = database.session();
    if (session && !session->allUnits)
        m_accountId = session->accountId;
}

StatisticScope StatisticCounts::limited(const StatisticScope &scope) const
{
    StatisticScope narrowed = scope;
    if (m_accountId > 0)
        narrowed.accountId = m_accountId;
    return narrowed;
}

QStringList StatisticCounts::indicators()
{
    // The kinds the schema allows (001_schema.sql), as the view statistic_sources names them;
    // the four forms by number (006_four_forms_counts.sql).
    static const QStringList all = [] {
        QStringList keys;
        keys << prefixed("cadre.", {"serving", "retired", "transferred", "deceased"})
             << prefixed("talk.", {"reminder", "admonition", "integrity", "pre_appointment",
                                   "heart_to_heart", "collective", "warning"})
             << QStringLiteral("admonition") << QStringLiteral("admonition.talk_only")
             << prefixed("sanction.party.", {"warning", "serious_warning",
                                             "removal_from_party_post", "probation", "expulsion"})
             << prefixed("sanction.government.", {"warning", "demerit", "major_demerit", "demotion",
                                                  "dismissal", "expulsion"})
             << prefixed("sanction.institution.",
                         {"warning", "demerit", "post_grade_lowering", "dismissal", "expulsion"})
             << prefixed("handling.", {"suspension", "post_adjustment", "ordered_resignation",
                                       "removal", "demotion"})
             << prefixed("duty_report.", {"duty_and_integrity", "principal_responsibility"})
             << QStringLiteral("personal_matters_report")
             << prefixed("case.", {"filed", "top_leader", "team_member", "two_responsibilities"})
             << prefixed("clue.", {"received", "disposed", "subject_received", "open"})
             << prefixed("inspection.", {"routine", "fixed_week", "special", "patrol"})
             << prefixed("finding.", {"found", "completed"})
             << prefixed("notice.", {"supervision_recommendation", "rectification_notice",
                                     "written_self_examination_order", "inspection_bulletin",
                                     "reminder_letter"})
             << prefixed("education.", {"warning_meeting", "integrity_lecture", "exhibition_visit",
                                        "case_film", "other"})
             << prefixed("form.", {"1", "2", "3", "4"});
        return keys;
    }();
    return all;
}

QStringList StatisticCounts::indicatorsStartingWith(const QString &prefix)
{
    QStringList keys;
    for (const QString &key : indicators()) {
        if (key.startsWith(prefix))
            keys << key;
    }
    return keys;
}

// The whole county reads the county-wide totals (migration 008): a row per indicator and
// period rather than one per unit.
QString StatisticCounts::table(const StatisticScope &scope)
{
    return scope.isWholeCounty() ? QStringLiteral("statistic_totals")
                                 : QStringLiteral("statistic_counts");
}

QString StatisticCounts::indicatorList(const QStringList &indicators) const
{
    QStringList marks;
    for (int i = 0; i < indicators.size(); ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

qint64 StatisticCounts::total(const QStringList &indicators, const QString &fromPeriod,
                              const QString &toPeriod, const StatisticScope &scope) const
{
    qint64 sum = 0;
    const auto sums = byIndicator(indicators, fromPeriod, toPeriod, scope);
    for (qint64 value : sums)
        sum += value;
    return sum;
}

QMap<QString, qint64> StatisticCounts::byIndicator(const QStringList &indicators,
                                                   const QString &fromPeriod,
                                                   const QString &toPeriod,
                                                   const StatisticScope &requestedScope) const
{
    const StatisticScope scope = limited(requestedScope);
    QMap<QString, qint64> sums;
    if (indicators.isEmpty())
        return sums;
    QSqlQuery query
        = Sql::run(m_db,
                   scope.with()
                       + QStringLiteral("SELECT indicator, sum(count) FROM %3 WHERE indicator "
                                        "IN (%1) AND period BETWEEN ? AND ?%2 GROUP BY indicator")
                             .arg(indicatorList(indicators), scope.test(QStringLiteral("unit_id")),
                                  table(scope)),
                   scope.withValues() + values(indicators)
                       + QVariantList{period(fromPeriod), period(toPeriod)});
    while (query.next()) {
        if (const qint64 value = query.value(1).toLongLong())
            sums.insert(query.value(0).toString(), value);
    }
    return sums;
}

QMap<QString, qint64> StatisticCounts::byPeriod(const QStringList &indicators,
                                                const QString &fromPeriod, const QString &toPeriod,
                                                const StatisticScope &requestedScope) const
{
    const StatisticScope scope = limited(requestedScope);
    QMap<QString, qint64> sums;
    if (indicators.isEmpty())
        return sums;
    QSqlQuery query
        = Sql::run(m_db,
                   scope.with()
                       + QStringLiteral("SELECT period, sum(count) FROM %3 WHERE indicator "
                                        "IN (%1) AND period BETWEEN ? AND ?%2 GROUP BY period")
                             .arg(indicatorList(indicators), scope.test(QStringLiteral("unit_id")),
                                  table(scope)),
                   scope.withValues() + values(indicators)
                       + QVariantList{period(fromPeriod), period(toPeriod)});
    while (query.next()) {
        if (const qint64 value = query.value(1).toLongLong())
            sums.insert(query.value(0).toString(), value);
    }
    return sums;
}

QMap<qint64, qint64> StatisticCounts::byUnit(const QStringList &indicators,
                                             const QString &fromPeriod, const QString &toPeriod,
                                             const StatisticScope &requestedScope) const
{
    const StatisticScope scope = limited(requestedScope);
    QMap<qint64, qint64> sums;
    if (indicators.isEmpty())
        return sums;
    QSqlQuery query = Sql::run(
        m_db,
        scope.with()
            + QStringLiteral("SELECT unit_id, sum(count) FROM statistic_counts WHERE indicator "
                             "IN (%1) AND period BETWEEN ? AND ?%2 GROUP BY unit_id")
                  .arg(indicatorList(indicators), scope.test(QStringLiteral("unit_id"))),
        scope.withValues() + values(indicators)
            + QVariantList{period(fromPeriod), period(toPeriod)});
    while (query.next()) {
        if (const qint64 value = query.value(1).toLongLong())
            sums.insert(query.value(0).toLongLong(), value);
    }
    return sums;
}

QVector<CountedRecord> StatisticCounts::records(const QStringList &indicators,
                                                const QString &fromPeriod, const QString &toPeriod,
                                                const StatisticScope &requestedScope,
                                                int limit) const
{
    const StatisticScope scope = limited(requestedScope);
    QVector<CountedRecord> rows;
    if (indicators.isEmpty())
        return rows;
    QSqlQuery query = Sql::run(
        m_db,
        scope.with()
            + QStringLiteral(
                  "SELECT s.record_table, s.record_id, coalesce(s.cadre_id, 0), s.period, "
                  "s.unit_id, s.indicator, coalesce(c.name, ''), coalesce(u.name, '') "
                  "FROM statistic_sources s LEFT JOIN cadres c ON c.id = s.cadre_id "
                  "LEFT JOIN units u ON u.id = s.unit_id WHERE s.indicator IN (%1) "
                  "AND s.period BETWEEN ? AND ?%2 ORDER BY s.period DESC, s.record_id DESC "
                  "LIMIT ?")
                  .arg(indicatorList(indicators), scope.test(QStringLiteral("s.unit_id"))),
        scope.withValues() + values(indicators)
            + QVariantList{period(fromPeriod), period(toPeriod), limit});
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toLongLong(),
                     query.value(2).toLongLong(), query.value(3).toString(),
                     query.value(4).toLongLong(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString()});
    }
    return rows;
}
