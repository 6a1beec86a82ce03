#include "tables.h"

#include "recordkinds.h"

#include <QMutex>
#include <QMutexLocker>

namespace Tables {

namespace {

const QVector<Table> &builtIn()
{
    using R = Role;
    static const QVector<Table> tables = {
        {QStringLiteral("settings"), R::Setting},
        {QStringLiteral("rules"), R::Setting},
        {QStringLiteral("units"), R::Record, true},
        {QStringLiteral("cadres"), R::Record, true},
        {QStringLiteral("cadre_search"), R::Derived},
        {QStringLiteral("cadre_grams"), R::Derived},
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
        {QStringLiteral("articles"), R::Setting},
        {QStringLiteral("case_reviews"), R::Record, true},
        {QStringLiteral("case_facts"), R::Record, true},
        {QStringLiteral("case_evidence"), R::Record, true},
        {QStringLiteral("case_statements"), R::Record, true},
        {QStringLiteral("case_proposals"), R::Record, true},
        // The review packages sent out and merged back, each written with its audit entry.
        {QStringLiteral("review_packages"), R::Trail},
    };
    return tables;
}

} // namespace

const QVector<Table> &all()
{
    // A kind added to the registry with its migration is a record table like the others.
    static QMutex mutex;
    static QVector<Table> tables;
    static int generation = -1;
    QMutexLocker lock(&mutex);
    if (generation != RecordKinds::generation()) {
        tables = builtIn();
        for (const RecordKind &kind : RecordKinds::all())
            if (!find(kind.table, tables))
                tables.append({kind.table, Role::Record, true});
        generation = RecordKinds::generation();
    }
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

const Table *find(const QString &name, const QVector<Table> &tables)
{
    for (const Table &table : tables)
        if (table.name == name)
            return &table;
    return nullptr;
}

const Table *find(const QString &name)
{
    return find(name, all());
}

} // namespace Tables
