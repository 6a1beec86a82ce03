#include "yearlystatistics.h"

#include "storage/rulesstore.h"
#include "storage/sql.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace {

QString firstDay(int year)
{
    return QDate(year, 1, 1).toString(Qt::ISODate);
}

QString lastDay(int year)
{
    return QDate(year, 12, 31).toString(Qt::ISODate);
}

} // namespace

QStringList YearlyStatistics::keys()
{
    return {QStringLiteral("reminder_talks"),
            QStringLiteral("admonition_talks"),
            QStringLiteral("inspections"),
            QStringLiteral("rectifications"),
            QStringLiteral("rectifications_completed"),
            QStringLiteral("recommendation_letters"),
            QStringLiteral("rectification_notices"),
            QStringLiteral("written_self_examinations"),
            QStringLiteral("inspection_bulletins"),
            QStringLiteral("clues_received"),
            QStringLiteral("clues_disposed"),
            QStringLiteral("cases_filed"),
            QStringLiteral("two_responsibilities_cases"),
            QStringLiteral("top_leader_cases"),
            QStringLiteral("warning_education_sessions"),
            QStringLiteral("integrity_lectures")};
}

QJsonObject YearlyStatistics::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("year"), year);
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        object.insert(it.key(), it.value());
    object.insert(QStringLiteral("top_leader_cases_change"),
                  topLeaderCasesChange ? QJsonValue(*topLeaderCasesChange) : QJsonValue());
    QJsonObject forms;
    for (int form = 1; form <= 4; ++form)
        forms.insert(QString::number(form), fourForms[form - 1]);
    object.insert(QStringLiteral("four_forms"), forms);
    return object;
}

StatisticsService::StatisticsService(const QSqlDatabase &db)
    : m_db(db)
    , m_rules(RulesStore::load(db))
{}

qint64 StatisticsService::count(const QString &statement, const QVariantList &values) const
{
    return Sql::scalar(m_db, statement, values).toLongLong();
}

qint64 StatisticsService::topLeaderCases(int year) const
{
    return count(QStringLiteral("SELECT count(*) FROM cases c JOIN case_subjects s "
                                "ON s.case_id = c.id WHERE c.filed_date BETWEEN ? AND ? "
                                "AND s.was_top_leader = 1"),
                 {firstDay(year), lastDay(year)});
}

YearlyStatistics StatisticsService::year(int year) const
{
    YearlyStatistics statistics;
    statistics.year = year;
    const QVariantList range = {firstDay(year), lastDay(year)};
    auto rangeWith = [&](const QString &kind) {
        return QVariantList{range.at(0), range.at(1), kind};
    };
    auto &counts = statistics.counts;
    const QString talks
        = QStringLiteral("SELECT count(*) FROM talks WHERE talk_date BETWEEN ? AND ? AND kind = ?");
    counts[QStringLiteral("reminder_talks")] = count(talks, rangeWith(QStringLiteral("reminder")));
    counts[QStringLiteral("admonition_talks")]
        = count(talks, rangeWith(QStringLiteral("admonition")));
    counts[QStringLiteral("inspections")] = count(
        QStringLiteral("SELECT count(*) FROM inspections WHERE start_date BETWEEN ? AND ?"), range);
    counts[QStringLiteral("rectifications")] = count(
        QStringLiteral("SELECT count(*) FROM findings WHERE found_date BETWEEN ? AND ?"), range);
    counts[QStringLiteral("rectifications_completed")] = count(
        QStringLiteral("SELECT count(*) FROM findings WHERE completed_date BETWEEN ? AND ?"),
        range);
    const QString notices = QStringLiteral(
        "SELECT count(*) FROM notices WHERE issued_date BETWEEN ? AND ? AND kind = ?");
    counts[QStringLiteral("recommendation_letters")]
        = count(notices, rangeWith(QStringLiteral("supervision_recommendation")));
    counts[QStringLiteral("rectification_notices")]
        = count(notices, rangeWith(QStringLiteral("rectification_notice")));
    counts[QStringLiteral("written_self_examinations")]
        = count(notices, rangeWith(QStringLiteral("written_self_examination_order")));
    counts[QStringLiteral("inspection_bulletins")]
        = count(notices, rangeWith(QStringLiteral("inspection_bulletin")));
    counts[QStringLiteral("clues_received")] = count(
        QStringLiteral("SELECT count(*) FROM clues WHERE received_date BETWEEN ? AND ?"), range);
    // A clue is disposed when its proposal is decided: the step out of disposition_proposed.
    counts[QStringLiteral("clues_disposed")] = count(
        QStringLiteral("SELECT count(DISTINCT clue_id) FROM clue_steps WHERE step_date BETWEEN ? "
                       "AND ? AND from_state = 'disposition_proposed'"),
        range);
    counts[QStringLiteral("cases_filed")] = count(
        QStringLiteral("SELECT count(*) FROM cases c JOIN case_subjects s ON s.case_id = c.id "
                       "WHERE c.filed_date BETWEEN ? AND ?"),
        range);
    counts[QStringLiteral("two_responsibilities_cases")] = count(
        QStringLiteral("SELECT count(*) FROM cases c JOIN case_subjects s ON s.case_id = c.id "
                       "WHERE c.filed_date BETWEEN ? AND ? AND c.accountability IS NOT NULL"),
        range);
    const qint64 leaders = topLeaderCases(year);
    counts[QStringLiteral("top_leader_cases")] = leaders;
    const qint64 previous = topLeaderCases(year - 1);
    if (previous > 0)
        statistics.topLeaderCasesChange = double(leaders - previous) / double(previous);
    counts[QStringLiteral("warning_education_sessions")] = count(
        QStringLiteral("SELECT count(*) FROM warning_education_events WHERE event_date BETWEEN ? "
                       "AND ? AND kind <> 'integrity_lecture'"),
        range);
    counts[QStringLiteral("integrity_lectures")] = count(
        QStringLiteral("SELECT count(*) FROM warning_education_events WHERE event_date BETWEEN ? "
                       "AND ? AND kind = 'integrity_lecture'"),
        range);
    countFourForms(year, &statistics);
    return statistics;
}

void StatisticsService::countFourForms(int year, YearlyStatistics *statistics) const
{
    const QDate asOf(year, 12, 31);
    auto add = [&](const QString &measure, qint64 times) {
        const auto form = m_rules.form(measure, asOf);
        if (form && *form >= 1 && *form <= 4)
            statistics->fourForms[*form - 1] += times;
    };
    const QVariantList range = {firstDay(year), lastDay(year)};

    QSqlQuery talks = Sql::run(m_db,
                               QStringLiteral("SELECT 'talk.' || kind, count(*) FROM talks "
                                              "WHERE talk_date BETWEEN ? AND ? GROUP BY kind"),
                               range);
    while (talks.next())
        add(talks.value(0).toString(), talks.value(1).toLongLong());

    // Admonitions given in a case join the case's other measures below.
    add(QStringLiteral("admonition"),
        count(QStringLiteral("SELECT count(*) FROM admonitions WHERE effective_date BETWEEN ? "
                             "AND ? AND case_id IS NULL"),
              range));

    // Clues that ended with something said to the cadre: closed after an inquiry or a
    // verification, with the explanation accepted or a first-form measure.
    QSqlQuery closures = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT CASE st.from_state WHEN 'inquiry_replied' THEN 'clue.inquiry_closed' "
            "ELSE 'clue.verification_closed' END, count(*) FROM clue_steps st "
            "JOIN clue_subjects s ON s.clue_id = st.clue_id "
            "WHERE st.step_date BETWEEN ? AND ? AND st.to_state = 'closed' "
            "AND st.from_state IN ('inquiry_replied', 'preliminary_verification') "
            "AND s.outcome IN ('explanation_accepted', 'first_form_measure') "
            "GROUP BY 1"),
        range);
    while (closures.next())
        add(closures.value(0).toString(), closures.value(1).toLongLong());

    // Sanctions, handlings and admonitions in a case: one person-time per cadre and case, in the
    // heaviest form; a cadre transferred to the judiciary in that case counts in form 4 alone.
    QSet<QPair<qint64, qint64>> transferred;
    QSqlQuery transfers = Sql::run(m_db,
                                   QStringLiteral("SELECT cadre_id, case_id FROM case_subjects "
                                                  "WHERE transferred_to_judiciary BETWEEN ? AND ?"),
                                   range);
    while (transfers.next())
        transferred.insert({transfers.value(0).toLongLong(), transfers.value(1).toLongLong()});
    QHash<QPair<qint64, qint64>, int> heaviest;
    // Plain positional placeholders: Qt's SQLite driver refuses a numbered one used twice.
    QSqlQuery measures = Sql::run(
        m_db,
        QStringLiteral("SELECT cadre_id, case_id, system || '.' || kind FROM sanctions "
                       "WHERE effective_date BETWEEN ? AND ? "
                       "UNION ALL SELECT cadre_id, case_id, 'handling.' || kind "
                       "FROM organizational_handlings WHERE effective_date BETWEEN ? AND ? "
                       "UNION ALL SELECT cadre_id, case_id, 'admonition' FROM admonitions "
                       "WHERE effective_date BETWEEN ? AND ? AND case_id IS NOT NULL"),
        range + range + range);
    while (measures.next()) {
        const auto form = m_rules.form(measures.value(2).toString(), asOf);
        if (!form)
            continue;
        if (measures.value(1).isNull()) {
            statistics->fourForms[*form - 1] += 1;
            continue;
        }
        const QPair<qint64, qint64> key(measures.value(0).toLongLong(),
                                        measures.value(1).toLongLong());
        heaviest[key] = qMax(heaviest.value(key, 0), *form);
    }
    for (auto it = heaviest.constBegin(); it != heaviest.constEnd(); ++it) {
        if (!transferred.contains(it.key()))
            statistics->fourForms[it.value() - 1] += 1;
    }
    add(QStringLiteral("judicial_transfer"), transferred.size());
}
