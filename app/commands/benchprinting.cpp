#include "benchsupport.h"
#include "reports/dossiersummary.h"
#include "reports/reportrenderer.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

namespace Bench {

namespace {

// The bare read of a cadre's records, all kinds at once through the dossier's timeline, with
// no document around it: the floor under a summary.
void readRecords(const QSqlDatabase &db, qint64 cadreId)
{
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT * FROM cadre_timeline WHERE cadre_id = ?"), {cadreId});
    while (query.next()) {
    }
}

} // namespace

// A summary made and written to PDF the way the print command and the window make it; the
// audit entry an export adds is left out, so the benchmark leaves the database unchanged.
void printing(const Context &context, std::vector<Measurement> &results)
{
    const auto &ids = context.cadreIds;
    const DossierSummary summary(context.connection);
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
        [&](int i) { readRecords(context.connection, ids.at(i % ids.size())); }));

    // The longest paper: the cadre with the most records (a top leader with years of
    // inspections, talks and warning education), whose tables run over many pages.
    const qint64 busiest
        = Sql::scalar(context.connection,
                      QStringLiteral("SELECT cadre_id FROM cadre_timeline GROUP BY cadre_id "
                                     "ORDER BY count(*) DESC, cadre_id LIMIT 1"))
              .toLongLong();
    const auto busiestSource = [&](int) -> std::shared_ptr<QTextDocument> {
        return summary.build(busiest, context.today, {}, QStringLiteral("bench"));
    };
    results.push_back(measure(
        QStringLiteral("dossier summary PDF, most records"), 300, qMax(3, context.repeats / 3),
        [&](int) {
            ReportRenderer::writePdf(path, 1, busiestSource, decoration, QStringLiteral("bench"));
        },
        [&](int) { readRecords(context.connection, busiest); }));

    // 1,000 summaries in 60 s is 6 s a hundred.
    results.push_back(measure(QStringLiteral("dossier summary PDF, batch of 100"), 6000,
                              qMax(3, context.repeats / 7), [&](int i) {
                                  ReportRenderer::writePdf(path, 100, source(i * 100), decoration,
                                                           QStringLiteral("bench"));
                              }));
}

} // namespace Bench
