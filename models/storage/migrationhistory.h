#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

// The schema migrations in resources/sql, and what a database's version number promises. A
// database is upgraded only when it holds every object the migrations up to its version make:
// one made by a build that skipped a migration (version 5 without 2 and 4, say) is refused with
// a clear message instead of being half-migrated.
namespace MigrationHistory {

struct Script
{
    int version = 0;
    QString resource; // the migration's file among the program's resources
};

// Every migration, in version order.
QVector<Script> scripts();
// The statements of one migration.
QStringList statements(const Script &script);
// "table accounts", "index findings_open" …: every object the migrations up to
// `version` make, built in a private in-memory database.
QStringList objectsAt(int version);
// What the database lacks of what its version promises ("table accounts" …), for the program's
// own checks; never shown to a user. Empty when the history holds.
QStringList missing(const QSqlDatabase &db, int version);

} // namespace MigrationHistory
