#pragma once

#include <QStringList>

// Loads the interface language: Chinese on Chinese systems (or when chosen in the settings),
// English otherwise; Qt's own dialogs follow. Call once the application object exists.
void installTranslations();

// Opens the window: the database named by --db, else the one opened last, else (on the very
// first start) the demo database, created then with a progress note.
int openWindow(const QStringList &arguments);
