#pragma once

#include <QString>

// The roster the spreadsheet benchmarks import: `rows` cadres of one county's units, with valid
// identity numbers, written as an .xlsx the way an organization department sends it.
namespace BenchRoster {

void write(const QString &path, int rows);

} // namespace BenchRoster
