#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>

namespace Commands {

int stats(const QStringList &arguments)
{
    using namespace CommandLine;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Commands", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The year's work statistics."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption year(QStringLiteral("year"), tr("The year, e.g. 2025."),
                                  QStringLiteral("year"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON."));
    parser.addOptions({db, year, json});
    if (!parse(parser, arguments) || !requireOption(parser, db) || !requireOption(parser, year))
        return UsageError;
    bool ok = false;
    const int value = parser.value(year).toInt(&ok);
    if (!ok || value < 1949 || value > 9999)
        return usage(tr("--year takes a year such as 2025."));
    try {
        const auto database = openDatabase(parser, true);
        const YearlyStatistics statistics = StatisticsService(*database).year(value);
        if (parser.isSet(json)) {
            out() << QJsonDocument(statistics.toJson()).toJson(QJsonDocument::Indented);
        } else {
            out() << tr("Work statistics for %1").arg(value) << '\n';
            for (const QString &key : YearlyStatistics::keys())
                out() << key << '\t' << statistics.counts.value(key) << '\n';
            out() << "top_leader_cases_change\t"
                  << (statistics.topLeaderCasesChange
                          ? QString::number(*statistics.topLeaderCasesChange * 100, 'f', 1)
                                + QLatin1Char('%')
                          : tr("n/a"))
                  << '\n';
            for (int form = 1; form <= 4; ++form)
                out() << "four_forms." << form << '\t' << statistics.fourForms[form - 1] << '\n';
        }
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
