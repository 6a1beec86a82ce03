#include "commandline.h"
#include "commands.h"
#include "dossier/opinionservice.h"
#include "storage/database.h"
#include "storage/dataerror.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

// "12,15,20" → ids; false on anything else.
bool parseIds(const QString &text, QList<qint64> *ids)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids->append(id);
    }
    return !ids->isEmpty();
}

} // namespace

int opinion(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Decide the integrity-opinion category (1-6) of cadres as of a date."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption cadre(QStringLiteral("cadre"), tr("Cadre ids, separated by commas."),
                                   QStringLiteral("ids"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("The date (YYYY-MM-DD); today if not given."),
                                  QStringLiteral("date"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON."));
    parser.addOptions({db, cadre, asOf, json});
    if (!parse(parser, arguments) || !requireOption(parser, db) || !requireOption(parser, cadre))
        return UsageError;
    QList<qint64> ids;
    if (!parseIds(parser.value(cadre), &ids))
        return usage(tr("--cadre takes cadre ids separated by commas, e.g. 12,15."));
    const QDate day = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate)
                                         : QDate::currentDate();
    if (!day.isValid())
        return usage(tr("--as-of takes a date as YYYY-MM-DD."));
    try {
        const auto database = openDatabase(parser, true);
        const QSqlDatabase connection = database->connection();
        const OpinionService service(connection);
        QJsonArray answers;
        for (const qint64 id : ids) {
            const QVariant name = Sql::scalar(
                connection, QStringLiteral("SELECT name FROM cadres WHERE id = ?"), {id});
            if (!name.isValid())
                return failure(tr("There is no cadre with id %1.").arg(id));
            const OpinionResult result = service.decide(id, day);
            QJsonValue until = QJsonValue::Null;
            if (result.permanent)
                until = QStringLiteral("permanent");
            else if (result.impactUntil)
                until = result.impactUntil->toString(Qt::ISODate);
            answers.append(
                QJsonObject{{QStringLiteral("cadre_id"), id},
                            {QStringLiteral("name"), name.toString()},
                            {QStringLiteral("category"), result.category},
                            {QStringLiteral("label"), result.label},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(result.reasons)},
                            {QStringLiteral("impact_until"), until}});
        }
        if (parser.isSet(json)) {
            out() << QJsonDocument(answers).toJson(QJsonDocument::Indented);
        } else {
            for (const QJsonValue &value : answers) {
                const QJsonObject answer = value.toObject();
                out() << answer.value(QStringLiteral("cadre_id")).toInteger() << '\t'
                      << answer.value(QStringLiteral("name")).toString() << '\t'
                      << answer.value(QStringLiteral("category")).toInt() << '\t'
                      << answer.value(QStringLiteral("label")).toString() << '\n';
                for (const QJsonValue &reason : answer.value(QStringLiteral("reasons")).toArray())
                    out() << "    " << reason.toString() << '\n';
            }
        }
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
