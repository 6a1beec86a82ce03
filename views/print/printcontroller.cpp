#include "printcontroller.h"

#include "printedpdf.h"

#include "previewguard.h"
#include "printsettings.h"
#include "summaryoptionsdialog.h"
#include "templatesettings.h"

#include "domain/dataerror.h"
#include "reports/opinionbatch.h"
#include "reports/opinionreply.h"
#include "reports/printaudit.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPaintEngine>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>

namespace {

// Papers are laid out at 300 dpi on every device, so a preview shows what the PDF holds.
constexpr int layoutResolution = 300;

void prepare(QPrinter &printer)
{
    printer.setResolution(layoutResolution);
    // The renderer draws the GB/T 9704 margins itself, from the sheet's edge.
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace

PrintController::PrintController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    PrintSettings::restore(*m_printer);
    prepare(*m_printer);
}

PrintController::~PrintController() = default;

void PrintController::setDatabase(Database *database)
{
    m_database = database;
    if (m_database)
        TemplateSettings::moveToDatabase(*m_database);
}

PageDecoration PrintController::decoration() const
{
    PageDecoration decoration;
    if (!m_database)
        return decoration;
    decoration.marking = DossierSummary(*m_database).confidentialityMarking();
    decoration.verificationCode = PrintAudit::verificationCode(*m_database);
    if (m_watermark)
        decoration.watermark
            = m_database->actorName() + QLatin1Char(' ')
              + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return decoration;
}

PdfInfo PrintController::pdfInfo(const QString &title) const
{
    return PdfInfo(title, DossierSummary(*m_database).commissionName(), m_archival);
}

ReportRenderer::DocumentSource PrintController::summaries(const QList<qint64> &cadreIds) const
{
    if (!m_database)
        throw DataError(tr("Open a database first."));
    const Database *database = m_database;
    const QString compiler = m_database->actorName();
    const SummaryOptions options = m_options;
    const QDate today = QDate::currentDate();
    return [=](int index) -> std::shared_ptr<QTextDocument> {
        return DossierSummary(*database).build(cadreIds.at(index), today, options, compiler);
    };
}

int PrintController::printTo(QPrinter &printer, const QList<qint64> &cadreIds,
                             const ReportRenderer::Progress &keepGoing)
{
    const auto source = summaries(cadreIds);
    prepare(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        throw DataError(tr("The printer %1 cannot be used.").arg(printer.printerName()));
    const int pages = ReportRenderer::paintBatch(printer, painter, int(cadreIds.size()), source,
                                                 decoration(), keepGoing);
    if (pages < 0)
        printer.abort();
    painter.end();
    if (pages >= 0)
        PrintedPdf::mend(printer);
    if (pages >= 0) {
        const QString destination = printer.outputFormat() == QPrinter::PdfFormat
                                        ? printer.outputFileName()
                                        : printer.printerName();
        PrintAudit::record(*m_database, QStringLiteral("print"), QStringLiteral("dossier_summary"),
                           0, cadreIds, destination, pages);
    }
    return pages;
}

int PrintController::writePdf(const QString &path, const QList<qint64> &cadreIds,
                              const ReportRenderer::Progress &keepGoing)
{
    const auto source = summaries(cadreIds);
    const QString title = cadreIds.size() == 1 ? DossierSummary(*m_database).title(cadreIds.first())
                                               : tr("Dossier summaries");
    const int pages = ReportRenderer::writePdf(path, int(cadreIds.size()), source, decoration(),
                                               pdfInfo(title), keepGoing);
    if (pages >= 0)
        PrintAudit::record(*m_database, QStringLiteral("export"), QStringLiteral("dossier_summary"),
                           0, cadreIds, path, pages);
    return pages;
}

int PrintController::withProgress(const QString &label, int count,
                                  const std::function<int(const ReportRenderer::Progress &)> &work,
                                  QWidget *parent)
{
    QProgressDialog progress(label, tr("Cancel"), 0, count, parent ? parent : m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const int pages = work([&](int done) {
        progress.setValue(done);
        progress.setLabelText(tr("%1 (%2 of %3)").arg(label).arg(done).arg(count));
        return !progress.wasCanceled();
    });
    progress.reset();
    return pages;
}

void PrintController::showError(const QString &message)
{
    QMessageBox::warning(m_window, tr("Printing"), message);
}

int PrintController::showPreview(int count, const ReportRenderer::DocumentSource &source)
{
    QPrintPreviewDialog dialog(m_printer.get(), m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    int pages = 0;
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *printer) {
        // The preview records its pages as pictures; its Print button paints on the printer.
        const bool printing = printer->paintEngine()->type() != QPaintEngine::Picture;
        try {
            prepare(*printer);
            QPainter painter(printer);
            const auto paint = [&](const ReportRenderer::Progress &keepGoing) {
                const int painted = ReportRenderer::paintBatch(*printer, painter, count, source,
                                                               decoration(), keepGoing);
                // A printer that prints to a file writes it as the painting ends.
                if (printing && painted >= 0 && painter.end())
                    PrintedPdf::mend(*printer);
                return painted;
            };
            // Printing from the preview, and the preview's own pages, show their progress and
            // may be cancelled. Printing then prints nothing; the preview closes. While its
            // pages are made, the preview is kept from painting and from the user's clicks:
            // the progress dialog runs the event loop, and the preview would paint, or start
            // again, pages it is still making.
            if (printing) {
                pages = withProgress(tr("Printing dossier summaries…"), count, paint, &dialog);
                if (pages < 0)
                    printer->abort();
            } else {
                const PreviewGuard guard(&dialog);
                pages = withProgress(tr("Preparing the print preview…"), count, paint, &dialog);
                if (pages < 0)
                    QTimer::singleShot(0, &dialog, &QDialog::reject);
            }
        } catch (const DataError &error) {
            failure = error.message();
        }
    });
    // The dialog is accepted when its Print button sent the pages to the printer.
    const bool printed = dialog.exec() == QDialog::Accepted;
    PrintSettings::remember(*m_printer);
    if (!failure.isEmpty()) {
        showError(failure);
        return -1;
    }
    return printed ? pages : -1;
}

void PrintController::preview(const QList<qint64> &cadreIds)
{
    if (cadreIds.isEmpty() || !m_database)
        return;
    try {
        const int pages = showPreview(int(cadreIds.size()), summaries(cadreIds));
        if (pages >= 0)
            PrintAudit::record(*m_database, QStringLiteral("print"),
                               QStringLiteral("dossier_summary"), 0, cadreIds,
                               m_printer->printerName(), pages);
    } catch (const DataError &error) {
        showError(error.message());
    }
}

void PrintController::previewReply(qint64 batchId)
{
    if (!m_database)
        return;
    try {
        const OpinionBatch batch = OpinionBatches(*m_database).load(batchId);
        const QString commission = DossierSummary(*m_database).commissionName();
        const int pages = showPreview(1, [&](int) -> std::shared_ptr<QTextDocument> {
            return OpinionReply::build(batch, commission);
        });
        if (pages >= 0)
            PrintAudit::record(*m_database, QStringLiteral("print"),
                               QStringLiteral("opinion_reply"), batchId, batch.cadreIds(),
                               m_printer->printerName(), pages);
    } catch (const DataError &error) {
        showError(error.message());
    }
}

int PrintController::writeReplyPdf(qint64 batchId, const QString &path)
{
    if (!m_database)
        throw DataError(tr("Open a database first."));
    const OpinionBatch batch = OpinionBatches(*m_database).load(batchId);
    const auto letter = OpinionReply::build(batch, DossierSummary(*m_database).commissionName());
    const int pages = ReportRenderer::writePdf(path, {letter.get()}, decoration(),
                                               pdfInfo(OpinionReply::title(batch)));
    PrintAudit::record(*m_database, QStringLiteral("export"), QStringLiteral("opinion_reply"),
                       batchId, batch.cadreIds(), path, pages);
    return pages;
}

void PrintController::exportReply(qint64 batchId)
{
    if (!m_database)
        return;
    try {
        const OpinionBatch batch = OpinionBatches(*m_database).load(batchId);
        const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(OpinionReply::title(batch) + QStringLiteral(".pdf"));
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export to PDF"), suggested,
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            writeReplyPdf(batchId, path);
    } catch (const DataError &error) {
        showError(error.message());
    }
}

void PrintController::print(const QList<qint64> &cadreIds)
{
    if (cadreIds.isEmpty() || !m_database)
        return;
    QPrintDialog dialog(m_printer.get(), m_window);
    dialog.setWindowTitle(tr("Print Dossier Summaries"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    PrintSettings::remember(*m_printer);
    try {
        withProgress(tr("Printing dossier summaries…"), int(cadreIds.size()),
                     [&](const ReportRenderer::Progress &keepGoing) {
                         return printTo(*m_printer, cadreIds, keepGoing);
                     });
    } catch (const DataError &error) {
        showError(error.message());
    }
}

void PrintController::exportPdf(const QList<qint64> &cadreIds)
{
    if (cadreIds.isEmpty() || !m_database)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(cadreIds.size() == 1 ? DossierSummary(*m_database).title(cadreIds.first())
                                                   + QStringLiteral(".pdf")
                                             : tr("Dossier summaries.pdf"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export to PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        withProgress(tr("Writing dossier summaries…"), int(cadreIds.size()),
                     [&](const ReportRenderer::Progress &keepGoing) {
                         return writePdf(path, cadreIds, keepGoing);
                     });
    } catch (const DataError &error) {
        showError(error.message());
    }
}

void PrintController::pageSetup()
{
    QPageSetupDialog dialog(m_printer.get(), m_window);
    if (dialog.exec() == QDialog::Accepted) {
        prepare(*m_printer);
        PrintSettings::remember(*m_printer);
    }
}

void PrintController::chooseOptions()
{
    SummaryOptionsDialog dialog(m_database, m_window);
    dialog.setOptions(m_options);
    dialog.setWatermark(m_watermark);
    dialog.setArchival(m_archival);
    if (dialog.exec() == QDialog::Accepted) {
        m_options = dialog.options();
        m_watermark = dialog.watermark();
        m_archival = dialog.archival();
    }
}
