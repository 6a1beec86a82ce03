#include "repositorysupport.h"

#include "domain/recordkinds.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QRegularExpression>
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

QString explainConstraint(const QString &table, const QString &error)
{
    // Said with the record kind's and the field's names: SQLite's own text names tables and
    // columns, which never reach a user.
    const QString kind = RecordKinds::title(table);
    // "CHECK constraint failed: held_by IN (…)", "UNIQUE constraint failed: cadres.dossier_number"
    static const QRegularExpression failed(
        QStringLiteral("constraint failed: (?:[a-z_]+\\.)?([a-z_]+)"));
    const QRegularExpressionMatch match = failed.match(error);
    const QString field
        = match.hasMatch() ? RecordKinds::fieldLabel(table, match.captured(1)) : QString();
    const bool named = !field.isEmpty() && field != match.captured(1);
    if (error.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return QCoreApplication::translate("RecordRepository",
                                           "The %1 record refers to a record that does not exist, "
                                           "or other records still depend on it.")
            .arg(kind);
    if (error.contains(QLatin1String("UNIQUE constraint failed")))
        return named
                   ? QCoreApplication::translate(
                         "RecordRepository",
                         "Another %1 record has the same %2; it must differ from record to record.")
                         .arg(kind, field)
                   : QCoreApplication::translate(
                         "RecordRepository",
                         "A %1 record with the same number or key already exists.")
                         .arg(kind);
    if (error.contains(QLatin1String("NOT NULL constraint failed")))
        return named ? QCoreApplication::translate("RecordRepository", "The %1 record needs %2.")
                           .arg(kind, field)
                     : QCoreApplication::translate("RecordRepository",
                                                   "The %1 record lacks a value it needs.")
                           .arg(kind);
    if (error.contains(QLatin1String("CHECK constraint failed")))
        return named ? QCoreApplication::translate("RecordRepository",
                                                   "The %1 record's %2 is not one of the values "
                                                   "allowed.")
                           .arg(kind, field)
                     : QCoreApplication::translate(
                           "RecordRepository", "The %1 record has a value outside what is allowed.")
                           .arg(kind);
    return error;
}

QString explainConstraint(const QString &table, const QSqlError &error)
{
    const QString known = Sql::knownFault(error);
    return known.isEmpty() ? explainConstraint(table, error.text()) : known;
}

} // namespace RepositorySupport
