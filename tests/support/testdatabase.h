#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

class Database;

// Fixtures shared by the suites: a fresh database with the full schema, in memory or on disk.
namespace TestDatabase {

std::unique_ptr<Database> inMemory();
// A new database file inside `dir`.
std::unique_ptr<Database> onDisk(const QTemporaryDir &dir, const QString &fileName = {});
// The source tree, for golden files and seed data.
QString sourcePath(const QString &relative);
// SHA-256 of a file's bytes, to prove a refused file was left unchanged.
QByteArray fileHash(const QString &path);

// Small fixtures written through the repository, as the program writes them.
qint64 addUnit(Database &database, const QString &name,
               const QString &kind = QStringLiteral("department"), qint64 parentId = 0);
qint64 addCadre(Database &database, const QString &name, qint64 unitId,
                const QString &position = QString(), bool topLeader = false);

} // namespace TestDatabase
