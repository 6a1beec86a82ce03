#pragma once

#include <QMarginsF>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// How every page of a printed paper is dressed: the confidentiality marking in the header,
// "第 N 页 共 M 页" in the footer with the verification code beside it (the audit trail's state
// when the paper was printed, see AuditLog::verificationCode), and an optional light watermark
// (who printed it, when).
struct PageDecoration
{
    QString marking;
    QString watermark;
    QString verificationCode;
};

// What a written PDF says of itself; `archival` writes PDF/A-1b, for archives that keep it.
struct PdfInfo
{
    PdfInfo(const QString &title = QString(), const QString &author = QString(),
            bool archival = false)
        : title(title)
        , author(author)
        , archival(archival)
    {}
    QString title;
    QString author;
    bool archival;
};

// Lays report documents out on paper and paints them, on any paged device: a PDF writer in
// the models and the command line, a printer or the print preview in the window.
class ReportRenderer
{
public:
    // GB/T 9704: top 37 mm, binding (left) 28 mm; on A4 this leaves the 156 × 225 mm text block.
    static QMarginsF marginsMillimetres();
    // A4 portrait, the whole sheet addressable (margins are drawn by the renderer), 300 dpi.
    static void setUpDevice(QPagedPaintDevice &device);

    // Paints `document` from the current page on, starting a new page before it unless it is
    // the first on the device; returns its number of pages. The document is copied to be laid
    // out for the device, not changed.
    static int render(const QTextDocument &document, QPagedPaintDevice &device, QPainter &painter,
                      const PageDecoration &decoration, bool first = true);

    // A batch: the documents are made one at a time (document `index` of `count`), so a
    // thousand dossiers never sit in memory together. `keepGoing(done)` is asked after each;
    // false cancels the batch.
    using DocumentSource = std::function<std::shared_ptr<QTextDocument>(int index)>;
    using Progress = std::function<bool(int done)>;
    // Paints the batch from the device's first page; returns its pages, or -1 when cancelled.
    // Throws DataError, painting nothing, when no Chinese font is installed.
    static int paintBatch(QPagedPaintDevice &device, QPainter &painter, int count,
                          const DocumentSource &source, const PageDecoration &decoration,
                          const Progress &keepGoing = {});

    // Writes the documents into one PDF at `path`, each with its own page numbers; the file
    // appears whole or not at all (a cancelled batch leaves it untouched and returns -1). Its
    // text layer names every character as the documents do (see PdfTextLayer).
    // Throws DataError when it cannot be written, or when no Chinese font is installed.
    static int writePdf(const QString &path, const QVector<QTextDocument *> &documents,
                        const PageDecoration &decoration, const PdfInfo &info);
    static int writePdf(const QString &path, int count, const DocumentSource &source,
                        const PageDecoration &decoration, const PdfInfo &info,
                        const Progress &keepGoing = {});
};
