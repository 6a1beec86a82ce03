#include "alerts/alertservice.h"
#include "bench/benchqueries.h"
#include "benchsupport.h"
#include "similarity/materialsimilarity.h"
#include "statistics/dashboardfigures.h"
#include "statistics/yearlystatistics.h"

namespace Bench {

void analysis(const Context &context, std::vector<Measurement> &results)
{
    const int year = context.statisticsYear;
    const StatisticsService statistics(*context.database);
    results.push_back(measure(QStringLiteral("yearly statistics"), 200, context.repeats,
                              [&](int) { statistics.year(year); }));

    // What the dashboard window computes on a refresh: every chart, the unit table and the
    // yearly page with last year's figures beside it.
    results.push_back(
        measure(QStringLiteral("dashboard refresh (%1)").arg(year), 200, context.repeats, [&](int) {
            const DashboardFigures figures(*context.database, year, year, {}, context.today);
            figures.trends();
            figures.talks();
            figures.fourForms();
            figures.sanctionsByKind();
            figures.rectification();
            figures.units();
            statistics.year(year);
            statistics.year(year - 1);
        }));
    results.push_back(measure(QStringLiteral("dashboard refresh (%1–%2)").arg(year - 4).arg(year),
                              200, context.repeats, [&](int) {
                                  const DashboardFigures figures(*context.database, year - 4, year,
                                                                 {}, context.today);
                                  figures.trends();
                                  figures.talks();
                                  figures.fourForms();
                                  figures.sanctionsByKind();
                                  figures.rectification();
                                  figures.units();
                                  statistics.year(year);
                                  statistics.year(year - 1);
                              }));

    // The unit with the most self-examination materials in the year, against its earlier years.
    const qint64 unit = BenchQueries::busiestMaterialUnit(*context.database, year);
    const MaterialSimilarity similarity(*context.database);
    results.push_back(
        measure(QStringLiteral("copied materials, one unit-year"), 100, context.repeats, [&](int) {
            similarity.pairs(year, StatisticScope{unit, {}});
        }));

    const AlertService alerts(*context.database);
    results.push_back(measure(QStringLiteral("alerts on start"), 200, qMax(3, context.repeats / 4),
                              [&](int) { alerts.alerts(context.today); }));
}

} // namespace Bench
