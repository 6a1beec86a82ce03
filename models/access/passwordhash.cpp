#include "passwordhash.h"

#include "domain/dataerror.h"
#include "keycost.h"

#include <QCoreApplication>
#include <sodium.h>

namespace PasswordHash {

void initialize()
{
    if (sodium_init() < 0)
        throw DataError(QCoreApplication::translate(
            "PasswordHash", "The cryptography library could not start (no source of randomness)."));
}

QString hash(const QString &password)
{
    initialize();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), KeyCost::passwordPasses,
                          KeyCost::passwordMemory)
        != 0)
        throw DataError(QCoreApplication::translate(
            "PasswordHash", "There is not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    initialize();
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
           == 0;
}

bool isCurrent(const QString &storedHash)
{
    initialize();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), KeyCost::passwordPasses,
                                          KeyCost::passwordMemory)
           == 0;
}

QString unknownAccountHash()
{
    // Of 32 random bytes, thrown away, at the build's cost; a test checks it is today's.
    if constexpr (KeyCost::low)
        return QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$Me7uPUs7LzK2MDqoQswkFA$"
                              "tpj6RUvsP5mFX79Ub5xB99v4YKIaAin6dsyYfturI10");
    return QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$A/u0ec04i9q/a/fxmVZQ0Q$"
                          "zd3VakGc4/TwLO0FG6Cq1TJPg4w/29oKkNljYJ5/hQU");
}

bool lowCostBuild()
{
    return KeyCost::low;
}

} // namespace PasswordHash
