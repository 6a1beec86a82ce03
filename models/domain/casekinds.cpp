#include "recordkindparts.h"

// Problem clues, cases, and the measures taken: sanctions, organizational handling, admonitions.
QVector<RecordKind> RecordKinds::caseKinds()
{
    using namespace RecordKindParts;
    using namespace Stored;
    using T = FieldType;
    using Format = ListColumn::Format;

    RecordKind clues = recordKind("clues", tr("Problem clue"), "",
                                  {field("number", tr("Clue number"), T::Text, true),
                                   vocabulary("source", tr("Source"), "clues.source"),
                                   field("received_date", tr("Received on"), T::Date, true),
                                   field("summary", tr("Summary"), T::LongText)});
    clues.linkTable = QStringLiteral("clue_subjects");
    clues.linkColumn = QStringLiteral("clue_id");
    clues.createdWith = {{QStringLiteral("state"), QStringLiteral("registered")}};
    clues.copiedOnCreate = {{QStringLiteral("updated_date"), QStringLiteral("received_date")}};
    clues.columnLabels = {{QStringLiteral("updated_date"), tr("Last changed on")}};
    clues.listing
        = listing("clues", "c.id",
                  "FROM clue_subjects s JOIN clues c ON c.id = s.clue_id WHERE s.cadre_id = ?",
                  "c.received_date DESC, c.id DESC",
                  {"c.received_date", "c.number", "c.source", "c.state", "s.outcome", "c.summary"},
                  {column(tr("Received on"), Format::Date), column(tr("Clue number")),
                   column(tr("Source"), Format::Vocabulary, "clues.source"),
                   column(tr("State"), Format::ClueState),
                   column(tr("Outcome"), Format::Vocabulary, "clue_subjects.outcome"),
                   column(tr("Summary"))});
    clues.timeline
        = {timeline("clue", tr("Problem clue"),
                    R"(SELECT s.cadre_id, 'clue', c.id, c.received_date, c.state,
       trim(c.number || ' ' || c.summary)
    FROM clue_subjects s JOIN clues c ON c.id = s.clue_id)"),
           timeline("clue_step", tr("Clue step"),
                    R"(SELECT s.cadre_id, 'clue_step', st.clue_id, st.step_date, st.to_state,
       trim(c.number || ' ' || st.operator || ' ' || st.note)
    FROM clue_steps st JOIN clues c ON c.id = st.clue_id
    JOIN clue_subjects s ON s.clue_id = st.clue_id
    WHERE st.from_state IS NOT NULL)")};
    clues.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "clue");
    clues.columns = {key(),
                     required("number"),
                     required("source"),
                     required("received_date", Type::Date),
                     optional("summary"),
                     optional("state"),
                     nullable("disposition"),
                     required("updated_date", Type::Date)};

    RecordKind cases = recordKind(
        "cases", tr("Case"), "",
        {field("number", tr("Case number"), T::Text, true),
         field("clue_id", tr("From clue"), T::ClueReference),
         field("unit_id", tr("Unit"), T::UnitReference),
         field("filed_date", tr("Filed on"), T::Date, true),
         field("closed_date", tr("Closed on"), T::Date),
         vocabulary("accountability", tr("Two responsibilities"), "cases.accountability", false),
         field("summary", tr("Summary"), T::LongText)});
    cases.linkTable = QStringLiteral("case_subjects");
    cases.linkColumn = QStringLiteral("case_id");
    cases.section = QStringLiteral("cases");
    cases.sectionHeading = tr("Cases");
    cases.listing = listing(
        "cases", "c.id",
        "FROM case_subjects s JOIN cases c ON c.id = s.case_id "
        "LEFT JOIN clues l ON l.id = c.clue_id WHERE s.cadre_id = ?",
        "c.filed_date DESC, c.id DESC",
        {"c.filed_date", "c.number", "c.closed_date", "l.number", "c.accountability", "c.summary"},
        {column(tr("Filed on"), Format::Date), column(tr("Case number")),
         column(tr("Closed on"), Format::Date), column(tr("From clue")),
         column(tr("Two responsibilities"), Format::Vocabulary, "cases.accountability"),
         column(tr("Summary"))});
    cases.timeline = {timeline("case", tr("Case"),
                               R"(SELECT s.cadre_id, 'case', c.id, c.filed_date, c.number, c.summary
    FROM case_subjects s JOIN cases c ON c.id = s.case_id)")};
    cases.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "case");
    cases.columns = {key(),
                     required("number"),
                     nullable("clue_id", Type::Integer, "clues"),
                     nullable("unit_id", Type::Integer, "units"),
                     required("filed_date", Type::Date),
                     nullable("closed_date", Type::Date),
                     optional("summary"),
                     nullable("accountability")};

    FieldDescription sanctionKind = vocabulary("kind", tr("Sanction"), "sanctions.%1_kind");
    sanctionKind.dependsOn = QStringLiteral("system");
    FieldDescription probation = field("probation_months", tr("Probation term"), T::Integer, true);
    probation.choices = {{12, tr("One year")}, {24, tr("Two years")}};
    probation.visibleWhen = {{QStringLiteral("system"), QStringLiteral("party")},
                             {QStringLiteral("kind"), QStringLiteral("probation")}};
    FieldDescription restored = field("rights_restored_date", tr("Rights restored on"), T::Date);
    restored.visibleWhen = probation.visibleWhen;
    RecordKind sanctions
        = recordKind("sanctions", tr("Sanction"), "cadre_id",
                     {vocabulary("system", tr("System"), "sanctions.system"), sanctionKind,
                      probation, field("case_id", tr("From case"), T::CaseReference),
                      field("effective_date", tr("Effective on"), T::Date, true), restored,
                      field("decision_number", tr("Decision number"), T::Text),
                      field("decided_by", tr("Decided by"), T::Text),
                      field("reason", tr("Reason"), T::LongText)});
    sanctions.timeline
        = {timeline("sanction", tr("Sanction"),
                    R"(SELECT cadre_id, 'sanction', id, effective_date, system || '.' || kind,
       trim(decision_number || ' ' || reason)
    FROM sanctions)")};
    sanctions.statisticSources = {QStringLiteral(
        R"(SELECT 'sanction.' || s.system || '.' || s.kind, substr(s.effective_date, 1, 7),
       c.unit_id, 'sanctions', s.id, s.cadre_id, NULL, NULL, NULL
    FROM sanctions s JOIN cadres c ON c.id = s.cadre_id)")};
    sanctions.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "sanction");
    sanctions.columns = {key(),
                         required("cadre_id", Type::Integer, "cadres"),
                         nullable("case_id", Type::Integer, "cases"),
                         required("system"),
                         required("kind"),
                         optional("decision_number"),
                         optional("decided_by"),
                         required("effective_date", Type::Date),
                         nullable("probation_months", Type::Integer),
                         nullable("rights_restored_date", Type::Date),
                         optional("reason")};

    // A suspension holds until it is lifted.
    FieldDescription lifted = field("lifted_date", tr("Suspension lifted on"), T::Date);
    lifted.visibleWhen = {{QStringLiteral("kind"), QStringLiteral("suspension")}};
    RecordKind handlings
        = recordKind("organizational_handlings", tr("Organizational handling"), "cadre_id",
                     {vocabulary("kind", tr("Handling"), "organizational_handlings.kind"),
                      field("case_id", tr("From case"), T::CaseReference),
                      field("effective_date", tr("Effective on"), T::Date, true), lifted,
                      field("decided_by", tr("Decided by"), T::Text),
                      field("reason", tr("Reason"), T::LongText)});
    handlings.timeline
        = {timeline("organizational_handling", tr("Organizational handling"),
                    R"(SELECT cadre_id, 'organizational_handling', id, effective_date, kind, reason
    FROM organizational_handlings)")};
    handlings.statisticSources = {
        QStringLiteral(R"(SELECT 'handling.' || h.kind, substr(h.effective_date, 1, 7), c.unit_id,
       'organizational_handlings', h.id, h.cadre_id, NULL, NULL, NULL
    FROM organizational_handlings h JOIN cadres c ON c.id = h.cadre_id)")};
    handlings.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "organizational handling");
    handlings.columns = {key(),
                         required("cadre_id", Type::Integer, "cadres"),
                         nullable("case_id", Type::Integer, "cases"),
                         required("kind"),
                         optional("decided_by"),
                         required("effective_date", Type::Date),
                         optional("reason"),
                         nullable("lifted_date", Type::Date)};

    RecordKind admonitions = recordKind("admonitions", tr("Admonition"), "cadre_id",
                                        {field("case_id", tr("From case"), T::CaseReference),
                                         field("clue_id", tr("From clue"), T::ClueReference),
                                         field("effective_date", tr("Effective on"), T::Date, true),
                                         field("decided_by", tr("Decided by"), T::Text),
                                         field("reason", tr("Reason"), T::LongText)});
    admonitions.timeline = {timeline(
        "admonition", tr("Admonition"),
        R"(SELECT cadre_id, 'admonition', id, effective_date, '', reason FROM admonitions)")};
    admonitions.statisticSources
        = {QStringLiteral(R"(SELECT 'admonition', substr(a.effective_date, 1, 7), c.unit_id,
       'admonitions', a.id, a.cadre_id, NULL, NULL, NULL
    FROM admonitions a JOIN cadres c ON c.id = a.cadre_id)")};
    admonitions.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "admonition");
    admonitions.columns = {key(),
                           required("cadre_id", Type::Integer, "cadres"),
                           nullable("case_id", Type::Integer, "cases"),
                           nullable("clue_id", Type::Integer, "clues"),
                           optional("decided_by"),
                           required("effective_date", Type::Date),
                           optional("reason")};

    return {clues, cases, sanctions, handlings, admonitions};
}
