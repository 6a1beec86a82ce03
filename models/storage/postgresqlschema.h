#pragma once

#include "migrationhistory.h"

#include <QString>
#include <QStringList>

// The schema in PostgreSQL's dialect. The migrations and the derived objects are written once, in
// SQLite's; what differs is translated here — types, `INSERT OR IGNORE`, GLOB checks, NOCASE,
// triggers made PL/pgSQL functions — and what cannot be translated (the full-text search table)
// is kept beside its migration in resources/sql/postgresql, under the name of the object it
// replaces.
namespace PostgreSqlSchema {

// Statements of a PostgreSQL script: split at semicolons outside quotes, comments and
// dollar-quoted function bodies.
QStringList split(const QString &script);
// What a server database needs before the first migration: the identity row and the collation
// the migrations name.
QStringList preamble();
// One migration's statements for PostgreSQL.
QStringList statements(const MigrationHistory::Script &script);
// One statement of SQLite's dialect in PostgreSQL's: one statement may become several (a
// trigger is a function and the trigger that calls it). Throws a DataError for a statement
// that has no translation and no replacement.
QStringList translate(const QString &statement, const QString &replacements = QString());
// A query or write of the program's, as every statement reaches the server: the words
// PostgreSQL reserves and SQLite does not (the singleton tables' `only`) quoted, and
// `INSERT OR IGNORE` said as PostgreSQL says it.
QString forServer(const QString &statement);

} // namespace PostgreSqlSchema
