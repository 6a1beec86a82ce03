#include "reporthtml.h"

#include "reportfonts.h"
#include "reportrenderer.h"
#include "tablewidths.h"

#include <QPageSize>

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

// Paragraphs open with two ideographic spaces, as Chinese papers are set; unlike a CSS indent
// this does not depend on the device's resolution.
const QString indent = QStringLiteral("\u3000\u3000");
// Margins are given in points: the layout scales them to the device, as it does fonts.

QString face(ReportFonts::Role role)
{
    return QStringLiteral("font-family:'%1';%2")
        .arg(ReportFonts::family(role),
             ReportFonts::bold(role) ? QStringLiteral("font-weight:bold;") : QString());
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

constexpr double tablePoints = 10.5;
// GB/T 9704 sets 22 lines in the 225 mm text block, whatever the face: a line of body text is
// at least 28.5 points (38 pixels of 1/96 inch) high. A proportional height would give a face
// with tall metrics, such as Noto CJK, four lines fewer a page.
const QString bodyLineHeight = QStringLiteral("38px");
// In pixels of 1/96 inch, which the layout scales to the device.
constexpr int cellPadding = 6;

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                          "style=\"border-collapse:collapse;border-color:#000;%2font-size:%3pt;"
                          "margin-top:6pt;margin-bottom:10pt;\">")
        .arg(cellPadding)
        .arg(face(ReportFonts::Role::Table))
        .arg(tablePoints);
}

// The text block and a cell's padding and rule, in ems of the tables' text.
TableWidths::Measure tableMeasure()
{
    constexpr double pointsPerMillimetre = 72 / 25.4;
    const QMarginsF margins = ReportRenderer::marginsMillimetres();
    const double line = QPageSize(QPageSize::A4).size(QPageSize::Millimeter).width()
                        - margins.left() - margins.right();
    TableWidths::Measure measure;
    measure.lineEms = line * pointsPerMillimetre / tablePoints;
    // Padding on both sides and one rule (a pixel is 3/4 point), and a little room for the
    // measure being an estimate.
    measure.cellPaddingEms = (2 * cellPadding + 1) * 0.75 / tablePoints + 0.25;
    return measure;
}

} // namespace

namespace ReportHtml {

QString title(const QString &text)
{
    return QStringLiteral("<p align=\"center\" style=\"%1font-size:22pt;margin-top:0;"
                          "margin-bottom:24pt;\">%2</p>")
        .arg(face(ReportFonts::Role::Title), escaped(text));
}

QString subtitle(const QString &text)
{
    return QStringLiteral("<p align=\"center\" style=\"font-size:14pt;margin:0;\">%1</p>")
        .arg(escaped(text));
}

QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"%1font-size:16pt;margin-top:12pt;margin-bottom:4pt;"
                          "white-space:pre-wrap;-qt-user-state:%3;\">%2</p>")
        .arg(face(ReportFonts::Role::Heading), indent + escaped(text))
        .arg(keepWithNextState);
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"font-size:16pt;margin:0;line-height:%1;"
                          "white-space:pre-wrap;\">%2</p>")
        .arg(bodyLineHeight, indent + escaped(text));
}

QString plainLine(const QString &text)
{
    return QStringLiteral("<p style=\"font-size:16pt;margin:0;line-height:%1;\">%2</p>")
        .arg(bodyLineHeight, escaped(text));
}

QString rightAligned(const QString &text, bool keepWithNext)
{
    return QStringLiteral("<p align=\"right\" style=\"font-size:16pt;margin:0;margin-right:32pt;"
                          "line-height:%1;-qt-user-state:%2;\">%3</p>")
        .arg(bodyLineHeight)
        .arg(keepWithNext ? keepWithNextState : -1)
        .arg(escaped(text));
}

QString table(const QStringList &headers, const QVector<QStringList> &rows,
              const QVector<int> &widths)
{
    const TableWidths::Measure measure = tableMeasure();
    const QVector<int> columnWidths
        = widths.isEmpty() ? TableWidths::fit(headers, rows, measure) : widths;
    // Header cells are bold, and a face without a bold weight is emboldened, which widens its
    // glyphs by up to a twelfth: they are set in that much less room.
    TableWidths::Measure headerMeasure = measure;
    headerMeasure.lineEms = measure.lineEms / 1.08;
    const auto cell = [&](const char *tag, int column, const QString &text) {
        if (column >= columnWidths.size())
            return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), escaped(text));
        const int percent = columnWidths[column];
        const bool header = qstrcmp(tag, "th") == 0;
        return QStringLiteral("<%1 width=\"%2%\">%3</%1>")
            .arg(QLatin1String(tag))
            .arg(percent)
            .arg(
                escaped(TableWidths::setInColumn(text, percent, header ? headerMeasure : measure)));
    };
    QString html = tableStart() + QStringLiteral("<thead><tr>");
    for (int column = 0; column < headers.size(); ++column)
        html += cell("th", column, headers[column]);
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column)
            html += cell("td", column, row[column]);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString fieldTable(const QVector<QPair<QString, QString>> &fields)
{
    QString html = tableStart();
    for (int index = 0; index < fields.size(); index += 2) {
        html += QStringLiteral("<tr>");
        for (int column = index; column < index + 2; ++column) {
            if (column < fields.size()) {
                html += QStringLiteral("<td width=\"16%\" align=\"center\">%1</td>"
                                       "<td width=\"34%\">%2</td>")
                            .arg(escaped(fields[column].first), escaped(fields[column].second));
            } else {
                html += QStringLiteral("<td></td><td></td>");
            }
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString pageBreak()
{
    return QStringLiteral("<p style=\"page-break-before:always;margin:0;\"></p>");
}

std::unique_ptr<QTextDocument> document(const QString &body)
{
    auto result = std::make_unique<QTextDocument>();
    result->setDefaultFont(ReportFonts::font(ReportFonts::Role::Body, 16));
    // A paper is made once and paginated by editing copies of it (see ReportPagination): no undo.
    result->setUndoRedoEnabled(false);
    result->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
    for (QTextBlock block = result->begin(); block.isValid(); block = block.next()) {
        if (block.userState() != keepWithNextState)
            continue;
        QTextBlockFormat format;
        format.setProperty(keepWithNextProperty, true);
        QTextCursor(block).mergeBlockFormat(format);
    }
    return result;
}

} // namespace ReportHtml
