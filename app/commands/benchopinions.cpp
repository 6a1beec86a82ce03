#include "benchsupport.h"
#include "dossier/casefileloader.h"
#include "dossier/opinionservice.h"

namespace Bench {

void opinions(const Context &context, std::vector<Measurement> &results)
{
    const auto &ids = context.cadreIds;
    const OpinionService opinions(*context.database);
    results.push_back(measure(
        QStringLiteral("integrity opinion, one cadre"), 5, context.repeats,
        [&](int i) { opinions.decide(ids.at(i % ids.size()), context.today); },
        [&](int i) { opinions.facts(ids.at(i % ids.size()), context.today); }));
    results.push_back(measure(
        QStringLiteral("integrity opinions, batch of 500"), 1000, qMax(3, context.repeats / 4),
        [&](int) { opinions.decide(QList<qint64>(ids.begin(), ids.end()), context.today); },
        [&](int) { opinions.facts(QList<qint64>(ids.begin(), ids.end()), context.today); }));

    // A case file as the trial-review office opens it: every subject's facts, evidence,
    // statements and proposals, each proposal with its checks (range, earlier measures, the
    // period and opinion that would follow, the four forms, the party and government pair).
    const CaseFileLoader cases(*context.database);
    std::vector<qint64> caseIds;
    for (const auto &each : cases.cases())
        if (caseIds.size() < 50)
            caseIds.push_back(each.first);
    if (!caseIds.empty())
        results.push_back(
            measure(QStringLiteral("case file with its checks"), 30, context.repeats, [&](int i) {
                cases.load(caseIds.at(size_t(i) % caseIds.size()), context.today);
            }));
}

} // namespace Bench
