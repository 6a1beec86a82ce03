#include "commandline.h"
#include "commands.h"
#include "domain/dataerror.h"
#include "reports/yearlyreport.h"
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
            // As the printed page says it, in Chinese like every paper: the paragraph, then
            // the figures with last year's and the change, tab-separated.
            const YearlyStatistics previous = StatisticsService(*database).year(value - 1);
            out() << QString::fromUtf8("%1年度纪检监察工作统计").arg(value) << "\n\n"
                  << YearlyReport::paragraph(statistics, previous) << "\n\n";
            out() << QString::fromUtf8("项目\t%1年\t%2年\t增减").arg(value).arg(value - 1) << '\n';
            for (const QString &key : YearlyStatistics::keys()) {
                const qint64 now = statistics.counts.value(key);
                const qint64 before = previous.counts.value(key);
                out() << YearlyReport::figureName(key) << '\t' << now << '\t' << before << '\t'
                      << YearlyReport::change(now, before) << '\n';
            }
            static const char *const forms[] = {"第一种形态（人次）", "第二种形态（人次）",
                                                "第三种形态（人次）", "第四种形态（人次）"};
            for (int form = 0; form < 4; ++form)
                out() << QString::fromUtf8(forms[form]) << '\t' << statistics.fourForms[form]
                      << '\t' << previous.fourForms[form] << '\t'
                      << YearlyReport::change(statistics.fourForms[form], previous.fourForms[form])
                      << '\n';
        }
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
