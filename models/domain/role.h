#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The roles of the separated-administrators convention plus the business roles. Each account
// holds one; a role is a fixed set of permissions, checked in models/ before anything is read
// or written.
enum class Role {
    None,            // signed in, but granted nothing yet: may only change its password
    Administrator,   // 系统管理员: accounts, backups, settings; never reads dossiers
    SecurityOfficer, // 安全保密管理员: grants roles, unit scopes and cadre links
    Auditor,         // 安全审计员: reads the audit trail only
    CaseOfficer,     // 档案管理员: reads and writes records within its units
    Reviewer,        // 查阅人员: reads within its units, changes nothing
};

enum class Permission {
    ManageAccounts, // create accounts, reset passwords, disable
    GrantRoles,     // roles, unit scopes, cadre links
    ReadAudit,
    ReadDossiers,
    WriteRecords,
    ExportData,
    ImportData,
    Backup,
    ChangeSettings,
    SeeIdentityNumbers, // identity-card numbers whole; everyone else sees them masked
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static bool has(Role role, Permission permission);
    // The stored key: administrator, security, auditor, officer, reviewer, none.
    static QString key(Role role);
    // Throws DataError for an unknown key.
    static Role fromKey(const QString &key);
    static QStringList keys();
    // The role's name for people, e.g. "Security administrator" (安全保密管理员).
    static QString displayName(Role role);
    static QString permissionName(Permission permission);
};
