#pragma once

#include "domain/tablecounts.h"

#include <QStringList>

// The triggers that recount a group of statistic_sources rows around a change (a clue's counts
// around its steps), in PostgreSQL's form. SQLite runs a row's BEFORE and AFTER triggers one row
// at a time; PostgreSQL runs every BEFORE trigger of a statement first and its AFTER triggers at
// its end, so a statement touching two rows of one group (a clue's two subjects, a cascade)
// would take the group away twice and add it twice. Here a group is taken away by the first
// BEFORE trigger that touches it and added back by the first AFTER trigger, the group marked in
// between in recount_pending (per server process, rolled back with the write).
namespace ServerRecounts {

// The table that marks the groups taken away and not yet added back.
QString pendingTable();
// The functions and triggers for one recount of the Around shape.
QStringList around(const TableCounts::Recount &recount);

} // namespace ServerRecounts
