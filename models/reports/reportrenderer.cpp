#include "reportrenderer.h"

#include "domain/dataerror.h"
#include "pdftextlayer.h"
#include "reportfonts.h"
#include "reportpagination.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextDocument>

namespace {

constexpr double millimetresPerInch = 25.4;

double perMillimetre(const QPaintDevice &device)
{
    return device.logicalDpiX() / millimetresPerInch;
}

QRectF textBlock(const QPagedPaintDevice &device)
{
    const QMarginsF margins = ReportRenderer::marginsMillimetres() * perMillimetre(device);
    return QRectF(0, 0, device.width(), device.height()) - margins;
}

QFont fontOf(ReportFonts::Role role, double points, QPaintDevice *device)
{
    return QFont(ReportFonts::font(role, points), device);
}

void paintWatermark(QPainter &painter, const QRectF &page, const QString &text)
{
    painter.save();
    painter.setFont(fontOf(ReportFonts::Role::Title, 22, painter.device()));
    painter.setPen(QColor(0, 0, 0, 28));
    painter.translate(page.center());
    painter.rotate(-35);
    const double step = page.height() / 4;
    for (int row = -2; row <= 2; ++row) {
        const QRectF line(-page.width(), row * step - step / 2, 2 * page.width(), step);
        painter.drawText(line, Qt::AlignCenter, text);
    }
    painter.restore();
}

void paintFrame(QPainter &painter, const QRectF &block, const PageDecoration &decoration, int page,
                int pages)
{
    const double millimetre = perMillimetre(*painter.device());
    painter.save();
    painter.setPen(Qt::black);
    if (!decoration.marking.isEmpty()) {
        painter.setFont(fontOf(ReportFonts::Role::Heading, 16, painter.device()));
        const QRectF header(block.left(), block.top() - 16 * millimetre, block.width(),
                            10 * millimetre);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, decoration.marking);
    }
    painter.setFont(fontOf(ReportFonts::Role::Table, 14, painter.device()));
    const QRectF footer(block.left(), block.bottom() + 7 * millimetre, block.width(),
                        10 * millimetre);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                     QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages));
    if (!decoration.verificationCode.isEmpty()) {
        painter.setFont(fontOf(ReportFonts::Role::Table, 9, painter.device()));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("核验码 %1").arg(decoration.verificationCode));
    }
    painter.restore();
}

} // namespace

QMarginsF ReportRenderer::marginsMillimetres()
{
    return QMarginsF(28, 37, 26, 35);
}

void ReportRenderer::setUpDevice(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

int ReportRenderer::render(const QTextDocument &document, QPagedPaintDevice &device,
                           QPainter &painter, const PageDecoration &decoration, bool first)
{
    const QRectF block = textBlock(device);
    const std::vector<ReportPagination::Part> parts
        = ReportPagination::parts(document, &device, block.size());
    int pages = 0;
    for (const ReportPagination::Part &part : parts)
        pages += part.pages;
    const QRectF sheet(0, 0, device.width(), device.height());
    // A block's spacing may reach a little over the page's edge: only blocks that really
    // print on a page are drawn, so none is drawn (clipped away, but still in the PDF's
    // text) on the neighbouring page too.
    const double edge = 2 * perMillimetre(device);
    int page = 0;
    for (const ReportPagination::Part &part : parts) {
        for (int partPage = 0; partPage < part.pages; ++partPage, ++page) {
            if (!first || page > 0)
                device.newPage();
            if (!decoration.watermark.isEmpty())
                paintWatermark(painter, sheet, decoration.watermark);
            painter.save();
            painter.translate(block.left(), block.top() - partPage * block.height());
            const QRectF visible(0, partPage * block.height(), block.width(), block.height());
            painter.setClipRect(visible);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = visible.adjusted(0, edge, 0, -edge);
            context.palette.setColor(QPalette::Text, Qt::black);
            part.document->documentLayout()->draw(&painter, context);
            painter.restore();
            paintFrame(painter, block, decoration, page + 1, pages);
        }
    }
    return pages;
}

int ReportRenderer::paintBatch(QPagedPaintDevice &device, QPainter &painter, int count,
                               const DocumentSource &source, const PageDecoration &decoration,
                               const Progress &keepGoing)
{
    ReportFonts::ensureAvailable();
    int pages = 0;
    for (int index = 0; index < count; ++index) {
        const std::shared_ptr<QTextDocument> document = source(index);
        pages += render(*document, device, painter, decoration, index == 0);
        if (keepGoing && !keepGoing(index + 1))
            return -1;
    }
    return pages;
}

int ReportRenderer::writePdf(const QString &path, const QVector<QTextDocument *> &documents,
                             const PageDecoration &decoration, const PdfInfo &info)
{
    // The caller owns the documents: the batch gets pointers that do not delete them.
    return writePdf(
        path, int(documents.size()),
        [&](int index) { return std::shared_ptr<QTextDocument>(documents[index], [](auto *) {}); },
        decoration, info);
}

int ReportRenderer::writePdf(const QString &path, int count, const DocumentSource &source,
                             const PageDecoration &decoration, const PdfInfo &info,
                             const Progress &keepGoing)
{
    const auto cannotWrite = [&](const QString &reason) {
        return DataError(
            QCoreApplication::translate("ReportRenderer", "Cannot write %1: %2").arg(path, reason));
    };
    ReportFonts::ensureAvailable();
    // Qt writes the PDF beside its destination first; its text layer is mended on the way into
    // the destination, which appears whole or not at all.
    QTemporaryFile written(QFileInfo(path).absolutePath() + QStringLiteral("/.pdf-XXXXXX"));
    if (!written.open())
        throw cannotWrite(written.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&written);
        writer.setResolution(300);
        writer.setTitle(info.title);
        writer.setCreator(QCoreApplication::applicationName());
        if (info.archival)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        setUpDevice(writer);
        QPainter painter(&writer);
        pages = paintBatch(writer, painter, count, source, decoration, keepGoing);
    }
    if (pages < 0)
        return -1;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw cannotWrite(file.errorString());
    if (!written.seek(0) || !PdfTextLayer::mend(written, file, info.author))
        throw cannotWrite(
            QCoreApplication::translate("ReportRenderer", "the printed text could not be mended"));
    if (!file.commit())
        throw cannotWrite(file.errorString());
    return pages;
}
