#include "schemacheck.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaCheck", text);
}

struct Object
{
    QString type;
    QString sql;
};

// Every object but SQLite's own, keyed by name, its SQL with runs of white space made one.
QMap<QString, Object> objects(const QSqlDatabase &db)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QMap<QString, Object> result;
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT type, name, coalesce(sql, '') FROM "
                                                  "sqlite_master WHERE name NOT LIKE 'sqlite_%'"));
    while (query.next())
        result.insert(query.value(1).toString(),
                      {query.value(0).toString(),
                       query.value(2).toString().replace(space, QStringLiteral(" ")).trimmed()});
    return result;
}

} // namespace

namespace SchemaCheck {

QStringList differences(const QSqlDatabase &db)
{
    const auto reference = Database::openInMemory();
    const QMap<QString, Object> expected = objects(reference->connection());
    const QMap<QString, Object> actual = objects(db);
    QStringList problems;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            problems << tr("The %1 %2 is missing from the database.").arg(it->type, it.key());
        else if (found->sql != it->sql)
            problems << tr("The %1 %2 has been altered.").arg(it->type, it.key());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            problems << tr("The %1 %2 is not one of the program's own.").arg(it->type, it.key());
    }
    return problems;
}

} // namespace SchemaCheck
