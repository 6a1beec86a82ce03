#include "recordkindparts.h"

// Talks, notices, and inspections with the rectifications they found.
QVector<RecordKind> RecordKinds::supervisionKinds()
{
    using namespace RecordKindParts;
    using namespace Stored;
    using T = FieldType;
    using Format = ListColumn::Format;

    RecordKind talks = recordKind("talks", tr("Talk"), "cadre_id",
                                  {vocabulary("kind", tr("Kind of talk"), "talks.kind"),
                                   vocabulary("held_by", tr("Held by"), "talks.held_by"),
                                   field("talk_date", tr("Date"), T::Date, true),
                                   field("interviewer", tr("Interviewer"), T::Text),
                                   field("clue_id", tr("About clue"), T::ClueReference),
                                   field("reason", tr("Reason"), T::LongText),
                                   field("summary", tr("Summary"), T::LongText)});
    talks.defaults = {{QStringLiteral("held_by"), QStringLiteral("discipline_commission")}};
    talks.section = QStringLiteral("talks");
    talks.sectionHeading = tr("Talks");
    talks.listing
        = listing("talks", "id", "FROM talks WHERE cadre_id = ?", "talk_date DESC, id DESC",
                  {"talk_date", "kind", "held_by", "interviewer", "reason"},
                  {column(tr("Date"), Format::Date),
                   column(tr("Kind of talk"), Format::Vocabulary, "talks.kind"),
                   column(tr("Held by"), Format::Vocabulary, "talks.held_by"),
                   column(tr("Interviewer")), column(tr("Reason"))});
    talks.timeline = {timeline(
        "talk", tr("Talk"), R"(SELECT cadre_id, 'talk', id, talk_date, kind, reason FROM talks)")};
    talks.statisticSources
        = {QStringLiteral(R"(SELECT 'talk.' || t.kind, substr(t.talk_date, 1, 7), c.unit_id,
       'talks', t.id, t.cadre_id, NULL, NULL, NULL
    FROM talks t JOIN cadres c ON c.id = t.cadre_id)")};
    talks.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "talk");
    talks.columns = {key(),
                     required("cadre_id", Type::Integer, "cadres"),
                     required("kind"),
                     required("held_by"),
                     required("talk_date", Type::Date),
                     optional("interviewer"),
                     optional("reason"),
                     optional("summary"),
                     nullable("clue_id", Type::Integer, "clues")};

    RecordKind notices = recordKind(
        "notices", tr("Notice"), "cadre_id",
        {vocabulary("kind", tr("Kind of notice"), "notices.kind"),
         field("number", tr("Document number"), T::Text),
         field("unit_id", tr("Unit"), T::UnitReference, true),
         field("inspection_id", tr("From inspection"), T::InspectionReference),
         field("issued_date", tr("Issued on"), T::Date, true),
         field("deadline", tr("Deadline"), T::Date), field("content", tr("Content"), T::LongText)});
    notices.section = QStringLiteral("notices");
    notices.sectionHeading = tr("Notices");
    notices.listing
        = listing("notices", "id", "FROM notices WHERE cadre_id = ?", "issued_date DESC, id DESC",
                  {"issued_date", "kind", "number", "deadline", "content"},
                  {column(tr("Issued on"), Format::Date),
                   column(tr("Kind of notice"), Format::Vocabulary, "notices.kind"),
                   column(tr("Document number")), column(tr("Deadline"), Format::Date),
                   column(tr("Content"))});
    notices.timeline = {timeline(
        "notice", tr("Notice"),
        R"(SELECT cadre_id, 'notice', id, issued_date, kind, trim(number || ' ' || substr(content, 1, 120))
    FROM notices WHERE cadre_id IS NOT NULL)")};
    notices.statisticSources
        = {QStringLiteral(R"(SELECT 'notice.' || n.kind, substr(n.issued_date, 1, 7), n.unit_id,
       'notices', n.id, NULL, NULL, NULL, NULL
    FROM notices n)")};
    notices.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "notice");
    notices.columns = {key(),
                       required("kind"),
                       optional("number"),
                       required("unit_id", Type::Integer, "units"),
                       nullable("cadre_id", Type::Integer, "cadres"),
                       nullable("inspection_id", Type::Integer, "inspections"),
                       required("issued_date", Type::Date),
                       nullable("deadline", Type::Date),
                       optional("content")};

    RecordKind findings
        = recordKind("findings", tr("Rectification"), "responsible_cadre_id",
                     {field("inspection_id", tr("Inspection"), T::InspectionReference, true),
                      field("description", tr("Problem found"), T::LongText, true),
                      field("found_date", tr("Found on"), T::Date, true),
                      field("deadline", tr("Rectify by"), T::Date, true),
                      vocabulary("status", tr("Status"), "findings.status"),
                      field("completed_date", tr("Completed on"), T::Date),
                      field("evidence", tr("Evidence of rectification"), T::LongText)});
    findings.defaults = {{QStringLiteral("status"), QStringLiteral("open")}};
    findings.columnLabels = {{QStringLiteral("responsible_cadre_id"), tr("Responsible cadre")},
                             {QStringLiteral("notice_id"), tr("From notice")}};
    findings.section = QStringLiteral("inspections");
    findings.sectionHeading = tr("Rectifications the cadre is responsible for");
    findings.listing = listing(
        "findings", "f.id",
        "FROM findings f JOIN inspections i ON i.id = f.inspection_id "
        "WHERE f.responsible_cadre_id = ?",
        "f.found_date DESC, f.id DESC",
        {"f.found_date", "f.description", "i.kind", "f.deadline", "f.status", "f.completed_date"},
        {column(tr("Found on"), Format::Date), column(tr("Problem found")),
         column(tr("Inspection"), Format::Vocabulary, "inspections.kind"),
         column(tr("Rectify by"), Format::Date),
         column(tr("Status"), Format::Vocabulary, "findings.status"),
         column(tr("Completed on"), Format::Date)});
    findings.listing.alertCondition
        = QStringLiteral("f.status <> 'completed' AND f.deadline < date('now', 'localtime')");
    findings.timeline
        = {timeline("finding", tr("Rectification"),
                    R"(SELECT responsible_cadre_id, 'finding', id, found_date, status, description
    FROM findings WHERE responsible_cadre_id IS NOT NULL)")};
    findings.statisticSources
        = {QStringLiteral(R"(SELECT 'finding.found', substr(f.found_date, 1, 7), i.unit_id,
       'findings', f.id, NULL, NULL, NULL, f.inspection_id
    FROM findings f JOIN inspections i ON i.id = f.inspection_id)"),
           QStringLiteral(R"(SELECT 'finding.completed', substr(f.completed_date, 1, 7), i.unit_id,
       'findings', f.id, NULL, NULL, NULL, f.inspection_id
    FROM findings f JOIN inspections i ON i.id = f.inspection_id
    WHERE f.completed_date IS NOT NULL)")};
    findings.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "finding");
    findings.columns = {key(),
                        required("inspection_id", Type::Integer, "inspections"),
                        required("description"),
                        nullable("responsible_cadre_id", Type::Integer, "cadres"),
                        nullable("notice_id", Type::Integer, "notices"),
                        required("found_date", Type::Date),
                        required("deadline", Type::Date),
                        optional("status"),
                        nullable("completed_date", Type::Date),
                        optional("evidence")};

    RecordKind inspections = recordKind(
        "inspections", tr("Inspection"), "",
        {field("unit_id", tr("Unit inspected"), T::UnitReference, true),
         vocabulary("kind", tr("Kind of inspection"), "inspections.kind"),
         field("start_date", tr("From"), T::Date, true), field("end_date", tr("Until"), T::Date),
         field("team", tr("Team"), T::Text), field("summary", tr("Summary"), T::LongText)});
    inspections.section = QStringLiteral("inspections");
    inspections.sectionHeading = tr("Inspections of the cadre's unit");
    inspections.listing
        = listing("inspections", "i.id",
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
    inspections.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "inspection");
    inspections.columns = {key(),
                           required("unit_id", Type::Integer, "units"),
                           required("kind"),
                           required("start_date", Type::Date),
                           nullable("end_date", Type::Date),
                           optional("team"),
                           optional("summary")};

    return {talks, notices, findings, inspections};
}
