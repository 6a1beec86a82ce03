#include "benchsupport.h"
#include "statistics/yearlystatistics.h"

namespace Bench {

void statistics(const Context &context, std::vector<Measurement> &results)
{
    const StatisticsService statistics(context.connection);
    results.push_back(measure(QStringLiteral("yearly statistics"), 200, context.repeats,
                              [&](int) { statistics.year(context.statisticsYear); }));
}

} // namespace Bench
