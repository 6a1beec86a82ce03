#include "commandline.h"
#include "commands.h"
#include "directory/cadredirectory.h"
#include "domain/dataerror.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Commands {

int list(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Commands", "List cadres matching a name, pinyin initials, unit or position."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption search(QStringLiteral("search"),
                                    QCoreApplication::translate("Commands", "The search text."),
                                    QStringLiteral("text"));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("Commands", "At most this many rows (200)."),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Commands", "Write JSON."));
    parser.addOptions({db, search, limit, json});
    if (!parse(parser, arguments) || !requireOption(parser, db))
        return UsageError;
    bool limitOk = false;
    const int maxRows = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxRows <= 0)
        return usage(QCoreApplication::translate("Commands", "--limit takes a positive number."));
    try {
        const auto database = openDatabase(parser, true);
        const CadreDirectory directory(*database);
        CadreFilter filter;
        filter.text = parser.value(search);
        const int total = directory.count(filter);
        const auto rows
            = directory.page(filter, CadreDirectory::SortKey::Name, Qt::AscendingOrder, 0, maxRows);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const CadreRow &row : rows)
                array.append(QJsonObject{{QStringLiteral("cadre_id"), row.id},
                                         {QStringLiteral("dossier_number"), row.dossierNumber},
                                         {QStringLiteral("name"), row.name},
                                         {QStringLiteral("unit"), row.unitName},
                                         {QStringLiteral("position"), row.position},
                                         {QStringLiteral("rank"), row.rank},
                                         {QStringLiteral("top_leader"), row.topLeader}});
            out() << QJsonDocument(QJsonObject{{QStringLiteral("total"), total},
                                               {QStringLiteral("cadres"), array}})
                         .toJson(QJsonDocument::Indented);
        } else {
            for (const CadreRow &row : rows)
                out() << row.id << '\t' << row.dossierNumber << '\t' << row.name << '\t'
                      << row.unitName << '\t' << row.position << '\t' << row.rank << '\n';
            out() << QCoreApplication::translate("Commands", "%1 of %2 cadres shown")
                         .arg(rows.size())
                         .arg(total)
                  << '\n';
        }
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
