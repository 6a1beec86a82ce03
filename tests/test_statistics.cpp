#include "records/recordrepository.h"
#include "statistics/indicatorlabels.h"
#include "statistics/statisticcounts.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>
#include <stdexcept>
#include <utility>

// The year's work statistics against a hand-counted county spanning 2023–2026, written through
// the record repository as the program writes it. Every figure below was counted by hand from
// the fixture in buildCounty(); the comments next to each expected value say what it counts.
namespace {

QString iso(const char *day)
{
    return QString::fromLatin1(day);
}

QDate date(const char *day)
{
    return QDate::fromString(iso(day), Qt::ISODate);
}

using Step = std::pair<const char *, const char *>; // to_state, date

class County
{
public:
    County()
        : m_database(TestDatabase::inMemory())
        , m_repository(*m_database)
    {}

    QSqlDatabase connection() const { return m_database->connection(); }
    Database &database() const { return *m_database; }
    RecordRepository &repository() { return m_repository; }
    qint64 id(const QString &label) const { return m_ids.value(label, -1); }
    bool has(const QString &label) const { return m_ids.contains(label); }

    qint64 add(const QString &label, const QString &table, const QVariantMap &values)
    {
        if (m_ids.contains(label))
            throw std::logic_error("two fixture records share a label");
        const qint64 id = m_repository.create(table, values);
        m_ids.insert(label, id);
        return id;
    }

    qint64 unit(const QString &label, const char *kind)
    {
        return add(label, QStringLiteral("units"),
                   {{QStringLiteral("name"), label}, {QStringLiteral("kind"), iso(kind)}});
    }

    qint64 cadre(const QString &label, qint64 unitId)
    {
        return add(label, QStringLiteral("cadres"),
                   {{QStringLiteral("dossier_number"), QStringLiteral("DA-") + label},
                    {QStringLiteral("name"), label},
                    {QStringLiteral("gender"), QStringLiteral("female")},
                    {QStringLiteral("unit_id"), unitId}});
    }

    qint64 talk(const QString &label, const QString &cadre, const char *kind, const char *day)
    {
        return add(label, QStringLiteral("talks"),
                   {{QStringLiteral("cadre_id"), id(cadre)},
                    {QStringLiteral("kind"), iso(kind)},
                    {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                    {QStringLiteral("talk_date"), iso(day)}});
    }

    qint64 inspection(const QString &label, qint64 unitId, const char *kind, const char *start)
    {
        return add(label, QStringLiteral("inspections"),
                   {{QStringLiteral("unit_id"), unitId},
                    {QStringLiteral("kind"), iso(kind)},
                    {QStringLiteral("start_date"), iso(start)}});
    }

    // A completed finding has a completion day; an empty one leaves it open or in progress.
    qint64 finding(const QString &label, const QString &inspection, const char *found,
                   const char *deadline, const char *status, const char *completed = "")
    {
        QVariantMap values{{QStringLiteral("inspection_id"), id(inspection)},
                           {QStringLiteral("description"), label},
                           {QStringLiteral("found_date"), iso(found)},
                           {QStringLiteral("deadline"), iso(deadline)},
                           {QStringLiteral("status"), iso(status)}};
        if (*completed)
            values.insert(QStringLiteral("completed_date"), iso(completed));
        return add(label, QStringLiteral("findings"), values);
    }

    qint64 notice(const QString &label, qint64 unitId, const char *kind, const char *issued)
    {
        return add(label, QStringLiteral("notices"),
                   {{QStringLiteral("kind"), iso(kind)},
                    {QStringLiteral("number"), label},
                    {QStringLiteral("unit_id"), unitId},
                    {QStringLiteral("issued_date"), iso(issued)}});
    }

    // Registers a clue about `subjects` and walks it through `steps`; `outcome` applies when it
    // closes.
    qint64 clue(const QString &number, const char *received, const QStringList &subjects,
                std::initializer_list<Step> steps, const char *outcome = "")
    {
        const qint64 clueId = add(number, QStringLiteral("clues"),
                                  {{QStringLiteral("number"), number},
                                   {QStringLiteral("source"), QStringLiteral("petition")},
                                   {QStringLiteral("received_date"), iso(received)},
                                   {QStringLiteral("updated_date"), iso(received)}});
        for (const QString &subject : subjects)
            m_repository.link(
                QStringLiteral("clue_subjects"),
                {{QStringLiteral("clue_id"), clueId}, {QStringLiteral("cadre_id"), id(subject)}});
        int remaining = int(steps.size());
        for (const Step &step : steps)
            m_repository.advanceClue(clueId, iso(step.first), date(step.second),
                                     QStringLiteral("书记"), QString(),
                                     --remaining == 0 ? iso(outcome) : QString());
        return clueId;
    }

    qint64 dossierCase(const QString &number, const char *filed, const char *accountability = "",
                       const QString &clue = QString())
    {
        QVariantMap values{{QStringLiteral("number"), number},
                           {QStringLiteral("filed_date"), iso(filed)}};
        if (*accountability)
            values.insert(QStringLiteral("accountability"), iso(accountability));
        if (!clue.isEmpty())
            values.insert(QStringLiteral("clue_id"), id(clue));
        return add(number, QStringLiteral("cases"), values);
    }

    void subject(const QString &caseNumber, const QString &cadre, bool topLeader = false,
                 const char *transferred = "", bool teamMember = false)
    {
        QVariantMap values{{QStringLiteral("case_id"), id(caseNumber)},
                           {QStringLiteral("cadre_id"), id(cadre)},
                           {QStringLiteral("was_top_leader"), topLeader ? 1 : 0},
                           {QStringLiteral("was_team_member"), teamMember ? 1 : 0}};
        if (*transferred)
            values.insert(QStringLiteral("transferred_to_judiciary"), iso(transferred));
        m_repository.link(QStringLiteral("case_subjects"), values);
    }

    qint64 sanction(const QString &label, const QString &cadre, const QString &caseNumber,
                    const char *system, const char *kind, const char *effective)
    {
        QVariantMap values{{QStringLiteral("cadre_id"), id(cadre)},
                           {QStringLiteral("system"), iso(system)},
                           {QStringLiteral("kind"), iso(kind)},
                           {QStringLiteral("effective_date"), iso(effective)}};
        if (!caseNumber.isEmpty())
            values.insert(QStringLiteral("case_id"), id(caseNumber));
        return add(label, QStringLiteral("sanctions"), values);
    }

    qint64 handling(const QString &label, const QString &cadre, const QString &caseNumber,
                    const char *kind, const char *effective)
    {
        QVariantMap values{{QStringLiteral("cadre_id"), id(cadre)},
                           {QStringLiteral("kind"), iso(kind)},
                           {QStringLiteral("effective_date"), iso(effective)}};
        if (!caseNumber.isEmpty())
            values.insert(QStringLiteral("case_id"), id(caseNumber));
        return add(label, QStringLiteral("organizational_handlings"), values);
    }

    qint64 admonition(const QString &label, const QString &cadre, const QString &caseNumber,
                      const char *effective)
    {
        QVariantMap values{{QStringLiteral("cadre_id"), id(cadre)},
                           {QStringLiteral("effective_date"), iso(effective)}};
        if (!caseNumber.isEmpty())
            values.insert(QStringLiteral("case_id"), id(caseNumber));
        return add(label, QStringLiteral("admonitions"), values);
    }

    qint64 education(const QString &label, const char *kind, const char *day)
    {
        return add(label, QStringLiteral("warning_education_events"),
                   {{QStringLiteral("kind"), iso(kind)},
                    {QStringLiteral("event_date"), iso(day)},
                    {QStringLiteral("title"), label}});
    }

private:
    std::unique_ptr<Database> m_database;
    RecordRepository m_repository;
    QHash<QString, qint64> m_ids;
};

void buildCounty(County &county)
{
    const qint64 town = county.unit(QStringLiteral("城关镇"), "township");
    const qint64 bureau = county.unit(QStringLiteral("县财政局"), "department");
    const char *const people[] = {"R", "M",  "M2", "M3", "Q", "A1", "A2", "A3", "B", "B2", "D", "E",
                                  "F", "F2", "F3", "G",  "H", "I",  "J",  "D2", "N", "X",  "Z"};
    for (const char *person : people)
        county.cadre(QString::fromLatin1(person), town);

    // Talks, each kind on both sides of the year boundaries.
    county.talk(QStringLiteral("reminder 2023-12-31"), QStringLiteral("R"), "reminder",
                "2023-12-31");
    county.talk(QStringLiteral("reminder 2024-06-01"), QStringLiteral("R"), "reminder",
                "2024-06-01");
    county.talk(QStringLiteral("reminder 2024-12-31"), QStringLiteral("R"), "reminder",
                "2024-12-31");
    county.talk(QStringLiteral("reminder 2025-01-01"), QStringLiteral("R"), "reminder",
                "2025-01-01");
    county.talk(QStringLiteral("reminder 2026-01-01"), QStringLiteral("R"), "reminder",
                "2026-01-01");
    county.talk(QStringLiteral("admonition talk 2024-12-31"), QStringLiteral("M"), "admonition",
                "2024-12-31");
    county.talk(QStringLiteral("admonition talk 2025-01-01"), QStringLiteral("M2"), "admonition",
                "2025-01-01");
    county.talk(QStringLiteral("admonition talk 2025-03-03"), QStringLiteral("M3"), "admonition",
                "2025-03-03");
    county.talk(QStringLiteral("warning talk 2024-08-08"), QStringLiteral("R"), "warning",
                "2024-08-08");
    county.talk(QStringLiteral("warning talk 2025-05-05"), QStringLiteral("R"), "warning",
                "2025-05-05");
    county.talk(QStringLiteral("integrity talk 2024-12-31"), QStringLiteral("Q"), "integrity",
                "2024-12-31");
    county.talk(QStringLiteral("integrity talk 2025-01-01"), QStringLiteral("Q"), "integrity",
                "2025-01-01");
    county.talk(QStringLiteral("heart talk 2024-12-31"), QStringLiteral("Q"), "heart_to_heart",
                "2024-12-31");
    county.talk(QStringLiteral("pre-appointment 2025-01-01"), QStringLiteral("Q"),
                "pre_appointment", "2025-01-01");
    county.talk(QStringLiteral("collective 2025-12-31"), QStringLiteral("Q"), "collective",
                "2025-12-31");

    // The admonitions those admonition talks delivered: each is one first-form measure.
    county.admonition(QStringLiteral("admonition M"), QStringLiteral("M"), QString(), "2024-12-31");
    county.admonition(QStringLiteral("admonition M2"), QStringLiteral("M2"), QString(),
                      "2025-01-01");
    county.admonition(QStringLiteral("admonition M3"), QStringLiteral("M3"), QString(),
                      "2025-03-03");

    // Inspections and the findings to rectify.
    county.inspection(QStringLiteral("inspection 2023"), bureau, "special", "2023-12-01");
    county.inspection(QStringLiteral("inspection 2024a"), bureau, "routine", "2024-03-01");
    county.inspection(QStringLiteral("inspection 2024b"), town, "fixed_week", "2024-12-31");
    county.inspection(QStringLiteral("inspection 2025"), town, "patrol", "2025-01-01");
    county.finding(QStringLiteral("finding F6"), QStringLiteral("inspection 2023"), "2023-12-20",
                   "2024-01-31", "completed", "2024-01-01");
    county.finding(QStringLiteral("finding F2"), QStringLiteral("inspection 2024a"), "2024-05-01",
                   "2024-06-30", "completed", "2024-06-20");
    county.finding(QStringLiteral("finding F1"), QStringLiteral("inspection 2024a"), "2024-11-01",
                   "2024-12-31", "completed", "2025-01-15");
    county.finding(QStringLiteral("finding F5"), QStringLiteral("inspection 2024b"), "2024-12-31",
                   "2025-01-31", "completed", "2025-01-01");
    county.finding(QStringLiteral("finding F7"), QStringLiteral("inspection 2025"), "2025-01-01",
                   "2025-02-01", "open");
    county.finding(QStringLiteral("finding F3"), QStringLiteral("inspection 2025"), "2025-02-01",
                   "2025-03-01", "open");
    county.finding(QStringLiteral("finding F8"), QStringLiteral("inspection 2025"), "2025-06-01",
                   "2025-07-01", "completed", "2025-06-30");
    county.finding(QStringLiteral("finding F4"), QStringLiteral("inspection 2025"), "2025-12-31",
                   "2026-01-31", "in_progress");

    // Notices of every kind.
    county.notice(QStringLiteral("recommendation 2024-12-31"), bureau, "supervision_recommendation",
                  "2024-12-31");
    county.notice(QStringLiteral("recommendation 2025-01-01"), bureau, "supervision_recommendation",
                  "2025-01-01");
    county.notice(QStringLiteral("recommendation 2025-07-01"), town, "supervision_recommendation",
                  "2025-07-01");
    county.notice(QStringLiteral("rectification 2024-04-01"), town, "rectification_notice",
                  "2024-04-01");
    county.notice(QStringLiteral("rectification 2024-09-09"), bureau, "rectification_notice",
                  "2024-09-09");
    county.notice(QStringLiteral("self-examination 2025-06-06"), town,
                  "written_self_examination_order", "2025-06-06");
    county.notice(QStringLiteral("bulletin 2024-01-01"), town, "inspection_bulletin", "2024-01-01");
    county.notice(QStringLiteral("bulletin 2025-08-08"), town, "inspection_bulletin", "2025-08-08");
    county.notice(QStringLiteral("bulletin 2025-12-31"), bureau, "inspection_bulletin",
                  "2025-12-31");
    county.notice(QStringLiteral("reminder letter 2024-05-05"), town, "reminder_letter",
                  "2024-05-05");
    county.notice(QStringLiteral("reminder letter 2025-05-05"), town, "reminder_letter",
                  "2025-05-05");

    // Clues. Disposed = the step out of the disposition proposal.
    county.clue(QStringLiteral("XS-2024-01"), "2024-03-01", {QStringLiteral("B")},
                {{"assigned", "2024-03-02"},
                 {"disposition_proposed", "2024-03-10"},
                 {"talk_or_letter_inquiry", "2024-03-15"},
                 {"inquiry_replied", "2024-04-01"},
                 {"closed", "2024-04-10"}},
                "untrue");
    county.clue(QStringLiteral("XS-2024-02"), "2024-06-01",
                {QStringLiteral("D"), QStringLiteral("E")},
                {{"assigned", "2024-06-02"},
                 {"disposition_proposed", "2024-06-10"},
                 {"preliminary_verification", "2024-06-15"},
                 {"case_filed", "2024-09-01"}});
    // Proposed in 2024, disposed in 2025.
    county.clue(QStringLiteral("XS-2024-03"), "2024-11-20",
                {QStringLiteral("A1"), QStringLiteral("A2")},
                {{"assigned", "2024-11-21"},
                 {"disposition_proposed", "2024-12-10"},
                 {"talk_or_letter_inquiry", "2025-01-05"},
                 {"inquiry_replied", "2025-01-20"},
                 {"closed", "2025-02-01"}},
                "explanation_accepted");
    county.clue(QStringLiteral("XS-2024-04"), "2024-12-31", {QStringLiteral("B")},
                {{"assigned", "2024-12-31"},
                 {"disposition_proposed", "2024-12-31"},
                 {"shelved", "2024-12-31"}});
    county.clue(QStringLiteral("XS-2025-01"), "2025-03-01", {QStringLiteral("B2")},
                {{"assigned", "2025-03-02"},
                 {"disposition_proposed", "2025-03-10"},
                 {"closed", "2025-03-12"}},
                "not_verifiable");
    county.clue(QStringLiteral("XS-2025-02"), "2025-04-01", {QStringLiteral("F")},
                {{"assigned", "2025-04-02"},
                 {"disposition_proposed", "2025-04-05"},
                 {"preliminary_verification", "2025-04-10"},
                 {"closed", "2025-06-01"}},
                "first_form_measure");
    county.clue(QStringLiteral("XS-2025-03"), "2025-06-01", {QStringLiteral("F2")},
                {{"assigned", "2025-06-01"},
                 {"disposition_proposed", "2025-06-02"},
                 {"shelved", "2025-06-03"}});
    county.clue(QStringLiteral("XS-2025-04"), "2025-12-30", {QStringLiteral("F3")}, {});
    county.clue(QStringLiteral("XS-2025-05"), "2025-07-01", {QStringLiteral("A3")},
                {{"assigned", "2025-07-02"},
                 {"disposition_proposed", "2025-07-05"},
                 {"talk_or_letter_inquiry", "2025-07-10"},
                 {"inquiry_replied", "2025-07-20"},
                 {"closed", "2025-07-30"}},
                "untrue");

    // Cases and their subjects (person-times).
    county.dossierCase(QStringLiteral("LA-2023-01"), "2023-06-01");
    county.subject(QStringLiteral("LA-2023-01"), QStringLiteral("Z"), true);
    county.dossierCase(QStringLiteral("LA-2024-01"), "2024-09-01", "",
                       QStringLiteral("XS-2024-02"));
    county.subject(QStringLiteral("LA-2024-01"), QStringLiteral("D"), true);
    county.subject(QStringLiteral("LA-2024-01"), QStringLiteral("E"), false, "", true);
    county.dossierCase(QStringLiteral("LA-2024-02"), "2024-12-31", "principal_responsibility");
    county.subject(QStringLiteral("LA-2024-02"), QStringLiteral("G"), true);
    county.dossierCase(QStringLiteral("LA-2025-01"), "2025-01-01", "supervisory_responsibility");
    county.subject(QStringLiteral("LA-2025-01"), QStringLiteral("H"), true);
    county.subject(QStringLiteral("LA-2025-01"), QStringLiteral("I"), false, "", true);
    county.dossierCase(QStringLiteral("LA-2025-02"), "2025-05-01");
    county.subject(QStringLiteral("LA-2025-02"), QStringLiteral("J"), false, "2025-08-01");
    county.dossierCase(QStringLiteral("LA-2025-03"), "2025-02-01");
    county.subject(QStringLiteral("LA-2025-03"), QStringLiteral("D2"));
    county.dossierCase(QStringLiteral("LA-2025-04"), "2025-09-01");
    county.subject(QStringLiteral("LA-2025-04"), QStringLiteral("N"));

    // 2024 outcomes.
    county.sanction(QStringLiteral("D party warning"), QStringLiteral("D"),
                    QStringLiteral("LA-2024-01"), "party", "warning", "2024-10-01");
    county.sanction(QStringLiteral("D government demerit"), QStringLiteral("D"),
                    QStringLiteral("LA-2024-01"), "government", "demerit", "2024-10-01");
    county.sanction(QStringLiteral("E serious warning"), QStringLiteral("E"),
                    QStringLiteral("LA-2024-01"), "party", "serious_warning", "2024-11-01");
    county.handling(QStringLiteral("G removal"), QStringLiteral("G"), QStringLiteral("LA-2024-02"),
                    "removal", "2024-12-31");
    county.handling(QStringLiteral("X demotion"), QStringLiteral("X"), QString(), "demotion",
                    "2024-05-05");

    // 2025 outcomes.
    county.sanction(QStringLiteral("H removal from party post"), QStringLiteral("H"),
                    QStringLiteral("LA-2025-01"), "party", "removal_from_party_post", "2025-03-01");
    county.sanction(QStringLiteral("H government demerit"), QStringLiteral("H"),
                    QStringLiteral("LA-2025-01"), "government", "demerit", "2025-03-01");
    county.handling(QStringLiteral("I post adjustment"), QStringLiteral("I"),
                    QStringLiteral("LA-2025-01"), "post_adjustment", "2025-03-20");
    county.admonition(QStringLiteral("I admonition"), QStringLiteral("I"),
                      QStringLiteral("LA-2025-01"), "2025-03-20");
    county.sanction(QStringLiteral("J party expulsion"), QStringLiteral("J"),
                    QStringLiteral("LA-2025-02"), "party", "expulsion", "2025-07-01");
    county.sanction(QStringLiteral("J government expulsion"), QStringLiteral("J"),
                    QStringLiteral("LA-2025-02"), "government", "expulsion", "2025-07-01");
    county.sanction(QStringLiteral("D2 party expulsion"), QStringLiteral("D2"),
                    QStringLiteral("LA-2025-03"), "party", "expulsion", "2025-06-01");
    county.admonition(QStringLiteral("N admonition"), QStringLiteral("N"),
                      QStringLiteral("LA-2025-04"), "2025-10-01");

    // Warning education.
    county.education(QStringLiteral("meeting 2023-12-31"), "warning_meeting", "2023-12-31");
    county.education(QStringLiteral("film 2024-03-03"), "case_film", "2024-03-03");
    county.education(QStringLiteral("lecture 2024-07-07"), "integrity_lecture", "2024-07-07");
    county.education(QStringLiteral("meeting 2024-12-31"), "warning_meeting", "2024-12-31");
    county.education(QStringLiteral("lecture 2025-01-01"), "integrity_lecture", "2025-01-01");
    county.education(QStringLiteral("lecture 2025-09-09"), "integrity_lecture", "2025-09-09");
    county.education(QStringLiteral("visit 2025-10-10"), "exhibition_visit", "2025-10-10");
    county.education(QStringLiteral("lecture 2026-01-01"), "integrity_lecture", "2026-01-01");
}

struct Expected
{
    const char *key;
    qint64 in2024;
    qint64 in2025;
};

// Hand counts of buildCounty().
const Expected expectedFigures[] = {
    // 2024-06-01, 2024-12-31 | 2025-01-01 (2023-12-31 and 2026-01-01 fall outside).
    {"reminder_talks", 2, 1},
    // Each 诫勉 once, from whichever record holds it: M (talk and decision the same day) |
    // M2, M3 (the same), I and N (decisions without a talk).
    {"admonition_talks", 1, 4},
    // By start day: 2024-03-01, 2024-12-31 | 2025-01-01.
    {"inspections", 2, 1},
    // By found day: F2, F1, F5 | F7, F3, F8, F4.
    {"rectifications", 3, 4},
    // By completion day: F6 (2024-01-01), F2 | F5 (2025-01-01), F1, F8.
    {"rectifications_completed", 2, 3},
    {"recommendation_letters", 1, 2},
    {"rectification_notices", 2, 0},
    {"written_self_examinations", 0, 1},
    {"inspection_bulletins", 1, 2},
    // XS-2024-01..04 | XS-2025-01..05.
    {"clues_received", 4, 5},
    // XS-2024-01, -02, -04 | XS-2024-03 (proposed 2024, inquiry 2025), XS-2025-01, -02, -03,
    // -05; XS-2025-04 is still registered.
    {"clues_disposed", 3, 5},
    // Person-times: LA-2024-01 (D, E), LA-2024-02 (G) | LA-2025-01 (H, I), -02, -03, -04.
    {"cases_filed", 3, 5},
    // LA-2024-02 (G) | LA-2025-01 (H, I).
    {"two_responsibilities_cases", 1, 2},
    // D, G | H.
    {"top_leader_cases", 2, 1},
    // The other members of a leadership team: E | I.
    {"team_member_cases", 1, 1},
    // 2024: case film, warning meeting | 2025: exhibition visit.
    {"warning_education_sessions", 2, 1},
    {"integrity_lectures", 1, 2},
    // 2024: reminder talks 2 + warning talk 1 + admonition M 1; XS-2024-01 closed untrue does
    // not count. 2025: reminder talk 1 + warning talk 1 + admonitions M2, M3 + N's admonition in
    // LA-2025-04 + XS-2024-03 explanation accepted (A1, A2) + XS-2025-02 first-form measure;
    // I's admonition goes with I's heavier post adjustment in the same case.
    {"four_forms.1", 4, 8},
    // 2024: D (party warning and government demerit, one case), E, G | 2025: I.
    {"four_forms.2", 3, 1},
    // 2024: X's demotion | 2025: H (removal from party post outweighs the demerit), D2's
    // expulsion without a crime.
    {"four_forms.3", 1, 2},
    // J, transferred to the judiciary: form 4 only, though also expelled.
    {"four_forms.4", 0, 1},
};

qint64 figure(const YearlyStatistics &statistics, const QString &key)
{
    if (key.startsWith(QLatin1String("four_forms."))) {
        const int form = key.mid(int(qstrlen("four_forms."))).toInt();
        return form >= 1 && form <= 4 ? statistics.fourForms[form - 1] : -1;
    }
    return statistics.counts.value(key, -1);
}

QStringList promisedJsonKeys()
{
    return {QStringLiteral("year"),
            QStringLiteral("reminder_talks"),
            QStringLiteral("admonition_talks"),
            QStringLiteral("inspections"),
            QStringLiteral("rectifications"),
            QStringLiteral("rectifications_completed"),
            QStringLiteral("recommendation_letters"),
            QStringLiteral("rectification_notices"),
            QStringLiteral("written_self_examinations"),
            QStringLiteral("inspection_bulletins"),
            QStringLiteral("clues_received"),
            QStringLiteral("clues_disposed"),
            QStringLiteral("cases_filed"),
            QStringLiteral("two_responsibilities_cases"),
            QStringLiteral("top_leader_cases"),
            QStringLiteral("team_member_cases"),
            QStringLiteral("top_leader_cases_change"),
            QStringLiteral("warning_education_sessions"),
            QStringLiteral("integrity_lectures"),
            QStringLiteral("four_forms")};
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKeyIsHandCounted();
    void figures_data();
    void figures();
    void topLeaderChange_data();
    void topLeaderChange();
    void quietYear();
    void jsonHasThePromisedKeys_data();
    void jsonHasThePromisedKeys();
    void removingARecordDropsItsFigure_data();
    void removingARecordDropsItsFigure();
    void removingACaseMovesTheTopLeaderChange();
    void everyIndicatorReadsAsWords();

private:
    std::unique_ptr<County> m_county;
};

void TestStatistics::initTestCase()
{
    m_county = std::make_unique<County>();
    buildCounty(*m_county);
}

void TestStatistics::everyKeyIsHandCounted()
{
    QStringList counted;
    for (const Expected &expected : expectedFigures)
        counted << QString::fromLatin1(expected.key);
    QStringList wanted = YearlyStatistics::keys();
    for (int form = 1; form <= 4; ++form)
        wanted << QStringLiteral("four_forms.%1").arg(form);
    counted.sort();
    wanted.sort();
    QCOMPARE(counted, wanted);

    // The service fills exactly those keys, for any year.
    const YearlyStatistics statistics = StatisticsService(m_county->database()).year(2025);
    QStringList filled = statistics.counts.keys();
    QStringList keys = YearlyStatistics::keys();
    keys.sort();
    QCOMPARE(filled, keys);
}

void TestStatistics::figures_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("expected");

    for (const Expected &expected : expectedFigures) {
        QTest::addRow("2024 %s", expected.key)
            << 2024 << QString::fromLatin1(expected.key) << expected.in2024;
        QTest::addRow("2025 %s", expected.key)
            << 2025 << QString::fromLatin1(expected.key) << expected.in2025;
    }
}

void TestStatistics::figures()
{
    QFETCH(int, year);
    QFETCH(QString, key);
    QFETCH(qint64, expected);

    const YearlyStatistics statistics = StatisticsService(m_county->database()).year(year);
    QCOMPARE(statistics.year, year);
    QCOMPARE(figure(statistics, key), expected);
}

void TestStatistics::topLeaderChange_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("cases");
    QTest::addColumn<bool>("hasChange");
    QTest::addColumn<double>("change");

    // Top leader cases: 2022 none, 2023 Z, 2024 D and G, 2025 H, 2026 none.
    QTest::newRow("2022: none before, none now") << 2022 << qint64(0) << false << 0.0;
    QTest::newRow("2023: previous year 0 gives no change") << 2023 << qint64(1) << false << 0.0;
    QTest::newRow("2024: 1 to 2") << 2024 << qint64(2) << true << 1.0;
    QTest::newRow("2025: 2 to 1") << 2025 << qint64(1) << true << -0.5;
    QTest::newRow("2026: 1 to 0") << 2026 << qint64(0) << true << -1.0;
}

void TestStatistics::topLeaderChange()
{
    QFETCH(int, year);
    QFETCH(qint64, cases);
    QFETCH(bool, hasChange);
    QFETCH(double, change);

    const YearlyStatistics statistics = StatisticsService(m_county->database()).year(year);
    QCOMPARE(statistics.counts.value(QStringLiteral("top_leader_cases"), -1), cases);
    QCOMPARE(statistics.topLeaderCasesChange.has_value(), hasChange);
    if (hasChange)
        QCOMPARE(*statistics.topLeaderCasesChange, change);
    const QJsonValue json = statistics.toJson().value(QStringLiteral("top_leader_cases_change"));
    QCOMPARE(json.isNull(), !hasChange);
    if (hasChange)
        QCOMPARE(json.toDouble(), change);
}

void TestStatistics::quietYear()
{
    // 2026 holds only a reminder talk and an integrity lecture on 1 January; a deadline falling
    // in 2026 (finding F4) counts for nothing.
    const YearlyStatistics statistics = StatisticsService(m_county->database()).year(2026);
    for (const QString &key : YearlyStatistics::keys()) {
        qint64 expected = 0;
        if (key == QLatin1String("reminder_talks") || key == QLatin1String("integrity_lectures"))
            expected = 1;
        QCOMPARE(statistics.counts.value(key, -1), expected);
    }
    // The reminder talk is a first-form measure.
    QCOMPARE(statistics.fourForms[0], qint64(1));
    QCOMPARE(statistics.fourForms[1] + statistics.fourForms[2] + statistics.fourForms[3],
             qint64(0));
}

void TestStatistics::jsonHasThePromisedKeys_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2024") << 2024;
    QTest::newRow("2025") << 2025;
}

void TestStatistics::jsonHasThePromisedKeys()
{
    QFETCH(int, year);
    const YearlyStatistics statistics = StatisticsService(m_county->database()).year(year);
    const QJsonObject json = statistics.toJson();

    QStringList keys = json.keys();
    QStringList promised = promisedJsonKeys();
    keys.sort();
    promised.sort();
    QCOMPARE(keys, promised);

    QCOMPARE(json.value(QStringLiteral("year")).toInt(), year);
    for (const Expected &expected : expectedFigures) {
        const QString key = QString::fromLatin1(expected.key);
        if (key.startsWith(QLatin1String("four_forms.")))
            continue;
        const QJsonValue value = json.value(key);
        QVERIFY2(value.isDouble(), expected.key);
        QCOMPARE(qint64(value.toDouble()), year == 2024 ? expected.in2024 : expected.in2025);
    }

    const QJsonObject forms = json.value(QStringLiteral("four_forms")).toObject();
    QCOMPARE(forms.keys(), (QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                        QStringLiteral("3"), QStringLiteral("4")}));
    for (int form = 1; form <= 4; ++form)
        QCOMPARE(qint64(forms.value(QString::number(form)).toDouble()),
                 statistics.fourForms[form - 1]);
    // 2024's four forms are 4, 3, 1, 0; 2025's 8, 1, 2, 1 (see expectedFigures).
    QCOMPARE(forms.value(QStringLiteral("1")).toInt(), year == 2024 ? 4 : 8);
}

void TestStatistics::removingARecordDropsItsFigure_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");

    auto row = [](const char *name, const char *table, const char *record, int year,
                  const char *key, qint64 before, qint64 after) {
        QTest::newRow(name) << QString::fromLatin1(table) << QString::fromUtf8(record) << year
                            << QString::fromLatin1(key) << before << after;
    };
    row("reminder talk", "talks", "reminder 2024-12-31", 2024, "reminder_talks", 2, 1);
    row("reminder talk, form 1", "talks", "reminder 2024-12-31", 2024, "four_forms.1", 4, 3);
    // A 诫勉 held by a talk and a decision counts once, and stays while either holds it.
    row("admonition talk", "talks", "admonition talk 2025-03-03", 2025, "admonition_talks", 4, 4);
    row("admonition also held as a talk", "admonitions", "admonition M3", 2025, "admonition_talks",
        4, 4);
    row("admonition decided without a talk", "admonitions", "I admonition", 2025,
        "admonition_talks", 4, 3);
    row("inspection", "inspections", "inspection 2025", 2025, "inspections", 1, 0);
    row("inspection takes its findings", "inspections", "inspection 2025", 2025, "rectifications",
        4, 0);
    row("completed finding", "findings", "finding F1", 2025, "rectifications_completed", 3, 2);
    row("recommendation", "notices", "recommendation 2025-07-01", 2025, "recommendation_letters", 2,
        1);
    row("bulletin", "notices", "bulletin 2025-12-31", 2025, "inspection_bulletins", 2, 1);
    row("clue received", "clues", "XS-2024-04", 2024, "clues_received", 4, 3);
    row("clue disposed", "clues", "XS-2024-03", 2025, "clues_disposed", 5, 4);
    row("clue closed with two subjects", "clues", "XS-2024-03", 2025, "four_forms.1", 8, 6);
    row("case with two subjects", "cases", "LA-2025-01", 2025, "cases_filed", 5, 3);
    row("accountability case", "cases", "LA-2025-01", 2025, "two_responsibilities_cases", 2, 0);
    row("top leader case", "cases", "LA-2024-02", 2024, "top_leader_cases", 2, 1);
    row("team member case", "cases", "LA-2025-01", 2025, "team_member_cases", 1, 0);
    // The handling outlives its case (case_id set to null) and still counts.
    row("case without its handling", "cases", "LA-2024-02", 2024, "four_forms.2", 3, 3);
    row("one of two sanctions in a case", "sanctions", "D party warning", 2024, "four_forms.2", 3,
        3);
    row("the only sanction in a case", "sanctions", "E serious warning", 2024, "four_forms.2", 3,
        2);
    row("expulsion", "sanctions", "D2 party expulsion", 2025, "four_forms.3", 2, 1);
    row("demotion", "organizational_handlings", "X demotion", 2024, "four_forms.3", 1, 0);
    row("admonition", "admonitions", "admonition M2", 2025, "four_forms.1", 8, 7);
    row("integrity lecture", "warning_education_events", "lecture 2025-01-01", 2025,
        "integrity_lectures", 2, 1);
    row("warning meeting", "warning_education_events", "meeting 2024-12-31", 2024,
        "warning_education_sessions", 2, 1);
    row("transferred cadre", "cadres", "J", 2025, "four_forms.4", 1, 0);
}

void TestStatistics::removingARecordDropsItsFigure()
{
    QFETCH(QString, table);
    QFETCH(QString, record);
    QFETCH(int, year);
    QFETCH(QString, key);
    QFETCH(qint64, before);
    QFETCH(qint64, after);

    // The county of initTestCase, changed inside a transaction that is rolled back at the end:
    // the next row finds it whole again (its "before" says so).
    County &county = *m_county;
    Transaction scratch(county.connection());
    QVERIFY2(county.has(record), qPrintable(record));
    const StatisticsService service(county.database());
    QCOMPARE(figure(service.year(year), key), before);

    county.repository().remove(table, county.id(record));
    QVERIFY(county.repository().load(table, county.id(record)).isEmpty());
    QCOMPARE(figure(service.year(year), key), after);
}

void TestStatistics::removingACaseMovesTheTopLeaderChange()
{
    County &county = *m_county;
    Transaction scratch(county.connection()); // rolled back at the end, as above
    const StatisticsService service(county.database());
    QCOMPARE(service.year(2025).topLeaderCasesChange, std::optional<double>(-0.5));

    // Without LA-2024-02, 2024 has one top leader case, as has 2025: no change, which is not
    // "no figure".
    county.repository().remove(QStringLiteral("cases"), county.id(QStringLiteral("LA-2024-02")));
    const YearlyStatistics statistics = service.year(2025);
    QVERIFY(statistics.topLeaderCasesChange.has_value());
    QCOMPARE(*statistics.topLeaderCasesChange, 0.0);
    QCOMPARE(service.year(2024).topLeaderCasesChange, std::optional<double>(0.0));

    // Without LA-2023-01 as well, 2024 has no previous figure.
    county.repository().remove(QStringLiteral("cases"), county.id(QStringLiteral("LA-2023-01")));
    QVERIFY(!service.year(2024).topLeaderCasesChange.has_value());
    QVERIFY(statistics.toJson().value(QStringLiteral("top_leader_cases_change")).isDouble());
    QVERIFY(service.year(2024).toJson().value(QStringLiteral("top_leader_cases_change")).isNull());
}

QTEST_GUILESS_MAIN(TestStatistics)
// The list behind a chart's number names each record's indicator in words, never by its key.
void TestStatistics::everyIndicatorReadsAsWords()
{
    QStringList keys = StatisticCounts::indicators();
    keys << QStringLiteral("finding.overdue") << QStringLiteral("duty_report.missing");
    QSet<QString> labels;
    for (const QString &key : keys) {
        const QString label = IndicatorLabels::label(key);
        QVERIFY2(!label.isEmpty() && label != key && !label.contains(QLatin1Char('_'))
                     && !label.contains(QLatin1Char('.')),
                 qPrintable(key + QStringLiteral(" reads ") + label));
        QVERIFY2(!labels.contains(label),
                 qPrintable(QStringLiteral("two indicators read ") + label));
        labels.insert(label);
    }
    QCOMPARE(IndicatorLabels::label(QStringLiteral("no.such")), QStringLiteral("no.such"));
}

#include "test_statistics.moc"
