#include "access/accounts.h"
#include "bench/benchqueries.h"
#include "benchload.h"
#include "benchsupport.h"
#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "sessionsignin.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Commands {

using Bench::Measurement;

namespace {

int loadTest(const QCommandLineParser &parser, int clients, int seconds, bool json)
{
    using namespace CommandLine;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Commands", text);
    };
    try {
        Bench::LoadOptions options;
        options.address = parser.value(databaseOption());
        if (!ServerAddress::looksLikeOne(options.address))
            return failure(
                tr("The load test runs against a server database (--db postgresql://…)."));
        options.user = userName(parser);
        if (options.user.isEmpty())
            return usage(tr("The load test needs --user: every client signs in as that account."));
        options.password = readSecret(tr("Password: "), "INTEGRITY_DOSSIER_PASSWORD");
        options.clients = clients;
        options.seconds = seconds;
        const auto database = Database::openServer(ServerAddress::parse(options.address));
        Accounts(*database).signIn(options.user, options.password);
        const Bench::LoadReport report = Bench::load(*database, options);
        if (json) {
            QJsonArray figures;
            for (const Bench::LoadFigure &figure : report.figures)
                figures.append(QJsonObject{{QStringLiteral("kind"), figure.kind},
                                           {QStringLiteral("count"), figure.count},
                                           {QStringLiteral("per_second"), figure.perSecond},
                                           {QStringLiteral("p50_ms"), figure.p50},
                                           {QStringLiteral("p99_ms"), figure.p99}});
            out() << QJsonDocument(
                         QJsonObject{
                             {QStringLiteral("clients"), report.clients},
                             {QStringLiteral("seconds"), report.seconds},
                             {QStringLiteral("operations"), report.operations},
                             {QStringLiteral("saves"), report.saves},
                             {QStringLiteral("conflicts"), report.conflicts},
                             {QStringLiteral("lost_updates"), report.lostUpdates},
                             {QStringLiteral("phantom_updates"), report.phantomUpdates},
                             {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)},
                             {QStringLiteral("figures"), figures}})
                         .toJson(QJsonDocument::Indented);
        } else {
            out() << tr("%1 clients for %2 s: %3 operations, %4 a second")
                         .arg(report.clients)
                         .arg(report.seconds, 0, 'f', 1)
                         .arg(report.operations)
                         .arg(double(report.operations) / report.seconds, 0, 'f', 1)
                  << '\n';
            out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(QStringLiteral("work"), -24)
                         .arg(QStringLiteral("count"), 8)
                         .arg(QStringLiteral("per s"), 8)
                         .arg(QStringLiteral("p50 ms"), 9)
                         .arg(QStringLiteral("p99 ms"), 9);
            for (const Bench::LoadFigure &figure : report.figures)
                out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                             .arg(figure.kind, -24)
                             .arg(figure.count, 8)
                             .arg(figure.perSecond, 8, 'f', 1)
                             .arg(figure.p50, 9, 'f', 2)
                             .arg(figure.p99, 9, 'f', 2);
            out() << tr("saves %1, refused over a newer change and made again %2, lost updates "
                        "%3, changes nobody made %4")
                         .arg(report.saves)
                         .arg(report.conflicts)
                         .arg(report.lostUpdates)
                         .arg(report.phantomUpdates)
                  << '\n';
            for (const QString &error : report.errors)
                out() << tr("client error: %1").arg(error) << '\n';
        }
        out().flush();
        return report.lostUpdates == 0 && report.phantomUpdates == 0 && report.errors.isEmpty()
                   ? Ok
                   : DataFailure;
    } catch (const DataError &error) {
        return failure(error.message());
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
    const QCommandLineOption rosterRows(
        QStringLiteral("roster-rows"),
        tr("Rows of the roster imported and exported again (50,000; 0 for none)."),
        QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption load(
        QStringLiteral("load"),
        tr("Instead of the measurements: the load test of a server database, with this many "
           "clients at once (e.g. 20), each signing in as --user."),
        QStringLiteral("clients"), QStringLiteral("0"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     tr("How long the load test runs (30)."), QStringLiteral("n"),
                                     QStringLiteral("30"));
    parser.addOptions({db, repeat, year, json, rosterRows, load, seconds});
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
    const int loadClients = parser.value(load).toInt(&ok);
    if (!ok || loadClients < 0 || loadClients > 200)
        return usage(tr("--load takes a number of clients from 1 to 200."));
    const int loadSeconds = parser.value(seconds).toInt(&ok);
    if (!ok || loadSeconds < 1)
        return usage(tr("--seconds takes a positive number."));
    const QString path = parser.value(db);
    if (loadClients > 0)
        return loadTest(parser, loadClients, loadSeconds, parser.isSet(json));
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
