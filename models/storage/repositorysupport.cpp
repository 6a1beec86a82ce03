#include "repositorysupport.h"

#include "sql.h"

#include <QDateTime>
#include <QStringList>

namespace RepositorySupport {

QJsonObject toJson(const QVariantMap &map)
{
    return QJsonObject::fromVariantMap(map);
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString explainConstraint(const QString &table, const QString &error)
{
    if (error.contains(QLatin1String("FOREIGN KEY")))
        return QCoreApplication::translate("RecordRepository",
                                           "The %1 record refers to a record that does not exist, "
                                           "or other records still depend on it.")
            .arg(table);
    if (error.contains(QLatin1String("UNIQUE")))
        return QCoreApplication::translate(
                   "RecordRepository", "A %1 record with the same number or key already exists.")
            .arg(table);
    if (error.contains(QLatin1String("CHECK")))
        return QCoreApplication::translate("RecordRepository",
                                           "The %1 record has a value outside what is allowed: %2")
            .arg(table, error);
    return error;
}

QString explainConstraint(const QString &table, const QSqlError &error)
{
    const QString known = Sql::knownFault(error);
    return known.isEmpty() ? explainConstraint(table, error.text()) : known;
}

} // namespace RepositorySupport
