#pragma once

#include "articles.h"
#include "impactperiods.h"
#include "opinion.h"
#include "rules.h"

#include <QDate>
#include <QString>
#include <QVector>

// How a proposal departs from the range its articles allow, and why.
enum class Adjustment {
    None,
    Lighter,    // 从轻: the light end of the range
    Mitigated,  // 减轻: one grade below the range
    Heavier,    // 从重: the heavy end of the range
    Aggravated, // 加重: one grade above the range
};

// One measure proposed for one subject of a case (量纪), with what it rests on.
struct ProposedMeasure
{
    QString measure;         // party.serious_warning, government.demerit …
    int probationMonths = 0; // party.probation: 12 or 24
    Degree degree = Degree::Lighter;
    QVector<Article> articles; // the articles the facts violate, as cited
    Adjustment adjustment = Adjustment::None;
    QString ground;     // the circumstance that mitigates or aggravates (the article's item)
    QDate violatedOn;   // when the conduct took place (its last day)
    QDate decisionDate; // when the measure would take effect
    qint64 caseId = 0;
};

// What one check found, beside the proposal.
struct MeasureCheck
{
    enum class Level {
        Fits,    // as the rules allow
        Note,    // what follows from it: the period, the opinion, the form
        Warning, // to look at: an earlier period, a pair that does not usually go together
        Problem, // out of the range, or a ground missing
    };
    Level level = Level::Fits;
    QString what; // Chinese, as the review report prints it
    QString citation; // 《中国共产党纪律处分条例》第二十三条, where an article says so
};

// The checks of case review on proposed measures: the range the cited articles allow for the
// degree, the grounds mitigation and aggravation need, earlier measures (a violation inside an
// open period, another measure in the same case, the stacked period that would follow, the
// opinion category after it), the four forms; and for a party member who is a public official,
// whether the party and the government measure go together and what organizational
// consequences follow. Pure: the caller gathers the facts, the checks say what they mean.
namespace MeasureChecks {

// The measures of a system from the lightest to the heaviest.
QStringList severityOrder(const QString &system);
// "party" for party.warning.
QString systemOf(const QString &measure);

QVector<MeasureCheck> range(const ProposedMeasure &proposal);
// `prior`: the subject's measures already decided (any case).
QVector<MeasureCheck> priorMeasures(const ProposedMeasure &proposal,
                                    const std::vector<MeasureRecord> &prior,
                                    const std::vector<qint64> &priorCaseIds, const Rules &rules);
// The opinion category the subject would have the day the measure takes effect.
MeasureCheck opinionAfter(const ProposedMeasure &proposal, OpinionFacts facts, const Rules &rules);
MeasureCheck fourForms(const ProposedMeasure &proposal, const Rules &rules);
// A party and a government measure for the same conduct of a party member who is a public
// official: whether they go together (the usual pairs, e.g. 撤销党内职务 with 撤职, 开除党籍
// with 开除), and the consequences each carries by the rules table.
QVector<MeasureCheck> pairing(const QString &partyMeasure, const QString &governmentMeasure,
                              const Rules &rules, QDate day);
// The government measures that usually go with a party measure.
QStringList usualGovernmentPairs(const QString &partyMeasure);

} // namespace MeasureChecks
