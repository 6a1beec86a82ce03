#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class SigningKey;

// What a review package (审理包) or a return package (回传包) says about itself, readable
// without the key.
struct PackageHeader
{
    QString kind;       // "review" or "return"
    QString packageId;  // 128 random bits in hexadecimal; made when sealing if empty
    QString replyTo;    // a return package: the id of the review package it answers
    QString databaseId; // the exporting commission database's identity (Setting::DatabaseId)
    QString commission; // the commission's name, for messages
    QString exportedBy;
    QDateTime exportedAt;
    QDate expiresOn;
    QString caseNumbers;     // for display
    QString signerPublicKey; // a return package: its signer's Ed25519 key in hexadecimal
};

// The envelope of a package: its file format, encryption, signature and the refusals on
// opening. The payload is opaque bytes; nothing decrypted is ever written to a disk.
//
// A package is sealed either with a passphrase (Argon2id over it and a random salt) or to a
// reviewer's X25519 public key (a random file key in a crypto_box_seal). The payload is
// encrypted with XChaCha20-Poly1305, with every byte before it as associated data, so a change
// to the header is detected. A return package is also signed (Ed25519) over every byte before
// the signature. A reviewer has two key pairs, not one key converted for both uses: an X25519
// pair that review packages are sealed to, and an Ed25519 pair that signs return packages
// (or the SigningKey of their account).
//
// Layout, numbers big-endian:
//   "IDRPKG1\n" | u32 n | n bytes of header, UTF-8 JSON
//   u8 sealing: 1 = passphrase: salt (16) | passes (u64) | memory (u64)
//               2 = public key: recipient's X25519 key (32) | crypto_box_seal(file key) (80)
//   key check (32): BLAKE2b keyed with the file key over a label, to tell a wrong key apart
//                   from a changed file
//   nonce (24) | u64 m | m bytes of ciphertext (associated data: every byte above)
//   signature (64), return packages only: Ed25519 over every byte above
class PackageEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(PackageEnvelope)

public:
    // A secret key in guarded memory (sodium_malloc), wiped and freed with it.
    class SecretKey
    {
    public:
        SecretKey() = default;
        explicit SecretKey(int size);
        ~SecretKey();
        SecretKey(SecretKey &&other) noexcept;
        SecretKey &operator=(SecretKey &&other) noexcept;
        SecretKey(const SecretKey &) = delete;
        SecretKey &operator=(const SecretKey &) = delete;

        // Copies `bytes` into guarded memory and wipes them.
        static SecretKey takeFrom(QByteArray &bytes);
        bool isNull() const { return !m_data; }
        int size() const { return m_size; }
        unsigned char *data() { return m_data; }
        const unsigned char *data() const { return m_data; }

    private:
        unsigned char *m_data = nullptr;
        int m_size = 0;
    };

    struct ReviewerKeys
    {
        QString boxPublicKey; // X25519, hexadecimal: review packages are sealed to it
        SecretKey boxSecretKey;
        QString signPublicKey; // Ed25519, hexadecimal: the return packages' expected signer
        SecretKey signSecretKey;
    };

    // Signs a return package: the signer's public key (hexadecimal Ed25519) and a function
    // giving the detached signature of a message.
    struct Signer
    {
        QString publicKey;
        std::function<QByteArray(const QByteArray &)> sign;
    };

    struct OpenContext
    {
        QDate today;
        QString thisDatabaseId; // checked for return packages only
        QStringList mergedPackageIds;
        QString expectedSigner; // hexadecimal Ed25519; return packages only
        bool forReturn = false; // a return package is expected, not a review package
    };

    struct Opened
    {
        PackageHeader header;
        QByteArray payload;
    };

    static ReviewerKeys generateReviewerKeys();
    // Signing with an account's key or with a reviewer's Ed25519 secret key; the key must
    // outlive the Signer.
    static Signer signerFor(const SigningKey &key);
    static Signer signerFor(const SecretKey &signSecretKey);
    static QString newPackageId();

    // The sealed package. A return package needs a signer, whose key the header then names;
    // a review package takes none. Throws DataError.
    static QByteArray sealWithPassphrase(const PackageHeader &header, const QByteArray &payload,
                                         const QString &passphrase, const Signer &signer = {});
    static QByteArray sealToKey(const PackageHeader &header, const QByteArray &payload,
                                const QString &boxPublicKey, const Signer &signer = {});

    // The header as the package states it, not yet authenticated: for showing what a package
    // is before asking for its passphrase. Throws DataError when the bytes are not a package.
    static PackageHeader readHeader(const QByteArray &bytes);

    // The checked header and the payload; throws DataError with the reason of the refusal.
    static Opened open(const QByteArray &bytes, const QString &passphrase,
                       const OpenContext &context);
    static Opened open(const QByteArray &bytes, const SecretKey &boxSecretKey,
                       const OpenContext &context);
};
