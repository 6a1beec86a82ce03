#include "audittext.h"

#include "domain/recordkinds.h"
#include "domain/role.h"
#include "items/auditchanges.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QStringList>

namespace {

using AuditNames = QList<QPair<const char *, const char *>>;

// The translated name `names` gives `key`; empty when it gives none.
QString auditName(const AuditNames &names, const QString &key)
{
    for (const auto &name : names) {
        if (key == QLatin1String(name.first))
            return AuditText::tr(name.second);
    }
    return {};
}

bool isAuditedRecordTable(const QString &entity)
{
    return RecordKinds::title(entity) != entity;
}

// What an entry's details are called, for the entries that are not about a record.
QString auditDetailLabel(const QString &key)
{
    static const AuditNames labels = {
        {"role", QT_TRANSLATE_NOOP("AuditText", "Role")},
        {"name", QT_TRANSLATE_NOOP("AuditText", "Name")},
        {"real_name", QT_TRANSLATE_NOOP("AuditText", "Person")},
        {"post", QT_TRANSLATE_NOOP("AuditText", "Post")},
        {"reason", QT_TRANSLATE_NOOP("AuditText", "Reason")},
        {"file", QT_TRANSLATE_NOOP("AuditText", "File")},
        {"from", QT_TRANSLATE_NOOP("AuditText", "From")},
        {"destination", QT_TRANSLATE_NOOP("AuditText", "Destination")},
        {"units", QT_TRANSLATE_NOOP("AuditText", "Units")},
        {"all_units", QT_TRANSLATE_NOOP("AuditText", "Every unit")},
        {"disabled", QT_TRANSLATE_NOOP("AuditText", "Disabled")},
        {"encrypted", QT_TRANSLATE_NOOP("AuditText", "Encrypted")},
        {"head", QT_TRANSLATE_NOOP("AuditText", "Chain head")},
        {"chain_head", QT_TRANSLATE_NOOP("AuditText", "Chain head")},
        {"entries", QT_TRANSLATE_NOOP("AuditText", "Entries")},
        {"up_to", QT_TRANSLATE_NOOP("AuditText", "Up to entry")},
        {"until", QT_TRANSLATE_NOOP("AuditText", "Until")},
        {"source", QT_TRANSLATE_NOOP("AuditText", "Source")},
        {"signature", QT_TRANSLATE_NOOP("AuditText", "Signature")},
        {"public_key", QT_TRANSLATE_NOOP("AuditText", "Public key")},
        {"sections", QT_TRANSLATE_NOOP("AuditText", "Sections")},
        {"rows", QT_TRANSLATE_NOOP("AuditText", "Rows")},
        {"pages", QT_TRANSLATE_NOOP("AuditText", "Pages")},
        {"permission", QT_TRANSLATE_NOOP("AuditText", "Permission")},
        {"failures", QT_TRANSLATE_NOOP("AuditText", "Failed attempts")},
        {"bytes", QT_TRANSLATE_NOOP("AuditText", "Size in bytes")},
        {"cadres", QT_TRANSLATE_NOOP("AuditText", "Cadres")},
        {"changes", QT_TRANSLATE_NOOP("AuditText", "Changes")},
        {"report", QT_TRANSLATE_NOOP("AuditText", "Paper")},
        {"database_id", QT_TRANSLATE_NOOP("AuditText", "Database identity")},
        {"replaced_database", QT_TRANSLATE_NOOP("AuditText", "Replaced database")},
        {"replaced_entries", QT_TRANSLATE_NOOP("AuditText", "Replaced trail's entries")},
        {"replaced_head", QT_TRANSLATE_NOOP("AuditText", "Replaced trail's head")},
        {"replaced_newest_seal", QT_TRANSLATE_NOOP("AuditText", "Replaced trail's newest seal")},
        {"include_closed_clues", QT_TRANSLATE_NOOP("AuditText", "With closed clues")},
        {"scale", QT_TRANSLATE_NOOP("AuditText", "Scale")},
        {"seed", QT_TRANSLATE_NOOP("AuditText", "Seed")},
        {"records", QT_TRANSLATE_NOOP("AuditText", "Records")},
        {"account", QT_TRANSLATE_NOOP("AuditText", "Account")},
    };
    return auditName(labels, key);
}

QString auditDetailValue(const QString &key, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? AuditText::tr("yes") : AuditText::tr("no");
    if (value.isDouble()) {
        if (key == QLatin1String("permission"))
            return Roles::permissionName(Permission(value.toInt()));
        return QString::number(value.toDouble(), 'g', 15);
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << auditDetailValue(key, item);
        return parts.join(QStringLiteral(", "));
    }
    const QString text = value.toString();
    if (key == QLatin1String("role") && Roles::keys().contains(text))
        return Roles::displayName(Roles::fromKey(text));
    // Hashes, keys and signatures: their start is enough to compare with a printed copy.
    if (text.size() >= 40 && !text.contains(QLatin1Char(' ')) && !text.contains(QLatin1Char('/')))
        return text.left(12) + QStringLiteral("…");
    return text;
}

QStringList auditDetails(const QJsonObject &object)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isNull() || it.key().endsWith(QLatin1String("_id")))
            continue;
        const QString label = auditDetailLabel(it.key());
        const QString value = auditDetailValue(it.key(), it.value());
        if (value.isEmpty())
            continue;
        parts << (label.isEmpty() ? value : AuditText::tr("%1: %2").arg(label, value));
    }
    return parts;
}

} // namespace

QString AuditText::action(const QString &action, const QString &entity)
{
    // A whole database put back from a backup, not a record put back by undo.
    if (action == QLatin1String("restore") && entity == QLatin1String("database"))
        return tr("Restored from a backup");
    if (action.startsWith(QLatin1String("backup")))
        return tr("Backed up");
    static const AuditNames names = {
        {"dossier.view", QT_TRANSLATE_NOOP("AuditText", "Dossier viewed")},
        {"database.migrate", QT_TRANSLATE_NOOP("AuditText", "Moved to the server")},
        {"login", QT_TRANSLATE_NOOP("AuditText", "Signed in")},
        {"login.failed", QT_TRANSLATE_NOOP("AuditText", "Sign-in failed")},
        {"logout", QT_TRANSLATE_NOOP("AuditText", "Signed out")},
        {"access.refused", QT_TRANSLATE_NOOP("AuditText", "Refused")},
        {"account.create", QT_TRANSLATE_NOOP("AuditText", "Account created")},
        {"account.disable", QT_TRANSLATE_NOOP("AuditText", "Account disabled")},
        {"account.link", QT_TRANSLATE_NOOP("AuditText", "Account linked to a cadre")},
        {"account.password", QT_TRANSLATE_NOOP("AuditText", "Password changed")},
        {"account.profile", QT_TRANSLATE_NOOP("AuditText", "Account's person changed")},
        {"account.reset", QT_TRANSLATE_NOOP("AuditText", "Password reset")},
        {"account.role", QT_TRANSLATE_NOOP("AuditText", "Role changed")},
        {"account.scope", QT_TRANSLATE_NOOP("AuditText", "Unit scope changed")},
        {"account.acknowledge", QT_TRANSLATE_NOOP("AuditText", "Account change acknowledged")},
        {"audit.seal", QT_TRANSLATE_NOOP("AuditText", "Trail sealed")},
        {"audit.export", QT_TRANSLATE_NOOP("AuditText", "Trail exported")},
        {"settings.change", QT_TRANSLATE_NOOP("AuditText", "Setting changed")},
        {"statistics.rebuild", QT_TRANSLATE_NOOP("AuditText", "Statistics rebuilt")},
        {"demo.generate", QT_TRANSLATE_NOOP("AuditText", "Demo data made")},
        {"import", QT_TRANSLATE_NOOP("AuditText", "Imported")},
        {"import.undo", QT_TRANSLATE_NOOP("AuditText", "Import undone")},
        {"review_package.export", QT_TRANSLATE_NOOP("AuditText", "Review package sent")},
        {"review_package.return", QT_TRANSLATE_NOOP("AuditText", "Return package made")},
        {"review_package.merge", QT_TRANSLATE_NOOP("AuditText", "Return package merged")},
        {"review_copy.open", QT_TRANSLATE_NOOP("AuditText", "Review copy opened")},
    };
    if (const QString name = auditName(names, action); !name.isEmpty())
        return name;
    // The record actions (added, changed, deleted, printed …) as the change history names them.
    const QString label = AuditChanges::actionLabel(action);
    return label != action ? label : tr("Other action");
}

QString AuditText::subject(const QString &entity)
{
    if (entity.isEmpty())
        return {};
    if (isAuditedRecordTable(entity))
        return RecordKinds::title(entity);
    static const AuditNames names = {
        {"accounts", QT_TRANSLATE_NOOP("AuditText", "Account")},
        {"database", QT_TRANSLATE_NOOP("AuditText", "Database")},
        {"spreadsheet", QT_TRANSLATE_NOOP("AuditText", "Spreadsheet")},
        {"settings", QT_TRANSLATE_NOOP("AuditText", "Settings")},
        {"permission", QT_TRANSLATE_NOOP("AuditText", "Permission")},
        {"audit_log", QT_TRANSLATE_NOOP("AuditText", "Audit trail")},
        {"audit_seals", QT_TRANSLATE_NOOP("AuditText", "Seal")},
        {"summary_templates", QT_TRANSLATE_NOOP("AuditText", "Summary template")},
        {"opinion_batches", QT_TRANSLATE_NOOP("AuditText", "Integrity opinion reply")},
        {"dossier_summary", QT_TRANSLATE_NOOP("AuditText", "Dossier summary")},
        {"articles", QT_TRANSLATE_NOOP("AuditText", "Regulation article")},
        {"review_packages", QT_TRANSLATE_NOOP("AuditText", "Review package")},
        {"opinion_reply", QT_TRANSLATE_NOOP("AuditText", "Integrity opinion reply")},
        {"review_report", QT_TRANSLATE_NOOP("AuditText", "Review report")},
        {"review_opinion", QT_TRANSLATE_NOOP("AuditText", "Review opinion")},
        {"sanction_decision", QT_TRANSLATE_NOOP("AuditText", "Sanction decision (draft)")},
        {"review_talk_record", QT_TRANSLATE_NOOP("AuditText", "Review talk record")},
    };
    const QString name = auditName(names, entity);
    return name.isEmpty() ? tr("Other") : name;
}

QString AuditText::change(const QString &entity, const QString &action, const QJsonObject &before,
                          const QJsonObject &after)
{
    if (entity == QLatin1String("settings")) {
        QStringList lines;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            const std::optional<SettingDefinition> setting = SettingsStore::find(it.key());
            lines << tr("%1: %2 → %3")
                         .arg(setting ? setting->name : tr("Setting"),
                              before.value(it.key()).toString(), it.value().toString());
        }
        return lines.join(QStringLiteral("; "));
    }
    if (isAuditedRecordTable(entity)
        && QStringList{QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
                       QStringLiteral("restore"), QStringLiteral("advance"),
                       QStringLiteral("retract")}
               .contains(action))
        return AuditChanges::describe(entity, action, before, after).join(QStringLiteral("; "));
    const QStringList was = auditDetails(before);
    const QStringList is = auditDetails(after);
    if (!was.isEmpty() && !is.isEmpty())
        return was.join(QStringLiteral(", ")) + QStringLiteral(" → ")
               + is.join(QStringLiteral(", "));
    return (was + is).join(QStringLiteral(", "));
}
