#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The database's own objects — tables, indexes, views and triggers, the audit trail's guards
// among them — compared with those the migrations make: a dropped, added or altered object is
// named. What `check` runs, so that removing the trigger that keeps the trail append-only, or
// any other change to the schema behind the program's back, does not pass unseen.
namespace SchemaCheck {

// One sentence per object that differs; empty when the schema is the migrations' own. A
// server database is compared with the objects the program made there (remember()).
QStringList differences(const QSqlDatabase &db);
// Keeps a server database's objects as the program has just made them, in schema_objects.
void remember(const QSqlDatabase &db);

} // namespace SchemaCheck
