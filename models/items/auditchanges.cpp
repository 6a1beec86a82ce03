#include "auditchanges.h"

#include "domain/cluestatemachine.h"
#include "domain/recordkinds.h"
#include "domain/vocabulary.h"

#include <QSet>

namespace {

// Bookkeeping fields that say nothing to a reader.
bool isBookkeeping(const QString &column)
{
    static const QSet<QString> hidden{QStringLiteral("id"),
                                      QStringLiteral("cadre_id"),
                                      QStringLiteral("responsible_cadre_id"),
                                      QStringLiteral("pinyin_full"),
                                      QStringLiteral("pinyin_initials"),
                                      QStringLiteral("created_at"),
                                      QStringLiteral("updated_at"),
                                      QStringLiteral("content"),
                                      QStringLiteral("step_id"),
                                      QStringLiteral("sha256")};
    return hidden.contains(column);
}

} // namespace

QString AuditChanges::actionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("restore"))
        return tr("Put back (undo or redo)");
    if (action == QLatin1String("advance"))
        return tr("Clue step");
    if (action == QLatin1String("retract"))
        return tr("Clue step taken back");
    if (action == QLatin1String("view"))
        return tr("Viewed");
    if (action == QLatin1String("print"))
        return tr("Printed");
    if (action == QLatin1String("export"))
        return tr("Exported");
    return action;
}

QString AuditChanges::valueText(const QString &entity, const QString &column,
                                const QJsonValue &value, const QJsonObject &record)
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 15)
                         : value.isBool() ? QString::number(value.toBool())
                                          : value.toString();
    if (column == QLatin1String("state") || column == QLatin1String("to_state")
        || column == QLatin1String("from_state") || column == QLatin1String("disposition"))
        return ClueStateMachine::stateLabel(text);
    if (column == QLatin1String("outcome"))
        return Vocabulary::label(QStringLiteral("clue_subjects.outcome"), text);
    const RecordKind kind = RecordKinds::kind(entity);
    if (const FieldDescription *field = kind.field(column)) {
        if (field->type == FieldType::Vocabulary) {
            QVariantMap values;
            if (!field->dependsOn.isEmpty())
                values.insert(field->dependsOn, record.value(field->dependsOn).toString());
            return Vocabulary::label(field->vocabularyFor(values), text);
        }
        if (field->type == FieldType::Boolean)
            return value.toInt() ? tr("Yes") : tr("No");
    }
    return text.simplified();
}

QStringList AuditChanges::describe(const QString &entity, const QString &action,
                                   const QJsonObject &before, const QJsonObject &after)
{
    QStringList lines;
    const bool change = action == QLatin1String("update") || action == QLatin1String("advance")
                        || action == QLatin1String("retract");
    if (change) {
        QStringList columns = before.keys() + after.keys();
        columns.removeDuplicates();
        for (const QString &column : columns) {
            if (isBookkeeping(column))
                continue;
            lines << tr("%1: %2 → %3")
                         .arg(RecordKinds::fieldLabel(entity, column),
                              valueText(entity, column, before.value(column), before),
                              valueText(entity, column, after.value(column), after));
        }
        return lines;
    }
    const QJsonObject &record = after.isEmpty() ? before : after;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (isBookkeeping(it.key()) || it.value().isNull()
            || (it.value().isString() && it.value().toString().isEmpty()))
            continue;
        lines << tr("%1: %2").arg(RecordKinds::fieldLabel(entity, it.key()),
                                  valueText(entity, it.key(), it.value(), record));
    }
    return lines;
}
