#include "yearlyprint.h"

#include "domain/dataerror.h"
#include "print/printedpdf.h"
#include "reports/printaudit.h"
#include "reports/reportrenderer.h"
#include "reports/yearlyreport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

#include <memory>

namespace YearlyPrint {

namespace {

const QString report = QStringLiteral("yearly_statistics");

QString tr(const char *text)
{
    return QCoreApplication::translate("YearlyPrint", text);
}

PageDecoration decoration(const Database &database)
{
    PageDecoration decoration;
    decoration.marking = YearlyReport::confidentialityMarking(database.connection());
    decoration.verificationCode = PrintAudit::verificationCode(database);
    return decoration;
}

// Laid out at 300 dpi on every device, with the margins drawn by the renderer, as the other
// papers are, so the preview shows what the PDF holds.
void prepare(QPrinter &printer)
{
    printer.setResolution(300);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

int paint(QPrinter &printer, const QTextDocument &page, const Database &database)
{
    const std::unique_ptr<QTextDocument> copy(page.clone());
    QPainter painter(&printer);
    return ReportRenderer::render(*copy, printer, painter, decoration(database));
}

QString destinationOf(const QPrinter &printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName()
                                                         : printer.printerName();
}

// The statistics are about no one cadre: one entry, for the year.
void audit(const Database &database, const QString &action, int year, const QString &destination,
           int pages)
{
    PrintAudit::record(database, action, report, year, {0}, destination, pages);
}

} // namespace

int print(QPrinter &printer, const QTextDocument &page, const Database &database, int year)
{
    prepare(printer);
    const int pages = paint(printer, page, database);
    PrintedPdf::mend(printer);
    audit(database, QStringLiteral("print"), year, destinationOf(printer), pages);
    return pages;
}

int exportPdf(const QString &path, const QTextDocument &page, const Database &database, int year,
              const QString &title)
{
    const std::unique_ptr<QTextDocument> copy(page.clone());
    const int pages = ReportRenderer::writePdf(path, {copy.get()}, decoration(database), title);
    audit(database, QStringLiteral("export"), year, path, pages);
    return pages;
}

int preview(QWidget *parent, const QTextDocument &page, const Database &database, int year)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Yearly Statistics"));
    int pages = 0;
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *device) {
        try {
            prepare(*device);
            pages = paint(*device, page, database);
        } catch (const DataError &error) {
            failure = error.message();
        }
    });
    // Accepted when its Print button sent the pages to the printer: that paint was the last.
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    if (!failure.isEmpty())
        throw DataError(failure);
    audit(database, QStringLiteral("print"), year, destinationOf(printer), pages);
    return pages;
}

} // namespace YearlyPrint
