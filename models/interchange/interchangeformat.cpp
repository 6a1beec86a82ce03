#include "interchangeformat.h"

#include "domain/recordkinds.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>

namespace InterchangeFormat {

namespace {

using namespace Stored;
constexpr auto Integer = Type::Integer;
constexpr auto Text = Type::Text;
constexpr auto Date = Type::Date;
constexpr auto Timestamp = Type::Timestamp;

const QStringList idKey = {QStringLiteral("id")};

Table fromKind(const RecordKind &kind)
{
    return {kind.table, kind.interchangeNoun, kind.columns, idKey, kind.derivedColumns};
}

// A record kind as the registry describes it, in the place the file carries it.
Table ofKind(const char *table)
{
    return fromKind(RecordKinds::kind(QString::fromLatin1(table)));
}

// The schema's tables in dependency order, columns in schema order: the tables that are not record
// kinds are described here, the kinds in the registry. Keep in step with resources/sql/ and
// docs/interchange.md; schemaProblems() reports any difference from the schema.
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
        {QStringLiteral("articles"),
         QT_TRANSLATE_NOOP("Interchange", "article"),
         {key(), required("regulation"), required("system"), required("number"), optional("topic"),
          optional("text"), required("valid_from", Date), nullable("valid_to", Date),
          optional("lighter"), optional("heavier"), optional("serious"), required("source")},
         idKey,
         {},
         true},
        ofKind("units"),
        ofKind("cadres"),
        ofKind("positions"),
        ofKind("relatives"),
        ofKind("personal_matters_reports"),
        {QStringLiteral("personal_matters_items"),
         QT_TRANSLATE_NOOP("Interchange", "personal matters item"),
         {required("report_id", Integer, "personal_matters_reports"), required("item", Integer),
          optional("reported", Integer), optional("content")},
         keys("report_id", "item")},
        ofKind("inspections"),
        {QStringLiteral("inspection_items"),
         QT_TRANSLATE_NOOP("Interchange", "inspection item"),
         {key(), required("inspection_id", Integer, "inspections"), required("item"),
          required("result"), optional("remark")},
         idKey},
        ofKind("notices"),
        ofKind("findings"),
        ofKind("clues"),
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
        ofKind("talks"),
        ofKind("cases"),
        {QStringLiteral("case_subjects"),
         QT_TRANSLATE_NOOP("Interchange", "case subject"),
         {required("case_id", Integer, "cases"), required("cadre_id", Integer, "cadres"),
          optional("was_top_leader", Integer), nullable("transferred_to_judiciary", Date),
          optional("was_team_member", Integer)},
         keys("case_id", "cadre_id")},
        ofKind("sanctions"),
        ofKind("organizational_handlings"),
        ofKind("admonitions"),
        ofKind("case_reviews"),
        ofKind("case_facts"),
        ofKind("case_evidence"),
        ofKind("case_statements"),
        ofKind("case_proposals"),
        ofKind("duty_reports"),
        ofKind("self_examination_materials"),
        ofKind("warning_education_events"),
        {QStringLiteral("warning_education_attendance"),
         QT_TRANSLATE_NOOP("Interchange", "attendance"),
         {required("event_id", Integer, "warning_education_events"),
          required("cadre_id", Integer, "cadres")},
         keys("event_id", "cadre_id")},
        ofKind("power_list_items"),
        ofKind("opinion_batches"),
        {QStringLiteral("opinion_answers"),
         QT_TRANSLATE_NOOP("Interchange", "opinion answer"),
         {key(), required("batch_id", Integer, "opinion_batches"),
          required("cadre_id", Integer, "cadres"), required("category", Integer),
          required("reasons"), nullable("impact_until", Date), optional("wording"),
          optional("adjusted_by"), optional("adjust_reason")},
         idKey},
        ofKind("attachments"),
    };
    // Kinds added to the registry come after every table they can refer to.
    for (const RecordKind &kind : RecordKinds::all()) {
        const bool placed = std::any_of(all.begin(), all.end(), [&kind](const Table &table) {
            return table.name == kind.table;
        });
        if (!placed && kind.interchangeNoun)
            all.push_back(fromKind(kind));
    }
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
    static QMutex mutex;
    static std::vector<Table> all;
    static int generation = -1;
    QMutexLocker lock(&mutex);
    if (generation != RecordKinds::generation()) {
        all = describe();
        generation = RecordKinds::generation();
    }
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
    // commission's way of printing, not dossier records. The review packages a database sent
    // out are its own record of what left it and may come back to it alone.
    return {QStringLiteral("audit_log"),         QStringLiteral("cadre_search"),
            QStringLiteral("cadre_grams"),       QStringLiteral("accounts"),
            QStringLiteral("account_units"),     QStringLiteral("signing_keys"),
            QStringLiteral("audit_seals"),       QStringLiteral("audit_head"),
            QStringLiteral("record_changes"),    QStringLiteral("sign_in_failures"),
            QStringLiteral("statistic_counts"),  QStringLiteral("statistic_totals"),
            QStringLiteral("four_form_years"),   QStringLiteral("four_form_classes"),
            QStringLiteral("summary_templates"), QStringLiteral("derived_objects"),
            QStringLiteral("review_packages")};
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

QString translate(const char *text)
{
    static const char *const contexts[] = {"Interchange",
                                           "InterchangeImporter",
                                           "InterchangeValues",
                                           "InterchangeChecks",
                                           "InterchangeChecks::Collector",
                                           "InterchangeExporter",
                                           "InterchangeExporter::Output",
                                           "InterchangeTableWriter",
                                           "InterchangeStreamWriter",
                                           "InterchangeReader",
                                           "InterchangeParser",
                                           "InterchangeFormat"};
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        const QString translated = QCoreApplication::translate(context, text);
        if (translated != source)
            return translated;
    }
    return source;
}

QString recordNoun(const QString &tableName)
{
    const Table *described = table(tableName);
    return described ? QCoreApplication::translate("Interchange", described->recordNoun)
                     : tableName;
}

} // namespace InterchangeFormat
