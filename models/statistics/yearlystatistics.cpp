#include "yearlystatistics.h"

#include "access/access.h"
#include "fourformscount.h"
#include "statisticcounts.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDate>
#include <QHash>

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
            QStringLiteral("team_member_cases"),
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

StatisticsService::StatisticsService(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QStringList YearlyStatistics::indicatorsOf(const QString &key)
{
    // Each figure of the report and the maintained indicators it sums.
    static const QHash<QString, QStringList> map = {
        {QStringLiteral("reminder_talks"), {QStringLiteral("talk.reminder")}},
        // Each 诫勉 once, from whichever record holds it: the decision, else the talk.
        {QStringLiteral("admonition_talks"),
         {QStringLiteral("admonition"), QStringLiteral("admonition.talk_only")}},
        {QStringLiteral("inspections"),
         StatisticCounts::indicatorsStartingWith(QStringLiteral("inspection."))},
        {QStringLiteral("rectifications"), {QStringLiteral("finding.found")}},
        {QStringLiteral("rectifications_completed"), {QStringLiteral("finding.completed")}},
        {QStringLiteral("recommendation_letters"),
         {QStringLiteral("notice.supervision_recommendation")}},
        {QStringLiteral("rectification_notices"), {QStringLiteral("notice.rectification_notice")}},
        {QStringLiteral("written_self_examinations"),
         {QStringLiteral("notice.written_self_examination_order")}},
        {QStringLiteral("inspection_bulletins"), {QStringLiteral("notice.inspection_bulletin")}},
        {QStringLiteral("clues_received"), {QStringLiteral("clue.received")}},
        {QStringLiteral("clues_disposed"), {QStringLiteral("clue.disposed")}},
        {QStringLiteral("cases_filed"), {QStringLiteral("case.filed")}},
        {QStringLiteral("two_responsibilities_cases"),
         {QStringLiteral("case.two_responsibilities")}},
        {QStringLiteral("top_leader_cases"), {QStringLiteral("case.top_leader")}},
        {QStringLiteral("team_member_cases"), {QStringLiteral("case.team_member")}},
        {QStringLiteral("warning_education_sessions"),
         {QStringLiteral("education.warning_meeting"), QStringLiteral("education.exhibition_visit"),
          QStringLiteral("education.case_film"), QStringLiteral("education.other")}},
        {QStringLiteral("integrity_lectures"), {QStringLiteral("education.integrity_lecture")}},
    };
    return map.value(key);
}

qint64 StatisticsService::disposedWithin(int year, const StatisticScope &scope) const
{
    // Inside some units a clue counts when one of its subjects is theirs: counted from the
    // records, as the kept counts hold disposals county-wide only. The clues of a few units in a
    // year are few.
    return Sql::scalar(
               m_db,
               scope.with()
                   + QStringLiteral(
                       "SELECT count(*) FROM clue_steps st WHERE st.from_state = "
                       "'disposition_proposed' AND st.step_date BETWEEN ? AND ? AND NOT EXISTS "
                       "(SELECT 1 FROM clue_steps e WHERE e.clue_id = st.clue_id AND "
                       "e.from_state = 'disposition_proposed' AND (e.step_date < st.step_date OR "
                       "(e.step_date = st.step_date AND e.id < st.id))) AND EXISTS (SELECT 1 FROM "
                       "clue_subjects s JOIN cadres c ON c.id = s.cadre_id WHERE s.clue_id = "
                       "st.clue_id")
                   + scope.test(QStringLiteral("c.unit_id")) + QStringLiteral(")"),
               scope.withValues()
                   + QVariantList{QStringLiteral("%1-01-01").arg(year),
                                  QStringLiteral("%1-12-31").arg(year)})
        .toLongLong();
}

YearlyStatistics StatisticsService::year(int year, const StatisticScope &requestedScope) const
{
    const StatisticScope scope = requestedScope.normalized(m_db).within(
        Access::require(m_database, Permission::ReadDossiers));
    YearlyStatistics statistics;
    statistics.year = year;
    // One read of the year's maintained counts, and one of the year before for the change.
    const StatisticCounts counts(m_database);
    const QStringList all = StatisticCounts::indicators();
    const auto sums = counts.byIndicator(all, StatisticCounts::yearStart(year),
                                         StatisticCounts::yearEnd(year), scope);
    for (const QString &key : YearlyStatistics::keys()) {
        qint64 value = 0;
        for (const QString &indicator : YearlyStatistics::indicatorsOf(key))
            value += sums.value(indicator);
        statistics.counts.insert(key, value);
    }
    // A clue counts county-wide; inside some units, by its subjects there, as the dashboard
    // counts it.
    if (!scope.isWholeCounty()) {
        statistics.counts.insert(QStringLiteral("clues_received"),
                                 sums.value(QStringLiteral("clue.subject_received")));
        statistics.counts.insert(QStringLiteral("clues_disposed"), disposedWithin(year, scope));
    }
    const qint64 previous
        = counts.total({QStringLiteral("case.top_leader")}, StatisticCounts::yearStart(year - 1),
                       StatisticCounts::yearEnd(year - 1), scope);
    if (previous > 0) {
        const qint64 leaders = statistics.counts.value(QStringLiteral("top_leader_cases"));
        statistics.topLeaderCasesChange = double(leaders - previous) / double(previous);
    }
    // The four forms are among the counts read above.
    for (int form = 1; form <= 4; ++form)
        statistics.fourForms[form - 1] = sums.value(FourFormsCount::indicator(form));
    return statistics;
}
