#pragma once

class QPrinter;

// A printer set to print to a PDF file writes the file through Qt's PDF writer, whose text
// layer needs the same mending as the program's own PDFs (see PdfTextLayer).
namespace PrintedPdf {

// Mends the file `printer` has just written, when it prints to a PDF file; else does nothing.
// Throws DataError when the file cannot be rewritten.
void mend(const QPrinter &printer);

} // namespace PrintedPdf
