#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class Database;

// An account's Ed25519 signing key (libsodium crypto_sign). The public half is kept in the
// database; the secret half only encrypted under a key derived from the account's own password
// (Argon2id, XSalsa20-Poly1305), so the key signs only while its owner is signed in, and an
// administrator who resets the password gets no key with it. Unlocked at sign-in, it lives in
// guarded memory for the session and signs the seals over the audit trail.
class SigningKey
{
public:
    ~SigningKey();
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    // The account's key, unlocked with its password; null when the account has none that this
    // password opens (never set a password of its own since its last reset).
    static std::unique_ptr<SigningKey> unlock(const Database &database, qint64 accountId,
                                              const QString &password);
    // A new key for the account, sealed under `password`; the account's earlier keys are
    // retired (their seals stay verifiable). Inside the caller's transaction.
    static std::unique_ptr<SigningKey> create(const Database &database, qint64 accountId,
                                              const QString &password);
    // The key sealed anew under a new password (the old one is known: it was just checked).
    void reseal(const Database &database, const QString &password) const;
    // The key's stored form (sealed under its owner's password) in `database`; empty if absent.
    QString storedForm(const Database &database) const;

    // An account's key as stored, not opened: its public half and its secret sealed under the
    // owner's password. Sealed, it may travel: a review package carries its reviewer's, and
    // the review copy keeps it for the same account, where the same password opens it.
    struct Stored
    {
        QString publicKey; // hexadecimal
        QString sealedSecret;

        bool isNull() const { return publicKey.isEmpty() || sealedSecret.isEmpty(); }
    };
    // The account's current key as stored; null when it has none (it never set a password of
    // its own).
    static Stored stored(const Database &database, qint64 accountId);
    // Makes `key` the current key of `accountId` in `database`, still sealed; inside the
    // caller's transaction.
    static void adopt(const Database &database, qint64 accountId, const Stored &key);

    qint64 id() const { return m_id; }
    // Hexadecimal, as stored.
    QString publicKey() const;
    QByteArray sign(const QByteArray &message) const;
    static bool verify(const QString &publicKey, const QByteArray &message,
                       const QByteArray &signature);

private:
    SigningKey();

    qint64 m_id = 0;
    QByteArray m_public;
    unsigned char *m_secret = nullptr; // sodium_malloc'ed, locked, freed with sodium_free
};
