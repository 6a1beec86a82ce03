#include "recordkindparts.h"

// The units and their tree, the cadre, posts held, family and the yearly personal-matters
// report.
QVector<RecordKind> RecordKinds::peopleKinds()
{
    using namespace RecordKindParts;
    using namespace Stored;
    using T = FieldType;
    using Format = ListColumn::Format;

    RecordKind units
        = recordKind("units", tr("Unit"), "",
                     {field("name", tr("Name"), T::Text, true),
                      vocabulary("kind", tr("Kind of unit"), "units.kind"),
                      field("parent_id", tr("Part of"), T::UnitReference),
                      field("supervising_unit_id", tr("Supervised by"), T::UnitReference),
                      field("sort_order", tr("Order in the tree"), T::Integer)});
    units.fields.last().maximum = 9999;
    units.defaults = {{QStringLiteral("kind"), QStringLiteral("department")}};
    units.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "unit");
    units.columns = {key(),
                     required("name"),
                     required("kind"),
                     nullable("parent_id", Type::Integer, "units"),
                     nullable("supervising_unit_id", Type::Integer, "units"),
                     optional("sort_order", Type::Integer),
                     nullable("retired_on", Type::Date)};
    // Set and cleared by retiring and restoring the unit, not on its form.
    units.columnLabels = {{QStringLiteral("retired_on"), tr("Retired on")}};

    RecordKind cadres = recordKind(
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
         field("is_team_member", tr("Member of the unit's leadership team"), T::Boolean),
         vocabulary("status", tr("Status"), "cadres.status")});
    cadres.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "cadre");
    cadres.columns = {key(),
                      required("dossier_number"),
                      required("name"),
                      required("gender"),
                      nullable("birth_date", Type::Date),
                      optional("ethnicity"),
                      optional("id_number"),
                      optional("native_place"),
                      optional("education"),
                      optional("party_membership"),
                      nullable("party_join_date", Type::Date),
                      optional("employment"),
                      required("unit_id", Type::Integer, "units"),
                      optional("position"),
                      optional("rank"),
                      optional("is_top_leader", Type::Integer),
                      optional("status"),
                      required("created_at", Type::Timestamp),
                      required("updated_at", Type::Timestamp),
                      optional("is_team_member", Type::Integer)};
    cadres.derivedColumns = {QStringLiteral("pinyin_full"), QStringLiteral("pinyin_initials")};

    RecordKind positions = recordKind(
        "positions", tr("Post held"), "cadre_id",
        {field("title", tr("Position"), T::Text, true),
         field("unit_id", tr("Unit"), T::UnitReference), field("rank", tr("Rank"), T::Text),
         field("start_date", tr("From"), T::Date, true), field("end_date", tr("Until"), T::Date)});
    positions.listing
        = listing("positions", "p.id",
                  "FROM positions p LEFT JOIN units u ON u.id = p.unit_id WHERE p.cadre_id = ?",
                  "p.start_date DESC, p.id DESC",
                  {"p.start_date", "p.end_date", "p.title", "u.name", "p.rank"},
                  {column(tr("From"), Format::Date), column(tr("Until"), Format::Date),
                   column(tr("Position")), column(tr("Unit")), column(tr("Rank"))});
    positions.timeline = {
        timeline("position", tr("Post held"),
                 R"(SELECT p.cadre_id, 'position', p.id, p.start_date, p.title, coalesce(u.name, '')
    FROM positions p LEFT JOIN units u ON u.id = p.unit_id)")};
    positions.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "position");
    positions.columns = {key(),
                         required("cadre_id", Type::Integer, "cadres"),
                         nullable("unit_id", Type::Integer, "units"),
                         required("title"),
                         optional("rank"),
                         required("start_date", Type::Date),
                         nullable("end_date", Type::Date)};

    RecordKind relatives = recordKind(
        "relatives", tr("Family member"), "cadre_id",
        {vocabulary("relation", tr("Relation"), "relatives.relation"),
         field("name", tr("Name"), T::Text, true),
         field("relative_cadre_id", tr("Cadre in the directory"), T::DirectoryCadre),
         field("work_unit", tr("Work unit"), T::Text), field("position", tr("Position"), T::Text),
         field("is_key", tr("Key relative"), T::Boolean)});
    relatives.defaults = {{QStringLiteral("is_key"), 1}};
    relatives.section = QStringLiteral("family");
    relatives.sectionHeading = tr("Family members and key relatives");
    relatives.listing = listing(
        "relatives", "r.id", "FROM relatives r WHERE r.cadre_id = ?", "r.id",
        {"r.relation", "r.name", "r.work_unit", "r.position", "r.is_key",
         "(SELECT c.name || ' · ' || u.name FROM cadres c JOIN units u "
         "ON u.id = c.unit_id WHERE c.id = r.relative_cadre_id)"},
        {column(tr("Relation"), Format::Vocabulary, "relatives.relation"), column(tr("Name")),
         column(tr("Work unit")), column(tr("Position")),
         column(tr("Key relative"), Format::Boolean), column(tr("Cadre in the directory"))});
    relatives.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "relative");
    relatives.columns = {key(),
                         required("cadre_id", Type::Integer, "cadres"),
                         required("relation"),
                         required("name"),
                         nullable("relative_cadre_id", Type::Integer, "cadres"),
                         optional("work_unit"),
                         optional("position"),
                         optional("is_key", Type::Integer)};

    RecordKind matters = recordKind(
        "personal_matters_reports", tr("Personal-matters report"), "cadre_id",
        {year("year", tr("Year")), field("submitted_date", tr("Submitted on"), T::Date, true),
         field("verified", tr("Verified"), T::Boolean),
         field("remark", tr("Remark"), T::LongText)});
    matters.section = QStringLiteral("personal_matters");
    matters.sectionHeading = tr("Personal-matters reports");
    matters.listing
        = listing("personal_matters_reports", "r.id",
                  "FROM personal_matters_reports r WHERE r.cadre_id = ?", "r.year DESC",
                  {"r.year", "r.submitted_date",
                   "(SELECT count(*) FROM personal_matters_items i WHERE i.report_id = r.id "
                   "AND i.reported = 1)",
                   "r.verified", "r.remark"},
                  {column(tr("Year"), Format::Number), column(tr("Submitted on"), Format::Date),
                   column(tr("Items with matters"), Format::Number),
                   column(tr("Verified"), Format::Boolean), column(tr("Remark"))});
    matters.timeline = {timeline(
        "personal_matters_report", tr("Personal-matters report"),
        R"(SELECT cadre_id, 'personal_matters_report', id, submitted_date, CAST(year AS TEXT),
       remark
    FROM personal_matters_reports)")};
    matters.statisticSources
        = {QStringLiteral(R"(SELECT 'personal_matters_report', CAST(p.year AS TEXT), c.unit_id,
       'personal_matters_reports', p.id, p.cadre_id, NULL, NULL, NULL
    FROM personal_matters_reports p JOIN cadres c ON c.id = p.cadre_id)")};
    matters.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "personal matters report");
    matters.columns = {key(),
                       required("cadre_id", Type::Integer, "cadres"),
                       required("year", Type::Integer),
                       required("submitted_date", Type::Date),
                       optional("verified", Type::Integer),
                       optional("remark")};

    return {units, cadres, positions, relatives, matters};
}
