#pragma once

#include <QStringList>

// The databases opened lately, newest first, kept in the settings; the first one is opened
// again on the next start.
namespace RecentDatabases {

constexpr int maximum = 8;

QStringList list();
void add(const QString &path);
void remove(const QString &path);
// The most recent database that still exists, or an empty string.
QString last();

} // namespace RecentDatabases
