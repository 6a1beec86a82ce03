#include "bench/benchqueries.h"
#include "benchsupport.h"
#include "reports/dossiersummary.h"
#include "reports/reportrenderer.h"

#include <QTemporaryDir>
#include <QTextDocument>

namespace Bench {

// A summary made and written to PDF the way the print command and the window make it; the
// audit entry an export adds is left out, so the benchmark leaves the database unchanged.
void printing(const Context &context, std::vector<Measurement> &results)
{
    const auto &ids = context.cadreIds;
    const DossierSummary summary(*context.database);
    PageDecoration decoration;
    decoration.marking = summary.confidentialityMarking();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bench.pdf"));
    const auto source = [&](int offset) {
        return [&, offset](int index) -> std::shared_ptr<QTextDocument> {
            return summary.build(ids.at((offset + index) % ids.size()), context.today, {},
                                 QStringLiteral("bench"));
        };
    };
    results.push_back(measure(
        QStringLiteral("dossier summary PDF, one cadre"), 300, context.repeats,
        [&](int i) {
            ReportRenderer::writePdf(path, 1, source(i), decoration, QStringLiteral("bench"));
        },
        [&](int i) { BenchQueries::readTimeline(*context.database, ids.at(i % ids.size())); }));

    // The longest paper: the cadre with the most records (a top leader with years of
    // inspections, talks and warning education), whose tables run over many pages.
    const qint64 busiest = BenchQueries::busiestCadre(*context.database);
    const auto busiestSource = [&](int) -> std::shared_ptr<QTextDocument> {
        return summary.build(busiest, context.today, {}, QStringLiteral("bench"));
    };
    results.push_back(measure(
        QStringLiteral("dossier summary PDF, most records"), 300, qMax(3, context.repeats / 3),
        [&](int) {
            ReportRenderer::writePdf(path, 1, busiestSource, decoration, QStringLiteral("bench"));
        },
        [&](int) { BenchQueries::readTimeline(*context.database, busiest); }));

    // 1,000 summaries in 60 s is 6 s a hundred.
    results.push_back(measure(QStringLiteral("dossier summary PDF, batch of 100"), 6000,
                              qMax(3, context.repeats / 7), [&](int i) {
                                  ReportRenderer::writePdf(path, 100, source(i * 100), decoration,
                                                           QStringLiteral("bench"));
                              }));
}

} // namespace Bench
