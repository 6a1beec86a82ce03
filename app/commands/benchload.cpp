#include "benchload.h"

#include "access/accounts.h"
#include "bench/benchqueries.h"
#include "benchsupport.h"
#include "directory/cadredirectory.h"
#include "domain/dataerror.h"
#include "dossier/dossier.h"
#include "dossier/dossierstatus.h"
#include "dossier/opinionservice.h"
#include "items/cadredirectorymodel.h"
#include "items/timelinemodel.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <random>
#include <thread>

namespace Bench {

namespace {

const QString kCounterPrefix = QStringLiteral("load test counter: ");

int counterOf(const QVariantMap &talk)
{
    return talk.value(QStringLiteral("summary")).toString().mid(kCounterPrefix.size()).toInt();
}

// What one client did: its latencies per kind of work, the increments its saves made stick, and
// what went wrong.
struct ClientLog
{
    std::map<QString, std::vector<double>> latencies;
    std::map<qint64, int> increments;
    int conflicts = 0;
    QStringList errors;
};

// One colleague at work: a program of its own with its own connection, signed in, doing what
// the window does — searching, opening dossiers, saving records over a version, deciding
// opinions — as fast as the server lets it, until the time is up.
void runClient(const LoadOptions &options, int client, const std::vector<qint64> &cadres,
               const std::vector<qint64> &counters, const QDate &today, ClientLog &log)
{
    try {
        auto database = Database::openServer(ServerAddress::parse(options.address));
        Accounts(*database).signIn(options.user, options.password);
        std::mt19937 random(1000u + unsigned(client));
        const QStringList searches{QStringLiteral("张"),   QStringLiteral("建国"),
                                   QStringLiteral("王芳"), QStringLiteral("zjg"),
                                   QStringLiteral("水利"), QStringLiteral("局长")};
        CadreDirectoryModel directory(*database);
        const DossierLoader loader(*database);
        const OpinionService opinions(*database);
        RecordRepository repository(*database);
        QElapsedTimer running;
        running.start();
        while (running.elapsed() < qint64(options.seconds) * 1000) {
            const unsigned pick = random() % 100;
            QElapsedTimer step;
            step.start();
            QString kind;
            if (pick < 40) {
                kind = QStringLiteral("search");
                CadreFilter filter;
                filter.text = searches.at(int(random() % unsigned(searches.size())));
                directory.setFilter(filter);
            } else if (pick < 70) {
                kind = QStringLiteral("dossier open");
                const qint64 id = cadres.at(random() % cadres.size());
                const Dossier dossier = loader.load(id, today);
                DossierStatus::compute(*database, dossier, today);
                TimelineModel timeline(*database, id);
                for (int row = 0; row < timeline.rowCount(); ++row)
                    timeline.data(timeline.index(row, 0));
            } else if (pick < 92) {
                kind = QStringLiteral("record save");
                // Read, add one, save over the version read; a colleague's save in between is
                // refused and read again, as the window's conflict dialog would have it.
                const qint64 talk = counters.at(random() % counters.size());
                for (;;) {
                    const QVariantMap stored = repository.load(QStringLiteral("talks"), talk);
                    try {
                        repository.update(
                            QStringLiteral("talks"), talk,
                            {{QStringLiteral("summary"),
                              kCounterPrefix + QString::number(counterOf(stored) + 1)}},
                            RecordRepository::version(stored));
                        ++log.increments[talk];
                        break;
                    } catch (const ConflictError &) {
                        ++log.conflicts;
                    }
                }
            } else {
                kind = QStringLiteral("opinion batch of 50");
                const size_t first = random() % cadres.size();
                for (size_t i = 0; i < 50; ++i)
                    opinions.decide(cadres.at((first + i) % cadres.size()), today);
            }
            log.latencies[kind].push_back(double(step.nsecsElapsed()) / 1e6);
        }
    } catch (const DataError &error) {
        log.errors << error.message();
    } catch (const std::exception &error) {
        log.errors << QString::fromLocal8Bit(error.what());
    }
}

} // namespace

LoadReport load(Database &database, const LoadOptions &options)
{
    if (!database.isServer())
        throw DataError(QCoreApplication::translate(
            "Commands", "The load test runs against a server database (--db postgresql://…)."));
    const QDate today = QDate::currentDate();
    const std::vector<qint64> cadres = BenchQueries::spreadCadres(database, 500);
    if (cadres.empty())
        throw DataError(QCoreApplication::translate(
            "Commands", "The database holds no cadres; run demo first."));
    // The records every client saves over: talks of the first cadre, made for the test and
    // removed after it.
    RecordRepository repository(database);
    std::vector<qint64> counters;
    for (int i = 0; i < options.sharedRecords; ++i)
        counters.push_back(
            repository.create(QStringLiteral("talks"),
                              {{QStringLiteral("cadre_id"), cadres.front()},
                               {QStringLiteral("kind"), QStringLiteral("reminder")},
                               {QStringLiteral("held_by"), QStringLiteral("discipline_commission")},
                               {QStringLiteral("talk_date"), today.toString(Qt::ISODate)},
                               {QStringLiteral("summary"), kCounterPrefix + QStringLiteral("0")}}));

    std::vector<ClientLog> logs(size_t(options.clients));
    std::vector<std::thread> clients;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < options.clients; ++i)
        clients.emplace_back(runClient, std::cref(options), i, std::cref(cadres),
                             std::cref(counters), today, std::ref(logs.at(size_t(i))));
    for (std::thread &client : clients)
        client.join();
    const double seconds = double(wall.elapsed()) / 1000.0;

    LoadReport report;
    report.clients = options.clients;
    report.seconds = seconds;
    std::map<QString, std::vector<double>> all;
    std::map<qint64, int> expected;
    for (const ClientLog &log : logs) {
        for (const auto &[kind, values] : log.latencies)
            all[kind].insert(all[kind].end(), values.begin(), values.end());
        for (const auto &[talk, count] : log.increments)
            expected[talk] += count;
        report.conflicts += log.conflicts;
        report.errors << log.errors;
    }
    for (const auto &[kind, values] : all) {
        LoadFigure figure;
        figure.kind = kind;
        figure.count = int(values.size());
        figure.perSecond = double(values.size()) / seconds;
        figure.p50 = percentile(values, 0.50);
        figure.p99 = percentile(values, 0.99);
        report.figures.push_back(figure);
        report.operations += figure.count;
    }
    // A lost update is an increment a client was told had been saved that the record lacks.
    for (const qint64 talk : counters) {
        const int stored = counterOf(repository.load(QStringLiteral("talks"), talk));
        report.saves += expected[talk];
        report.lostUpdates += std::max(0, expected[talk] - stored);
        report.phantomUpdates += std::max(0, stored - expected[talk]);
        repository.remove(QStringLiteral("talks"), talk);
    }
    return report;
}

} // namespace Bench
