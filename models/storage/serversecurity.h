#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The server's own guard over a commission's database (resources/sql/postgresql/security.sql):
// each account of the program is a PostgreSQL role of its own, NAME@DATABASE, and row-level
// security gives that role what the program shows the account, so that a direct connection
// with an account's password sees no more than the window. The trail is appended by the server
// itself. Nothing here touches a single-PC file.
namespace ServerSecurity {

// The functions, triggers, group roles, rights and policies, made again after every change of
// the schema; the owner who runs them needs the right to make roles (CREATEROLE).
QStringList statements();
// Refuses, in plain words, an owner that may not make roles.
void requireRoleMaker(const QSqlDatabase &db);

// The account a server connection belongs to, when it signed in as an account's role; empty for
// the owner's connection and for a file. Throws DataError for an account's role whose account
// is gone or disabled.
QString connectedAccount(const QSqlDatabase &db);
// Whether the connection reads the whole audit trail: on a file, as the owner, and as the
// auditor's own role; any other account's role reads only the entries of its dossiers.
bool readsWholeTrail(const QSqlDatabase &db);
// The cadres the server closes to the connection's account (its own and its key relatives,
// whom its role may not read in the relatives table); none for the owner. Only for a
// connection made with an account's own role (Database::serverAccount).
QSet<qint64> barredCadres(const QSqlDatabase &db);
// The server role of the account, made or brought in line with its row (its groups, whether it
// may sign in); with `password`, that password too. Does nothing on a file.
// Returns the role's name; empty on a file.
QString updateAccountRole(const QSqlDatabase &db, qint64 accountId, const QString &password = {});
// The role name an account signs in to the server with, e.g. wangmin@county.
QString roleName(const QString &account, const QString &database);
// The account name in a role name made by roleName(), or `role` itself when it is no such name.
QString accountOfRole(const QString &role, const QString &database);

// A password as PostgreSQL keeps it (SCRAM-SHA-256): the server learns how to check it, never
// the password itself.
QString scramVerifier(const QString &password, const QByteArray &salt = {});

} // namespace ServerSecurity
