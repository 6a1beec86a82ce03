#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>

class Database;

// Shared plumbing of the headless subcommands: parsing, output streams and exit codes.
// Exit codes: 0 ok, 1 usage, 2 data or I/O error, each failure with one line on stderr.
namespace CommandLine {

enum ExitCode { Ok = 0, UsageError = 1, DataFailure = 2 };

QTextStream &out();
QTextStream &err();

// Parses `arguments` (the subcommand first); on failure prints the reason and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments);
// The --db option every subcommand takes, and a check that it was given.
QCommandLineOption databaseOption();
bool requireOption(const QCommandLineParser &parser, const QCommandLineOption &option);
int usage(const QString &message);
int failure(const QString &message);
// Opens --db for writing, or reading, and signs in with --user when the database has accounts;
// throws DataError.
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, bool readOnly = false);

} // namespace CommandLine
