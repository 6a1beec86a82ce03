#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The objects derived from the description of each kind of record rather than written out in
// the migrations: the views cadre_timeline (RecordKinds::timelineRows) and statistic_sources
// (TableCounts::sources), and the triggers that keep the maintained counts (TableCounts). They are
// re-made in the migrating transaction after every upgrade, and whenever the database holds another
// generation of them than this program makes (a digest of the statements is kept in
// derived_objects); the kept statistics are then counted again from their sources, so a write made
// while they were missing leaves no drift.
namespace DerivedSchema {

// The CREATE statements of every derived view and trigger, in a fixed order.
QStringList statements();
// The same objects in the dialect's own form.
QStringList statements(Dialect dialect);
// The SHA-256 of statements(dialect), hex.
QString digest(Dialect dialect = Dialect::Sqlite);
// Whether the database's derived objects are not the ones statements() makes; false when that
// cannot be read (a damaged file).
bool isStale(const QSqlDatabase &db);
// Drops every derived view and trigger, makes them anew, counts the kept statistics again and
// records the digest; inside the caller's transaction.
void install(const QSqlDatabase &db);
// Whether a bulk load also suspends the triggers that count every change for the trail.
enum class Counting { Kept, Suspended };
// Drops the triggers that keep the statistics, for a bulk load inside the caller's transaction:
// install() then makes them again and counts everything once. With Counting::Suspended the
// triggers that count changes for the trail go too, and the caller adds what it changed to
// record_changes itself before the transaction's audit entry. A server's stay.
void suspend(const QSqlDatabase &db, Counting counting = Counting::Kept);

} // namespace DerivedSchema
