#pragma once

#include "reports/dossiersummary.h"
#include "reports/reportrenderer.h"

#include <QList>
#include <QObject>

#include <memory>

class Database;
class QPrinter;
class QWidget;

// Printing from the window: dossier summaries previewed, printed on paper or exported to PDF,
// for one dossier or a multi-selection of the directory, a batch with progress and cancel.
// Owns the printer, whose choice and page set-up are remembered between runs. Every print and
// export is written to the audit trail; a cancelled batch prints or writes nothing.
class PrintController : public QObject
{
    Q_OBJECT

public:
    explicit PrintController(QWidget *window);
    ~PrintController() override;

    void setDatabase(Database *database);
    SummaryOptions options() const { return m_options; }
    void setOptions(const SummaryOptions &options) { m_options = options; }
    // The printing user's name and the time across each page.
    bool watermark() const { return m_watermark; }
    void setWatermark(bool watermark) { m_watermark = watermark; }
    // Exported PDFs as PDF/A-1b.
    bool archival() const { return m_archival; }
    void setArchival(bool archival) { m_archival = archival; }
    QPrinter &printer() { return *m_printer; }

    // With dialogs; failures are shown in a message box.
    void preview(const QList<qint64> &cadreIds);
    void print(const QList<qint64> &cadreIds);
    void exportPdf(const QList<qint64> &cadreIds);
    void pageSetup();
    void chooseOptions();
    // The integrity-opinion reply of a stored batch, with its working papers.
    void previewReply(qint64 batchId);
    void exportReply(qint64 batchId);
    // A paper of case review (ReviewPapers::Paper): of the whole case, or of one subject.
    void previewReviewPaper(qint64 caseId, int paper, qint64 cadreId);
    void exportReviewPaper(qint64 caseId, int paper, qint64 cadreId);

    // The same work without dialogs. Return the pages, or -1 when keepGoing cancelled the
    // batch; throw DataError when a summary cannot be made or the file not written.
    int printTo(QPrinter &printer, const QList<qint64> &cadreIds,
                const ReportRenderer::Progress &keepGoing = {});
    int writePdf(const QString &path, const QList<qint64> &cadreIds,
                 const ReportRenderer::Progress &keepGoing = {});
    int writeReplyPdf(qint64 batchId, const QString &path);
    int writeReviewPaperPdf(qint64 caseId, int paper, qint64 cadreId, const QString &path);

private:
    ReportRenderer::DocumentSource summaries(const QList<qint64> &cadreIds) const;
    // Shows `source` in the preview dialog; returns the pages when they were sent to the
    // printer, -1 when the preview was closed.
    int showPreview(int count, const ReportRenderer::DocumentSource &source);
    PageDecoration decoration() const;
    PdfInfo pdfInfo(const QString &title) const;
    // Runs `work` under a progress dialog with a Cancel button, over `parent` (else the window).
    int withProgress(const QString &label, int count,
                     const std::function<int(const ReportRenderer::Progress &)> &work,
                     QWidget *parent = nullptr);
    void showError(const QString &message);

    QWidget *m_window;
    Database *m_database = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    SummaryOptions m_options;
    bool m_watermark = false;
    bool m_archival = false;
};
