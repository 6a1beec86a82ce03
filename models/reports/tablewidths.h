#pragma once

#include <QStringList>
#include <QVector>

// Column widths, in per cent of the text block, that suit a printed table's texts: the rows
// are kept as low as the texts allow. For one line a row, then two, then three …, each column
// is given the least width in which its texts wrap onto no more lines, until the columns fit
// the line together; the room to spare goes to the columns whose texts still wrap. So dates
// and labels stay on one line where they can, and a long text is not squeezed into a narrow
// column beside wide ones.
namespace TableWidths {

// Widths in ems of the table's text.
struct Measure
{
    double lineEms = 0;        // the text block
    double cellPaddingEms = 0; // both sides of a cell and its rule together
};

QVector<int> fit(const QStringList &headers, const QVector<QStringList> &rows,
                 const Measure &measure);

// `text` as set in a column of `percent` of the line: a date too wide for it breaks after its
// year (2024年 / 10月15日), a period after 至, where Qt's line breaking would break them
// anywhere.
QString setInColumn(const QString &text, int percent, const Measure &measure);

// The width of `text` on one line, in ems of the printed tables' face: Chinese characters are
// one em wide, the others as the face draws them.
double ems(const QString &text);

// The lines `text` takes in a column `width` ems wide, broken as Chinese text is: between
// Chinese characters, not inside a number or a word, and never before a closing mark.
int lines(const QString &text, double width);

} // namespace TableWidths
