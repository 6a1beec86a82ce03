#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString kKey = QStringLiteral("database/recent");

QString normalized(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
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

QString last()
{
    for (const QString &path : list()) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

} // namespace RecentDatabases
