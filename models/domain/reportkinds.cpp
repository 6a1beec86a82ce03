#include "recordkindparts.h"

// Yearly reports and materials, warning education, power lists, integrity opinions and
// attached files.
QVector<RecordKind> RecordKinds::reportKinds()
{
    using namespace RecordKindParts;
    using namespace Stored;
    using T = FieldType;
    using Format = ListColumn::Format;

    RecordKind duty = recordKind("duty_reports", tr("Duty report"), "cadre_id",
                                 {year("year", tr("Year")),
                                  vocabulary("kind", tr("Kind of report"), "duty_reports.kind"),
                                  field("report_date", tr("Reported on"), T::Date, true),
                                  vocabulary("rating", tr("Rating"), "duty_reports.rating", false),
                                  field("content", tr("Content"), T::LongText)});
    duty.section = QStringLiteral("duty_reports");
    duty.sectionHeading = tr("Duty and integrity reports");
    duty.listing = listing("duty_reports", "id", "FROM duty_reports WHERE cadre_id = ?",
                           "year DESC, id DESC", {"year", "kind", "report_date", "rating"},
                           {column(tr("Year"), Format::Number),
                            column(tr("Kind of report"), Format::Vocabulary, "duty_reports.kind"),
                            column(tr("Reported on"), Format::Date),
                            column(tr("Rating"), Format::Vocabulary, "duty_reports.rating")});
    duty.timeline
        = {timeline("duty_report", tr("Duty report"),
                    R"(SELECT cadre_id, 'duty_report', id, report_date, CAST(year AS TEXT),
       substr(content, 1, 120)
    FROM duty_reports)")};
    duty.statisticSources
        = {QStringLiteral(R"(SELECT 'duty_report.' || d.kind, CAST(d.year AS TEXT), c.unit_id,
       'duty_reports', d.id, d.cadre_id, NULL, NULL, NULL
    FROM duty_reports d JOIN cadres c ON c.id = d.cadre_id)")};
    duty.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "duty report");
    duty.columns = {key(),
                    required("cadre_id", Type::Integer, "cadres"),
                    required("year", Type::Integer),
                    required("kind"),
                    required("report_date", Type::Date),
                    optional("rating"),
                    optional("content")};

    RecordKind materials = recordKind(
        "self_examination_materials", tr("Self-examination material"), "cadre_id",
        {field("unit_id", tr("Unit"), T::UnitReference, true), year("year", tr("Year")),
         vocabulary("meeting", tr("Meeting"), "self_examination_materials.meeting"),
         field("title", tr("Title"), T::Text),
         field("submitted_date", tr("Submitted on"), T::Date, true),
         field("content", tr("Content"), T::LongText, true)});
    materials.section = QStringLiteral("duty_reports");
    materials.sectionHeading = tr("Self-examination materials");
    materials.listing = listing(
        "self_examination_materials", "id", "FROM self_examination_materials WHERE cadre_id = ?",
        "year DESC, id DESC", {"year", "meeting", "title", "submitted_date"},
        {column(tr("Year"), Format::Number),
         column(tr("Meeting"), Format::Vocabulary, "self_examination_materials.meeting"),
         column(tr("Title")), column(tr("Submitted on"), Format::Date)});
    materials.timeline = {
        timeline("self_examination_material", tr("Self-examination material"),
                 R"(SELECT cadre_id, 'self_examination_material', id, submitted_date, meeting, title
    FROM self_examination_materials WHERE cadre_id IS NOT NULL)")};
    materials.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "self-examination material");
    materials.columns = {key(),
                         required("unit_id", Type::Integer, "units"),
                         nullable("cadre_id", Type::Integer, "cadres"),
                         required("year", Type::Integer),
                         required("meeting"),
                         optional("title"),
                         required("content"),
                         required("submitted_date", Type::Date)};

    RecordKind education = recordKind(
        "warning_education_events", tr("Warning education"), "",
        {vocabulary("kind", tr("Kind of event"), "warning_education_events.kind"),
         field("title", tr("Title"), T::Text, true), field("event_date", tr("Date"), T::Date, true),
         field("location", tr("Location"), T::Text),
         field("unit_id", tr("Organized by"), T::UnitReference)});
    education.linkTable = QStringLiteral("warning_education_attendance");
    education.linkColumn = QStringLiteral("event_id");
    education.section = QStringLiteral("warning_education");
    education.sectionHeading = tr("Warning education attended");
    education.listing = listing(
        "warning_education_events", "e.id",
        "FROM warning_education_attendance a JOIN warning_education_events e "
        "ON e.id = a.event_id WHERE a.cadre_id = ?",
        "e.event_date DESC, e.id DESC", {"e.event_date", "e.kind", "e.title", "e.location"},
        {column(tr("Date"), Format::Date),
         column(tr("Kind of event"), Format::Vocabulary, "warning_education_events.kind"),
         column(tr("Title")), column(tr("Location"))});
    education.timeline
        = {timeline("warning_education", tr("Warning education"),
                    R"(SELECT a.cadre_id, 'warning_education', e.id, e.event_date, e.kind, e.title
    FROM warning_education_attendance a JOIN warning_education_events e ON e.id = a.event_id)")};
    education.statisticSources = {QStringLiteral(
        R"(SELECT 'education.' || w.kind, substr(w.event_date, 1, 7), coalesce(w.unit_id, 0),
       'warning_education_events', w.id, NULL, NULL, NULL, NULL
    FROM warning_education_events w)")};
    education.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "warning education event");
    education.columns = {key(),
                         nullable("unit_id", Type::Integer, "units"),
                         required("kind"),
                         required("event_date", Type::Date),
                         required("title"),
                         optional("location")};

    RecordKind powers = recordKind("power_list_items", tr("Power list item"), "cadre_id", {});
    powers.columnLabels = {{QStringLiteral("unit_id"), tr("Unit")},
                           {QStringLiteral("power"), tr("Power")},
                           {QStringLiteral("legal_basis"), tr("Legal basis")},
                           {QStringLiteral("responsibility"), tr("Responsibility")},
                           {QStringLiteral("process"), tr("Process")},
                           {QStringLiteral("risk_points"), tr("Risk points")},
                           {QStringLiteral("controls"), tr("Controls")},
                           {QStringLiteral("risk_level"), tr("Risk level")},
                           {QStringLiteral("published_date"), tr("Published on")}};
    powers.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "power list item");
    powers.columns = {key(),
                      required("unit_id", Type::Integer, "units"),
                      nullable("cadre_id", Type::Integer, "cadres"),
                      required("power"),
                      optional("legal_basis"),
                      optional("responsibility"),
                      optional("process"),
                      optional("risk_points"),
                      optional("controls"),
                      optional("risk_level"),
                      nullable("published_date", Type::Date)};

    RecordKind opinions = recordKind("opinion_batches", tr("Integrity opinion"), "", {});
    opinions.columnLabels = {{QStringLiteral("requester"), tr("Requested by")},
                             {QStringLiteral("request_number"), tr("Request number")},
                             {QStringLiteral("request_date"), tr("Requested on")},
                             {QStringLiteral("purpose"), tr("Purpose")},
                             {QStringLiteral("as_of_date"), tr("As of")},
                             {QStringLiteral("reply_date"), tr("Replied on")},
                             {QStringLiteral("signed_by"), tr("Signed by")},
                             {QStringLiteral("created_by"), tr("Made by")}};
    opinions.timeline = {timeline("integrity_opinion", tr("Integrity opinion"),
                                  R"(SELECT a.cadre_id, 'integrity_opinion', b.id, b.as_of_date,
       CAST(a.category AS TEXT), trim(b.requester || ' ' || b.purpose)
    FROM opinion_answers a JOIN opinion_batches b ON b.id = a.batch_id)")};
    opinions.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "opinion batch");
    opinions.columns = {key(),
                        required("requester"),
                        optional("request_number"),
                        required("request_date", Type::Date),
                        required("purpose"),
                        required("as_of_date", Type::Date),
                        nullable("reply_date", Type::Date),
                        optional("signed_by"),
                        required("created_by"),
                        required("created_at", Type::Timestamp)};

    RecordKind attachments = recordKind("attachments", tr("Attachment"), "cadre_id", {});
    attachments.columnLabels = {{QStringLiteral("entity"), tr("Attached to")},
                                {QStringLiteral("entity_id"), tr("Record attached to")},
                                {QStringLiteral("file_name"), tr("File")},
                                {QStringLiteral("mime_type"), tr("Type")},
                                {QStringLiteral("sha256"), tr("SHA-256")},
                                {QStringLiteral("size"), tr("Size")},
                                {QStringLiteral("content"), tr("Content")},
                                {QStringLiteral("added_at"), tr("Added on")}};
    attachments.listing = listing(
        "attachments", "id", "FROM attachments WHERE cadre_id = ?", "added_at DESC, id DESC",
        {"substr(added_at, 1, 10)", "file_name", "size", "mime_type", "substr(sha256, 1, 16)"},
        {column(tr("Added on"), Format::Date), column(tr("File")),
         column(tr("Size"), Format::FileSize), column(tr("Type")), column(tr("SHA-256 (start)"))});
    attachments.timeline
        = {timeline("attachment", tr("Attachment"),
                    R"(SELECT cadre_id, 'attachment', id, substr(added_at, 1, 10), file_name, ''
    FROM attachments WHERE cadre_id IS NOT NULL)")};
    attachments.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "attachment");
    attachments.columns = {key(),
                           nullable("cadre_id", Type::Integer, "cadres"),
                           required("entity"),
                           required("entity_id", Type::Integer),
                           required("file_name"),
                           optional("mime_type"),
                           required("sha256"),
                           required("size", Type::Integer),
                           required("content", Type::Blob),
                           required("added_at", Type::Timestamp)};

    return {duty, materials, education, powers, opinions, attachments};
}
