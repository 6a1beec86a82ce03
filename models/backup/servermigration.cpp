#include "servermigration.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "integritycheck.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/serveraddress.h"
#include "storage/serversecurity.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ServerMigration {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerMigration", text);
}

// The file's or the server's trail, refused unless whole.
AuditLog::Verification verifiedTrail(const Database &database, const QString &side)
{
    const AuditLog::Verification trail = AuditLog::verify(database.connection());
    if (!trail.intact)
        throw DataError(QCoreApplication::translate(
                            "ServerMigration", "The audit trail %1 does not verify (%2), so the "
                                               "database was not moved. Run check for the details.")
                            .arg(side, trail.problem));
    return trail;
}

} // namespace

Report run(Database &source, const ServerAddress &target,
           const std::function<void(const QString &, qint64)> &progress)
{
    Access::require(source, Permission::Backup);
    if (source.isServer())
        throw DataError(tr("The database to move is already on a server."));
    const IntegrityReport before = checkIntegrity(source);
    if (!before.ok())
        throw DataError(tr("The database file has problems, so it was not moved: %1")
                            .arg(before.problems.join(QStringLiteral("; "))));
    verifiedTrail(source, tr("in the file"));
    const auto server = Database::openServer(target, Database::Mode::CreateOrOpen);
    AuditLog::append(source, {QStringLiteral("database.migrate"),
                              QStringLiteral("database"),
                              0,
                              0,
                              {},
                              {{QStringLiteral("to"), target.display()}}});
    const AuditLog::Verification fileTrail = verifiedTrail(source, tr("in the file"));
    const DatabaseCopy::Result copied
        = DatabaseCopy::copy(source.connection(), server->connection(), progress);
    // The server's planner learns the tables' sizes now, not at its next autovacuum: without it
    // the first searches of a city read every cadre.
    Sql::run(server->connection(), QStringLiteral("ANALYZE"));
    // Each account gets its own server role, unable to sign in until the administrator gives
    // it a password through the program (the file's hashes are not the server's).
    QStringList roles;
    QSqlQuery accounts
        = Sql::run(server->connection(), QStringLiteral("SELECT id FROM accounts ORDER BY id"));
    QList<qint64> accountIds;
    while (accounts.next())
        accountIds << accounts.value(0).toLongLong();
    for (const qint64 id : accountIds)
        roles << ServerSecurity::updateAccountRole(server->connection(), id);
    const AuditLog::Verification serverTrail = verifiedTrail(*server, tr("on the server"));
    if (serverTrail.entries != fileTrail.entries || serverTrail.headHash != fileTrail.headHash)
        throw DataError(tr("The audit trail on the server (%1 entries) is not the file's (%2 "
                           "entries); the server database must be set up again.")
                            .arg(serverTrail.entries)
                            .arg(fileTrail.entries));
    const IntegrityReport after = checkIntegrity(*server);
    if (!after.ok())
        throw DataError(tr("The server database has problems after the move: %1")
                            .arg(after.problems.join(QStringLiteral("; "))));
    return {copied.tables, copied.rows, serverTrail.entries, serverTrail.headHash, roles};
}

} // namespace ServerMigration
