#include "bench/benchqueries.h"
#include "benchsupport.h"
#include "directory/cadredirectory.h"
#include "dossier/dossier.h"
#include "dossier/dossierstatus.h"
#include "items/cadredirectorymodel.h"
#include "items/timelinemodel.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

namespace Bench {

void directoryAndDossier(const Context &context, std::vector<Measurement> &results)
{
    if (context.database->isServer()) {
        // A connection of its own (with the schema's checks), then the first page as the
        // bench's account sees it; no file to open bare.
        const ServerAddress address = *context.database->server();
        results.push_back(measure(QStringLiteral("open database and first directory page"), 1000,
                                  context.repeats, [&](int) {
                                      auto database
                                          = Database::openServer(address, Database::Mode::ReadOnly);
                                      CadreDirectoryModel model(*context.database);
                                  }));
    } else {
        results.push_back(measure(
            QStringLiteral("open database and first directory page"), 1000, context.repeats,
            [&](int) {
                // Read-only: the bench holds the file's write lock itself. The first page is
                // read as the bench's signed-in account sees it (a sign-in, with its password
                // key, is not part of opening the file).
                auto database = Database::open(context.path, Database::Mode::ReadOnly);
                CadreDirectoryModel model(*context.database);
            },
            [&](int) { BenchQueries::openAndReadFirstPage(context.path); }));
    }

    // One keystroke: the directory model's filter, its count and its first page.
    CadreDirectoryModel model(*context.database);
    const QList<QPair<QString, QString>> searches = {
        {QStringLiteral("search: 1 character (张)"), QStringLiteral("张")},
        {QStringLiteral("search: 2 characters (建国)"), QStringLiteral("建国")},
        {QStringLiteral("search: 3 characters (张建国)"), QStringLiteral("张建国")},
        {QStringLiteral("search: pinyin initials (zjg)"), QStringLiteral("zjg")},
        {QStringLiteral("search: unit (水利)"), QStringLiteral("水利")},
        {QStringLiteral("search: position (局长)"), QStringLiteral("局长")},
    };
    for (const auto &search : searches) {
        results.push_back(measure(
            search.first, 30, context.repeats,
            [&](int) {
                CadreFilter filter;
                filter.text = search.second;
                model.setFilter(filter);
            },
            [&](int) { BenchQueries::readDirectoryPage(*context.database, search.second); }));
    }

    // What the dossier window builds on opening: the header card with its badges, and the
    // timeline model with every row read.
    const auto &ids = context.cadreIds;
    const DossierLoader loader(*context.database);
    results.push_back(measure(
        QStringLiteral("open one dossier (header, badges, timeline)"), 30, context.repeats,
        [&](int i) {
            const qint64 id = ids.at(i % ids.size());
            const Dossier dossier = loader.load(id, context.today);
            DossierStatus::compute(*context.database, dossier, context.today);
            TimelineModel timeline(*context.database, id);
            for (int row = 0; row < timeline.rowCount(); ++row)
                for (int column = 0; column < timeline.columnCount(); ++column)
                    timeline.data(timeline.index(row, column));
        },
        [&](int i) { BenchQueries::readTimeline(*context.database, ids.at(i % ids.size())); }));
}

} // namespace Bench
