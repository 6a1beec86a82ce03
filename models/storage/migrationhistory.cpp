#include "migrationhistory.h"

#include "sql.h"
#include "sqlscript.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>

static void initializeMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace {

QStringList objectNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT type, name FROM sqlite_master WHERE "
                                                  "name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (query.next())
        names << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
    return names;
}

} // namespace

namespace MigrationHistory {

QVector<Script> scripts()
{
    static const bool initialized = [] {
        initializeMigrationResources();
        return true;
    }();
    Q_UNUSED(initialized);
    QVector<Script> result;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        result.append({file.section(QLatin1Char('_'), 0, 0).toInt(), dir.filePath(file)});
    return result;
}

QStringList statements(const Script &script)
{
    QFile file(script.resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return splitSqlScript(QString::fromUtf8(file.readAll()));
}

QStringList objectsAt(int version)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("migration-history-%1").arg(counter.fetchAndAddRelaxed(1));
    QStringList names;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (memory.open()) {
            for (const Script &script : scripts()) {
                if (script.version > version)
                    break;
                for (const QString &statement : statements(script))
                    Sql::run(memory, statement);
            }
            names = objectNames(memory);
            memory.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return names;
}

QStringList missing(const QSqlDatabase &db, int version)
{
    const QStringList present = objectNames(db);
    const QSet<QString> have(present.cbegin(), present.cend());
    QStringList lacking;
    for (const QString &object : objectsAt(version))
        if (!have.contains(object))
            lacking << object;
    return lacking;
}

} // namespace MigrationHistory
