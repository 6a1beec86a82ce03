#include "tables.h"

namespace Tables {

const QVector<Table> &all()
{
    using R = Role;
    static const QVector<Table> tables = {
        {QStringLiteral("settings"), R::Setting},
        {QStringLiteral("rules"), R::Setting},
        {QStringLiteral("units"), R::Record, true},
        {QStringLiteral("cadres"), R::Record, true},
        {QStringLiteral("cadre_search"), R::Derived},
        {QStringLiteral("positions"), R::Record, true},
        {QStringLiteral("relatives"), R::Record, true},
        {QStringLiteral("personal_matters_reports"), R::Record, true},
        {QStringLiteral("personal_matters_items"), R::Link, true},
        {QStringLiteral("talks"), R::Record, true},
        {QStringLiteral("inspections"), R::Record, true},
        {QStringLiteral("inspection_items"), R::Record, true},
        {QStringLiteral("notices"), R::Record, true},
        {QStringLiteral("findings"), R::Record, true},
        {QStringLiteral("clues"), R::Record, true},
        {QStringLiteral("clue_subjects"), R::Link, true},
        {QStringLiteral("clue_steps"), R::Workflow, true},
        {QStringLiteral("cases"), R::Record, true},
        {QStringLiteral("case_subjects"), R::Link, true},
        {QStringLiteral("sanctions"), R::Record, true},
        {QStringLiteral("organizational_handlings"), R::Record, true},
        {QStringLiteral("admonitions"), R::Record, true},
        {QStringLiteral("duty_reports"), R::Record, true},
        {QStringLiteral("self_examination_materials"), R::Record, true},
        {QStringLiteral("warning_education_events"), R::Record, true},
        {QStringLiteral("warning_education_attendance"), R::Link, true},
        {QStringLiteral("power_list_items"), R::Record, true},
        {QStringLiteral("opinion_batches"), R::Record, true},
        {QStringLiteral("opinion_answers"), R::Record, true},
        {QStringLiteral("attachments"), R::Record, true},
        {QStringLiteral("audit_log"), R::Trail},
        {QStringLiteral("accounts"), R::Access, true,
         QStringLiteral("name, password_hash, role, cadre_id, all_units, disabled, "
                        "must_change_password, real_name, post")},
        {QStringLiteral("account_units"), R::Access, true},
        {QStringLiteral("statistic_counts"), R::Derived},
        {QStringLiteral("four_form_years"), R::Derived},
        {QStringLiteral("four_form_classes"), R::Derived},
        {QStringLiteral("summary_templates"), R::Setting, true},
        {QStringLiteral("statistic_totals"), R::Derived},
        {QStringLiteral("signing_keys"), R::Access, true},
        {QStringLiteral("audit_seals"), R::Trail},
        {QStringLiteral("audit_head"), R::Trail},
        {QStringLiteral("sign_in_failures"), R::Access},
        {QStringLiteral("record_changes"), R::Trail},
        {QStringLiteral("derived_objects"), R::Derived},
    };
    return tables;
}

QStringList named(Role role)
{
    QStringList names;
    for (const Table &table : all())
        if (table.role == role)
            names << table.name;
    return names;
}

const Table *find(const QString &name)
{
    for (const Table &table : all())
        if (table.name == name)
            return &table;
    return nullptr;
}

} // namespace Tables
