#pragma once

#include <QStringList>

// The databases opened lately, newest first, kept in the settings (this computer's, this
// user's); the first one is opened again on the next start. An entry is a file's path or a
// server database's address (ServerAddress::display: never a password).
namespace RecentDatabases {

constexpr int maximum = 8;

QStringList list();
void add(const QString &path);
void remove(const QString &path);
// The most recent database that still exists (a server's is taken to), or an empty string.
QString last();
// The most recent server database's address, or an empty string.
QString lastServer();
// Whether an entry can be opened: a file that exists, or a server's address.
bool isAvailable(const QString &entry);
// How an entry is named in menus: a file's name, or "county on the server dossiers.jw.local".
QString shownName(const QString &entry);

} // namespace RecentDatabases
