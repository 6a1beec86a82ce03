#include "tablecounts.h"

namespace TableCounts {

namespace {

using Shape = Recount::Shape;

// A record counted by its own row of statistic_sources.
Recount ownRow(const char *trigger, const char *table)
{
    return {QLatin1String(trigger), QLatin1String(table),
            QStringLiteral("record_table = '%1' AND record_id = %2.id")
                .arg(QLatin1String(table), QStringLiteral("%1"))};
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

} // namespace

const QVector<Recount> &recounts()
{
    static const QVector<Recount> all = {
        ownRow("statistics_talks", "talks"),
        ownRow("statistics_admonitions", "admonitions"),
        ownRow("statistics_sanctions", "sanctions"),
        ownRow("statistics_handlings", "organizational_handlings"),
        ownRow("statistics_duty_reports", "duty_reports"),
        ownRow("statistics_personal_matters", "personal_matters_reports"),
        ownRow("statistics_notices", "notices"),
        ownRow("statistics_education", "warning_education_events"),
        ownRow("statistics_findings", "findings"),
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
        // The four forms.
        aroundClue("four_forms_talks_clue", "talks"),
        aroundClue("four_forms_admonitions_clue", "admonitions"),
        aroundCase("four_forms_sanctions_case", "sanctions"),
        aroundCase("four_forms_handlings_case", "organizational_handlings"),
        aroundCase("four_forms_admonitions_case", "admonitions"),
    };
    return all;
}

const QVector<ChangeCount> &changeCounts()
{
    static const QVector<ChangeCount> all = {
        {QStringLiteral("units")},
        {QStringLiteral("cadres")},
        {QStringLiteral("positions")},
        {QStringLiteral("relatives")},
        {QStringLiteral("personal_matters_reports")},
        {QStringLiteral("personal_matters_items")},
        {QStringLiteral("talks")},
        {QStringLiteral("inspections")},
        {QStringLiteral("inspection_items")},
        {QStringLiteral("notices")},
        {QStringLiteral("findings")},
        {QStringLiteral("clues")},
        {QStringLiteral("clue_subjects")},
        {QStringLiteral("clue_steps")},
        {QStringLiteral("cases")},
        {QStringLiteral("case_subjects")},
        {QStringLiteral("sanctions")},
        {QStringLiteral("organizational_handlings")},
        {QStringLiteral("admonitions")},
        {QStringLiteral("duty_reports")},
        {QStringLiteral("self_examination_materials")},
        {QStringLiteral("warning_education_events")},
        {QStringLiteral("warning_education_attendance")},
        {QStringLiteral("power_list_items")},
        {QStringLiteral("opinion_batches")},
        {QStringLiteral("opinion_answers")},
        {QStringLiteral("attachments")},
        {QStringLiteral("account_units")},
        {QStringLiteral("signing_keys")},
        {QStringLiteral("summary_templates")},
        {QStringLiteral("accounts"),
         QStringLiteral("name, password_hash, role, cadre_id, all_units, disabled, "
                        "must_change_password, real_name, post")},
    };
    return all;
}

} // namespace TableCounts
