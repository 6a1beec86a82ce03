#include "recordkinds.h"

#include "recorddetails.h"

#include <QDate>

namespace {

FieldDescription field(const char *column, const QString &label, FieldType type,
                       bool required = false)
{
    FieldDescription description;
    description.column = QString::fromLatin1(column);
    description.label = label;
    description.type = type;
    description.required = required;
    return description;
}

FieldDescription vocabulary(const char *column, const QString &label, const char *name,
                            bool required = true)
{
    FieldDescription description = field(column, label, FieldType::Vocabulary, required);
    description.vocabulary = QString::fromLatin1(name);
    return description;
}

FieldDescription year(const char *column, const QString &label)
{
    FieldDescription description = field(column, label, FieldType::Integer, true);
    description.minimum = 1949;
    description.maximum = 2100;
    return description;
}

RecordKind makeKind(const char *table, const QString &title, const char *cadreColumn,
                    QVector<FieldDescription> fields)
{
    RecordKind kind;
    kind.table = QString::fromLatin1(table);
    kind.title = title;
    kind.cadreColumn = QString::fromLatin1(cadreColumn);
    kind.fields = std::move(fields);
    return kind;
}

struct TimelineKind
{
    const char *kind;
    const char *table;
    const char *label;
};

const TimelineKind timelineKindTable[] = {
    {"position", "positions", QT_TRANSLATE_NOOP("RecordKinds", "Post held")},
    {"personal_matters_report", "personal_matters_reports",
     QT_TRANSLATE_NOOP("RecordKinds", "Personal-matters report")},
    {"talk", "talks", QT_TRANSLATE_NOOP("RecordKinds", "Talk")},
    {"notice", "notices", QT_TRANSLATE_NOOP("RecordKinds", "Notice")},
    {"finding", "findings", QT_TRANSLATE_NOOP("RecordKinds", "Rectification")},
    {"clue", "clues", QT_TRANSLATE_NOOP("RecordKinds", "Problem clue")},
    {"clue_step", "clues", QT_TRANSLATE_NOOP("RecordKinds", "Clue step")},
    {"case", "cases", QT_TRANSLATE_NOOP("RecordKinds", "Case")},
    {"sanction", "sanctions", QT_TRANSLATE_NOOP("RecordKinds", "Sanction")},
    {"organizational_handling", "organizational_handlings",
     QT_TRANSLATE_NOOP("RecordKinds", "Organizational handling")},
    {"admonition", "admonitions", QT_TRANSLATE_NOOP("RecordKinds", "Admonition")},
    {"duty_report", "duty_reports", QT_TRANSLATE_NOOP("RecordKinds", "Duty report")},
    {"self_examination_material", "self_examination_materials",
     QT_TRANSLATE_NOOP("RecordKinds", "Self-examination material")},
    {"warning_education", "warning_education_events",
     QT_TRANSLATE_NOOP("RecordKinds", "Warning education")},
    {"integrity_opinion", "opinion_batches", QT_TRANSLATE_NOOP("RecordKinds", "Integrity opinion")},
    {"attachment", "attachments", QT_TRANSLATE_NOOP("RecordKinds", "Attachment")},
};

} // namespace

bool FieldDescription::isVisibleWith(const QVariantMap &values) const
{
    for (auto it = visibleWhen.constBegin(); it != visibleWhen.constEnd(); ++it) {
        if (values.value(it.key()).toString() != it.value().toString())
            return false;
    }
    return true;
}

QString FieldDescription::vocabularyFor(const QVariantMap &values) const
{
    if (dependsOn.isEmpty())
        return vocabulary;
    return vocabulary.arg(values.value(dependsOn).toString());
}

const FieldDescription *RecordKind::field(const QString &column) const
{
    for (const FieldDescription &description : fields) {
        if (description.column == column)
            return &description;
    }
    return nullptr;
}

QStringList RecordKinds::tables()
{
    return {QStringLiteral("cadres"),
            QStringLiteral("positions"),
            QStringLiteral("relatives"),
            QStringLiteral("personal_matters_reports"),
            QStringLiteral("talks"),
            QStringLiteral("notices"),
            QStringLiteral("inspections"),
            QStringLiteral("findings"),
            QStringLiteral("clues"),
            QStringLiteral("cases"),
            QStringLiteral("sanctions"),
            QStringLiteral("organizational_handlings"),
            QStringLiteral("admonitions"),
            QStringLiteral("duty_reports"),
            QStringLiteral("self_examination_materials"),
            QStringLiteral("warning_education_events")};
}

RecordKind RecordKinds::kind(const QString &table)
{
    using T = FieldType;
    if (table == QLatin1String("cadres")) {
        return makeKind(
            "cadres", tr("Basic information"), "",
            {field("name", tr("Name"), T::Text, true),
             field("dossier_number", tr("Dossier number"), T::Text, true),
             vocabulary("gender", tr("Gender"), "cadres.gender"),
             field("birth_date", tr("Date of birth"), T::Date),
             field("ethnicity", tr("Ethnicity"), T::Text),
             field("native_place", tr("Native place"), T::Text),
             field("education", tr("Education"), T::Text),
             field("id_number", tr("ID card number"), T::Text),
             vocabulary("party_membership", tr("Party membership"), "cadres.party_membership"),
             field("party_join_date", tr("Joined the party"), T::Date),
             vocabulary("employment", tr("Employment"), "cadres.employment"),
             field("unit_id", tr("Unit"), T::UnitReference, true),
             field("position", tr("Position"), T::Text), field("rank", tr("Rank"), T::Text),
             field("is_top_leader", tr("Top leader of the unit"), T::Boolean),
             vocabulary("status", tr("Status"), "cadres.status")});
    }
    if (table == QLatin1String("positions")) {
        return makeKind("positions", tr("Post held"), "cadre_id",
                        {field("title", tr("Position"), T::Text, true),
                         field("unit_id", tr("Unit"), T::UnitReference),
                         field("rank", tr("Rank"), T::Text),
                         field("start_date", tr("From"), T::Date, true),
                         field("end_date", tr("Until"), T::Date)});
    }
    if (table == QLatin1String("relatives")) {
        return makeKind(
            "relatives", tr("Family member"), "cadre_id",
            {vocabulary("relation", tr("Relation"), "relatives.relation"),
             field("name", tr("Name"), T::Text, true),
             field("relative_cadre_id", tr("Cadre in the directory"), T::DirectoryCadre),
             field("work_unit", tr("Work unit"), T::Text),
             field("position", tr("Position"), T::Text),
             field("is_key", tr("Key relative"), T::Boolean)});
    }
    if (table == QLatin1String("personal_matters_reports")) {
        return makeKind("personal_matters_reports", tr("Personal-matters report"), "cadre_id",
                        {year("year", tr("Year")),
                         field("submitted_date", tr("Submitted on"), T::Date, true),
                         field("verified", tr("Verified"), T::Boolean),
                         field("remark", tr("Remark"), T::LongText)});
    }
    if (table == QLatin1String("talks")) {
        return makeKind("talks", tr("Talk"), "cadre_id",
                        {vocabulary("kind", tr("Kind of talk"), "talks.kind"),
                         vocabulary("held_by", tr("Held by"), "talks.held_by"),
                         field("talk_date", tr("Date"), T::Date, true),
                         field("interviewer", tr("Interviewer"), T::Text),
                         field("clue_id", tr("About clue"), T::ClueReference),
                         field("reason", tr("Reason"), T::LongText),
                         field("summary", tr("Summary"), T::LongText)});
    }
    if (table == QLatin1String("notices")) {
        return makeKind("notices", tr("Notice"), "cadre_id",
                        {vocabulary("kind", tr("Kind of notice"), "notices.kind"),
                         field("number", tr("Document number"), T::Text),
                         field("unit_id", tr("Unit"), T::UnitReference, true),
                         field("inspection_id", tr("From inspection"), T::InspectionReference),
                         field("issued_date", tr("Issued on"), T::Date, true),
                         field("deadline", tr("Deadline"), T::Date),
                         field("content", tr("Content"), T::LongText)});
    }
    if (table == QLatin1String("inspections")) {
        return makeKind("inspections", tr("Inspection"), "",
                        {field("unit_id", tr("Unit inspected"), T::UnitReference, true),
                         vocabulary("kind", tr("Kind of inspection"), "inspections.kind"),
                         field("start_date", tr("From"), T::Date, true),
                         field("end_date", tr("Until"), T::Date),
                         field("team", tr("Team"), T::Text),
                         field("summary", tr("Summary"), T::LongText)});
    }
    if (table == QLatin1String("findings")) {
        return makeKind("findings", tr("Rectification"), "responsible_cadre_id",
                        {field("inspection_id", tr("Inspection"), T::InspectionReference, true),
                         field("description", tr("Problem found"), T::LongText, true),
                         field("found_date", tr("Found on"), T::Date, true),
                         field("deadline", tr("Rectify by"), T::Date, true),
                         vocabulary("status", tr("Status"), "findings.status"),
                         field("completed_date", tr("Completed on"), T::Date),
                         field("evidence", tr("Evidence of rectification"), T::LongText)});
    }
    if (table == QLatin1String("clues")) {
        RecordKind kind = makeKind("clues", tr("Problem clue"), "",
                                   {field("number", tr("Clue number"), T::Text, true),
                                    vocabulary("source", tr("Source"), "clues.source"),
                                    field("received_date", tr("Received on"), T::Date, true),
                                    field("summary", tr("Summary"), T::LongText)});
        kind.linkTable = QStringLiteral("clue_subjects");
        kind.linkColumn = QStringLiteral("clue_id");
        return kind;
    }
    if (table == QLatin1String("cases")) {
        RecordKind kind = makeKind("cases", tr("Case"), "",
                                   {field("number", tr("Case number"), T::Text, true),
                                    field("clue_id", tr("From clue"), T::ClueReference),
                                    field("unit_id", tr("Unit"), T::UnitReference),
                                    field("filed_date", tr("Filed on"), T::Date, true),
                                    field("closed_date", tr("Closed on"), T::Date),
                                    vocabulary("accountability", tr("Two responsibilities"),
                                               "cases.accountability", false),
                                    field("summary", tr("Summary"), T::LongText)});
        kind.linkTable = QStringLiteral("case_subjects");
        kind.linkColumn = QStringLiteral("case_id");
        return kind;
    }
    if (table == QLatin1String("sanctions")) {
        FieldDescription kindField = vocabulary("kind", tr("Sanction"), "sanctions.%1_kind");
        kindField.dependsOn = QStringLiteral("system");
        FieldDescription probation = field("probation_months", tr("Probation term"), T::Integer);
        probation.choices = {{12, tr("One year")}, {24, tr("Two years")}};
        probation.visibleWhen = {{QStringLiteral("system"), QStringLiteral("party")},
                                 {QStringLiteral("kind"), QStringLiteral("probation")}};
        probation.required = true;
        FieldDescription restored
            = field("rights_restored_date", tr("Rights restored on"), T::Date);
        restored.visibleWhen = probation.visibleWhen;
        return makeKind("sanctions", tr("Sanction"), "cadre_id",
                        {vocabulary("system", tr("System"), "sanctions.system"), kindField,
                         probation, field("case_id", tr("From case"), T::CaseReference),
                         field("effective_date", tr("Effective on"), T::Date, true), restored,
                         field("decision_number", tr("Decision number"), T::Text),
                         field("decided_by", tr("Decided by"), T::Text),
                         field("reason", tr("Reason"), T::LongText)});
    }
    if (table == QLatin1String("organizational_handlings")) {
        return makeKind("organizational_handlings", tr("Organizational handling"), "cadre_id",
                        {vocabulary("kind", tr("Handling"), "organizational_handlings.kind"),
                         field("case_id", tr("From case"), T::CaseReference),
                         field("effective_date", tr("Effective on"), T::Date, true),
                         field("decided_by", tr("Decided by"), T::Text),
                         field("reason", tr("Reason"), T::LongText)});
    }
    if (table == QLatin1String("admonitions")) {
        return makeKind("admonitions", tr("Admonition"), "cadre_id",
                        {field("case_id", tr("From case"), T::CaseReference),
                         field("clue_id", tr("From clue"), T::ClueReference),
                         field("effective_date", tr("Effective on"), T::Date, true),
                         field("decided_by", tr("Decided by"), T::Text),
                         field("reason", tr("Reason"), T::LongText)});
    }
    if (table == QLatin1String("duty_reports")) {
        return makeKind("duty_reports", tr("Duty report"), "cadre_id",
                        {year("year", tr("Year")),
                         vocabulary("kind", tr("Kind of report"), "duty_reports.kind"),
                         field("report_date", tr("Reported on"), T::Date, true),
                         vocabulary("rating", tr("Rating"), "duty_reports.rating", false),
                         field("content", tr("Content"), T::LongText)});
    }
    if (table == QLatin1String("self_examination_materials")) {
        return makeKind("self_examination_materials", tr("Self-examination material"), "cadre_id",
                        {field("unit_id", tr("Unit"), T::UnitReference, true),
                         year("year", tr("Year")),
                         vocabulary("meeting", tr("Meeting"), "self_examination_materials.meeting"),
                         field("title", tr("Title"), T::Text),
                         field("submitted_date", tr("Submitted on"), T::Date, true),
                         field("content", tr("Content"), T::LongText, true)});
    }
    if (table == QLatin1String("warning_education_events")) {
        RecordKind kind
            = makeKind("warning_education_events", tr("Warning education"), "",
                       {vocabulary("kind", tr("Kind of event"), "warning_education_events.kind"),
                        field("title", tr("Title"), T::Text, true),
                        field("event_date", tr("Date"), T::Date, true),
                        field("location", tr("Location"), T::Text),
                        field("unit_id", tr("Organized by"), T::UnitReference)});
        kind.linkTable = QStringLiteral("warning_education_attendance");
        kind.linkColumn = QStringLiteral("event_id");
        return kind;
    }
    return {};
}

QString RecordKinds::title(const QString &table)
{
    const RecordKind known = kind(table);
    if (known.isValid())
        return known.title;
    for (const TimelineKind &entry : timelineKindTable) {
        if (table == QLatin1String(entry.table))
            return tr(entry.label);
    }
    const QString detail = RecordDetailKinds::title(table);
    return detail.isEmpty() ? table : detail;
}

QString RecordKinds::fieldLabel(const QString &table, const QString &column)
{
    const RecordKind known = kind(table);
    if (const FieldDescription *description = known.field(column))
        return description->label;
    const QString detail = RecordDetailKinds::fieldLabel(table, column);
    if (!detail.isEmpty())
        return detail;
    if (column == QLatin1String("state") || column == QLatin1String("to_state"))
        return tr("State");
    if (column == QLatin1String("disposition"))
        return tr("Disposition");
    if (column == QLatin1String("outcome"))
        return tr("Outcome");
    if (column == QLatin1String("step_date"))
        return tr("Step date");
    if (column == QLatin1String("file_name"))
        return tr("File");
    return column;
}

QVariantMap RecordKinds::defaults(const QString &table)
{
    const int thisYear = QDate::currentDate().year();
    if (table == QLatin1String("talks"))
        return {{QStringLiteral("held_by"), QStringLiteral("discipline_commission")}};
    if (table == QLatin1String("relatives"))
        return {{QStringLiteral("is_key"), 1}};
    if (table == QLatin1String("findings"))
        return {{QStringLiteral("status"), QStringLiteral("open")}};
    if (table == QLatin1String("personal_matters_reports") || table == QLatin1String("duty_reports")
        || table == QLatin1String("self_examination_materials"))
        return {{QStringLiteral("year"), thisYear}};
    return {};
}

QVariantMap RecordKinds::completeForCreate(const QString &table, const QVariantMap &values)
{
    QVariantMap complete = values;
    if (table == QLatin1String("clues")) {
        complete.insert(QStringLiteral("state"), QStringLiteral("registered"));
        complete.insert(QStringLiteral("updated_date"),
                        values.value(QStringLiteral("received_date")));
    }
    return complete;
}

QStringList RecordKinds::timelineKinds()
{
    QStringList kinds;
    for (const TimelineKind &kind : timelineKindTable)
        kinds << QString::fromLatin1(kind.kind);
    return kinds;
}

QString RecordKinds::timelineKindLabel(const QString &kind)
{
    for (const TimelineKind &entry : timelineKindTable) {
        if (kind == QLatin1String(entry.kind))
            return tr(entry.label);
    }
    return kind;
}

QString RecordKinds::tableOfTimelineKind(const QString &kind)
{
    for (const TimelineKind &entry : timelineKindTable) {
        if (kind == QLatin1String(entry.kind))
            return QString::fromLatin1(entry.table);
    }
    return {};
}
