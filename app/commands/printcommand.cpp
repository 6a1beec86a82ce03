#include "commandline.h"
#include "commands.h"
#include "directory/cadredirectory.h"
#include "directory/unitdirectory.h"
#include "domain/dataerror.h"
#include "reports/dossiersummary.h"
#include "reports/printaudit.h"
#include "reports/reportrenderer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextDocument>

namespace Commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

QDate dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok)
{
    if (!parser.isSet(option))
        return {};
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    *ok = *ok && date.isValid();
    return date;
}

} // namespace

int print(const QStringList &arguments)
{
    using namespace CommandLine;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the dossier summaries of cadres into one PDF."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption cadre(QStringLiteral("cadre"), tr("Cadre ids, separated by commas."),
                                   QStringLiteral("ids"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("Every cadre of this unit."),
                                  QStringLiteral("id"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("The PDF file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        tr("Sections to print, separated by commas: %1. All when not given.")
            .arg(DossierSummary::sectionKeys().join(QStringLiteral(", "))),
        QStringLiteral("keys"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Leave out records before this date."),
                                  QStringLiteral("date"));
    const QCommandLineOption until(
        QStringLiteral("until"), tr("Leave out records after this date."), QStringLiteral("date"));
    const QCommandLineOption openCluesOnly(QStringLiteral("no-closed-clues"),
                                           tr("Leave out clues that are closed."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("The date of the summary (YYYY-MM-DD); today if not given."),
                                  QStringLiteral("date"));
    const QCommandLineOption watermark(QStringLiteral("watermark"),
                                       tr("Print the user's name and the time across each page."));
    const QCommandLineOption archival(QStringLiteral("pdfa"),
                                      tr("Write the PDF as PDF/A-1b, for archiving."));
    parser.addOptions(
        {db, cadre, unit, pdf, sections, from, until, openCluesOnly, asOf, watermark, archival});
    if (!parse(parser, arguments) || !requireOption(parser, db) || !requireOption(parser, pdf))
        return UsageError;
    if (parser.isSet(cadre) == parser.isSet(unit))
        return usage(tr("Give either --cadre or --unit."));

    QList<qint64> ids;
    if (parser.isSet(cadre)) {
        for (const QString &part :
             parser.value(cadre).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(tr("--cadre takes cadre ids separated by commas, e.g. 12,15."));
            ids << id;
        }
    }
    bool unitOk = true;
    const qint64 unitId = parser.isSet(unit) ? parser.value(unit).toLongLong(&unitOk) : 0;
    if (!unitOk || (parser.isSet(unit) && unitId <= 0))
        return usage(tr("--unit takes a unit id."));

    SummaryOptions options;
    if (parser.isSet(sections)) {
        options.sections = parser.value(sections).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &key : options.sections) {
            key = key.trimmed();
            if (!DossierSummary::sectionKeys().contains(key))
                return usage(
                    tr("Unknown section \"%1\"; the sections are: %2.")
                        .arg(key, DossierSummary::sectionKeys().join(QStringLiteral(", "))));
        }
    }
    bool datesOk = true;
    options.from = dateOption(parser, from, &datesOk);
    options.until = dateOption(parser, until, &datesOk);
    QDate day = dateOption(parser, asOf, &datesOk);
    if (!datesOk)
        return usage(tr("--from, --until and --as-of take a date as YYYY-MM-DD."));
    if (options.from.isValid() && options.until.isValid() && options.from > options.until)
        return usage(tr("--from must not come after --until."));
    if (!day.isValid())
        day = QDate::currentDate();
    options.includeClosedClues = !parser.isSet(openCluesOnly);

    try {
        const auto database = openDatabase(parser);
        if (unitId > 0) {
            if (UnitDirectory(*database).name(unitId).isEmpty())
                return failure(tr("There is no unit with id %1.").arg(unitId));
            for (const qint64 id : CadreDirectory(*database).idsInUnit(unitId))
                ids << id;
            if (ids.isEmpty())
                return failure(tr("The unit with id %1 has no cadres.").arg(unitId));
        }
        const DossierSummary summary(*database);
        std::vector<std::unique_ptr<QTextDocument>> documents;
        QVector<QTextDocument *> pages;
        for (const qint64 id : ids) {
            documents.push_back(summary.build(id, day, options, database->actorName()));
            pages << documents.back().get();
        }
        PageDecoration decoration;
        decoration.marking = summary.confidentialityMarking();
        decoration.verificationCode = PrintAudit::verificationCode(*database);
        if (parser.isSet(watermark))
            decoration.watermark
                = database->actorName() + QLatin1Char(' ')
                  + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString title
            = ids.size() == 1 ? summary.title(ids.first()) : QString::fromUtf8("廉政档案摘要");
        const int pageCount = ReportRenderer::writePdf(
            parser.value(pdf), pages, decoration,
            PdfInfo(title, summary.commissionName(), parser.isSet(archival)));
        PrintAudit::record(*database, QStringLiteral("export"), QStringLiteral("dossier_summary"),
                           0, ids, parser.value(pdf), pageCount);
        out() << tr("Wrote %1 pages about %2 cadres to %3.")
                     .arg(pageCount)
                     .arg(ids.size())
                     .arg(parser.value(pdf))
              << Qt::endl;
        return Ok;
    } catch (const DataError &error) {
        return failure(error.message());
    }
}

} // namespace Commands
