#pragma once

#include "role.h"

#include <QSet>
#include <QString>

#include <memory>

class SigningKey;

// Who is signed in to one Database. Only Accounts::signIn makes one, and the Database holds it
// for as long as it is open; every repository and service asks it before reading or writing.
struct Session
{
    qint64 accountId = 0;
    QString accountName;
    QString realName; // the person, e.g. 王芳; empty when not recorded
    QString post;
    Role role = Role::None;
    qint64 cadreId = 0;   // the cadre the account is linked to, 0 if none
    bool allUnits = true; // else only the units below `units`
    QSet<qint64> units;   // the scope's units with every unit below them
    // Made or reset by an administrator: the account may do nothing until its owner has set a
    // password of its own.
    bool mustChangePassword = false;
    // Signed in on the account's own server role, where the server keeps it to its rights and
    // names the cadres closed to it (ServerSecurity).
    bool ownServerRole = false;
    mutable QSet<qint64> viewed; // dossiers whose view is in the audit trail already
    // Unlocked with the account's own password at sign-in; signs seals. Null before the owner
    // set a password of their own.
    std::shared_ptr<const SigningKey> signingKey;

    bool can(Permission permission) const
    {
        return !mustChangePassword && Roles::has(role, permission);
    }
};
