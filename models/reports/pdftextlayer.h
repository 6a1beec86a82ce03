#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

// The text a PDF reader finds, searches and copies comes from each font's ToUnicode map, which
// Qt's PDF writer fills with the lowest code point the font draws with a glyph. CJK fonts such
// as Noto CJK draw a radical and its ideograph (⽉ U+2F49, 月 U+6708) with one glyph, so 13–17 %
// of a paper's characters came out as look-alike radicals: the page looked right, search and
// copy failed. This mends the maps of a PDF as Qt writes it, naming the ideographs instead.
namespace PdfTextLayer {

// Copies the PDF in `source` (read from its start) to `target` with its ToUnicode maps mended
// and its cross-reference table made anew; a non-empty `author` is added to the document's
// information and, for PDF/A, its XMP metadata (Qt 6.4's writer has no author of its own).
// Returns false when `source` is not a PDF laid out as Qt writes them (one cross-reference
// section, uncompressed maps).
bool mend(QIODevice &source, QIODevice &target, const QString &author = QString());

// One ToUnicode CMap's text with every radical or stroke named by its ideograph.
QByteArray mendedMap(const QByteArray &map);

// Mends the PDF at `path` in place, atomically. Throws DataError when it cannot.
void mendFile(const QString &path, const QString &author = QString());

} // namespace PdfTextLayer
