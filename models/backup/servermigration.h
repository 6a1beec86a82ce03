#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class Database;
class ServerAddress;

// Moves a single-PC database into an empty database on the commission's server: every record,
// account, setting and key, and the audit trail with its head, seals and count of changes, so
// that the trail verifies there exactly as it did in the file. The file is checked first and
// the server after; the move itself is recorded in the file's trail before it is copied. The
// file is left as it was but for that entry.
namespace ServerMigration {

struct Report
{
    int tables = 0;
    qint64 rows = 0;
    qint64 trailEntries = 0;
    QString trailHead;        // the trail's last hash, the same on both sides
    QStringList accountRoles; // the server roles made for the accounts, e.g. wangmin@county
};

// `source` is signed in by an account that may make backups. Throws DataError, naming what
// failed; a refusal before the copy changes nothing on the server.
Report run(Database &source, const ServerAddress &target,
           const std::function<void(const QString &table, qint64 rows)> &progress = {});

} // namespace ServerMigration
