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
    // Its rows of the view cadre_timeline: cadre_id, kind, record_id, date, detail (a state, a
    // kind or a number) and summary (what the record is about).
    const char *rows;
};

const TimelineKind timelineKindTable[] = {
    {"position", "positions", QT_TRANSLATE_NOOP("RecordKinds", "Post held"),
     R"(SELECT p.cadre_id, 'position', p.id, p.start_date, p.title, coalesce(u.name, '')
    FROM positions p LEFT JOIN units u ON u.id = p.unit_id)"},
    {"personal_matters_report", "personal_matters_reports",
     QT_TRANSLATE_NOOP("RecordKinds", "Personal-matters report"),
     R"(SELECT cadre_id, 'personal_matters_report', id, submitted_date, CAST(year AS TEXT),
       remark
    FROM personal_matters_reports)"},
    {"talk", "talks", QT_TRANSLATE_NOOP("RecordKinds", "Talk"),
     R"(SELECT cadre_id, 'talk', id, talk_date, kind, reason FROM talks)"},
    {"notice", "notices", QT_TRANSLATE_NOOP("RecordKinds", "Notice"),
     R"(SELECT cadre_id, 'notice', id, issued_date, kind, trim(number || ' ' || substr(content, 1, 120))
    FROM notices WHERE cadre_id IS NOT NULL)"},
    {"finding", "findings", QT_TRANSLATE_NOOP("RecordKinds", "Rectification"),
     R"(SELECT responsible_cadre_id, 'finding', id, found_date, status, description
    FROM findings WHERE responsible_cadre_id IS NOT NULL)"},
    {"clue", "clues", QT_TRANSLATE_NOOP("RecordKinds", "Problem clue"),
     R"(SELECT s.cadre_id, 'clue', c.id, c.received_date, c.state,
       trim(c.number || ' ' || c.summary)
    FROM clue_subjects s JOIN clues c ON c.id = s.clue_id)"},
    {"clue_step", "clues", QT_TRANSLATE_NOOP("RecordKinds", "Clue step"),
     R"(SELECT s.cadre_id, 'clue_step', st.clue_id, st.step_date, st.to_state,
       trim(c.number || ' ' || st.operator || ' ' || st.note)
    FROM clue_steps st JOIN clues c ON c.id = st.clue_id
    JOIN clue_subjects s ON s.clue_id = st.clue_id
    WHERE st.from_state IS NOT NULL)"},
    {"case", "cases", QT_TRANSLATE_NOOP("RecordKinds", "Case"),
     R"(SELECT s.cadre_id, 'case', c.id, c.filed_date, c.number, c.summary
    FROM case_subjects s JOIN cases c ON c.id = s.case_id)"},
    {"sanction", "sanctions", QT_TRANSLATE_NOOP("RecordKinds", "Sanction"),
     R"(SELECT cadre_id, 'sanction', id, effective_date, system || '.' || kind,
       trim(decision_number || ' ' || reason)
    FROM sanctions)"},
    {"organizational_handling", "organizational_handlings",
     QT_TRANSLATE_NOOP("RecordKinds", "Organizational handling"),
     R"(SELECT cadre_id, 'organizational_handling', id, effective_date, kind, reason
    FROM organizational_handlings)"},
    {"admonition", "admonitions", QT_TRANSLATE_NOOP("RecordKinds", "Admonition"),
     R"(SELECT cadre_id, 'admonition', id, effective_date, '', reason FROM admonitions)"},
    {"duty_report", "duty_reports", QT_TRANSLATE_NOOP("RecordKinds", "Duty report"),
     R"(SELECT cadre_id, 'duty_report', id, report_date, CAST(year AS TEXT),
       substr(content, 1, 120)
    FROM duty_reports)"},
    {"self_examination_material", "self_examination_materials",
     QT_TRANSLATE_NOOP("RecordKinds", "Self-examination material"),
     R"(SELECT cadre_id, 'self_examination_material', id, submitted_date, meeting, title
    FROM self_examination_materials WHERE cadre_id IS NOT NULL)"},
    {"warning_education", "warning_education_events",
     QT_TRANSLATE_NOOP("RecordKinds", "Warning education"),
     R"(SELECT a.cadre_id, 'warning_education', e.id, e.event_date, e.kind, e.title
    FROM warning_education_attendance a JOIN warning_education_events e ON e.id = a.event_id)"},
    {"integrity_opinion", "opinion_batches", QT_TRANSLATE_NOOP("RecordKinds", "Integrity opinion"),
     R"(SELECT a.cadre_id, 'integrity_opinion', b.id, b.as_of_date,
       CAST(a.category AS TEXT), trim(b.requester || ' ' || b.purpose)
    FROM opinion_answers a JOIN opinion_batches b ON b.id = a.batch_id)"},
    {"attachment", "attachments", QT_TRANSLATE_NOOP("RecordKinds", "Attachment"),
     R"(SELECT cadre_id, 'attachment', id, substr(added_at, 1, 10), file_name, ''
    FROM attachments WHERE cadre_id IS NOT NULL)"},
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

QStringList RecordKinds::timelineRows()
{
    QStringList rows;
    for (const TimelineKind &entry : timelineKindTable)
        rows << QString::fromUtf8(entry.rows);
    return rows;
}
