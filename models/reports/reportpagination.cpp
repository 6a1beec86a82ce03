#include "reportpagination.h"

#include "reporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace {

// A safety net: every cut leaves something before it, so the parts end by themselves; this
// only bounds the work on a pathological paper.
constexpr int maximumParts = 2000;

// Where a table row may start at the latest and still be moved whole: rows taller than this
// share of a page (with the header rows above them) run on instead.
constexpr double tallestMovedRow = 0.85;

// The extent of lines, from the top of the first to the bottom of the last, in the document's
// coordinates.
struct Extent
{
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();

    void add(const Extent &other)
    {
        top = std::min(top, other.top);
        bottom = std::max(bottom, other.bottom);
    }
    double height() const { return bottom - top; }
};

// Where a paper is cut: before a block of the root frame, before a whole table, or before a
// row of a table (the part after it keeps the table's header rows).
struct Cut
{
    enum class Kind { None, Block, Table, Row };
    Kind kind = Kind::None;
    int position = 0; // the block's position, or the table's first position
    int row = 0;
};

// Pagination moves lines down inside their block, so a block's own rectangle may still start
// on the page before its first line: the lines are what count.
Extent linesOf(const QTextDocument &document, const QTextBlock &block)
{
    const double top = document.documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return {top, top};
    const QTextLine first = layout->lineAt(0);
    const QTextLine last = layout->lineAt(layout->lineCount() - 1);
    return {top + first.y(), top + last.y() + last.height()};
}

int pageOf(const QTextDocument &document, double y)
{
    return int(y / document.pageSize().height());
}

// The first line's page, or the last line's.
int pageOfLine(const QTextDocument &document, const QTextBlock &block, bool last)
{
    const Extent lines = linesOf(document, block);
    return pageOf(document, last ? lines.bottom - 1 : lines.top);
}

bool keepsWithNext(const QTextBlock &block)
{
    return block.blockFormat().boolProperty(ReportHtml::keepWithNextProperty);
}

bool breaksBefore(const QTextFormat &format)
{
    return format.intProperty(QTextFormat::PageBreakPolicy) & QTextFormat::PageBreak_AlwaysBefore;
}

// True when only empty blocks come before `position`: a cut there would make no room.
bool nothingAbove(const QTextDocument &document, int position)
{
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (const QTextFrame *frame = it.currentFrame())
            return frame->firstPosition() - 1 >= position;
        const QTextBlock block = it.currentBlock();
        if (block.position() >= position)
            return true;
        if (block.length() > 1)
            return false;
    }
    return true;
}

// A heading left alone at a page's foot moves to the next page.
Cut loneHeading(const QTextDocument &document, const QTextBlock &block)
{
    const QTextBlock next = block.next();
    if (!next.isValid() || !keepsWithNext(block) || breaksBefore(block.blockFormat())
        || nothingAbove(document, block.position())
        || pageOfLine(document, block, true) == pageOfLine(document, next, false))
        return {};
    return {Cut::Kind::Block, block.position()};
}

// The lines of one table row, over all its cells.
Extent rowLines(const QTextDocument &document, const QTextTable &table, int row)
{
    Extent extent;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue;
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (it.currentBlock().isValid())
                extent.add(linesOf(document, it.currentBlock()));
        }
    }
    return extent;
}

// The block right before a frame of the root frame; invalid when the frame comes first.
QTextBlock blockBefore(const QTextDocument &document, const QTextFrame *frame)
{
    QTextBlock previous;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame() == frame)
            return previous;
        if (it.currentBlock().isValid())
            previous = it.currentBlock();
    }
    return {};
}

// A table whose first row would run over the page's foot moves to the next page whole, with
// the heading kept with it; none when there is nothing above it on its page to make room.
Cut wholeTable(const QTextDocument &document, const QTextTable &table, const Extent &firstRow)
{
    if (breaksBefore(table.format()))
        return {};
    const QTextBlock before = blockBefore(document, &table);
    const int page = pageOf(document, firstRow.top);
    if (!before.isValid() || pageOfLine(document, before, true) != page)
        return {};
    if (keepsWithNext(before)) {
        const QTextBlock heading = before;
        const QTextBlock above = heading.previous();
        if (breaksBefore(heading.blockFormat()) || !above.isValid()
            || nothingAbove(document, heading.position())
            || pageOfLine(document, above, true) != page)
            return {};
        return {Cut::Kind::Block, heading.position()};
    }
    if (nothingAbove(document, table.firstPosition() - 1))
        return {};
    return {Cut::Kind::Table, table.firstPosition()};
}

// The table's first row that runs from one page onto the next but would fit on one, or that
// starts a page in the middle of the table: the next part begins with it.
Cut rowCut(const QTextDocument &document, const QTextTable &table)
{
    if (table.rows() == 0)
        return {};
    const int headers = std::min(table.format().headerRowCount(), table.rows() - 1);
    Extent header;
    for (int row = 0; row < headers; ++row)
        header.add(rowLines(document, table, row));
    const double headerHeight = headers > 0 ? header.height() : 0;
    const Cut beforeRow{Cut::Kind::Row, table.firstPosition(), 0};
    Extent previous;
    for (int row = headers; row < table.rows(); ++row) {
        const Extent lines = rowLines(document, table, row);
        // A row the layout moved to the next page leaves the row before it stretched to the
        // page's foot, without its bottom rule: the table is cut there too.
        if (row > headers && pageOf(document, lines.top) != pageOf(document, previous.bottom - 1))
            return {beforeRow.kind, beforeRow.position, row};
        previous = lines;
        if (pageOf(document, lines.top) == pageOf(document, lines.bottom - 1))
            continue;
        if (lines.height() + headerHeight > tallestMovedRow * document.pageSize().height())
            continue; // taller than a page: it runs on whatever is done
        if (row > headers)
            return {beforeRow.kind, beforeRow.position, row};
        const Cut cut = wholeTable(document, table, lines);
        if (cut.kind != Cut::Kind::None)
            return cut;
    }
    return {};
}

// The first heading or table row, in the document's order, that needs a page break. Only the
// document up to it is laid out.
Cut firstCut(const QTextDocument &document)
{
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        Cut cut;
        if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame()))
            cut = rowCut(document, *table);
        else if (it.currentBlock().isValid())
            cut = loneHeading(document, it.currentBlock());
        if (cut.kind != Cut::Kind::None)
            return cut;
    }
    return {};
}

QTextTable *tableAt(QTextDocument &document, int position)
{
    QTextCursor cursor(&document);
    cursor.setPosition(position);
    return cursor.currentTable();
}

// An empty block that takes no room: what is left before a table that opens a part, or after
// the last text of a part.
void takeNoRoom(const QTextBlock &block)
{
    QTextBlockFormat format;
    format.setLineHeight(0, QTextBlockFormat::FixedHeight);
    QTextCursor(block).setBlockFormat(format);
}

// Keeps what comes before the cut.
void keepBefore(QTextDocument &part, const Cut &cut)
{
    QTextCursor cursor(&part);
    if (cut.kind == Cut::Kind::Block) {
        cursor.setPosition(cut.position);
    } else {
        QTextTable *table = tableAt(part, cut.position);
        const int start = table->firstPosition() - 1;
        table->removeRows(cut.row, table->rows() - cut.row); // all of them: the table goes
        cursor.setPosition(cut.kind == Cut::Kind::Row ? table->lastPosition() + 1 : start);
    }
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (part.lastBlock().length() <= 1)
        takeNoRoom(part.lastBlock());
}

// Keeps the cut and what comes after it.
void keepFrom(QTextDocument &rest, const Cut &cut)
{
    QTextCursor cursor(&rest);
    if (cut.kind == Cut::Kind::Block) {
        const QTextBlock block = rest.findBlock(cut.position);
        const QTextBlockFormat format = block.blockFormat();
        const QTextCharFormat charFormat = block.charFormat();
        cursor.setPosition(cut.position, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(charFormat);
        return;
    }
    QTextTable *table = tableAt(rest, cut.position);
    const int headers = std::min(table->format().headerRowCount(), cut.row);
    if (cut.row > headers)
        table->removeRows(headers, cut.row - headers);
    cursor.setPosition(table->firstPosition() - 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    takeNoRoom(rest.firstBlock());
}

// A copy to cut, with its layout off (a null page size) until it is laid out: edits and copies
// of a document that is laid out lay it out again, or to its end.
std::shared_ptr<QTextDocument> copyOf(const QTextDocument &document)
{
    std::shared_ptr<QTextDocument> copy(document.clone());
    copy->setUndoRedoEnabled(false);
    copy->setPageSize(QSizeF(0, 0));
    return copy;
}

// Lays `part` out from its top (lazily, as far as it is asked about).
void layOut(QTextDocument &part, QPaintDevice *device, const QSizeF &pageSize)
{
    part.documentLayout()->setPaintDevice(device);
    part.setPageSize(pageSize);
}

// The pages up to the part's last text: the empty block left at its end does not count, even
// where the margin below a table pushes it onto the next page.
int pagesUpToText(const QTextDocument &part)
{
    double bottom = 0;
    for (auto it = part.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame())) {
            if (table->rows() > 0)
                bottom = std::max(bottom, rowLines(part, *table, table->rows() - 1).bottom);
        } else if (it.currentBlock().isValid() && it.currentBlock().length() > 1) {
            bottom = std::max(bottom, linesOf(part, it.currentBlock()).bottom);
        }
    }
    return bottom > 0 ? pageOf(part, bottom - 1) + 1 : 1;
}

// Where a trial copy was cut short: nothing of it, or after `limit` (the start of the last
// whole item it kept), or inside the table at `table` after `tableRows` rows.
struct Window
{
    bool shortened = false;
    int limit = 0;
    int table = -1;
    int tableRows = 0;
};

// Keeps about `lines` lines of `part` from its top and nothing after them: a block counts as
// one, a table as one and each of its rows below the header rows as one more. Qt lays a
// document out well past what is asked about, and a long table whole as soon as one of its
// rows is: a copy cut short is laid out only as far as its window.
Window keepWindow(QTextDocument &part, int lines)
{
    int used = 0;
    int lastStart = 0;
    for (auto it = part.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            const int start = table->firstPosition();
            const int headers = std::min(table->format().headerRowCount(), table->rows());
            const int body = table->rows() - headers;
            if (used + 1 + body > lines) {
                const int kept = headers + std::max(0, lines - used - 1);
                if (kept > headers) {
                    keepBefore(part, {Cut::Kind::Row, start, kept});
                    return {true, start, start, kept};
                }
                keepBefore(part, {Cut::Kind::Table, start, 0});
                return {true, lastStart};
            }
            used += 1 + body;
            lastStart = start;
        } else if (it.currentBlock().isValid()) {
            if (used + 1 > lines && it.currentBlock().position() > 0) {
                keepBefore(part, {Cut::Kind::Block, it.currentBlock().position(), 0});
                return {true, lastStart};
            }
            used += 1;
            lastStart = it.currentBlock().position();
        }
    }
    return {};
}

// Whether `cut`, found in a copy cut short at `window`, is where the whole paper is cut too:
// before the last item the copy kept whole (what follows an item can move it: a heading is
// kept with the next block), or at a row of the table cut short with a row still below it
// (the last row of a table may be laid out otherwise than one with rows after it).
bool foundBefore(const Cut &cut, const Window &window)
{
    if (!window.shortened)
        return true;
    if (cut.kind == Cut::Kind::None)
        return false;
    if (cut.position == window.table) {
        if (cut.kind == Cut::Kind::Row)
            return cut.row + 1 < window.tableRows;
        return cut.kind == Cut::Kind::Table;
    }
    return cut.position < window.limit;
}

struct Trial
{
    std::shared_ptr<QTextDocument> part;
    Cut cut;
};

// `rest` laid out from its top, with its first cut. The copy first gets only a window of
// `linesAhead` lines (none cut short when it is 0); only when the cut is not found inside it
// is the copy made again with a window four times as large.
Trial firstCutOf(const QTextDocument &rest, QPaintDevice *device, const QSizeF &pageSize,
                 bool mayCut, int linesAhead)
{
    for (int lines = linesAhead;; lines *= 4) {
        const std::shared_ptr<QTextDocument> part = copyOf(rest);
        const Window window = lines > 0 ? keepWindow(*part, lines) : Window();
        layOut(*part, device, pageSize);
        const Cut cut = mayCut ? firstCut(*part) : Cut();
        if (foundBefore(cut, window))
            return {part, cut};
    }
}

} // namespace

namespace ReportPagination {

std::vector<Part> parts(const QTextDocument &document, QPaintDevice *device, const QSizeF &pageSize,
                        int linesAhead)
{
    std::vector<Part> result;
    // What is still to be cut, never laid out. The renderer draws the page's margins.
    const std::shared_ptr<QTextDocument> rest = copyOf(document);
    rest->setDocumentMargin(0);
    while (true) {
        const bool mayCut = result.size() + 1 < maximumParts;
        const Trial trial = firstCutOf(*rest, device, pageSize, mayCut, linesAhead);
        const std::shared_ptr<QTextDocument> &part = trial.part;
        if (trial.cut.kind == Cut::Kind::None) {
            result.push_back({part, part->pageCount()});
            return result;
        }
        part->setPageSize(QSizeF(0, 0));
        keepBefore(*part, trial.cut);
        layOut(*part, device, pageSize);
        result.push_back({part, pagesUpToText(*part)});
        keepFrom(*rest, trial.cut);
    }
}

} // namespace ReportPagination
