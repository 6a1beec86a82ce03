#include "access/accounts.h"
#include "bench/benchroster.h"
#include "benchsupport.h"
#include "domain/dataerror.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace Bench {

namespace {

// The largest resident memory of any child process so far, in MB; -1 where it cannot be read.
double childrenPeakMegabytes()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) == 0)
        return double(usage.ru_maxrss) / 1024.0;
#endif
    return -1;
}

// Runs the program itself on the command line, as a user would, and times it.
double run(const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("INTEGRITY_DOSSIER_USER"), QStringLiteral("officer"));
    environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        throw DataError(QString::fromUtf8(process.readAllStandardError()).trimmed());
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

// A roster of `rows` into a new database, and that directory out again, each by the command
// line in a process of its own so that its peak memory is its own. The database the other
// measurements read is not touched.
void spreadsheets(const Context &context, std::vector<Measurement> &results)
{
    if (context.rosterRows <= 0)
        return;
    QTemporaryDir folder;
    const QString roster = folder.filePath(QStringLiteral("roster.xlsx"));
    const QString database = folder.filePath(QStringLiteral("roster.db"));
    const QString exported = folder.filePath(QStringLiteral("directory.xlsx"));
    BenchRoster::write(roster, context.rosterRows);
    const QString password = QString::number(QRandomGenerator::system()->generate64(), 36);
    {
        const auto fresh = Database::open(database, Database::Mode::CreateOrOpen);
        Accounts(*fresh).createDemoAccounts(password);
    }
    const QString rows = QString::number(context.rosterRows);
    const double imported
        = run({QStringLiteral("import"), QStringLiteral("--db"), database, QStringLiteral("--xlsx"),
               roster, QStringLiteral("--kind"), QStringLiteral("cadres")},
              password);
    const double importPeak = childrenPeakMegabytes();
    const double written
        = run({QStringLiteral("export"), QStringLiteral("--db"), database, QStringLiteral("--xlsx"),
               exported, QStringLiteral("--kind"), QStringLiteral("cadres")},
              password);
    const double bothPeak = childrenPeakMegabytes();
    // One run each: a second import of the same roster is another task (every row the same).
    results.push_back({QStringLiteral("roster import, %1 rows (.xlsx)").arg(rows), imported,
                       imported, -1, 30000});
    results.push_back({QStringLiteral("roster import, peak memory (MB, not ms)"), importPeak,
                       importPeak, -1, 300});
    results.push_back({QStringLiteral("directory export, %1 cadres (.xlsx)").arg(rows), written,
                       written, -1, 30000});
    results.push_back({QStringLiteral("directory export, peak memory (MB, not ms)"), bothPeak,
                       bothPeak, -1, 300});
}

} // namespace Bench
