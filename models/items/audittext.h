#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The audit trail in words, for the auditor's viewer: what was done ("Role changed"), to what
// ("Talk", "Account"), and what changed, with field, setting and role names instead of keys,
// columns and stored values. The raw entry stays in the trail and its CSV export.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString action(const QString &action, const QString &entity);
    // The kind of thing the entry is about; empty when it is about nothing in particular.
    static QString subject(const QString &entity);
    static QString change(const QString &entity, const QString &action, const QJsonObject &before,
                          const QJsonObject &after);
};
