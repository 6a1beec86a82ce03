#include "recordkindparts.h"

// Case review: each review of a case, and per subject the facts, the evidence, what the subject
// said and the measures proposed. The case file window shows them; a dossier lists none of them
// on a page of its own.
QVector<RecordKind> RecordKinds::reviewKinds()
{
    using namespace RecordKindParts;
    using namespace Stored;
    using T = FieldType;

    RecordKind reviews
        = recordKind("case_reviews", tr("Case review"), "",
                     {vocabulary("kind", tr("Review"), "case_reviews.kind"),
                      field("received_date", tr("Received for review on"), T::Date, true),
                      field("extended_to", tr("Review extended to"), T::Date),
                      field("extension_approved_by", tr("Extension approved by"), T::Text),
                      field("investigation_report", tr("Investigation report"), T::LongText),
                      field("characterisation", tr("Characterisation"), T::LongText),
                      field("review_opinion", tr("Review opinion"), T::LongText),
                      field("reported_date", tr("Review report submitted on"), T::Date),
                      field("decided_date", tr("Decided on"), T::Date),
                      field("decided_by", tr("Decided by"), T::Text),
                      field("decision_number", tr("Decision number"), T::Text),
                      field("announced_date", tr("Announced on"), T::Date),
                      field("delivered_date", tr("Delivered on"), T::Date),
                      field("executed_date", tr("Execution reported on"), T::Date),
                      field("execution_note", tr("How it was carried out"), T::LongText),
                      field("archived_date", tr("Archived on"), T::Date)});
    reviews.columnLabels = {{QStringLiteral("case_id"), tr("Case")}};
    reviews.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "case review");
    reviews.columns = {key(),
                       required("case_id", Type::Integer, "cases"),
                       optional("kind"),
                       required("received_date", Type::Date),
                       nullable("extended_to", Type::Date),
                       optional("extension_approved_by"),
                       optional("investigation_report"),
                       optional("characterisation"),
                       optional("review_opinion"),
                       nullable("reported_date", Type::Date),
                       nullable("decided_date", Type::Date),
                       optional("decided_by"),
                       optional("decision_number"),
                       nullable("announced_date", Type::Date),
                       nullable("delivered_date", Type::Date),
                       nullable("executed_date", Type::Date),
                       optional("execution_note"),
                       nullable("archived_date", Type::Date)};

    RecordKind facts = recordKind("case_facts", tr("Fact of a case"), "cadre_id",
                                  {field("case_id", tr("Case"), T::CaseReference, true),
                                   field("ordinal", tr("Number"), T::Integer, true),
                                   field("description", tr("Fact"), T::LongText, true),
                                   field("violated_on", tr("Committed until"), T::Date),
                                   vocabulary("degree", tr("Degree"), "case_facts.degree"),
                                   field("articles", tr("Articles violated"), T::ArticleList)});
    facts.fields[1].minimum = 1;
    facts.fields[1].maximum = 999;
    facts.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "fact of a case");
    facts.columns = {key(),
                     required("case_id", Type::Integer, "cases"),
                     required("cadre_id", Type::Integer, "cadres"),
                     optional("ordinal", Type::Integer),
                     required("description"),
                     nullable("violated_on", Type::Date),
                     optional("degree"),
                     optional("articles")};

    RecordKind evidence
        = recordKind("case_evidence", tr("Evidence"), "cadre_id",
                     {field("case_id", tr("Case"), T::CaseReference, true),
                      field("ordinal", tr("Number"), T::Integer, true),
                      vocabulary("kind", tr("Kind of evidence"), "case_evidence.kind"),
                      field("description", tr("What it is and what it proves"), T::LongText, true),
                      field("collected_date", tr("Collected on"), T::Date)});
    evidence.fields[1].minimum = 1;
    evidence.fields[1].maximum = 999;
    evidence.columnLabels = {{QStringLiteral("fact_id"), tr("Fact")}};
    evidence.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "evidence");
    evidence.columns = {key(),
                        required("case_id", Type::Integer, "cases"),
                        required("cadre_id", Type::Integer, "cadres"),
                        nullable("fact_id", Type::Integer, "case_facts"),
                        optional("ordinal", Type::Integer),
                        required("kind"),
                        required("description"),
                        nullable("collected_date", Type::Date)};

    RecordKind statements
        = recordKind("case_statements", tr("Statement of a subject"), "cadre_id",
                     {field("case_id", tr("Case"), T::CaseReference, true),
                      vocabulary("kind", tr("Kind"), "case_statements.kind"),
                      field("given_date", tr("Given on"), T::Date, true),
                      field("content", tr("What was said"), T::LongText),
                      vocabulary("adopted", tr("Adopted"), "case_statements.adopted", false)});
    statements.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "statement of a subject");
    statements.columns = {key(),
                          required("case_id", Type::Integer, "cases"),
                          required("cadre_id", Type::Integer, "cadres"),
                          required("kind"),
                          required("given_date", Type::Date),
                          optional("content"),
                          optional("adopted")};

    FieldDescription probation = field("probation_months", tr("Probation term"), T::Integer, true);
    probation.choices = {{12, tr("One year")}, {24, tr("Two years")}};
    probation.visibleWhen = {{QStringLiteral("measure"), QStringLiteral("party.probation")}};
    FieldDescription ground = field("ground", tr("Ground for the adjustment"), T::LongText);
    RecordKind proposals = recordKind(
        "case_proposals", tr("Proposed measure"), "cadre_id",
        {vocabulary("measure", tr("Proposed measure"), "case_proposals.measure"), probation,
         vocabulary("degree", tr("Degree"), "case_facts.degree"),
         vocabulary("adjustment", tr("Mitigation or aggravation"), "case_proposals.adjustment"),
         ground});
    proposals.columnLabels = {{QStringLiteral("review_id"), tr("Case review")},
                              {QStringLiteral("decided_date"), tr("Decided on")},
                              {QStringLiteral("sanction_id"), tr("Sanction")},
                              {QStringLiteral("handling_id"), tr("Organizational handling")},
                              {QStringLiteral("admonition_id"), tr("Admonition")}};
    proposals.interchangeNoun = QT_TRANSLATE_NOOP("Interchange", "proposed measure");
    proposals.columns = {key(),
                         required("review_id", Type::Integer, "case_reviews"),
                         required("cadre_id", Type::Integer, "cadres"),
                         required("measure"),
                         nullable("probation_months", Type::Integer),
                         optional("degree"),
                         optional("adjustment"),
                         optional("ground"),
                         nullable("decided_date", Type::Date),
                         nullable("sanction_id", Type::Integer, "sanctions"),
                         nullable("handling_id", Type::Integer, "organizational_handlings"),
                         nullable("admonition_id", Type::Integer, "admonitions")};

    return {reviews, facts, evidence, statements, proposals};
}
