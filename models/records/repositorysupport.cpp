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

QString explainConstraint(const QString &table, const Sql::Constraint &broken, const QString &error)
{
    // Said with the record kind's and the field's names: the engine's own text names tables and
    // columns, which never reach a user.
    using Kind = Sql::Constraint::Kind;
    const QString kind = RecordKinds::title(table);
    const QString field
        = broken.column.isEmpty() ? QString() : RecordKinds::fieldLabel(table, broken.column);
    const bool named = !field.isEmpty() && field != broken.column;
    switch (broken.kind) {
    case Kind::ForeignKey:
        return QCoreApplication::translate("RecordRepository",
                                           "The %1 record refers to a record that does not exist, "
                                           "or other records still depend on it.")
            .arg(kind);
    case Kind::Unique:
        return named
                   ? QCoreApplication::translate(
                         "RecordRepository",
                         "Another %1 record has the same %2; it must differ from record to record.")
                         .arg(kind, field)
                   : QCoreApplication::translate(
                         "RecordRepository",
                         "A %1 record with the same number or key already exists.")
                         .arg(kind);
    case Kind::NotNull:
        return named ? QCoreApplication::translate("RecordRepository", "The %1 record needs %2.")
                           .arg(kind, field)
                     : QCoreApplication::translate("RecordRepository",
                                                   "The %1 record lacks a value it needs.")
                           .arg(kind);
    case Kind::Check:
        return named ? QCoreApplication::translate("RecordRepository",
                                                   "The %1 record's %2 is not one of the values "
                                                   "allowed.")
                           .arg(kind, field)
                     : QCoreApplication::translate(
                           "RecordRepository", "The %1 record has a value outside what is allowed.")
                           .arg(kind);
    case Kind::None:
        break;
    }
    return error;
}

QString explainConstraint(const QString &table, const QSqlError &error)
{
    const QString known = Sql::knownFault(error);
    return known.isEmpty() ? explainConstraint(table, Sql::brokenConstraint(error), error.text())
                           : known;
}

} // namespace RepositorySupport
