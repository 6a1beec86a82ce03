#pragma once

class QLabel;
class QWidget;

// The dossier's few visual conventions in one place: headings, quiet notes and the coloured,
// rounded status badges of the header.
namespace DossierStyle {

enum class Tone { Danger, Warning, Caution, Good, Neutral };

void makeHeading(QLabel *label);
void makeQuiet(QLabel *label);
void makeBadge(QLabel *label, Tone tone);
// Margins and spacing of a section page.
void setPageMargins(QWidget *page);

} // namespace DossierStyle
