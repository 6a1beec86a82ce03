#include "commandline.h"
#include "commands.h"
#include "demo/demogenerator.h"
#include "domain/dataerror.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace Commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

// True when the file is a dossier database that already has units or cadres. Looks through a
// read-only connection, so a refused file is left exactly as it was.
bool holdsDossiers(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return false;
    const auto database = Database::open(path, Database::Mode::ReadOnly);
    return DemoGenerator::holdsDossiers(*database);
}

} // namespace

int demo(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fill a new database with a believable county (or a city, "
                                        "or a province) and six years of records, "
                                        "the same for the same seed."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        tr("county (about 3,000 cadres), city (about 50,000) or province "
           "(about 200,000)."),
        QStringLiteral("scale"), QStringLiteral("county"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The random seed (20241)."),
                                  QStringLiteral("n"), QStringLiteral("20241"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("The last day of the records (2026-11-20)."),
                                   QStringLiteral("YYYY-MM-DD"), QStringLiteral("2026-11-20"));
    parser.addOptions({db, scale, seed, today});
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;

    DemoOptions options;
    const QString scaleText = parser.value(scale);
    if (scaleText == QLatin1String("county"))
        options.scale = DemoOptions::County;
    else if (scaleText == QLatin1String("city"))
        options.scale = DemoOptions::City;
    else if (scaleText == QLatin1String("province"))
        options.scale = DemoOptions::Province;
    else
        return usage(tr("--scale takes county, city or province."));
    bool seedOk = false;
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return usage(tr("--seed takes a whole number from 0 to 4294967295."));
    options.today = QDate::fromString(parser.value(today), Qt::ISODate);
    if (!options.today.isValid() || options.today < QDate(2021, 7, 1)
        || options.today > QDate(2099, 12, 31))
        return usage(tr("--today takes a date from 2021-07-01 on, written YYYY-MM-DD."));

    const QString path = parser.value(db);
    try {
        if (holdsDossiers(path))
            return failure(tr("%1 already holds dossiers; choose a new file.").arg(path));
        QElapsedTimer timer;
        timer.start();
        const auto database = Database::open(path, Database::Mode::CreateOrOpen);
        const DemoSummary summary = DemoGenerator::generate(*database, options);
        const double seconds = timer.elapsed() / 1000.0;

        out() << tr("Demo data for %1: %2 scale, seed %3, records up to %4.")
                     .arg(summary.commissionName, summary.scale)
                     .arg(summary.seed)
                     .arg(options.today.toString(Qt::ISODate))
              << '\n';
        for (auto it = summary.counts.constBegin(); it != summary.counts.constEnd(); ++it)
            out() << QStringLiteral("  %1 %2").arg(it.key(), -30).arg(it.value(), 9) << '\n';
        out() << tr("%1 records in %2 s.").arg(summary.records).arg(seconds, 0, 'f', 1) << '\n'
              << tr("Scenario cadres (id, name, unit, opinion category as of 2026-11-20):") << '\n';
        for (const DemoFixtureInfo &fixture : summary.fixtures)
            out() << QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                         .arg(fixture.cadreId)
                         .arg(fixture.name, fixture.unit)
                         .arg(fixture.category)
                         .arg(fixture.story)
                  << '\n';
        if (!summary.accounts.isEmpty())
            out() << tr("Accounts, one per role, each with the password demo: %1")
                         .arg(summary.accounts.join(QStringLiteral(", ")))
                  << '\n';
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
