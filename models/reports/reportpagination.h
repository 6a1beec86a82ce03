#pragma once

#include <QSizeF>

#include <memory>
#include <vector>

class QPaintDevice;
class QTextDocument;

// The page breaks a reader expects of a paper, which QTextDocument does not make by itself (it
// has no "keep together"):
// - a heading (or a line kept with the next) left at the foot of a page moves to the next page
//   with what follows it;
// - a table row that would run from one page onto the next starts the next page instead, under
//   a repeat of the table's header rows. A row taller than a page still runs on, under the
//   header rows the layout repeats on every page.
// The paper is cut where a page must break into parts that each begin a new page, each a
// document of its own laid out once. Editing the one document instead would lay all of it out
// again after every break; and Qt's relayout from an edit on is not to be trusted with a
// paged document (it lost text at the foot of pages). Qt lays a table out whole as soon as one
// of its rows is asked about, and a page further: to find where a part ends, a copy of the rest
// is laid out with only some rows of its first long table and nothing after them, so no cut
// lays out what is left of a long table again.
namespace ReportPagination {

struct Part
{
    std::shared_ptr<QTextDocument> document;
    int pages = 0;
};

// The lines laid out at first while looking for the next cut, a block or a table row each
// (0: all that is left); any number gives the same parts, a page's worth the least work.
constexpr int linesAheadOfACut = 48;

// The parts of `document`, laid out on pages of `pageSize` for `device`. The document itself
// is copied, not changed: best not laid out, as a copy lays it out to its end.
std::vector<Part> parts(const QTextDocument &document, QPaintDevice *device, const QSizeF &pageSize,
                        int linesAhead = linesAheadOfACut);

} // namespace ReportPagination
