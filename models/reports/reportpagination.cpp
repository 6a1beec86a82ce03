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

// A safety net: every move sets a page break that is never taken back, so the moves end by
// themselves; this only bounds the work on a pathological paper.
constexpr int maximumMoves = 2000;

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
    return block.userState() == ReportHtml::keepWithNextState;
}

bool breaksBefore(const QTextBlockFormat &format)
{
    return format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

bool breaksBefore(const QTextFrameFormat &format)
{
    return format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

void breakBefore(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
}

// A heading left alone at a page's foot moves to the next page; false if `block` is none.
bool moveLoneHeading(const QTextDocument &document, const QTextBlock &block)
{
    const QTextBlock next = block.next();
    if (!next.isValid() || !keepsWithNext(block) || breaksBefore(block.blockFormat())
        || pageOfLine(document, block, true) == pageOfLine(document, next, false))
        return false;
    breakBefore(block);
    return true;
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

// Copies a cell's text with its formats; the papers' tables hold text only, no nested frames.
void copyCell(const QTextTableCell &from, QTextTableCell to)
{
    to.setFormat(from.format());
    QTextCursor cursor = to.firstCursorPosition();
    bool first = true;
    for (auto it = from.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        if (first) {
            cursor.setBlockFormat(block.blockFormat());
            cursor.setBlockCharFormat(block.charFormat());
            first = false;
        } else {
            cursor.insertBlock(block.blockFormat(), block.charFormat());
        }
        for (auto part = block.begin(); !part.atEnd(); ++part) {
            const QTextFragment fragment = part.fragment();
            if (fragment.isValid())
                cursor.insertText(fragment.text(), fragment.charFormat());
        }
    }
}

// Splits `table` before `row`: the rows from `row` on move into a new table right after it,
// headed by a copy of the header rows and starting a new page.
void splitBefore(QTextTable &table, int row)
{
    const int rows = table.rows();
    const int columns = table.columns();
    const int headers = std::min(table.format().headerRowCount(), row);
    QTextTableFormat format = table.format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor cursor(table.document());
    cursor.beginEditBlock();
    cursor.setPosition(table.lastPosition() + 1);
    QTextTable *rest = cursor.insertTable(headers + rows - row, columns, format);
    for (int target = 0; target < rest->rows(); ++target) {
        const int source = target < headers ? target : row + target - headers;
        for (int column = 0; column < columns; ++column)
            copyCell(table.cellAt(source, column), rest->cellAt(target, column));
    }
    table.removeRows(row, rows - row);
    // A paged document is laid out again after every edit, but only once for an edit block.
    cursor.endEditBlock();
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
// the heading kept with it; false when there is nothing above it on its page to make room.
bool moveTable(QTextDocument &document, QTextTable &table, const Extent &firstRow)
{
    if (breaksBefore(table.format()))
        return false;
    const QTextBlock before = blockBefore(document, &table);
    const int page = pageOf(document, firstRow.top);
    if (!before.isValid() || pageOfLine(document, before, true) != page)
        return false;
    if (keepsWithNext(before)) {
        const QTextBlock heading = before;
        const QTextBlock above = heading.previous();
        if (breaksBefore(heading.blockFormat()) || !above.isValid()
            || pageOfLine(document, above, true) != page)
            return false;
        breakBefore(heading);
        return true;
    }
    QTextTableFormat format = table.format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table.setFormat(format);
    return true;
}

// The table's first row that runs from one page onto the next but would fit on one, or that
// starts a page in the middle of the table, moved to the next page as the head of a table of
// its own; false if none.
bool moveRow(QTextDocument &document, QTextTable &table)
{
    if (table.rows() == 0)
        return false;
    const int headers = std::min(table.format().headerRowCount(), table.rows() - 1);
    Extent header;
    for (int row = 0; row < headers; ++row)
        header.add(rowLines(document, table, row));
    const double headerHeight = headers > 0 ? header.height() : 0;
    Extent previous;
    for (int row = headers; row < table.rows(); ++row) {
        const Extent lines = rowLines(document, table, row);
        // A row the layout moved to the next page leaves the row before it stretched to the
        // page's foot, without its bottom rule: the table is split there too.
        if (row > headers && pageOf(document, lines.top) != pageOf(document, previous.bottom - 1)) {
            splitBefore(table, row);
            return true;
        }
        previous = lines;
        if (pageOf(document, lines.top) == pageOf(document, lines.bottom - 1))
            continue;
        if (lines.height() + headerHeight > tallestMovedRow * document.pageSize().height())
            continue; // taller than a page: it runs on whatever is done
        if (row > headers) {
            splitBefore(table, row);
            return true;
        }
        if (moveTable(document, table, lines))
            return true;
    }
    return false;
}

// The first heading or table row, in the document's order, that needs a page break; false if
// none. Only the document up to it is laid out.
bool moveFirst(QTextDocument &document)
{
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            if (moveRow(document, *table))
                return true;
        } else if (it.currentBlock().isValid() && moveLoneHeading(document, it.currentBlock())) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace ReportPagination {

int keepTogether(QTextDocument &document)
{
    int moved = 0;
    // Each move pushes everything after it down, so the scan restarts from the top, on a
    // layout made afresh: after an edit the layout is redone only from the edit on, from
    // checkpoints of the layout before, and both the positions it gives and the blocks it
    // draws on a page are then not always right (a heading or a closing block went missing).
    // Giving the page size again lays the whole document out anew.
    while (moved < maximumMoves && moveFirst(document)) {
        ++moved;
        document.setPageSize(document.pageSize());
    }
    return moved;
}

} // namespace ReportPagination
