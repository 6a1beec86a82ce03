#pragma once

#include <QCommandLineParser>

#include <QStringList>
#include <vector>

// The headless subcommands. Each takes the arguments from the subcommand's name onwards and
// returns the process exit code.
namespace Commands {

// One line of the usage: what is typed and what it does. The texts are English sources in
// the "Commands" translation context; --help prints them translated, the manual page as
// written, so the two are made from the same tables and cannot drift apart.
struct UsageEntry
{
    const char *name;
    const char *synopsis;
    const char *description;
};

struct Subcommand
{
    UsageEntry usage;
    int (*run)(const QStringList &arguments);
};

// Every subcommand, in the order the usage lists them.
const std::vector<Subcommand> &subcommands();
// The window's options, the environment variables read, and the exit codes.
const std::vector<UsageEntry> &windowOptions();
const std::vector<UsageEntry> &environment();
const std::vector<UsageEntry> &exitCodes();
// The ways to call the program, after its name; the one-line summary; and the paragraphs
// that describe it.
std::vector<const char *> synopses();
const char *summary();
std::vector<const char *> descriptionParagraphs();

// True when the arguments (the program's name left out) run without a window: a subcommand,
// any word that is not an option (it gets the usage message), or a request for the help or
// the version among options.
bool runsHeadless(const QStringList &arguments);
int run(const QStringList &arguments);

// The usage, translated, as --help prints it.
QString helpText();
// The same usage as a roff manual page in English: `integrity-dossier help --man`.
QString manualPage();

int check(const QStringList &arguments);
int demo(const QStringList &arguments);
int list(const QStringList &arguments);
int opinion(const QStringList &arguments);
int print(const QStringList &arguments);
int stats(const QStringList &arguments);
int bench(const QStringList &arguments);
int exportData(const QStringList &arguments);
int importData(const QStringList &arguments);
// import --xlsx/--csv: a roster into the database (importspreadsheet.cpp).
int importSpreadsheet(const QCommandLineParser &parser, const QString &file);
int user(const QStringList &arguments);
int backup(const QStringList &arguments);
int restore(const QStringList &arguments);
int settings(const QStringList &arguments);
int migrate(const QStringList &arguments);

} // namespace Commands
