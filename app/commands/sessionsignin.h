#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

class Database;

// Signing in from the command line: --user NAME (or INTEGRITY_DOSSIER_USER), the password from
// INTEGRITY_DOSSIER_PASSWORD or asked on the terminal without echo. The same Accounts::signIn
// as the window, with its lockout and audit entries.
namespace CommandLine {

QCommandLineOption userOption();
// --user, else INTEGRITY_DOSSIER_USER; empty when neither is given.
QString userName(const QCommandLineParser &parser);
// The environment variable when set, else a line read from the terminal without echo.
QString readSecret(const QString &prompt, const char *environmentVariable);
// Signs in when the database has accounts (a database before its first start has none);
// throws DataError or AccessError. `password`, when given, was read already.
void signIn(Database &database, const QCommandLineParser &parser, const QString &password = {});
// The password for --user's account, read once: from INTEGRITY_DOSSIER_PASSWORD or asked.
QString signInPassword(const QCommandLineParser &parser);

} // namespace CommandLine
