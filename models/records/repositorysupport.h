#pragma once

#include "storage/sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlError>
#include <QString>
#include <QVariantMap>

// Small helpers the record repository's files share.
namespace RepositorySupport {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("RecordRepository", text, disambiguation, n);
}

QJsonObject toJson(const QVariantMap &map);
// "?, ?, ?" for `count` bound values.
QString placeholders(int count);
// The time of a write, UTC, ISO 8601.
QString now();
// The schema's own refusals, said in words a user can act on; `error` when it is none.
QString explainConstraint(const QString &table, const Sql::Constraint &broken,
                          const QString &error);
// The same for a failed statement, with a full disk or a read-only or locked file told plainly.
QString explainConstraint(const QString &table, const QSqlError &error);

} // namespace RepositorySupport
