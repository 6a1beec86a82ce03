#include "recordlisting.h"

namespace {

using Format = ListColumn::Format;

ListColumn column(const QString &header, Format format = Format::Text, const char *vocabulary = "")
{
    return {header, format, QString::fromLatin1(vocabulary)};
}

RecordListing listing(const char *table, const char *idExpression, const char *from,
                      const char *order, QStringList expressions, QVector<ListColumn> columns)
{
    RecordListing result;
    result.table = QString::fromLatin1(table);
    result.idExpression = QString::fromLatin1(idExpression);
    result.from = QString::fromLatin1(from);
    result.order = QString::fromLatin1(order);
    result.expressions = std::move(expressions);
    result.columns = std::move(columns);
    return result;
}

} // namespace

RecordListing RecordListings::forTable(const QString &table)
{
    if (table == QLatin1String("positions"))
        return listing(
            "positions", "p.id",
            "FROM positions p LEFT JOIN units u ON u.id = p.unit_id WHERE p.cadre_id = ?",
            "p.start_date DESC, p.id DESC",
            {"p.start_date", "p.end_date", "p.title", "u.name", "p.rank"},
            {column(tr("From"), Format::Date), column(tr("Until"), Format::Date),
             column(tr("Position")), column(tr("Unit")), column(tr("Rank"))});
    if (table == QLatin1String("relatives"))
        return listing("relatives", "r.id", "FROM relatives r WHERE r.cadre_id = ?", "r.id",
                       {"r.relation", "r.name", "r.work_unit", "r.position", "r.is_key",
                        "(SELECT c.name || ' · ' || u.name FROM cadres c JOIN units u "
                        "ON u.id = c.unit_id WHERE c.id = r.relative_cadre_id)"},
                       {column(tr("Relation"), Format::Vocabulary, "relatives.relation"),
                        column(tr("Name")), column(tr("Work unit")), column(tr("Position")),
                        column(tr("Key relative"), Format::Boolean),
                        column(tr("Cadre in the directory"))});
    if (table == QLatin1String("personal_matters_reports"))
        return listing("personal_matters_reports", "r.id",
                       "FROM personal_matters_reports r WHERE r.cadre_id = ?", "r.year DESC",
                       {"r.year", "r.submitted_date",
                        "(SELECT count(*) FROM personal_matters_items i WHERE i.report_id = r.id "
                        "AND i.reported = 1)",
                        "r.verified", "r.remark"},
                       {column(tr("Year"), Format::Number),
                        column(tr("Submitted on"), Format::Date),
                        column(tr("Items with matters"), Format::Number),
                        column(tr("Verified"), Format::Boolean), column(tr("Remark"))});
    if (table == QLatin1String("talks"))
        return listing("talks", "id", "FROM talks WHERE cadre_id = ?", "talk_date DESC, id DESC",
                       {"talk_date", "kind", "held_by", "interviewer", "reason"},
                       {column(tr("Date"), Format::Date),
                        column(tr("Kind of talk"), Format::Vocabulary, "talks.kind"),
                        column(tr("Held by"), Format::Vocabulary, "talks.held_by"),
                        column(tr("Interviewer")), column(tr("Reason"))});
    if (table == QLatin1String("notices"))
        return listing("notices", "id", "FROM notices WHERE cadre_id = ?",
                       "issued_date DESC, id DESC",
                       {"issued_date", "kind", "number", "deadline", "content"},
                       {column(tr("Issued on"), Format::Date),
                        column(tr("Kind of notice"), Format::Vocabulary, "notices.kind"),
                        column(tr("Document number")), column(tr("Deadline"), Format::Date),
                        column(tr("Content"))});
    if (table == QLatin1String("inspections"))
        return listing("inspections", "i.id",
                       "FROM inspections i JOIN units u ON u.id = i.unit_id "
                       "WHERE i.unit_id = (SELECT unit_id FROM cadres WHERE id = ?)",
                       "i.start_date DESC, i.id DESC",
                       {"i.start_date", "i.end_date", "i.kind", "u.name", "i.team",
                        "(SELECT count(*) FROM inspection_items t WHERE t.inspection_id = i.id "
                        "AND t.result = 'problems_found')"},
                       {column(tr("From"), Format::Date), column(tr("Until"), Format::Date),
                        column(tr("Kind of inspection"), Format::Vocabulary, "inspections.kind"),
                        column(tr("Unit")), column(tr("Team")),
                        column(tr("Checklist items with problems"), Format::Number)});
    if (table == QLatin1String("findings")) {
        RecordListing findings
            = listing("findings", "f.id",
                      "FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                      "WHERE f.responsible_cadre_id = ?",
                      "f.found_date DESC, f.id DESC",
                      {"f.found_date", "f.description", "i.kind", "f.deadline", "f.status",
                       "f.completed_date"},
                      {column(tr("Found on"), Format::Date), column(tr("Problem found")),
                       column(tr("Inspection"), Format::Vocabulary, "inspections.kind"),
                       column(tr("Rectify by"), Format::Date),
                       column(tr("Status"), Format::Vocabulary, "findings.status"),
                       column(tr("Completed on"), Format::Date)});
        findings.alertCondition
            = QStringLiteral("f.status <> 'completed' AND f.deadline < date('now', 'localtime')");
        return findings;
    }
    if (table == QLatin1String("clues"))
        return listing(
            "clues", "c.id",
            "FROM clue_subjects s JOIN clues c ON c.id = s.clue_id WHERE s.cadre_id = ?",
            "c.received_date DESC, c.id DESC",
            {"c.received_date", "c.number", "c.source", "c.state", "s.outcome", "c.summary"},
            {column(tr("Received on"), Format::Date), column(tr("Clue number")),
             column(tr("Source"), Format::Vocabulary, "clues.source"),
             column(tr("State"), Format::ClueState),
             column(tr("Outcome"), Format::Vocabulary, "clue_subjects.outcome"),
             column(tr("Summary"))});
    if (table == QLatin1String("cases"))
        return listing(
            "cases", "c.id",
            "FROM case_subjects s JOIN cases c ON c.id = s.case_id "
            "LEFT JOIN clues l ON l.id = c.clue_id WHERE s.cadre_id = ?",
            "c.filed_date DESC, c.id DESC",
            {"c.filed_date", "c.number", "c.closed_date", "l.number", "c.accountability",
             "c.summary"},
            {column(tr("Filed on"), Format::Date), column(tr("Case number")),
             column(tr("Closed on"), Format::Date), column(tr("From clue")),
             column(tr("Two responsibilities"), Format::Vocabulary, "cases.accountability"),
             column(tr("Summary"))});
    if (table == QLatin1String("duty_reports"))
        return listing("duty_reports", "id", "FROM duty_reports WHERE cadre_id = ?",
                       "year DESC, id DESC", {"year", "kind", "report_date", "rating"},
                       {column(tr("Year"), Format::Number),
                        column(tr("Kind of report"), Format::Vocabulary, "duty_reports.kind"),
                        column(tr("Reported on"), Format::Date),
                        column(tr("Rating"), Format::Vocabulary, "duty_reports.rating")});
    if (table == QLatin1String("self_examination_materials"))
        return listing(
            "self_examination_materials", "id",
            "FROM self_examination_materials WHERE cadre_id = ?", "year DESC, id DESC",
            {"year", "meeting", "title", "submitted_date"},
            {column(tr("Year"), Format::Number),
             column(tr("Meeting"), Format::Vocabulary, "self_examination_materials.meeting"),
             column(tr("Title")), column(tr("Submitted on"), Format::Date)});
    if (table == QLatin1String("warning_education_events"))
        return listing(
            "warning_education_events", "e.id",
            "FROM warning_education_attendance a JOIN warning_education_events e "
            "ON e.id = a.event_id WHERE a.cadre_id = ?",
            "e.event_date DESC, e.id DESC", {"e.event_date", "e.kind", "e.title", "e.location"},
            {column(tr("Date"), Format::Date),
             column(tr("Kind of event"), Format::Vocabulary, "warning_education_events.kind"),
             column(tr("Title")), column(tr("Location"))});
    if (table == QLatin1String("attachments"))
        return listing(
            "attachments", "id", "FROM attachments WHERE cadre_id = ?", "added_at DESC, id DESC",
            {"substr(added_at, 1, 10)", "file_name", "size", "mime_type", "substr(sha256, 1, 16)"},
            {column(tr("Added on"), Format::Date), column(tr("File")),
             column(tr("Size"), Format::FileSize), column(tr("Type")),
             column(tr("SHA-256 (start)"))});
    return {};
}

RecordListing RecordListings::opinions()
{
    return listing("opinion_answers", "a.id",
                   "FROM opinion_answers a JOIN opinion_batches b ON b.id = a.batch_id "
                   "WHERE a.cadre_id = ?",
                   "b.as_of_date DESC, a.id DESC",
                   {"b.as_of_date", "b.requester", "b.purpose", "a.category", "a.impact_until",
                    "b.reply_date"},
                   {column(tr("As of"), Format::Date), column(tr("Requested by")),
                    column(tr("Purpose")), column(tr("Opinion"), Format::OpinionCategory),
                    column(tr("Impact until"), Format::Date),
                    column(tr("Replied on"), Format::Date)});
}
