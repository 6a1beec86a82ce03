#include "printedpdf.h"

#include "reports/pdftextlayer.h"

#include <QFileInfo>
#include <QPrinter>

namespace PrintedPdf {

void mend(const QPrinter &printer)
{
    if (printer.outputFormat() != QPrinter::PdfFormat || printer.outputFileName().isEmpty())
        return;
    if (QFileInfo::exists(printer.outputFileName()))
        PdfTextLayer::mendFile(printer.outputFileName());
}

} // namespace PrintedPdf
