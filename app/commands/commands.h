#pragma once

#include <QStringList>

// The headless subcommands. Each takes the arguments from the subcommand's name onwards and
// returns the process exit code.
namespace Commands {

bool isSubcommand(const QString &name);
int run(const QStringList &arguments);

int check(const QStringList &arguments);
int demo(const QStringList &arguments);
int list(const QStringList &arguments);
int opinion(const QStringList &arguments);
int print(const QStringList &arguments);
int stats(const QStringList &arguments);
int bench(const QStringList &arguments);
int exportData(const QStringList &arguments);
int importData(const QStringList &arguments);
int user(const QStringList &arguments);
int backup(const QStringList &arguments);
int restore(const QStringList &arguments);
int settings(const QStringList &arguments);

} // namespace Commands
