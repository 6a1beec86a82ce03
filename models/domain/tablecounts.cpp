#include "tablecounts.h"

#include "recordkinds.h"

namespace TableCounts {

namespace {

using Shape = Recount::Shape;

// A record counted by its own row of statistic_sources.
Recount ownRow(const QString &trigger, const QString &table)
{
    return {trigger, table,
            QStringLiteral("record_table = '%1' AND record_id = %2.id")
                .arg(table, QStringLiteral("%1"))};
}

// A talk or an admonition recorded for a clue decides whether the clue's closing counts as a
// form: the clue is recounted around it.
Recount aroundClue(const char *trigger, const char *table)
{
    return {QLatin1String(trigger),
            QLatin1String(table),
            QStringLiteral("clue_id = %1.clue_id"),
            Shape::Around,
            {},
            QStringLiteral("clue_id")};
}

// A measure in a case can change which form its cadre counts in for the case: the cadre's
// person-time in the case is recounted around it.
Recount aroundCase(const char *trigger, const char *table)
{
    return {QLatin1String(trigger),
            QLatin1String(table),
            QStringLiteral("record_table = 'cases' AND case_id = %1.case_id AND cadre_id = "
                           "%1.cadre_id"),
            Shape::Around,
            {},
            QStringLiteral("case_id")};
}

// The measures a cadre can get in a case, each with its form (views made in 006).
const char *const measureForms[] = {"sanction_forms", "handling_forms", "admonition_forms"};

// The rows of one measure view that stand for a cadre's person-time in a case: the heaviest
// form of all the cadre's measures in the case (the earliest on a tie, then the table and the
// id), and none when the cadre was transferred to the judiciary.
QString heaviestInCase(const char *view)
{
    QString sql
        = QStringLiteral(
              R"(SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'cases',
       x.case_id, x.cadre_id, NULL, x.case_id, NULL
    FROM %1 x JOIN cases k ON k.id = x.case_id JOIN cadres c ON c.id = x.cadre_id
    WHERE x.case_id IS NOT NULL AND x.form IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM case_subjects s WHERE s.case_id = x.case_id
                          AND s.cadre_id = x.cadre_id
                          AND s.transferred_to_judiciary IS NOT NULL))")
              .arg(QLatin1String(view));
    for (const char *other : measureForms)
        sql += QStringLiteral(R"(
      AND NOT EXISTS (SELECT 1 FROM %1 h WHERE h.cadre_id = x.cadre_id
                        AND h.case_id = x.case_id AND h.form IS NOT NULL
                        AND (h.form > x.form OR (h.form = x.form AND (
                             h.effective_date < x.effective_date
                             OR (h.effective_date = x.effective_date AND (
                                 h.table_order < x.table_order OR (h.table_order = x.table_order
                                 AND h.id < x.id))))))))")
                   .arg(QLatin1String(other));
    return sql;
}

} // namespace

QVector<Recount> recounts()
{
    QVector<Recount> all;
    // A kind's own statistics follow its rows.
    for (const RecordKind &kind : RecordKinds::all())
        if (!kind.statisticSources.isEmpty())
            all << ownRow(QStringLiteral("statistics_") + kind.table, kind.table);
    all << QVector<Recount>{
        // A cadre's counts follow the cadre's unit and status; deleting a cadre takes all of
        // them away first (the cascaded rows then no longer join a cadre and count nothing).
        {QStringLiteral("statistics_cadres"), QStringLiteral("cadres"),
         QStringLiteral("cadre_id = %1.id"), Shape::OwnRow, QStringLiteral("unit_id, status")},
        // An inspection carries its findings: they count in its unit.
        {QStringLiteral("statistics_inspections"), QStringLiteral("inspections"),
         QStringLiteral("inspection_id = %1.id")},
        // A case's subjects count in the month it was filed; a new case has none yet.
        {QStringLiteral("statistics_cases"),
         QStringLiteral("cases"),
         QStringLiteral("case_id = %1.id"),
         Shape::OwnRow,
         {},
         {},
         false},
        {QStringLiteral("statistics_case_subjects"), QStringLiteral("case_subjects"),
         QStringLiteral("case_id = %1.case_id AND cadre_id = %1.cadre_id")},
        // A clue is recounted whole when it, its steps or its subjects change.
        {QStringLiteral("statistics_clues"), QStringLiteral("clues"),
         QStringLiteral("clue_id = %1.id")},
        {QStringLiteral("statistics_clue_steps"), QStringLiteral("clue_steps"),
         QStringLiteral("clue_id = %1.clue_id"), Shape::Around},
        {QStringLiteral("statistics_clue_subjects"), QStringLiteral("clue_subjects"),
         QStringLiteral("clue_id = %1.clue_id"), Shape::Around},
        // An admonition decided on the day of an admonition talk is that talk's 诫勉: the
        // cadre's talks are recounted around it, so that each 诫勉 counts once.
        {QStringLiteral("statistics_admonitions_talks"), QStringLiteral("admonitions"),
         QStringLiteral("record_table = 'talks' AND cadre_id = %1.cadre_id"), Shape::Around},
        // The four forms.
        aroundClue("four_forms_talks_clue", "talks"),
        aroundClue("four_forms_admonitions_clue", "admonitions"),
        aroundCase("four_forms_sanctions_case", "sanctions"),
        aroundCase("four_forms_handlings_case", "organizational_handlings"),
        aroundCase("four_forms_admonitions_case", "admonitions"),
    };
    return all;
}

QStringList sources()
{
    QStringList all;
    for (const RecordKind &kind : RecordKinds::all())
        all << kind.statisticSources;
    // Counts that read several tables, or that a write to another table moves.
    all << QStringList{
        // A 诫勉 recorded only as a talk: one recorded as a decision too (an admonition of the
        // same cadre on the same day) counts once, as the admonition.
        QStringLiteral(R"(SELECT 'admonition.talk_only', substr(t.talk_date, 1, 7), c.unit_id,
       'talks', t.id, t.cadre_id, NULL, NULL, NULL
    FROM talks t JOIN cadres c ON c.id = t.cadre_id
    WHERE t.kind = 'admonition' AND NOT EXISTS (SELECT 1 FROM admonitions a
                      WHERE a.cadre_id = t.cadre_id AND a.effective_date = t.talk_date))"),
        QStringLiteral(
            R"(SELECT 'cadre.' || c.status, '', c.unit_id, 'cadres', c.id, c.id, NULL, NULL, NULL
    FROM cadres c)"),
        // Cases count person-times: one row per cadre in the case.
        QStringLiteral(R"(SELECT 'case.filed', substr(k.filed_date, 1, 7), c.unit_id,
       'cases', k.id, s.cadre_id, NULL, k.id, NULL
    FROM case_subjects s JOIN cases k ON k.id = s.case_id JOIN cadres c ON c.id = s.cadre_id)"),
        QStringLiteral(R"(SELECT 'case.top_leader', substr(k.filed_date, 1, 7), c.unit_id,
       'cases', k.id, s.cadre_id, NULL, k.id, NULL
    FROM case_subjects s JOIN cases k ON k.id = s.case_id JOIN cadres c ON c.id = s.cadre_id
    WHERE s.was_top_leader = 1)"),
        QStringLiteral(R"(SELECT 'case.team_member', substr(k.filed_date, 1, 7), c.unit_id,
       'cases', k.id, s.cadre_id, NULL, k.id, NULL
    FROM case_subjects s JOIN cases k ON k.id = s.case_id JOIN cadres c ON c.id = s.cadre_id
    WHERE s.was_top_leader = 0 AND s.was_team_member = 1)"),
        QStringLiteral(R"(SELECT 'case.two_responsibilities', substr(k.filed_date, 1, 7), c.unit_id,
       'cases', k.id, s.cadre_id, NULL, k.id, NULL
    FROM case_subjects s JOIN cases k ON k.id = s.case_id JOIN cadres c ON c.id = s.cadre_id
    WHERE k.accountability IS NOT NULL)"),
        QStringLiteral(R"(SELECT 'clue.received', substr(k.received_date, 1, 7), 0,
       'clues', k.id, NULL, k.id, NULL, NULL
    FROM clues k)"),
        // A clue is disposed once, in the month its first proposal was decided: a clue shelved and
        // reactivated is not disposed again.
        QStringLiteral(R"(SELECT 'clue.disposed', substr(st.step_date, 1, 7), 0,
       'clues', st.clue_id, NULL, st.clue_id, NULL, NULL
    FROM clue_steps st JOIN clues k ON k.id = st.clue_id
    WHERE st.from_state = 'disposition_proposed'
      AND NOT EXISTS (SELECT 1 FROM clue_steps e WHERE e.clue_id = st.clue_id
                          AND e.from_state = 'disposition_proposed'
                          AND (e.step_date < st.step_date
                               OR (e.step_date = st.step_date AND e.id < st.id))))"),
        QStringLiteral(R"(SELECT 'clue.subject_received', substr(k.received_date, 1, 7), c.unit_id,
       'clues', k.id, s.cadre_id, k.id, NULL, NULL
    FROM clue_subjects s JOIN clues k ON k.id = s.clue_id JOIN cadres c ON c.id = s.cadre_id)"),
        // Clues still being dealt with, by their subjects' units (no period: it is the state now).
        QStringLiteral(R"(SELECT 'clue.open', '', c.unit_id,
       'clues', k.id, s.cadre_id, k.id, NULL, NULL
    FROM clue_subjects s JOIN clues k ON k.id = s.clue_id JOIN cadres c ON c.id = s.cadre_id
    WHERE k.state IN ('registered', 'assigned', 'disposition_proposed',
                      'talk_or_letter_inquiry', 'inquiry_replied',
                      'preliminary_verification', 'shelved'))"),
        QStringLiteral(R"(SELECT 'inspection.' || i.kind, substr(i.start_date, 1, 7), i.unit_id,
       'inspections', i.id, NULL, NULL, NULL, i.id
    FROM inspections i)"),
        // Talks that are measures in themselves.
        QStringLiteral(R"(SELECT 'form.' || f.form, f.period, f.unit_id, 'talks', f.id, f.cadre_id,
       NULL, NULL, NULL
    FROM (SELECT t.id AS id, t.cadre_id AS cadre_id, c.unit_id AS unit_id,
                 substr(t.talk_date, 1, 7) AS period,
                 (SELECT form FROM four_form_classes WHERE measure = 'talk.' || t.kind AND year = substr(t.talk_date, 1, 4)) AS form
              FROM talks t JOIN cadres c ON c.id = t.cadre_id) f
    WHERE f.form IS NOT NULL)"),
        // Clues closed with something said to the cadre, unless a measure with a form was
        // recorded for that clue and cadre.
        QStringLiteral(
            R"(SELECT 'form.' || f.form, f.period, f.unit_id, 'clues', f.clue_id, f.cadre_id,
       f.clue_id, NULL, NULL
    FROM (SELECT st.clue_id AS clue_id, s.cadre_id AS cadre_id, c.unit_id AS unit_id,
                 substr(st.step_date, 1, 7) AS period,
                 (SELECT form FROM four_form_classes WHERE measure = CASE st.from_state WHEN 'inquiry_replied' THEN 'clue.inquiry_closed' ELSE 'clue.verification_closed' END AND year = substr(st.step_date, 1, 4)) AS form
              FROM clue_steps st JOIN clues k ON k.id = st.clue_id
              JOIN clue_subjects s ON s.clue_id = st.clue_id
              JOIN cadres c ON c.id = s.cadre_id
              WHERE +st.to_state = 'closed'
                AND +st.from_state IN ('inquiry_replied', 'preliminary_verification')
                AND s.outcome IN ('explanation_accepted', 'first_form_measure')
                AND NOT (s.outcome = 'first_form_measure' AND (
                    EXISTS (SELECT 1 FROM talks t WHERE t.cadre_id = s.cadre_id
                                AND t.clue_id = st.clue_id
                                AND (SELECT form FROM four_form_classes WHERE measure = 'talk.' || t.kind AND year = substr(t.talk_date, 1, 4)) IS NOT NULL)
                    OR EXISTS (SELECT 1 FROM admonitions a WHERE a.cadre_id = s.cadre_id
                                   AND a.clue_id = st.clue_id
                                   AND (SELECT form FROM four_form_classes WHERE measure = 'admonition' AND year = substr(a.effective_date, 1, 4))
                                       IS NOT NULL)))) f
    WHERE f.form IS NOT NULL)"),
        // (+: reach the steps through the clue, not through every closing)
        QStringLiteral(
            R"(SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'sanctions',
       x.id, x.cadre_id, NULL, NULL, NULL
    FROM sanction_forms x JOIN cadres c ON c.id = x.cadre_id
    WHERE x.case_id IS NULL AND x.form IS NOT NULL)"),
        QStringLiteral(
            R"(SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'organizational_handlings',
       x.id, x.cadre_id, NULL, NULL, NULL
    FROM handling_forms x JOIN cadres c ON c.id = x.cadre_id
    WHERE x.case_id IS NULL AND x.form IS NOT NULL)"),
        QStringLiteral(
            R"(SELECT 'form.' || x.form, substr(x.effective_date, 1, 7), c.unit_id, 'admonitions',
       x.id, x.cadre_id, NULL, NULL, NULL
    FROM admonition_forms x JOIN cadres c ON c.id = x.cadre_id
    WHERE x.case_id IS NULL AND x.form IS NOT NULL)"),
        // A cadre in a case: one person-time in the heaviest form of the case's measures
        // (the earliest on a tie), counted as the case; none when transferred.
        heaviestInCase("sanction_forms"),
        heaviestInCase("handling_forms"),
        heaviestInCase("admonition_forms"),
        QStringLiteral(
            R"(SELECT 'form.' || f.form, f.period, f.unit_id, 'cases', f.case_id, f.cadre_id,
       NULL, f.case_id, NULL
    FROM (SELECT s.case_id AS case_id, s.cadre_id AS cadre_id, c.unit_id AS unit_id,
                 substr(s.transferred_to_judiciary, 1, 7) AS period,
                 (SELECT form FROM four_form_classes WHERE measure = 'judicial_transfer' AND year = substr(s.transferred_to_judiciary, 1, 4)) AS form
              FROM case_subjects s JOIN cases k ON k.id = s.case_id
              JOIN cadres c ON c.id = s.cadre_id
              WHERE s.transferred_to_judiciary IS NOT NULL) f
    WHERE f.form IS NOT NULL)"),
    };
    return all;
}

} // namespace TableCounts
