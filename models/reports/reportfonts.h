#pragma once

#include <QString>

// The typefaces of printed papers, as GB/T 9704 asks: body in 仿宋, tables in 宋体, titles in
// 小标宋 or 黑体. Windows fonts are asked for by name and never bundled; where none of the
// preferred faces is installed (most Linux desktops), any installed Chinese font stands in, so
// text never prints as boxes.
namespace ReportFonts {

enum class Role { Body, Table, Title };

QString family(Role role);

} // namespace ReportFonts
