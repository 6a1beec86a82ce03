#include "commandline.h"
#include "commands.h"
#include "directory/cadredirectory.h"
#include "dossier/dossier.h"
#include "dossier/opinionservice.h"
#include "items/cadredirectorymodel.h"
#include "search/cadresearchindex.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"
#include "storage/dataerror.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace Commands {

namespace {

struct Measurement
{
    QString name;
    double median = 0;
    double p90 = 0;
    double floor = -1; // the same SQL run bare through QSqlQuery; -1 when not comparable
    double bar = 0;
};

double percentile(std::vector<double> samples, double fraction)
{
    std::sort(samples.begin(), samples.end());
    const size_t index
        = std::min(samples.size() - 1, size_t(fraction * (samples.size() - 1) + 0.5));
    return samples.at(index);
}

std::vector<double> time(int repeats, const std::function<void(int)> &work)
{
    work(0); // warm the page cache and prepared statements
    std::vector<double> samples;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    return samples;
}

Measurement measure(const QString &name, double bar, int repeats,
                    const std::function<void(int)> &work,
                    const std::function<void(int)> &floorWork = {})
{
    Measurement result;
    result.name = name;
    result.bar = bar;
    const auto samples = time(repeats, work);
    result.median = percentile(samples, 0.5);
    result.p90 = percentile(samples, 0.9);
    if (floorWork)
        result.floor = percentile(time(repeats, floorWork), 0.5);
    return result;
}

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

int bench(const QStringList &arguments)
{
    using namespace CommandLine;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Commands", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measure the speed bars through the classes the window uses (medians, ms)."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption repeat(QStringLiteral("repeat"), tr("Runs per measurement (21)."),
                                    QStringLiteral("n"), QStringLiteral("21"));
    const QCommandLineOption year(QStringLiteral("year"), tr("The statistics year (2025)."),
                                  QStringLiteral("year"), QStringLiteral("2025"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON."));
    parser.addOptions({db, repeat, year, json});
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;
    bool ok = false;
    const int repeats = parser.value(repeat).toInt(&ok);
    if (!ok || repeats < 1)
        return usage(tr("--repeat takes a positive number."));
    const int statisticsYear = parser.value(year).toInt(&ok);
    if (!ok)
        return usage(tr("--year takes a year such as 2025."));
    const QString path = parser.value(db);
    try {
        std::vector<Measurement> results;
        results.push_back(measure(
            QStringLiteral("open database and first directory page"), 1000, repeats,
            [&](int) {
                auto database = Database::open(path, Database::Mode::OpenExisting);
                CadreDirectoryModel model(database->connection());
            },
            [&](int) {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                             QStringLiteral("bench-floor"));
                raw.setDatabaseName(path);
                raw.open();
                rawSearch(raw, QString());
                raw.close();
                raw = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("bench-floor"));
            }));

        const auto database = Database::open(path, Database::Mode::OpenExisting);
        const QSqlDatabase connection = database->connection();
        const qint64 cadres
            = Sql::scalar(connection, QStringLiteral("SELECT count(*) FROM cadres")).toLongLong();
        if (cadres == 0)
            return failure(tr("The database holds no cadres; run demo first."));
        CadreDirectoryModel model(connection);
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
                search.first, 30, repeats,
                [&](int) {
                    CadreFilter filter;
                    filter.text = search.second;
                    model.setFilter(filter);
                },
                [&](int) { rawSearch(connection, search.second); }));
        }

        // Cadres spread over the whole table, the same ones on every run.
        std::vector<qint64> ids;
        QSqlQuery sample = Sql::run(connection,
                                    QStringLiteral("SELECT id FROM cadres WHERE id % ? = 0 "
                                                   "ORDER BY id LIMIT 500"),
                                    {qMax<qint64>(1, cadres / 500)});
        while (sample.next())
            ids.push_back(sample.value(0).toLongLong());
        const QDate today = QDate::currentDate();
        const DossierLoader loader(connection);
        results.push_back(measure(
            QStringLiteral("open one dossier"), 30, repeats,
            [&](int i) { loader.load(ids.at(i % ids.size()), today); },
            [&](int i) {
                QSqlQuery raw = Sql::run(
                    connection, QStringLiteral("SELECT * FROM cadre_timeline WHERE cadre_id = ?"),
                    {ids.at(i % ids.size())});
                while (raw.next()) {
                }
            }));
        const OpinionService opinions(connection);
        results.push_back(measure(
            QStringLiteral("integrity opinion, one cadre"), 5, repeats,
            [&](int i) { opinions.decide(ids.at(i % ids.size()), today); },
            [&](int i) { opinions.facts(ids.at(i % ids.size()), today); }));
        results.push_back(measure(
            QStringLiteral("integrity opinions, batch of 500"), 1000, qMax(3, repeats / 4),
            [&](int) {
                for (const qint64 id : ids)
                    opinions.decide(id, today);
            },
            [&](int) {
                for (const qint64 id : ids)
                    opinions.facts(id, today);
            }));
        const StatisticsService statistics(connection);
        results.push_back(measure(QStringLiteral("yearly statistics"), 200, repeats,
                                  [&](int) { statistics.year(statisticsYear); }));

        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Measurement &m : results)
                array.append(QJsonObject{
                    {QStringLiteral("name"), m.name},
                    {QStringLiteral("median_ms"), m.median},
                    {QStringLiteral("p90_ms"), m.p90},
                    {QStringLiteral("floor_ms"), m.floor < 0 ? QJsonValue() : QJsonValue(m.floor)},
                    {QStringLiteral("bar_ms"), m.bar},
                    {QStringLiteral("within_bar"), m.median <= m.bar}});
            out() << QJsonDocument(QJsonObject{{QStringLiteral("cadres"), cadres},
                                               {QStringLiteral("repeats"), repeats},
                                               {QStringLiteral("results"), array}})
                         .toJson(QJsonDocument::Indented);
        } else {
            out() << tr("%1 cadres, %2 runs each; milliseconds").arg(cadres).arg(repeats) << '\n';
            out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(QStringLiteral("measurement"), -42)
                         .arg(QStringLiteral("median"), 9)
                         .arg(QStringLiteral("p90"), 9)
                         .arg(QStringLiteral("floor"), 9)
                         .arg(QStringLiteral("bar"), 7);
            for (const Measurement &m : results)
                out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                             .arg(m.name, -42)
                             .arg(m.median, 9, 'f', 2)
                             .arg(m.p90, 9, 'f', 2)
                             .arg(m.floor < 0 ? QStringLiteral("-")
                                              : QString::number(m.floor, 'f', 2),
                                  9)
                             .arg(m.bar, 7, 'f', 0)
                             .arg(m.median <= m.bar ? QString() : tr("OVER BAR"));
        }
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
