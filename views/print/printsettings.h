#pragma once

class QPrinter;

// The printer and page set-up chosen last time, remembered in the user's settings and put back
// on the next start: printer name, paper size, orientation, duplex and colour mode.
namespace PrintSettings {

void restore(QPrinter &printer);
void remember(const QPrinter &printer);

} // namespace PrintSettings
