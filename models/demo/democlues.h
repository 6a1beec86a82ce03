#pragma once

#include <QDate>
#include <QString>

#include <utility>
#include <vector>

struct DemoContext;

// Clues and the cases filed from them, planned in full before anything is written: the steps a
// clue took (only legal moves of ClueStateMachine, none after "today"), how it ended for each
// person, and what the cases decided.

struct DemoMeasurePlan
{
    QString measure; // a Rules measure key: party.warning, handling.removal, admonition …
    QDate effective;
    int probationMonths = 0;
    QDate rightsRestored;
};

struct DemoCaseSubjectPlan
{
    int cadre = 0;
    QDate judicialTransfer;
    std::vector<DemoMeasurePlan> measures;
};

struct DemoCasePlan
{
    int unit = 0;
    QDate filed;
    QDate closed; // invalid while the case is open
    QString summary;
    QString accountability; // principal_responsibility, supervisory_responsibility or empty
    std::vector<DemoCaseSubjectPlan> subjects;
    QString number;
};

struct DemoClueSubjectPlan
{
    int cadre = 0;
    QString outcome; // empty while the clue is open
    // How a first-form outcome was carried out: talk.reminder, admonition or
    // notice.written_self_examination_order.
    QString firstFormMeasure;
};

struct DemoCluePlan
{
    int county = 0;
    QDate received;
    QString source;
    QString theme; // what the clue reports, e.g. 违规收受礼品礼金
    QString summary;
    std::vector<std::pair<QString, QDate>> steps; // to_state and its day, registered first
    std::vector<DemoClueSubjectPlan> subjects;
    std::vector<DemoCasePlan> cases; // the case filed from the clue, then its 一案三查 checks
    QString number;
};

namespace DemoClues {

// Random clues for every county, the scenario clues, numbering, and what the cases did to the
// cadres' posts (a dismissed deputy holds a lower post afterwards).
std::vector<DemoCluePlan> plan(DemoContext &context);
void write(DemoContext &context, const std::vector<DemoCluePlan> &plans);

// The clues of one county drawn at random, walked through the workflow up to today.
std::vector<DemoCluePlan> randomClues(DemoContext &context, int county);
// 一案三查: checks on the two responsibilities after closed cases, about 8% of all cases.
void addAccountabilityChecks(DemoContext &context, std::vector<DemoCluePlan> &plans);

// Measures a case decides for one person, by how serious the matter was (0 light … 2 heavy).
std::vector<DemoMeasurePlan> decideMeasures(DemoContext &context, int cadre, QDate effective,
                                            int severity);
// A clue's summary line: 反映清河县财政局副局长王某某违规收受礼品礼金问题.
QString clueSummary(const DemoContext &context, int cadre, const QString &theme, QDate received);

} // namespace DemoClues
