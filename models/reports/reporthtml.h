#pragma once

#include <QString>
#include <QStringList>
#include <QTextFormat>
#include <QVector>

#include <memory>

class QTextDocument;

// The building blocks of printed papers, as the rich text QTextDocument reads: GB/T 9704 sizes
// (title 二号, body 三号 仿宋 with a two-character indent, first-level headings in 黑体) and
// ruled tables whose header row repeats on every page they run onto. Every text is escaped.
namespace ReportHtml {

QString title(const QString &text);
// A centred line under the title: the commission, the dossier number, the date.
QString subtitle(const QString &text);
// Blocks kept on the page of the block after them carry this user state (set through the rich
// text's -qt-user-state property), which document() turns into the block format property below:
// a format, unlike a user state, survives a copy of the document. See ReportPagination.
constexpr int keepWithNextState = 1;
constexpr int keepWithNextProperty = QTextFormat::UserProperty + 1;

// A heading is kept on the page of what follows it.
QString heading(const QString &text);
QString paragraph(const QString &text);
// A line without indent, e.g. the addressee of a letter.
QString plainLine(const QString &text);
// `keepWithNext` keeps a signature line on the page of the line after it.
QString rightAligned(const QString &text, bool keepWithNext = false);
// `widths` in per cent of the text block, one per column; empty fits them to the texts (see
// TableWidths).
QString table(const QStringList &headers, const QVector<QStringList> &rows,
              const QVector<int> &widths = {});
// Label/value pairs in four columns (label, value, label, value).
QString fieldTable(const QVector<QPair<QString, QString>> &fields);
QString pageBreak();

// A document holding `body`, in the body face.
std::unique_ptr<QTextDocument> document(const QString &body);

} // namespace ReportHtml
