#pragma once

#include <QString>

// Reading printed PDFs back as a reader of the paper would, in the font the suite runs in.
namespace TestPdf {

// pdftotext's UTF-8 text of the PDF at `path` (with -layout when asked); empty when it fails.
QString text(const QString &path, bool layout = false);
// The key of the font the suite runs in (INTEGRITY_DOSSIER_TEST_FONT: uming, noto, wqy …).
QString font();
// tests/golden/<font>/<name>: text laid out in each font breaks its lines differently.
QString goldenPath(const QString &name);
// The characters of `text` from the blocks of look-alike radicals and strokes (U+2E80–U+2FDF,
// U+31C0–U+31EF), which a reader's search never finds.
QString lookAlikes(const QString &text);
// Compares the characters of `printed` with those of `expected`, each counted, leaving out
// spaces and invisible format characters (layout may add, drop and reorder them). Every
// character must be printed at least as often as the document has it (a table's header row is
// printed again on each page it runs onto), and none that the document does not have. Empty
// when that holds, else what was printed that should not be, or too rarely.
QString characterDifference(const QString &expected, const QString &printed);

} // namespace TestPdf
