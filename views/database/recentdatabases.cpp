#include "recentdatabases.h"

#include "domain/dataerror.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString kKey = QStringLiteral("database/recent");

QString normalized(const QString &path)
{
    return ServerAddress::looksLikeOne(path) ? path : QFileInfo(path).absoluteFilePath();
}

void store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}

} // namespace

namespace RecentDatabases {

QStringList list()
{
    return QSettings().value(kKey).toStringList();
}

void add(const QString &path)
{
    const QString file = normalized(path);
    QStringList paths = list();
    paths.removeAll(file);
    paths.prepend(file);
    while (paths.size() > maximum)
        paths.removeLast();
    store(paths);
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(normalized(path));
    store(paths);
}

bool isAvailable(const QString &entry)
{
    return ServerAddress::looksLikeOne(entry) || QFileInfo::exists(entry);
}

QString last()
{
    for (const QString &path : list()) {
        if (isAvailable(path))
            return path;
    }
    return {};
}

QString lastServer()
{
    for (const QString &entry : list()) {
        if (ServerAddress::looksLikeOne(entry))
            return entry;
    }
    return {};
}

QString shownName(const QString &entry)
{
    if (!ServerAddress::looksLikeOne(entry))
        return QFileInfo(entry).fileName();
    try {
        const ServerAddress address = ServerAddress::parse(entry);
        return QCoreApplication::translate("RecentDatabases", "%1 on the server %2")
            .arg(address.database(), address.isLocalSocket() ? QCoreApplication::translate(
                                         "RecentDatabases", "of this computer")
                                                             : address.host());
    } catch (const DataError &) {
        return entry;
    }
}

} // namespace RecentDatabases
