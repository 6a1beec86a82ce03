#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

class Database;
class ServerAddress;

// Fixtures shared by the suites: a fresh database with the full schema, in memory or on disk.
namespace TestDatabase {

// Each has the demo accounts (admin, security, auditor, officer, reviewer; password "demo") and
// is signed in as `account`, the case officer unless told otherwise; none when it is empty.
std::unique_ptr<Database> inMemory(const QString &account = QStringLiteral("officer"));
// A new database file inside `dir`.
std::unique_ptr<Database> onDisk(const QTemporaryDir &dir, const QString &fileName = {},
                                 const QString &account = QStringLiteral("officer"));
// The county demo (the default seed and day) in a new database file inside `dir`, signed in as
// `account`: a copy of the one the test run's fixture generated, when that is as new as this
// suite; generated here otherwise.
std::unique_ptr<Database> demoCounty(const QTemporaryDir &dir, const QString &fileName = {},
                                     const QString &account = QStringLiteral("officer"));
// Server mode. A run with a test server (scripts/test-server) names the file holding its address
// in INTEGRITY_DOSSIER_TEST_SERVER; INTEGRITY_DOSSIER_TEST_BACKEND=postgresql runs a suite's
// inMemory() databases on that server instead, each in a new database of its own.
bool onServer();
// The test server's address; a test without one fails (a missing server is never a pass).
ServerAddress serverAddress();
// A new database on the test server: with the program's schema (copied from a template made
// once per build of the suites), or empty.
ServerAddress newServerDatabase(bool empty = false);
// Adds the demo accounts when the database has none yet, and signs in as `account`.
void addDemoAccounts(Database &database);
void signIn(Database &database, const QString &account);
// The source tree, for golden files and seed data.
QString sourcePath(const QString &relative);
// Statements run straight on a database file, or on a server database as its owner, through a
// connection of their own (behind the program's back, as a tamperer or another program would).
// Returns the first statement refused with the reason, or an empty string.
QString rawExec(const QString &path, const QStringList &statements);
QString rawExec(const ServerAddress &address, const QStringList &statements);
// SHA-256 of a file's bytes, to prove a refused file was left unchanged.
QByteArray fileHash(const QString &path);
// Writes `bytes` to a new file `name` inside `dir` (a failed write ends the test run) and
// returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// Small fixtures written through the repository, as the program writes them.
qint64 addUnit(Database &database, const QString &name,
               const QString &kind = QStringLiteral("department"), qint64 parentId = 0);
qint64 addCadre(Database &database, const QString &name, qint64 unitId,
                const QString &position = QString(), bool topLeader = false);

} // namespace TestDatabase
