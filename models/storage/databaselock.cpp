#include "databaselock.h"

#include "domain/dataerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>

namespace DatabaseLock {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseLock", text);
}

} // namespace

bool isNetworkFileSystem(const QByteArray &type)
{
    const QByteArray lower = type.toLower();
    static const QList<QByteArray> network
        = {"nfs",       "nfs4",           "cifs",  "smb",   "smb2",       "smb3",        "smbfs",
           "afs",       "ncpfs",          "9p",    "davfs", "fuse.sshfs", "fuse.davfs2", "ceph",
           "glusterfs", "fuse.glusterfs", "lustre"};
    return network.contains(lower);
}

bool isOnNetworkShare(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (native.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//")))
        return true;
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo storage(folder);
    return storage.isValid() && isNetworkFileSystem(storage.fileSystemType());
}

std::unique_ptr<QLockFile> acquire(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        // A lock whose program is gone (a crash, a power cut) is stale: take it over.
        if (lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        throw DataError(tr("%1 is open in another copy of Integrity Dossier (process %2 on %3). "
                           "Close it there first: two copies must never write one database.")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(pid)
                            .arg(host));
    }
    throw DataError(tr("%1 cannot be locked for writing: its folder is read-only or full.")
                        .arg(QDir::toNativeSeparators(path)));
}

} // namespace DatabaseLock
