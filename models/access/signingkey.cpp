#include "signingkey.h"
#include "keycost.h"

#include "domain/dataerror.h"
#include "passwordhash.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <sodium.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SigningKey", text);
}

// The key that seals a signing key: Argon2id over the password, as the password's own hash.
bool wrappingKey(unsigned char *key, const QString &password, const unsigned char *salt)
{
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash(key, crypto_secretbox_KEYBYTES, utf8.constData(), quint64(utf8.size()),
                         salt, KeyCost::passwordPasses, KeyCost::passwordMemory,
                         crypto_pwhash_ALG_ARGON2ID13)
           == 0;
}

// salt | nonce | secretbox(secret key), in hexadecimal.
QString seal(const unsigned char *secret, const QString &password)
{
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!wrappingKey(key, password, salt))
        throw DataError(QCoreApplication::translate(
            "SigningKey", "There is not enough memory to protect the signing key."));
    QByteArray boxed(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(boxed.data()), secret,
                          crypto_sign_SECRETKEYBYTES, nonce, key);
    sodium_memzero(key, sizeof key);
    return QString::fromLatin1((QByteArray(reinterpret_cast<const char *>(salt), sizeof salt)
                                + QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce)
                                + boxed)
                                   .toHex());
}

bool open(const QString &sealed, const QString &password, unsigned char *secret)
{
    const QByteArray bytes = QByteArray::fromHex(sealed.toLatin1());
    constexpr int head = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;
    if (bytes.size() != head + int(crypto_secretbox_MACBYTES) + int(crypto_sign_SECRETKEYBYTES))
        return false;
    const auto *salt = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *nonce = salt + crypto_pwhash_SALTBYTES;
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!wrappingKey(key, password, salt))
        return false;
    const bool opened = crypto_secretbox_open_easy(
                            secret, nonce + crypto_secretbox_NONCEBYTES,
                            crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, nonce, key)
                        == 0;
    sodium_memzero(key, sizeof key);
    return opened;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

SigningKey::SigningKey()
{
    PasswordHash::initialize();
    m_secret = static_cast<unsigned char *>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!m_secret)
        throw DataError(tr("There is not enough memory to protect the signing key."));
}

SigningKey::~SigningKey()
{
    sodium_free(m_secret);
}

std::unique_ptr<SigningKey> SigningKey::unlock(const Database &database, qint64 accountId,
                                               const QString &password)
{
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT id, public_key, sealed_secret FROM "
                                              "signing_keys WHERE account_id = ? AND retired_at "
                                              "IS NULL ORDER BY id DESC LIMIT 1"),
                               {accountId});
    if (!query.next())
        return nullptr;
    std::unique_ptr<SigningKey> key(new SigningKey);
    if (!open(query.value(2).toString(), password, key->m_secret))
        return nullptr;
    key->m_id = query.value(0).toLongLong();
    key->m_public = QByteArray::fromHex(query.value(1).toString().toLatin1());
    // The stored public half must be the secret's own.
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(derived, key->m_secret);
    if (key->m_public != QByteArray(reinterpret_cast<const char *>(derived), sizeof derived))
        return nullptr;
    return key;
}

std::unique_ptr<SigningKey> SigningKey::create(const Database &database, qint64 accountId,
                                               const QString &password)
{
    std::unique_ptr<SigningKey> key(new SigningKey);
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(publicKey, key->m_secret);
    key->m_public = QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey);
    const QSqlDatabase db = database.connection();
    Sql::run(db,
             QStringLiteral("UPDATE signing_keys SET retired_at = ? WHERE account_id = ? AND "
                            "retired_at IS NULL"),
             {now(), accountId});
    key->m_id = Sql::insert(db,
                            QStringLiteral("INSERT INTO signing_keys (account_id, public_key, "
                                           "sealed_secret, created_at) VALUES (?, ?, ?, ?)"),
                            {accountId, key->publicKey(), seal(key->m_secret, password), now()});
    return key;
}

void SigningKey::reseal(const Database &database, const QString &password) const
{
    Sql::run(database.connection(),
             QStringLiteral("UPDATE signing_keys SET sealed_secret = ? WHERE id = ?"),
             {seal(m_secret, password), m_id});
}

QString SigningKey::publicKey() const
{
    return QString::fromLatin1(m_public.toHex());
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()), m_secret);
    return signature;
}

bool SigningKey::verify(const QString &publicKey, const QByteArray &message,
                        const QByteArray &signature)
{
    PasswordHash::initialize();
    const QByteArray key = QByteArray::fromHex(publicKey.toLatin1());
    if (key.size() != int(crypto_sign_PUBLICKEYBYTES) || signature.size() != int(crypto_sign_BYTES))
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()), reinterpret_cast<const unsigned char *>(key.constData()))
           == 0;
}

QString SigningKey::storedForm(const Database &database) const
{
    return Sql::scalar(
               database.connection(),
               QStringLiteral("SELECT sealed_secret FROM signing_keys WHERE public_key = ?"),
               {publicKey()})
        .toString();
}

SigningKey::Stored SigningKey::stored(const Database &database, qint64 accountId)
{
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT public_key, sealed_secret FROM signing_keys "
                                              "WHERE account_id = ? AND retired_at IS NULL "
                                              "ORDER BY id DESC LIMIT 1"),
                               {accountId});
    if (!query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

void SigningKey::adopt(const Database &database, qint64 accountId, const Stored &key)
{
    const QSqlDatabase db = database.connection();
    Sql::run(db,
             QStringLiteral("UPDATE signing_keys SET retired_at = ? WHERE account_id = ? AND "
                            "retired_at IS NULL"),
             {now(), accountId});
    Sql::run(db,
             QStringLiteral("INSERT INTO signing_keys (account_id, public_key, sealed_secret, "
                            "created_at) VALUES (?, ?, ?, ?)"),
             {accountId, key.publicKey.toLower(), key.sealedSecret, now()});
}
