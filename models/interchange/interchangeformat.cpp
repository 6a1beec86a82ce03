#include "interchangeformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace InterchangeFormat {

namespace {

constexpr auto Integer = ColumnType::Integer;
constexpr auto Text = ColumnType::Text;
constexpr auto Date = ColumnType::Date;
constexpr auto Timestamp = ColumnType::Timestamp;
constexpr auto Blob = ColumnType::Blob;

Column column(const char *name, ColumnType type, Need need, const char *references)
{
    return {QString::fromLatin1(name), type, need,
            references ? QString::fromLatin1(references) : QString()};
}

Column key()
{
    return column("id", Integer, Need::Required, nullptr);
}

Column required(const char *name, ColumnType type = Text, const char *references = nullptr)
{
    return column(name, type, Need::Required, references);
}

Column optional(const char *name, ColumnType type = Text)
{
    return column(name, type, Need::Optional, nullptr);
}

Column nullable(const char *name, ColumnType type = Text, const char *references = nullptr)
{
    return column(name, type, Need::Nullable, references);
}

const QStringList idKey = {QStringLiteral("id")};

// The schema's tables in dependency order, columns in schema order. Keep in step with
// resources/sql/ and docs/interchange.md; schemaProblems() reports any difference from the schema.
std::vector<Table> describe()
{
    const auto keys = [](const char *first, const char *second) {
        return QStringList{QString::fromLatin1(first), QString::fromLatin1(second)};
    };
    std::vector<Table> all = {
        {QStringLiteral("settings"),
         QT_TRANSLATE_NOOP("Interchange", "setting"),
         {required("key"), required("value")},
         {QStringLiteral("key")},
         {},
         true},
        {QStringLiteral("rules"),
         QT_TRANSLATE_NOOP("Interchange", "rule"),
         {key(), required("measure"), nullable("months", Integer), nullable("form", Integer),
          required("valid_from", Date), nullable("valid_to", Date), required("source"),
          optional("note")},
         idKey,
         {},
         true},
        {QStringLiteral("units"),
         QT_TRANSLATE_NOOP("Interchange", "unit"),
         {key(), required("name"), required("kind"), nullable("parent_id", Integer, "units"),
          nullable("supervising_unit_id", Integer, "units"), optional("sort_order", Integer)},
         idKey},
        {QStringLiteral("cadres"),
         QT_TRANSLATE_NOOP("Interchange", "cadre"),
         {key(), required("dossier_number"), required("name"), required("gender"),
          nullable("birth_date", Date), optional("ethnicity"), optional("id_number"),
          optional("native_place"), optional("education"), optional("party_membership"),
          nullable("party_join_date", Date), optional("employment"),
          required("unit_id", Integer, "units"), optional("position"), optional("rank"),
          optional("is_top_leader", Integer), optional("status"), required("created_at", Timestamp),
          required("updated_at", Timestamp)},
         idKey,
         {QStringLiteral("pinyin_full"), QStringLiteral("pinyin_initials")}},
        {QStringLiteral("positions"),
         QT_TRANSLATE_NOOP("Interchange", "position"),
         {key(), required("cadre_id", Integer, "cadres"), nullable("unit_id", Integer, "units"),
          required("title"), optional("rank"), required("start_date", Date),
          nullable("end_date", Date)},
         idKey},
        {QStringLiteral("relatives"),
         QT_TRANSLATE_NOOP("Interchange", "relative"),
         {key(), required("cadre_id", Integer, "cadres"), required("relation"), required("name"),
          nullable("relative_cadre_id", Integer, "cadres"), optional("work_unit"),
          optional("position"), optional("is_key", Integer)},
         idKey},
        {QStringLiteral("personal_matters_reports"),
         QT_TRANSLATE_NOOP("Interchange", "personal matters report"),
         {key(), required("cadre_id", Integer, "cadres"), required("year", Integer),
          required("submitted_date", Date), optional("verified", Integer), optional("remark")},
         idKey},
        {QStringLiteral("personal_matters_items"),
         QT_TRANSLATE_NOOP("Interchange", "personal matters item"),
         {required("report_id", Integer, "personal_matters_reports"), required("item", Integer),
          optional("reported", Integer), optional("content")},
         keys("report_id", "item")},
        {QStringLiteral("inspections"),
         QT_TRANSLATE_NOOP("Interchange", "inspection"),
         {key(), required("unit_id", Integer, "units"), required("kind"),
          required("start_date", Date), nullable("end_date", Date), optional("team"),
          optional("summary")},
         idKey},
        {QStringLiteral("inspection_items"),
         QT_TRANSLATE_NOOP("Interchange", "inspection item"),
         {key(), required("inspection_id", Integer, "inspections"), required("item"),
          required("result"), optional("remark")},
         idKey},
        {QStringLiteral("notices"),
         QT_TRANSLATE_NOOP("Interchange", "notice"),
         {key(), required("kind"), optional("number"), required("unit_id", Integer, "units"),
          nullable("cadre_id", Integer, "cadres"),
          nullable("inspection_id", Integer, "inspections"), required("issued_date", Date),
          nullable("deadline", Date), optional("content")},
         idKey},
        {QStringLiteral("findings"),
         QT_TRANSLATE_NOOP("Interchange", "finding"),
         {key(), required("inspection_id", Integer, "inspections"), required("description"),
          nullable("responsible_cadre_id", Integer, "cadres"),
          nullable("notice_id", Integer, "notices"), required("found_date", Date),
          required("deadline", Date), optional("status"), nullable("completed_date", Date),
          optional("evidence")},
         idKey},
        {QStringLiteral("clues"),
         QT_TRANSLATE_NOOP("Interchange", "clue"),
         {key(), required("number"), required("source"), required("received_date", Date),
          optional("summary"), optional("state"), nullable("disposition"),
          required("updated_date", Date)},
         idKey},
        {QStringLiteral("clue_subjects"),
         QT_TRANSLATE_NOOP("Interchange", "clue subject"),
         {required("clue_id", Integer, "clues"), required("cadre_id", Integer, "cadres"),
          nullable("outcome")},
         keys("clue_id", "cadre_id")},
        {QStringLiteral("clue_steps"),
         QT_TRANSLATE_NOOP("Interchange", "clue step"),
         {key(), required("clue_id", Integer, "clues"), nullable("from_state"),
          required("to_state"), required("step_date", Date), required("operator"),
          optional("approved_by"), nullable("approval_date", Date), optional("note")},
         idKey},
        {QStringLiteral("talks"),
         QT_TRANSLATE_NOOP("Interchange", "talk"),
         {key(), required("cadre_id", Integer, "cadres"), required("kind"), required("held_by"),
          required("talk_date", Date), optional("interviewer"), optional("reason"),
          optional("summary"), nullable("clue_id", Integer, "clues")},
         idKey},
        {QStringLiteral("cases"),
         QT_TRANSLATE_NOOP("Interchange", "case"),
         {key(), required("number"), nullable("clue_id", Integer, "clues"),
          nullable("unit_id", Integer, "units"), required("filed_date", Date),
          nullable("closed_date", Date), optional("summary"), nullable("accountability")},
         idKey},
        {QStringLiteral("case_subjects"),
         QT_TRANSLATE_NOOP("Interchange", "case subject"),
         {required("case_id", Integer, "cases"), required("cadre_id", Integer, "cadres"),
          optional("was_top_leader", Integer), nullable("transferred_to_judiciary", Date)},
         keys("case_id", "cadre_id")},
        {QStringLiteral("sanctions"),
         QT_TRANSLATE_NOOP("Interchange", "sanction"),
         {key(), required("cadre_id", Integer, "cadres"), nullable("case_id", Integer, "cases"),
          required("system"), required("kind"), optional("decision_number"), optional("decided_by"),
          required("effective_date", Date), nullable("probation_months", Integer),
          nullable("rights_restored_date", Date), optional("reason")},
         idKey},
        {QStringLiteral("organizational_handlings"),
         QT_TRANSLATE_NOOP("Interchange", "organizational handling"),
         {key(), required("cadre_id", Integer, "cadres"), nullable("case_id", Integer, "cases"),
          required("kind"), optional("decided_by"), required("effective_date", Date),
          optional("reason")},
         idKey},
        {QStringLiteral("admonitions"),
         QT_TRANSLATE_NOOP("Interchange", "admonition"),
         {key(), required("cadre_id", Integer, "cadres"), nullable("case_id", Integer, "cases"),
          nullable("clue_id", Integer, "clues"), optional("decided_by"),
          required("effective_date", Date), optional("reason")},
         idKey},
        {QStringLiteral("duty_reports"),
         QT_TRANSLATE_NOOP("Interchange", "duty report"),
         {key(), required("cadre_id", Integer, "cadres"), required("year", Integer),
          required("kind"), required("report_date", Date), optional("rating"), optional("content")},
         idKey},
        {QStringLiteral("self_examination_materials"),
         QT_TRANSLATE_NOOP("Interchange", "self-examination material"),
         {key(), required("unit_id", Integer, "units"), nullable("cadre_id", Integer, "cadres"),
          required("year", Integer), required("meeting"), optional("title"), required("content"),
          required("submitted_date", Date)},
         idKey},
        {QStringLiteral("warning_education_events"),
         QT_TRANSLATE_NOOP("Interchange", "warning education event"),
         {key(), nullable("unit_id", Integer, "units"), required("kind"),
          required("event_date", Date), required("title"), optional("location")},
         idKey},
        {QStringLiteral("warning_education_attendance"),
         QT_TRANSLATE_NOOP("Interchange", "attendance"),
         {required("event_id", Integer, "warning_education_events"),
          required("cadre_id", Integer, "cadres")},
         keys("event_id", "cadre_id")},
        {QStringLiteral("power_list_items"),
         QT_TRANSLATE_NOOP("Interchange", "power list item"),
         {key(), required("unit_id", Integer, "units"), nullable("cadre_id", Integer, "cadres"),
          required("power"), optional("legal_basis"), optional("responsibility"),
          optional("process"), optional("risk_points"), optional("controls"),
          optional("risk_level"), nullable("published_date", Date)},
         idKey},
        {QStringLiteral("opinion_batches"),
         QT_TRANSLATE_NOOP("Interchange", "opinion batch"),
         {key(), required("requester"), optional("request_number"), required("request_date", Date),
          required("purpose"), required("as_of_date", Date), nullable("reply_date", Date),
          optional("signed_by"), required("created_by"), required("created_at", Timestamp)},
         idKey},
        {QStringLiteral("opinion_answers"),
         QT_TRANSLATE_NOOP("Interchange", "opinion answer"),
         {key(), required("batch_id", Integer, "opinion_batches"),
          required("cadre_id", Integer, "cadres"), required("category", Integer),
          required("reasons"), nullable("impact_until", Date), optional("wording"),
          optional("adjusted_by"), optional("adjust_reason")},
         idKey},
        {QStringLiteral("attachments"),
         QT_TRANSLATE_NOOP("Interchange", "attachment"),
         {key(), nullable("cadre_id", Integer, "cadres"), required("entity"),
          required("entity_id", Integer), required("file_name"), optional("mime_type"),
          required("sha256"), required("size", Integer), required("content", Blob),
          required("added_at", Timestamp)},
         idKey},
    };
    return all;
}

} // namespace

int Table::columnIndex(const QString &columnName) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == columnName)
            return int(i);
    return -1;
}

bool Table::hasIdKey() const
{
    return primaryKey == idKey;
}

const std::vector<Table> &tables()
{
    static const std::vector<Table> all = describe();
    return all;
}

const Table *table(const QString &name)
{
    for (const Table &candidate : tables())
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

QStringList excludedTables()
{
    // Accounts and their password hashes, their signing keys, the trail with its kept count,
    // its count of record changes and its seals never leave the database: they belong to it
    // alone. The statistic counts, their totals and the four forms' classes are derived: the
    // triggers count the imported records and classify the imported rules again, and which
    // triggers the database holds is its own (derived_objects). Summary templates are the
    // commission's way of printing, not dossier records.
    return {QStringLiteral("audit_log"),         QStringLiteral("cadre_search"),
            QStringLiteral("accounts"),          QStringLiteral("account_units"),
            QStringLiteral("signing_keys"),      QStringLiteral("audit_seals"),
            QStringLiteral("audit_head"),        QStringLiteral("record_changes"),
            QStringLiteral("sign_in_failures"),  QStringLiteral("statistic_counts"),
            QStringLiteral("statistic_totals"),  QStringLiteral("four_form_years"),
            QStringLiteral("four_form_classes"), QStringLiteral("summary_templates"),
            QStringLiteral("derived_objects")};
}

QString typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Real:
        return QStringLiteral("real");
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Timestamp:
        return QStringLiteral("timestamp");
    case ColumnType::Blob:
        return QStringLiteral("blob");
    }
    return {};
}

bool isDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    return QDate::fromString(text, Qt::ISODate).isValid();
}

bool isTimestamp(const QString &text)
{
    return text.size() >= 16 && isDate(text.left(10)) && text.at(10) == QLatin1Char('T')
           && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

} // namespace InterchangeFormat
