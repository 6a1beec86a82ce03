#pragma once

#include <QString>

// The window needs a display. When there is none, when the connection to it breaks, or when
// another program destroys the window, the program says so in one line on stderr and ends with
// exit code 2: never Qt's abort, and never a process left running without its window.
namespace DisplayGuard {

// Before the application object exists: empty when the window may open (or this platform is
// not checked here); else why no display can be opened. Checked for X11 on Linux: DISPLAY not
// set, or a local display that nobody listens on.
QString missingDisplay();
// Prints the line that says no display can be opened and which subcommands run without one,
// and ends the program with exit code 2. The application's name must be set already: the
// line follows the interface language of the settings.
[[noreturn]] void refuse(const QString &why);
// Before the application object is made, and for the window's whole life: Qt's fatal error for
// a display it cannot open, and its own exit when the connection to the display breaks, become
// the one line and exit code 2.
void install();
// Once the application object exists: a top-level window whose X window another program
// destroys closes the windows and ends the program with exit code 2.
void watchWindows();

} // namespace DisplayGuard
