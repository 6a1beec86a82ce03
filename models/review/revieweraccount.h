#pragma once

#include "access/signingkey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The reviewer's account as a review package carries it, when the package is sent to an
// account of the commission's database (ReviewPackageRequest::reviewerAccount): its name, the
// person's name and post, its password hash and its signing key exactly as stored — the secret
// sealed under the reviewer's own password (SigningKey::Stored). Nothing here opens without
// that password, so it may travel inside the encrypted package. The review copy makes the same
// account from it (ReviewCopy::open): the reviewer signs in there with their usual name and
// password, which opens the same key, and the return package is signed with it — the key the
// commission recorded as the package's expected signer. No key file is handed to anyone.
//
// What does not travel: the account's role, units and link to a cadre, which belong to the
// commission's database. On the copy the account is a case officer over every unit of the copy
// and linked to no cadre.
struct ReviewerAccount
{
    Q_DECLARE_TR_FUNCTIONS(ReviewerAccount)

public:
    QString name;
    QString realName;
    QString post;
    QString passwordHash; // PasswordHash's Argon2id string, as stored
    SigningKey::Stored signingKey;

    bool isValid() const { return !name.isEmpty(); }
    // The person's name when recorded, else the account's.
    QString displayName() const { return realName.isEmpty() ? name : realName; }

    QJsonObject toJson() const;
    // Throws DataError when `object` is not what toJson() wrote.
    static ReviewerAccount fromJson(const QJsonObject &object);
};
