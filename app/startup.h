#pragma once

#include <QStringList>

// Loads the interface language: Chinese on Chinese systems (or when chosen in the settings),
// English otherwise; Qt's own dialogs follow. Call once the application object exists.
void installTranslations();

// Opens the window: the database named by --db, else the one opened last, else (on the very
// first start) the demo database, created then with a progress note.
int openWindow(const QStringList &arguments);

// The clock of the start: started by main() before anything else. With
// INTEGRITY_DOSSIER_START_TIMING set, the window says on stderr how long it took to be painted with
// its database open
// ("usable after N ms"), and with the value "quit" it then closes: how the start is measured.
void startTheClock();
