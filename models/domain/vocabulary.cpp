#include "vocabulary.h"

#include <QHash>

namespace {

struct Entry
{
    const char *key;
    const char *label;
};

struct Table
{
    const char *name;
    QVector<Entry> entries;
};

// Keys match the schema's CHECK constraints; labels are English source text for tr().
const QVector<Table> &tables()
{
    static const QVector<Table> all = {
        {"units.kind",
         {{"county", QT_TRANSLATE_NOOP("Vocabulary", "County")},
          {"township", QT_TRANSLATE_NOOP("Vocabulary", "Township")},
          {"department", QT_TRANSLATE_NOOP("Vocabulary", "County department")},
          {"institution", QT_TRANSLATE_NOOP("Vocabulary", "Public institution")},
          {"enterprise", QT_TRANSLATE_NOOP("Vocabulary", "State enterprise")},
          {"stationed_group", QT_TRANSLATE_NOOP("Vocabulary", "Stationed discipline group")}}},
        {"cadres.gender",
         {{"male", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
          {"female", QT_TRANSLATE_NOOP("Vocabulary", "Female")}}},
        {"cadres.party_membership",
         {{"member", QT_TRANSLATE_NOOP("Vocabulary", "Party member")},
          {"probationary", QT_TRANSLATE_NOOP("Vocabulary", "Probationary member")},
          {"none", QT_TRANSLATE_NOOP("Vocabulary", "Not a member")}}},
        {"cadres.employment",
         {{"civil_servant", QT_TRANSLATE_NOOP("Vocabulary", "Civil servant")},
          {"public_institution", QT_TRANSLATE_NOOP("Vocabulary", "Public institution staff")},
          {"enterprise", QT_TRANSLATE_NOOP("Vocabulary", "State enterprise staff")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}}},
        {"cadres.status",
         {{"serving", QT_TRANSLATE_NOOP("Vocabulary", "Serving")},
          {"retired", QT_TRANSLATE_NOOP("Vocabulary", "Retired")},
          {"transferred", QT_TRANSLATE_NOOP("Vocabulary", "Transferred away")},
          {"deceased", QT_TRANSLATE_NOOP("Vocabulary", "Deceased")}}},
        {"relatives.relation",
         {{"spouse", QT_TRANSLATE_NOOP("Vocabulary", "Spouse")},
          {"father", QT_TRANSLATE_NOOP("Vocabulary", "Father")},
          {"mother", QT_TRANSLATE_NOOP("Vocabulary", "Mother")},
          {"son", QT_TRANSLATE_NOOP("Vocabulary", "Son")},
          {"daughter", QT_TRANSLATE_NOOP("Vocabulary", "Daughter")},
          {"brother", QT_TRANSLATE_NOOP("Vocabulary", "Brother")},
          {"sister", QT_TRANSLATE_NOOP("Vocabulary", "Sister")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other relative")}}},
        {"talks.kind",
         {{"reminder", QT_TRANSLATE_NOOP("Vocabulary", "Reminder talk")},
          {"admonition", QT_TRANSLATE_NOOP("Vocabulary", "Admonition talk")},
          {"integrity", QT_TRANSLATE_NOOP("Vocabulary", "Integrity talk")},
          {"pre_appointment", QT_TRANSLATE_NOOP("Vocabulary", "Pre-appointment integrity talk")},
          {"heart_to_heart", QT_TRANSLATE_NOOP("Vocabulary", "Heart-to-heart talk")},
          {"collective", QT_TRANSLATE_NOOP("Vocabulary", "Collective talk")},
          {"warning", QT_TRANSLATE_NOOP("Vocabulary", "Warning talk")}}},
        {"talks.held_by",
         {{"party_committee", QT_TRANSLATE_NOOP("Vocabulary", "Party committee")},
          {"discipline_commission", QT_TRANSLATE_NOOP("Vocabulary", "Discipline commission")}}},
        {"inspections.kind",
         {{"routine", QT_TRANSLATE_NOOP("Vocabulary", "Routine supervision")},
          {"fixed_week", QT_TRANSLATE_NOOP("Vocabulary", "Fixed supervision week")},
          {"special", QT_TRANSLATE_NOOP("Vocabulary", "Special inspection")},
          {"patrol", QT_TRANSLATE_NOOP("Vocabulary", "Patrol inspection")}}},
        {"inspection_items.item",
         {{"principal_responsibility", QT_TRANSLATE_NOOP("Vocabulary", "Principal responsibility")},
          {"dual_duty", QT_TRANSLATE_NOOP("Vocabulary", "One post, two duties")},
          {"major_decisions", QT_TRANSLATE_NOOP("Vocabulary", "Three importants, one large")},
          {"democratic_centralism", QT_TRANSLATE_NOOP("Vocabulary", "Democratic centralism")}}},
        {"inspection_items.result",
         {{"satisfactory", QT_TRANSLATE_NOOP("Vocabulary", "Satisfactory")},
          {"problems_found", QT_TRANSLATE_NOOP("Vocabulary", "Problems found")}}},
        {"notices.kind",
         {{"supervision_recommendation",
           QT_TRANSLATE_NOOP("Vocabulary", "Supervision recommendation")},
          {"rectification_notice", QT_TRANSLATE_NOOP("Vocabulary", "Rectification notice")},
          {"written_self_examination_order",
           QT_TRANSLATE_NOOP("Vocabulary", "Order for a written self-examination")},
          {"inspection_bulletin", QT_TRANSLATE_NOOP("Vocabulary", "Inspection bulletin")},
          {"reminder_letter", QT_TRANSLATE_NOOP("Vocabulary", "Reminder letter")}}},
        {"findings.status",
         {{"open", QT_TRANSLATE_NOOP("Vocabulary", "Not started")},
          {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "Being rectified")},
          {"completed", QT_TRANSLATE_NOOP("Vocabulary", "Rectified")}}},
        {"clues.source",
         {{"petition", QT_TRANSLATE_NOOP("Vocabulary", "Petition or report")},
          {"patrol_transfer", QT_TRANSLATE_NOOP("Vocabulary", "Transferred by a patrol")},
          {"audit_transfer", QT_TRANSLATE_NOOP("Vocabulary", "Transferred by audit")},
          {"inspection_finding", QT_TRANSLATE_NOOP("Vocabulary", "Found in supervision")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other source")}}},
        {"clue_subjects.outcome",
         {{"untrue", QT_TRANSLATE_NOOP("Vocabulary", "Found untrue")},
          {"not_verifiable", QT_TRANSLATE_NOOP("Vocabulary", "Cannot be verified")},
          {"explanation_accepted", QT_TRANSLATE_NOOP("Vocabulary", "Explanation accepted")},
          {"first_form_measure",
           QT_TRANSLATE_NOOP("Vocabulary", "Closed with a first-form measure")},
          {"case_filed", QT_TRANSLATE_NOOP("Vocabulary", "Case filed")},
          {"transferred", QT_TRANSLATE_NOOP("Vocabulary", "Transferred")}}},
        {"cases.accountability",
         {{"principal_responsibility",
           QT_TRANSLATE_NOOP("Vocabulary", "Principal responsibility not fulfilled")},
          {"supervisory_responsibility",
           QT_TRANSLATE_NOOP("Vocabulary", "Supervisory responsibility not fulfilled")}}},
        {"sanctions.system",
         {{"party", QT_TRANSLATE_NOOP("Vocabulary", "Party sanction")},
          {"government", QT_TRANSLATE_NOOP("Vocabulary", "Government sanction")},
          {"institution", QT_TRANSLATE_NOOP("Vocabulary", "Public institution sanction")}}},
        {"sanctions.party_kind",
         {{"warning", QT_TRANSLATE_NOOP("Vocabulary", "Warning")},
          {"serious_warning", QT_TRANSLATE_NOOP("Vocabulary", "Serious warning")},
          {"removal_from_party_post", QT_TRANSLATE_NOOP("Vocabulary", "Removal from party post")},
          {"probation", QT_TRANSLATE_NOOP("Vocabulary", "Probation within the party")},
          {"expulsion", QT_TRANSLATE_NOOP("Vocabulary", "Expulsion from the party")}}},
        {"sanctions.government_kind",
         {{"warning", QT_TRANSLATE_NOOP("Vocabulary", "Warning")},
          {"demerit", QT_TRANSLATE_NOOP("Vocabulary", "Demerit")},
          {"major_demerit", QT_TRANSLATE_NOOP("Vocabulary", "Major demerit")},
          {"demotion", QT_TRANSLATE_NOOP("Vocabulary", "Demotion")},
          {"dismissal", QT_TRANSLATE_NOOP("Vocabulary", "Dismissal from post")},
          {"expulsion", QT_TRANSLATE_NOOP("Vocabulary", "Expulsion from public employment")}}},
        {"sanctions.institution_kind",
         {{"warning", QT_TRANSLATE_NOOP("Vocabulary", "Warning")},
          {"demerit", QT_TRANSLATE_NOOP("Vocabulary", "Demerit")},
          {"post_grade_lowering", QT_TRANSLATE_NOOP("Vocabulary", "Lowering of post grade")},
          {"dismissal", QT_TRANSLATE_NOOP("Vocabulary", "Dismissal from post")},
          {"expulsion", QT_TRANSLATE_NOOP("Vocabulary", "Expulsion")}}},
        {"organizational_handlings.kind",
         {{"suspension", QT_TRANSLATE_NOOP("Vocabulary", "Suspension for examination")},
          {"post_adjustment", QT_TRANSLATE_NOOP("Vocabulary", "Post adjustment")},
          {"ordered_resignation", QT_TRANSLATE_NOOP("Vocabulary", "Ordered resignation")},
          {"removal", QT_TRANSLATE_NOOP("Vocabulary", "Removal from post")},
          {"demotion", QT_TRANSLATE_NOOP("Vocabulary", "Demotion in post")}}},
        {"duty_reports.kind",
         {{"duty_and_integrity", QT_TRANSLATE_NOOP("Vocabulary", "Duty and integrity report")},
          {"principal_responsibility",
           QT_TRANSLATE_NOOP("Vocabulary", "Principal responsibility report")}}},
        {"duty_reports.rating",
         {{"", QT_TRANSLATE_NOOP("Vocabulary", "Not rated")},
          {"good", QT_TRANSLATE_NOOP("Vocabulary", "Good")},
          {"fair", QT_TRANSLATE_NOOP("Vocabulary", "Fair")},
          {"poor", QT_TRANSLATE_NOOP("Vocabulary", "Poor")}}},
        {"self_examination_materials.meeting",
         {{"democratic_life", QT_TRANSLATE_NOOP("Vocabulary", "Democratic life meeting")},
          {"organizational_life", QT_TRANSLATE_NOOP("Vocabulary", "Organizational life meeting")}}},
        {"warning_education_events.kind",
         {{"warning_meeting", QT_TRANSLATE_NOOP("Vocabulary", "Warning education meeting")},
          {"integrity_lecture", QT_TRANSLATE_NOOP("Vocabulary", "Integrity lecture")},
          {"exhibition_visit", QT_TRANSLATE_NOOP("Vocabulary", "Visit to a warning exhibition")},
          {"case_film", QT_TRANSLATE_NOOP("Vocabulary", "Case film")},
          {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}}},
        {"power_list_items.risk_level",
         {{"low", QT_TRANSLATE_NOOP("Vocabulary", "Low")},
          {"medium", QT_TRANSLATE_NOOP("Vocabulary", "Medium")},
          {"high", QT_TRANSLATE_NOOP("Vocabulary", "High")}}},
        {"case_reviews.kind",
         {{"review", QT_TRANSLATE_NOOP("Vocabulary", "Review of the case")},
          {"appeal", QT_TRANSLATE_NOOP("Vocabulary", "Review of an appeal")}}},
        {"case_facts.degree",
         {{"lighter", QT_TRANSLATE_NOOP("Vocabulary", "Lighter circumstances")},
          {"heavier", QT_TRANSLATE_NOOP("Vocabulary", "Graver circumstances")},
          {"serious", QT_TRANSLATE_NOOP("Vocabulary", "Serious circumstances")}}},
        {"case_evidence.kind",
         {{"documentary", QT_TRANSLATE_NOOP("Vocabulary", "Documentary evidence")},
          {"physical", QT_TRANSLATE_NOOP("Vocabulary", "Physical evidence")},
          {"testimony", QT_TRANSLATE_NOOP("Vocabulary", "Witness testimony")},
          {"statement", QT_TRANSLATE_NOOP("Vocabulary", "Statement of the person investigated")},
          {"expert_opinion", QT_TRANSLATE_NOOP("Vocabulary", "Expert opinion")},
          {"inspection_record",
           QT_TRANSLATE_NOOP("Vocabulary", "Record of inspection, examination or search")},
          {"audiovisual", QT_TRANSLATE_NOOP("Vocabulary", "Audio-visual material")},
          {"electronic", QT_TRANSLATE_NOOP("Vocabulary", "Electronic data")}}},
        {"case_statements.kind",
         {{"statement", QT_TRANSLATE_NOOP("Vocabulary", "Statement")},
          {"defence", QT_TRANSLATE_NOOP("Vocabulary", "Defence")},
          {"review_talk", QT_TRANSLATE_NOOP("Vocabulary", "Review talk")}}},
        {"case_statements.adopted",
         {{"", QT_TRANSLATE_NOOP("Vocabulary", "Not weighed yet")},
          {"adopted", QT_TRANSLATE_NOOP("Vocabulary", "Adopted")},
          {"partly", QT_TRANSLATE_NOOP("Vocabulary", "Partly adopted")},
          {"not_adopted", QT_TRANSLATE_NOOP("Vocabulary", "Not adopted")}}},
        {"case_proposals.adjustment",
         {{"none", QT_TRANSLATE_NOOP("Vocabulary", "Within the range")},
          {"lighter", QT_TRANSLATE_NOOP("Vocabulary", "Lighter within the range")},
          {"mitigated", QT_TRANSLATE_NOOP("Vocabulary", "Mitigated below the range")},
          {"heavier", QT_TRANSLATE_NOOP("Vocabulary", "Heavier within the range")},
          {"aggravated", QT_TRANSLATE_NOOP("Vocabulary", "Aggravated above the range")}}},
        // The measures a decision on a case can take; labels as the sanctions' own.
        {"case_proposals.measure",
         {{"party.warning", QT_TRANSLATE_NOOP("Vocabulary", "Party warning")},
          {"party.serious_warning", QT_TRANSLATE_NOOP("Vocabulary", "Serious party warning")},
          {"party.removal_from_party_post",
           QT_TRANSLATE_NOOP("Vocabulary", "Removal from party post")},
          {"party.probation", QT_TRANSLATE_NOOP("Vocabulary", "Party probation")},
          {"party.expulsion", QT_TRANSLATE_NOOP("Vocabulary", "Expulsion from the party")},
          {"government.warning", QT_TRANSLATE_NOOP("Vocabulary", "Government warning")},
          {"government.demerit", QT_TRANSLATE_NOOP("Vocabulary", "Government demerit")},
          {"government.major_demerit", QT_TRANSLATE_NOOP("Vocabulary", "Government major demerit")},
          {"government.demotion", QT_TRANSLATE_NOOP("Vocabulary", "Government demotion")},
          {"government.dismissal", QT_TRANSLATE_NOOP("Vocabulary", "Government dismissal")},
          {"government.expulsion", QT_TRANSLATE_NOOP("Vocabulary", "Government expulsion")},
          {"institution.warning", QT_TRANSLATE_NOOP("Vocabulary", "Institution warning")},
          {"institution.demerit", QT_TRANSLATE_NOOP("Vocabulary", "Institution demerit")},
          {"institution.post_grade_lowering",
           QT_TRANSLATE_NOOP("Vocabulary", "Post grade lowering")},
          {"institution.dismissal", QT_TRANSLATE_NOOP("Vocabulary", "Institution dismissal")},
          {"institution.expulsion", QT_TRANSLATE_NOOP("Vocabulary", "Institution expulsion")},
          {"handling.post_adjustment", QT_TRANSLATE_NOOP("Vocabulary", "Post adjustment")},
          {"handling.ordered_resignation", QT_TRANSLATE_NOOP("Vocabulary", "Ordered resignation")},
          {"handling.removal", QT_TRANSLATE_NOOP("Vocabulary", "Removal from post")},
          {"handling.demotion", QT_TRANSLATE_NOOP("Vocabulary", "Demotion in post")},
          {"admonition", QT_TRANSLATE_NOOP("Vocabulary", "Admonition")}}},
    };
    return all;
}

const Table *find(const QString &name)
{
    for (const Table &table : tables()) {
        if (name == QLatin1String(table.name))
            return &table;
    }
    return nullptr;
}

} // namespace

QVector<Vocabulary::Choice> Vocabulary::choices(const QString &name)
{
    QVector<Choice> result;
    if (const Table *table = find(name)) {
        for (const Entry &entry : table->entries)
            result.append({QString::fromLatin1(entry.key), tr(entry.label)});
    }
    return result;
}

bool Vocabulary::has(const QString &name)
{
    return find(name) != nullptr;
}

QString Vocabulary::label(const QString &name, const QString &key)
{
    if (const Table *table = find(name)) {
        for (const Entry &entry : table->entries) {
            if (key == QLatin1String(entry.key))
                return tr(entry.label);
        }
    }
    return key;
}

QStringList Vocabulary::names()
{
    QStringList result;
    for (const Table &table : tables())
        result << QString::fromLatin1(table.name);
    return result;
}
