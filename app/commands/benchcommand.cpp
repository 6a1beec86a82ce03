#include "bench/benchqueries.h"
#include "benchsupport.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Commands {

using Bench::Measurement;

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
    const QCommandLineOption rosterRows(
        QStringLiteral("roster-rows"),
        tr("Rows of the roster imported and exported again (50,000; 0 for none)."),
        QStringLiteral("n"), QStringLiteral("50000"));
    parser.addOptions({db, repeat, year, json, rosterRows});
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;
    bool ok = false;
    const int repeats = parser.value(repeat).toInt(&ok);
    if (!ok || repeats < 1)
        return usage(tr("--repeat takes a positive number."));
    const int statisticsYear = parser.value(year).toInt(&ok);
    if (!ok)
        return usage(tr("--year takes a year such as 2025."));
    const int roster = parser.value(rosterRows).toInt(&ok);
    if (!ok || roster < 0)
        return usage(tr("--roster-rows takes a number."));
    const QString path = parser.value(db);
    try {
        const auto database = openDatabase(parser);
        Bench::Context context;
        context.path = path;
        context.database = database.get();
        context.repeats = repeats;
        context.statisticsYear = statisticsYear;
        context.rosterRows = roster;
        context.today = QDate::currentDate();
        context.cadreCount = BenchQueries::cadreCount(*database);
        if (context.cadreCount == 0)
            return failure(tr("The database holds no cadres; run demo first."));
        context.cadreIds = BenchQueries::spreadCadres(*database, 500);

        std::vector<Measurement> results;
        Bench::directoryAndDossier(context, results);
        Bench::opinions(context, results);
        Bench::analysis(context, results);
        Bench::printing(context, results);
        Bench::spreadsheets(context, results);
        const qint64 cadres = context.cadreCount;

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
