#include "testdatabase.h"

#include "access/accounts.h"
#include "storage/database.h"
#include "storage/recordrepository.h"

#include <QCryptographicHash>
#include <QFile>

#include <QDir>

namespace TestDatabase {

void addDemoAccounts(Database &database)
{
    Accounts accounts(database);
    if (accounts.isEmpty())
        accounts.createDemoAccounts(QStringLiteral("demo"));
}

void signIn(Database &database, const QString &account)
{
    addDemoAccounts(database);
    Accounts(database).signIn(account, QStringLiteral("demo"));
}

std::unique_ptr<Database> inMemory(const QString &account)
{
    auto database = Database::openInMemory();
    if (!account.isEmpty())
        signIn(*database, account);
    return database;
}

std::unique_ptr<Database> onDisk(const QTemporaryDir &dir, const QString &fileName,
                                 const QString &account)
{
    const QString name = fileName.isEmpty() ? QStringLiteral("dossier.db") : fileName;
    auto database = Database::open(dir.filePath(name), Database::Mode::CreateOrOpen);
    if (!account.isEmpty())
        signIn(*database, account);
    return database;
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("INTEGRITY_DOSSIER_SOURCE_DIR")).filePath(relative);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

qint64 addUnit(Database &database, const QString &name, const QString &kind, qint64 parentId)
{
    QVariantMap values{{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}};
    if (parentId != 0)
        values.insert(QStringLiteral("parent_id"), parentId);
    return RecordRepository(database).create(QStringLiteral("units"), values);
}

qint64 addCadre(Database &database, const QString &name, qint64 unitId, const QString &position,
                bool topLeader)
{
    static int serial = 0;
    return RecordRepository(database).create(
        QStringLiteral("cadres"),
        {{QStringLiteral("dossier_number"),
          QStringLiteral("T-%1").arg(++serial, 5, 10, QLatin1Char('0'))},
         {QStringLiteral("name"), name},
         {QStringLiteral("gender"), QStringLiteral("male")},
         {QStringLiteral("unit_id"), unitId},
         {QStringLiteral("position"), position.isNull() ? QStringLiteral("") : position},
         {QStringLiteral("is_top_leader"), topLeader ? 1 : 0}});
}

} // namespace TestDatabase
