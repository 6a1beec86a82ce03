#include "printcontroller.h"

#include "domain/dataerror.h"
#include "dossier/casefileloader.h"
#include "reports/dossiersummary.h"
#include "reports/printaudit.h"
#include "reports/reviewpapers.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

// The papers of case review, printed and exported like the other papers: previewed, audited
// once per subject named, with the page decoration of the commission.
namespace ReviewPaperPrinting {

struct Made
{
    QString title;
    std::shared_ptr<QTextDocument> document;
    QList<qint64> cadreIds;
};

Made make(const Database &database, qint64 caseId, int paper, qint64 cadreId)
{
    const CaseFile file = CaseFileLoader(database).load(caseId);
    const auto which = ReviewPapers::Paper(paper);
    const CaseFile::Subject *subject
        = ReviewPapers::perSubject(which) ? file.subject(cadreId) : nullptr;
    if (!ReviewPapers::available(which, file, subject))
        throw DataError(PrintController::tr("There is nothing to print in this paper yet: a "
                                            "decision needs a proposed party or government "
                                            "sanction, and a subject's paper a subject."));
    Made made;
    made.title = ReviewPapers::title(which, file, subject);
    made.document
        = ReviewPapers::build(which, file, subject, DossierSummary(database).commissionName());
    if (subject)
        made.cadreIds << subject->cadreId;
    else
        for (const CaseFile::Subject &each : file.subjects)
            made.cadreIds << each.cadreId;
    return made;
}

} // namespace ReviewPaperPrinting

void PrintController::previewReviewPaper(qint64 caseId, int paper, qint64 cadreId)
{
    if (!m_database)
        return;
    try {
        const ReviewPaperPrinting::Made made
            = ReviewPaperPrinting::make(*m_database, caseId, paper, cadreId);
        const int pages = showPreview(
            1, [&made](int) -> std::shared_ptr<QTextDocument> { return made.document; });
        if (pages >= 0)
            PrintAudit::record(*m_database, QStringLiteral("print"),
                               ReviewPapers::auditName(ReviewPapers::Paper(paper)), caseId,
                               made.cadreIds, m_printer->printerName(), pages);
    } catch (const DataError &error) {
        showError(error.message());
    }
}

int PrintController::writeReviewPaperPdf(qint64 caseId, int paper, qint64 cadreId,
                                         const QString &path)
{
    if (!m_database)
        throw DataError(tr("Open a database first."));
    const ReviewPaperPrinting::Made made
        = ReviewPaperPrinting::make(*m_database, caseId, paper, cadreId);
    const int pages
        = ReportRenderer::writePdf(path, {made.document.get()}, decoration(), pdfInfo(made.title));
    PrintAudit::record(*m_database, QStringLiteral("export"),
                       ReviewPapers::auditName(ReviewPapers::Paper(paper)), caseId, made.cadreIds,
                       path, pages);
    return pages;
}

void PrintController::exportReviewPaper(qint64 caseId, int paper, qint64 cadreId)
{
    if (!m_database)
        return;
    try {
        const QString title = ReviewPaperPrinting::make(*m_database, caseId, paper, cadreId).title;
        const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(title + QStringLiteral(".pdf"));
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export to PDF"), suggested,
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            writeReviewPaperPdf(caseId, paper, cadreId, path);
    } catch (const DataError &error) {
        showError(error.message());
    }
}
