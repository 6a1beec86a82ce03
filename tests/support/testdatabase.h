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

} // namespace TestDatabase
