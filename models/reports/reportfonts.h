#pragma once

#include <QFont>
#include <QString>
#include <QVector>

// The typefaces of printed papers, as GB/T 9704 sets them: the title in 小标宋, first-level
// headings in 黑体, second-level ones in 楷体, the body in 仿宋, tables in 宋体. Windows fonts
// are asked for by name and never bundled. Where a face is missing (most Linux desktops) an
// ordered list of stand-ins is tried — serif faces for the body, never a sans one while a serif
// is installed, a bold serif for the title — and the choice is made once per run and shown in
// the print options. With no Chinese font at all nothing is printed: ensureAvailable() says so.
namespace ReportFonts {

enum class Role { Title, Heading, Subheading, Body, Table };

struct Choice
{
    Role role;
    QString official; // the face the standard asks for
    QString family;   // what prints
    bool standIn = false;
    bool bold = false; // a bold stand-in for the title's heavy 小标宋
};

QString family(Role role);
bool bold(Role role);
// The role's face at `points` (the default size when 0), set without OpenType shaping: Chinese
// and Latin text need none, and shaped glyphs (ligatures, proportional figures after a Latin
// letter) have no character of their own, so a PDF reader's search and copy would lose them.
QFont font(Role role, double points = 0);
Choice choice(Role role);
QVector<Choice> choices();
// The role's name on screen ("正文" …), translated.
QString roleName(Role role);

// Whether a font that writes Simplified Chinese is installed.
bool available();
// Throws DataError with what to install when no Chinese font is.
void ensureAvailable();

} // namespace ReportFonts
