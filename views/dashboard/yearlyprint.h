#pragma once

#include <QString>

class Database;
class QPrinter;
class QTextDocument;
class QWidget;

// The yearly work statistics on paper: printed (through the print preview) or exported to PDF,
// with the commission's confidentiality marking and page numbers, and each print or export
// written to the audit trail as every paper that leaves the program is (PrintAudit).
namespace YearlyPrint {

// Paints the page on `printer` and audits it; returns the pages printed.
int print(QPrinter &printer, const QTextDocument &page, const Database &database, int year);
// Writes the page into a PDF at `path` and audits it; returns the pages written.
int exportPdf(const QString &path, const QTextDocument &page, const Database &database, int year,
              const QString &title);
// The print preview; what its Print button sends to the printer is audited. Returns the pages
// printed, or -1 when nothing was.
int preview(QWidget *parent, const QTextDocument &page, const Database &database, int year);

} // namespace YearlyPrint
