#pragma once

#include <QStringList>

// Opens the window: the database named by --db, or the user's own one in the data folder,
// which starts as a demo database the first time.
int openWindow(const QStringList &arguments);
