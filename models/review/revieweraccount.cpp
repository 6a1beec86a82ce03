#include "revieweraccount.h"

#include "domain/dataerror.h"

#include <QRegularExpression>

QJsonObject ReviewerAccount::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("real_name"), realName},
            {QStringLiteral("post"), post},
            {QStringLiteral("password_hash"), passwordHash},
            {QStringLiteral("public_key"), signingKey.publicKey},
            {QStringLiteral("sealed_key"), signingKey.sealedSecret}};
}

ReviewerAccount ReviewerAccount::fromJson(const QJsonObject &object)
{
    ReviewerAccount account;
    account.name = object.value(QStringLiteral("name")).toString().trimmed();
    account.realName = object.value(QStringLiteral("real_name")).toString().trimmed();
    account.post = object.value(QStringLiteral("post")).toString().trimmed();
    account.passwordHash = object.value(QStringLiteral("password_hash")).toString();
    account.signingKey.publicKey = object.value(QStringLiteral("public_key")).toString();
    account.signingKey.sealedSecret = object.value(QStringLiteral("sealed_key")).toString();
    static const QRegularExpression hexKey(QStringLiteral("^[0-9a-f]{64}$"));
    if (account.name.isEmpty() || account.passwordHash.isEmpty() || account.signingKey.isNull()
        || !hexKey.match(account.signingKey.publicKey).hasMatch())
        throw DataError(tr("The package's reviewer account is not readable by this version of "
                           "the program."));
    return account;
}
