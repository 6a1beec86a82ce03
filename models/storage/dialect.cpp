#include "dialect.h"

namespace Dialects {

Dialect of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSql : Dialect::Sqlite;
}

} // namespace Dialects
