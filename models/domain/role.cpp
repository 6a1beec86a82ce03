#include "role.h"

#include "dataerror.h"

namespace {

struct RoleInfo
{
    Role role;
    const char *key;
};

constexpr RoleInfo kRoles[] = {
    {Role::None, "none"},
    {Role::Administrator, "administrator"},
    {Role::SecurityOfficer, "security"},
    {Role::Auditor, "auditor"},
    {Role::CaseOfficer, "officer"},
    {Role::Reviewer, "reviewer"},
};

} // namespace

bool Roles::has(Role role, Permission permission)
{
    switch (role) {
    case Role::None:
        return false;
    case Role::Administrator:
        return permission == Permission::ManageAccounts || permission == Permission::Backup
               || permission == Permission::ChangeSettings;
    case Role::SecurityOfficer:
        return permission == Permission::GrantRoles;
    case Role::Auditor:
        return permission == Permission::ReadAudit;
    case Role::CaseOfficer:
        return permission == Permission::ReadDossiers || permission == Permission::WriteRecords
               || permission == Permission::ExportData || permission == Permission::ImportData
               || permission == Permission::SeeIdentityNumbers;
    case Role::Reviewer:
        return permission == Permission::ReadDossiers;
    }
    return false;
}

QString Roles::key(Role role)
{
    for (const RoleInfo &info : kRoles)
        if (info.role == role)
            return QString::fromLatin1(info.key);
    return {};
}

Role Roles::fromKey(const QString &key)
{
    for (const RoleInfo &info : kRoles)
        if (key == QLatin1String(info.key))
            return info.role;
    throw DataError(tr("There is no role called \"%1\"; the roles are: %2.")
                        .arg(key, keys().join(QStringLiteral(", "))));
}

QStringList Roles::keys()
{
    QStringList result;
    for (const RoleInfo &info : kRoles)
        result << QString::fromLatin1(info.key);
    return result;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::None:
        return tr("No role yet");
    case Role::Administrator:
        return tr("System administrator");
    case Role::SecurityOfficer:
        return tr("Security administrator");
    case Role::Auditor:
        return tr("Security auditor");
    case Role::CaseOfficer:
        return tr("Case officer");
    case Role::Reviewer:
        return tr("Reviewer (read only)");
    }
    return {};
}

QString Roles::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ManageAccounts:
        return tr("manage accounts");
    case Permission::GrantRoles:
        return tr("grant roles");
    case Permission::ReadAudit:
        return tr("read the audit trail");
    case Permission::ReadDossiers:
        return tr("read dossiers");
    case Permission::WriteRecords:
        return tr("change records");
    case Permission::ExportData:
        return tr("export data");
    case Permission::ImportData:
        return tr("import data");
    case Permission::Backup:
        return tr("make and restore backups");
    case Permission::ChangeSettings:
        return tr("change settings");
    case Permission::SeeIdentityNumbers:
        return tr("see identity-card numbers");
    }
    return {};
}
