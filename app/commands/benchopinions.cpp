#include "benchsupport.h"
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
        [&](int) {
            for (const qint64 id : ids)
                opinions.decide(id, context.today);
        },
        [&](int) {
            for (const qint64 id : ids)
                opinions.facts(id, context.today);
        }));
}

} // namespace Bench
