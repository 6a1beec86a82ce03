#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The triggers that keep the maintained counts, made from the lists in TableCounts rather than
// written out per table in the migrations. They are re-made in the migrating transaction after
// every upgrade, and whenever the database holds another generation of them than this program
// makes (a digest of the statements is kept in derived_objects); the kept statistics are then
// counted again from their sources, so a write made while they were missing leaves no drift.
namespace DerivedSchema {

// CREATE TRIGGER statements for every derived trigger, in a fixed order.
QStringList statements();
// The SHA-256 of statements(), hex.
QString digest();
// Whether the database's derived triggers are not the ones statements() makes; false when that
// cannot be read (a damaged file).
bool isStale(const QSqlDatabase &db);
// Drops every derived trigger, makes them anew, counts the kept statistics again and records
// the digest; inside the caller's transaction.
void install(const QSqlDatabase &db);

} // namespace DerivedSchema
