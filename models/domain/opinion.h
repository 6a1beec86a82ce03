#pragma once

#include "impactperiods.h"
#include "rules.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Everything known about one cadre that bears on an integrity opinion.
// Only facts on or before asOf count: clues received, cases filed and measures effective later
// are ignored. The caller supplies each clue's state as of asOf where it can; a clue closed
// (closedOn) after asOf is treated as still being disposed on asOf, whatever its state now.
struct OpinionFacts
{
    // An invalid date means today.
    QDate asOf;

    struct Clue
    {
        qint64 id = 0;
        QString number;
        QDate received;
        QString state;
        // How the clue ended for this cadre: untrue, not_verifiable, explanation_accepted,
        // first_form_measure, case_filed, transferred, or empty.
        QString outcome;
        QDate closedOn;
    };
    std::vector<Clue> clues;

    struct Case
    {
        qint64 id = 0;
        QString number;
        QDate filed;
        QDate closed;                 // null while open
        QDate transferredToJudiciary; // null when not transferred
    };
    std::vector<Case> cases;

    // Sanctions, organizational handlings and admonitions.
    std::vector<MeasureRecord> measures;
};

struct OpinionResult
{
    // 1 no clue received … 6 not suitable for use; the highest category that applies.
    int category = 1;
    QString label;
    // One Chinese sentence per fact found, for the printed working papers.
    QStringList reasons;
    // For categories 5 and 6: what puts the cadre there, each a clause the reply letter names
    // the cadre with ("正在接受初步核实", "尚在党内警告处分影响期内（至2025年3月14日）").
    QStringList grounds;
    // The latest last day of the impact periods still open on asOf.
    std::optional<QDate> impactUntil;
    // Expelled from public employment: the impact never ends.
    bool permanent = false;
};

// The official Chinese wording of a category (1–6), e.g. "建议暂缓使用".
QString opinionCategoryLabel(int category);

OpinionResult decideOpinion(const OpinionFacts &facts, const Rules &rules);
