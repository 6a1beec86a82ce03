#pragma once

class QTextDocument;

// The page breaks a reader expects of a paper, which QTextDocument does not make by itself (it
// has no "keep together"). Made after the document is laid out for its pages, by editing it:
// - a heading (or a line kept with the next) left at the foot of a page moves to the next page
//   with what follows it;
// - a table row that would run from one page onto the next starts the next page instead, under
//   the table's header rows: the table is split before the row and its rest, headed by a copy
//   of the header rows, begins a new page. A row taller than a page still runs on, under the
//   header rows the layout repeats on every page.
namespace ReportPagination {

// Returns the moves made.
int keepTogether(QTextDocument &document);

} // namespace ReportPagination
