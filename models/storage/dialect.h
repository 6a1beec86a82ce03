#pragma once

#include <QSqlDatabase>

// The two engines a dossier database lives in: the single-PC file (SQLite, the default) and a
// commission's server (PostgreSQL). Only the storage layer and the SQL it generates tell them
// apart.
enum class Dialect { Sqlite, PostgreSql };

namespace Dialects {

Dialect of(const QSqlDatabase &db);

} // namespace Dialects
