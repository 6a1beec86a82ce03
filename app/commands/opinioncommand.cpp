#include "access/access.h"
#include "commandline.h"
#include "commands.h"
#include "directory/cadredirectory.h"
#include "domain/dataerror.h"
#include "dossier/opinionservice.h"
#include "reports/dossiersummary.h"
#include "reports/opinionbatch.h"
#include "reports/opinionreply.h"
#include "reports/printaudit.h"
#include "reports/reportfonts.h"
#include "reports/reportrenderer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>

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

// Stores the batch answering the request, and writes its reply letter when `pdf` is given.
qint64 storeBatch(Database &database, const OpinionRequest &request, const QList<qint64> &ids,
                  const QString &pdf, bool archival)
{
    // Refused before anything is stored: a batch without its letter would change the database.
    if (!pdf.isEmpty())
        ReportFonts::ensureAvailable();
    OpinionBatches batches(database);
    const qint64 batchId = batches.create(request, ids);
    if (pdf.isEmpty())
        return batchId;
    const OpinionBatch batch = batches.load(batchId);
    const DossierSummary settings(database);
    const auto letter = OpinionReply::build(batch, settings.commissionName());
    PageDecoration decoration;
    decoration.marking = settings.confidentialityMarking();
    decoration.verificationCode = PrintAudit::verificationCode(database);
    const int pages = ReportRenderer::writePdf(
        pdf, {letter.get()}, decoration,
        PdfInfo(OpinionReply::title(batch), settings.commissionName(), archival));
    PrintAudit::record(database, QStringLiteral("export"), QStringLiteral("opinion_reply"), batchId,
                       ids, pdf, pages);
    return batchId;
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
    const QCommandLineOption purpose(
        QStringLiteral("purpose"),
        tr("What the opinions are for (e.g. 干部拟提拔任用); stores the batch of answers."),
        QStringLiteral("text"));
    const QCommandLineOption requester(QStringLiteral("requester"),
                                       tr("Who asked for the opinions; the county party "
                                          "committee's organization department if not given."),
                                       QStringLiteral("text"));
    const QCommandLineOption requestNumber(QStringLiteral("request-number"),
                                           tr("The number of the request letter."),
                                           QStringLiteral("text"));
    const QCommandLineOption requestDate(QStringLiteral("request-date"),
                                         tr("The date of the request (YYYY-MM-DD); the --as-of "
                                            "date if not given."),
                                         QStringLiteral("date"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 tr("Write the reply letter with its working papers to this PDF "
                                    "(needs --purpose)."),
                                 QStringLiteral("file"));
    const QCommandLineOption archival(QStringLiteral("pdfa"),
                                      tr("Write the PDF as PDF/A-1b, for archiving."));
    parser.addOptions(
        {db, cadre, asOf, json, purpose, requester, requestNumber, requestDate, pdf, archival});
    if (!parse(parser, arguments) || !requireOption(parser, db) || !requireOption(parser, cadre))
        return UsageError;
    QList<qint64> ids;
    if (!parseIds(parser.value(cadre), &ids))
        return usage(tr("--cadre takes cadre ids separated by commas, e.g. 12,15."));
    const QDate day = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate)
                                         : QDate::currentDate();
    if (!day.isValid())
        return usage(tr("--as-of takes a date as YYYY-MM-DD."));
    if (parser.isSet(pdf) && !parser.isSet(purpose))
        return usage(tr("--pdf needs --purpose: a reply answers a request for a purpose."));
    OpinionRequest request;
    request.purpose = parser.value(purpose).trimmed();
    request.requester = parser.isSet(requester) ? parser.value(requester).trimmed()
                                                : QString::fromUtf8("县委组织部");
    request.requestNumber = parser.value(requestNumber).trimmed();
    request.asOf = day;
    request.replyDate = day;
    request.requestDate = parser.isSet(requestDate)
                              ? QDate::fromString(parser.value(requestDate), Qt::ISODate)
                              : day;
    if (!request.requestDate.isValid() || request.requestDate > day)
        return usage(tr("--request-date takes a date as YYYY-MM-DD, not after --as-of."));
    if (parser.isSet(purpose) && (request.purpose.isEmpty() || request.requester.isEmpty()))
        return usage(tr("--purpose and --requester must not be empty."));
    try {
        const auto database = openDatabase(parser, !parser.isSet(purpose));
        // Refused (and audited) before any cadre is looked up.
        Access::require(*database, Permission::ReadDossiers);
        const OpinionService service(*database);
        const CadreDirectory directory(*database);
        QJsonArray answers;
        for (const qint64 id : ids) {
            const QString name = directory.nameOf(id);
            if (name.isEmpty())
                return failure(tr("There is no cadre with id %1.").arg(id));
            const OpinionResult result = service.decide(id, day);
            QJsonValue until = QJsonValue::Null;
            if (result.permanent)
                until = QStringLiteral("permanent");
            else if (result.impactUntil)
                until = result.impactUntil->toString(Qt::ISODate);
            answers.append(
                QJsonObject{{QStringLiteral("cadre_id"), id},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("category"), result.category},
                            {QStringLiteral("label"), result.label},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(result.reasons)},
                            {QStringLiteral("impact_until"), until}});
        }
        const qint64 batchId
            = parser.isSet(purpose)
                  ? storeBatch(*database, request, ids, parser.value(pdf), parser.isSet(archival))
                  : 0;
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
            if (batchId > 0)
                out() << tr("Stored as opinion batch %1.").arg(batchId) << '\n';
        }
        out().flush();
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
