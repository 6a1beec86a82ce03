#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Audit entries in words: "Changed", "Date: 2024-03-01 → 2024-03-05", with field labels and
// vocabulary labels instead of column names and stored keys.
class AuditChanges
{
    Q_DECLARE_TR_FUNCTIONS(AuditChanges)

public:
    static QString actionLabel(const QString &action);
    // One line per field: "Label: value" for created and deleted records, "Label: old → new"
    // for changes.
    static QStringList describe(const QString &entity, const QString &action,
                                const QJsonObject &before, const QJsonObject &after);
    // One field's stored value as a user reads it.
    static QString valueText(const QString &entity, const QString &column, const QJsonValue &value,
                             const QJsonObject &record);
};
