#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QLockFile;

// Keeps two copies of the program from writing one database, and databases off network
// shares, where SQLite's locking and write-ahead log cannot be trusted.
namespace DatabaseLock {

// File-system types that are network shares (as QStorageInfo names them).
bool isNetworkFileSystem(const QByteArray &type);
// A UNC path (\\server\share, //server/share) or a folder on a network file system.
bool isOnNetworkShare(const QString &path);
// "<path>.lock", held until the returned object goes; a lock left by a program that died is
// taken over. Throws DataError naming the holder when another copy has the database open.
std::unique_ptr<QLockFile> acquire(const QString &path);

} // namespace DatabaseLock
