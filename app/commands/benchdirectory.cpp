#include "benchsupport.h"
#include "directory/cadredirectory.h"
#include "dossier/dossier.h"
#include "items/cadredirectorymodel.h"
#include "items/timelinemodel.h"
#include "records/dossierstatus.h"
#include "search/cadresearchindex.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace Bench {

namespace {

// The statements the directory runs for one keystroke, run bare.
void rawSearch(const QSqlDatabase &db, const QString &text)
{
    const auto condition = CadreSearchIndex::condition(text, QStringLiteral("c.id"));
    const QString where
        = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.sql;
    Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cadres c") + where, condition.values);
    QVariantList values = condition.values;
    values << CadreDirectoryModel::pageSize;
    QSqlQuery page
        = Sql::run(db,
                   QStringLiteral("SELECT c.id, c.name, u.name FROM cadres c JOIN units u "
                                  "ON u.id = c.unit_id")
                       + where + QStringLiteral(" ORDER BY c.pinyin_full LIMIT ?"),
                   values);
    while (page.next()) {
    }
}

} // namespace

void directoryAndDossier(const Context &context, std::vector<Measurement> &results)
{
    results.push_back(measure(
        QStringLiteral("open database and first directory page"), 1000, context.repeats,
        [&](int) {
            // Read-only: the bench holds the file's write lock itself.
            auto database = Database::open(context.path, Database::Mode::ReadOnly);
            CadreDirectoryModel model(database->connection());
        },
        [&](int) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("bench-floor"));
            raw.setDatabaseName(context.path);
            raw.open();
            rawSearch(raw, QString());
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("bench-floor"));
        }));

    // One keystroke: the directory model's filter, its count and its first page.
    CadreDirectoryModel model(context.connection);
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
            [&](int) { rawSearch(context.connection, search.second); }));
    }

    // What the dossier window builds on opening: the header card with its badges, and the
    // timeline model with every row read.
    const auto &ids = context.cadreIds;
    const DossierLoader loader(context.connection);
    results.push_back(measure(
        QStringLiteral("open one dossier (header, badges, timeline)"), 30, context.repeats,
        [&](int i) {
            const qint64 id = ids.at(i % ids.size());
            const Dossier dossier = loader.load(id, context.today);
            DossierStatus::compute(context.connection, dossier, context.today);
            TimelineModel timeline(context.connection, id);
            for (int row = 0; row < timeline.rowCount(); ++row)
                for (int column = 0; column < timeline.columnCount(); ++column)
                    timeline.data(timeline.index(row, column));
        },
        [&](int i) {
            QSqlQuery raw
                = Sql::run(context.connection,
                           QStringLiteral("SELECT * FROM cadre_timeline WHERE cadre_id = ?"),
                           {ids.at(i % ids.size())});
            while (raw.next()) {
            }
        }));
}

} // namespace Bench
