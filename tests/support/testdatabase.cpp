#include "testdatabase.h"

#include "storage/database.h"

#include <QDir>

namespace TestDatabase {

std::unique_ptr<Database> inMemory()
{
    auto database = Database::openInMemory();
    database->setActor(QStringLiteral("tester"));
    return database;
}

std::unique_ptr<Database> onDisk(const QTemporaryDir &dir, const QString &fileName)
{
    const QString name = fileName.isEmpty() ? QStringLiteral("dossier.db") : fileName;
    auto database = Database::open(dir.filePath(name), Database::Mode::CreateOrOpen);
    database->setActor(QStringLiteral("tester"));
    return database;
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("INTEGRITY_DOSSIER_SOURCE_DIR")).filePath(relative);
}

} // namespace TestDatabase
