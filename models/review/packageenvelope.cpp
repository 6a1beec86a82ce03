#include "packageenvelope.h"

#include "access/keycost.h"
#include "access/passwordhash.h"
#include "access/signingkey.h"
#include "domain/dataerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QtEndian>

#include <cstring>
#include <sodium.h>
#include <utility>

namespace {

const QByteArray kPackageMagic = QByteArrayLiteral("IDRPKG1\n");
constexpr quint32 kMaxHeader = 1024 * 1024;
constexpr quint8 kSealedWithPassphrase = 1;
constexpr quint8 kSealedToKey = 2;
constexpr int kFileKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr int kCheckBytes = 32;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kSealedKeyBytes = crypto_box_SEALBYTES + kFileKeyBytes;
constexpr char kCheckLabel[] = "Integrity Dossier package key check";
const QString kReviewKind = QStringLiteral("review");
const QString kReturnKind = QStringLiteral("return");

QString notPackage()
{
    return PackageEnvelope::tr("This file is not a review or return package.");
}

QString damagedPackage()
{
    return PackageEnvelope::tr("The package is damaged, cut short or was altered after it was "
                               "sealed.");
}

const unsigned char *ucharsOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

unsigned char *ucharsOf(QByteArray &bytes)
{
    return reinterpret_cast<unsigned char *>(bytes.data());
}

QByteArray bigEndianBytes(quint64 value, int size)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes.right(size);
}

// Reads the layout front to back; anything missing is a damaged package.
class PackageReader
{
public:
    explicit PackageReader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}
    qsizetype at() const { return m_at; }
    qsizetype left() const { return m_bytes.size() - m_at; }
    QByteArray take(quint64 size)
    {
        if (size > quint64(left()))
            throw DataError(damagedPackage());
        const QByteArray part = m_bytes.mid(m_at, qsizetype(size));
        m_at += qsizetype(size);
        return part;
    }
    quint64 number(int size)
    {
        quint64 value = 0;
        for (const char byte : take(quint64(size)))
            value = (value << 8) | quint8(byte);
        return value;
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_at = 0;
};

// The header's text fields by their names in the JSON.
const std::pair<QLatin1String, QString PackageHeader::*> kTextFields[]
    = {{QLatin1String("kind"), &PackageHeader::kind},
       {QLatin1String("packageId"), &PackageHeader::packageId},
       {QLatin1String("replyTo"), &PackageHeader::replyTo},
       {QLatin1String("databaseId"), &PackageHeader::databaseId},
       {QLatin1String("commission"), &PackageHeader::commission},
       {QLatin1String("exportedBy"), &PackageHeader::exportedBy},
       {QLatin1String("caseNumbers"), &PackageHeader::caseNumbers},
       {QLatin1String("signerPublicKey"), &PackageHeader::signerPublicKey}};

QByteArray packageHeaderJson(const PackageHeader &header)
{
    QJsonObject object{
        {QStringLiteral("format"), 1},
        {QStringLiteral("exportedAt"), header.exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("expiresOn"), header.expiresOn.toString(Qt::ISODate)}};
    for (const auto &[name, field] : kTextFields)
        object.insert(name, header.*field);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isPackageId(const QString &id)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    return hex.match(id).hasMatch();
}

// Every number big-endian; the layout is in packageenvelope.h.
struct ParsedPackage
{
    PackageHeader header;
    quint8 sealing = 0;
    QByteArray salt;
    quint64 passes = 0;
    quint64 memory = 0;
    QByteArray recipient;
    QByteArray sealedKey;
    QByteArray check;
    QByteArray nonce;
    qsizetype cipherAt = 0;
    QByteArray cipher;
    qsizetype signedSize = 0;
    QByteArray signature;
};

PackageHeader parsePackageHeader(PackageReader &reader, const QByteArray &bytes)
{
    if (!bytes.startsWith(kPackageMagic))
        throw DataError(notPackage());
    reader.take(quint64(kPackageMagic.size()));
    const quint64 size = reader.number(4);
    if (size > kMaxHeader)
        throw DataError(damagedPackage());
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(reader.take(size), &error).object();
    PackageHeader header;
    for (const auto &[name, field] : kTextFields)
        header.*field = object.value(name).toString();
    header.exportedAt = QDateTime::fromString(object.value(QStringLiteral("exportedAt")).toString(),
                                              Qt::ISODateWithMs);
    header.expiresOn
        = QDate::fromString(object.value(QStringLiteral("expiresOn")).toString(), Qt::ISODate);
    if (error.error != QJsonParseError::NoError
        || object.value(QStringLiteral("format")).toInt() != 1
        || (header.kind != kReviewKind && header.kind != kReturnKind)
        || !isPackageId(header.packageId) || !header.expiresOn.isValid())
        throw DataError(damagedPackage());
    return header;
}

ParsedPackage parsePackage(const QByteArray &bytes)
{
    PackageReader reader(bytes);
    ParsedPackage parsed;
    parsed.header = parsePackageHeader(reader, bytes);
    parsed.sealing = quint8(reader.number(1));
    if (parsed.sealing == kSealedWithPassphrase) {
        parsed.salt = reader.take(crypto_pwhash_SALTBYTES);
        parsed.passes = reader.number(8);
        parsed.memory = reader.number(8);
    } else if (parsed.sealing == kSealedToKey) {
        parsed.recipient = reader.take(crypto_box_PUBLICKEYBYTES);
        parsed.sealedKey = reader.take(kSealedKeyBytes);
    } else {
        throw DataError(damagedPackage());
    }
    parsed.check = reader.take(kCheckBytes);
    parsed.nonce = reader.take(kNonceBytes);
    const quint64 cipherSize = reader.number(8);
    parsed.cipherAt = reader.at();
    parsed.cipher = reader.take(cipherSize);
    if (parsed.cipher.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        throw DataError(damagedPackage());
    parsed.signedSize = reader.at();
    // A return package ends with its signature, a review package with its ciphertext; a
    // return package without the signature is told apart from a damaged one.
    const bool signedKind = parsed.header.kind == kReturnKind;
    if (signedKind && reader.left() == crypto_sign_BYTES)
        parsed.signature = reader.take(crypto_sign_BYTES);
    else if (reader.left() != 0)
        throw DataError(damagedPackage());
    return parsed;
}

// The key check: BLAKE2b keyed with the file key, so it says nothing about the key itself.
QByteArray packageKeyCheck(const unsigned char *fileKey)
{
    QByteArray check(kCheckBytes, Qt::Uninitialized);
    crypto_generichash(ucharsOf(check), kCheckBytes,
                       reinterpret_cast<const unsigned char *>(kCheckLabel), sizeof kCheckLabel - 1,
                       fileKey, kFileKeyBytes);
    return check;
}

PackageEnvelope::SecretKey passphraseFileKey(const QString &passphrase, const QByteArray &salt,
                                             quint64 passes, quint64 memory)
{
    // Files of the cheap test build and of the normal build open in both; nothing costlier is
    // attempted, whatever a damaged file says.
    if (passes < crypto_pwhash_OPSLIMIT_MIN || passes > crypto_pwhash_OPSLIMIT_SENSITIVE
        || memory < crypto_pwhash_MEMLIMIT_MIN || memory > crypto_pwhash_MEMLIMIT_MODERATE)
        throw DataError(damagedPackage());
    PackageEnvelope::SecretKey key(kFileKeyBytes);
    QByteArray utf8 = passphrase.toUtf8();
    const int failed
        = crypto_pwhash(key.data(), kFileKeyBytes, utf8.constData(), quint64(utf8.size()),
                        ucharsOf(salt), passes, size_t(memory), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (failed)
        throw DataError(PackageEnvelope::tr("There is not enough memory to derive the key from "
                                            "the passphrase."));
    return key;
}

QByteArray sealPackage(PackageHeader header, const QByteArray &payload, quint8 sealing,
                       const QByteArray &keyBlock, const PackageEnvelope::SecretKey &fileKey,
                       const PackageEnvelope::Signer &signer)
{
    if (header.kind != kReviewKind && header.kind != kReturnKind)
        throw DataError(PackageEnvelope::tr("A package is either a review or a return package."));
    if (header.packageId.isEmpty())
        header.packageId = PackageEnvelope::newPackageId();
    if (!isPackageId(header.packageId) || !header.expiresOn.isValid())
        throw DataError(PackageEnvelope::tr("A package needs a valid id and expiry date."));
    const bool signedKind = header.kind == kReturnKind;
    if (signedKind != bool(signer.sign))
        throw DataError(signedKind ? PackageEnvelope::tr("A return package must be signed.")
                                   : PackageEnvelope::tr("A review package is not signed."));
    header.signerPublicKey = signedKind ? signer.publicKey.toLower() : QString();

    const QByteArray json = packageHeaderJson(header);
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const qsizetype cipherSize = payload.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    QByteArray bytes = kPackageMagic + bigEndianBytes(quint64(json.size()), 4) + json
                       + bigEndianBytes(sealing, 1) + keyBlock + packageKeyCheck(fileKey.data())
                       + nonce + bigEndianBytes(quint64(cipherSize), 8);
    QByteArray cipher(cipherSize, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        ucharsOf(cipher), &written, ucharsOf(payload), quint64(payload.size()), ucharsOf(bytes),
        quint64(bytes.size()), nullptr, ucharsOf(nonce), fileKey.data());
    bytes += cipher;
    if (signedKind) {
        const QByteArray signature = signer.sign(bytes);
        if (!SigningKey::verify(header.signerPublicKey, bytes, signature))
            throw DataError(PackageEnvelope::tr("The return package could not be signed: the "
                                                "signature does not match the signer's key."));
        bytes += signature;
    }
    return bytes;
}

// Everything after the key is found: the signature, decryption, then what the now
// authenticated header says.
PackageEnvelope::Opened
openPackage(const QByteArray &bytes, const PackageEnvelope::OpenContext &context, quint8 sealing,
            const std::function<PackageEnvelope::SecretKey(const ParsedPackage &)> &unlock,
            const QString &checkRefusal)
{
    PasswordHash::initialize();
    const ParsedPackage parsed = parsePackage(bytes);
    const PackageHeader &header = parsed.header;
    if (context.forReturn && header.kind != kReturnKind)
        throw DataError(PackageEnvelope::tr("This is a review package, not a return package."));
    if (!context.forReturn && header.kind != kReviewKind)
        throw DataError(PackageEnvelope::tr("This is a return package, not a review package."));
    if (header.kind == kReturnKind) {
        if (parsed.signature.isEmpty())
            throw DataError(PackageEnvelope::tr("The return package is not signed, so it cannot "
                                                "be trusted."));
        if (context.expectedSigner.isEmpty()
            || header.signerPublicKey.compare(context.expectedSigner, Qt::CaseInsensitive) != 0)
            throw DataError(PackageEnvelope::tr("The return package is not signed by the "
                                                "reviewer it was sent to."));
        if (!SigningKey::verify(context.expectedSigner, bytes.left(parsed.signedSize),
                                parsed.signature))
            throw DataError(damagedPackage());
    }
    if (parsed.sealing != sealing)
        throw DataError(sealing == kSealedWithPassphrase
                            ? PackageEnvelope::tr("This package is sealed to a reviewer's key, "
                                                  "not with a passphrase.")
                            : PackageEnvelope::tr("This package is sealed with a passphrase, not "
                                                  "to a reviewer's key."));
    const PackageEnvelope::SecretKey fileKey = unlock(parsed);
    if (sodium_memcmp(packageKeyCheck(fileKey.data()).constData(), parsed.check.constData(),
                      kCheckBytes)
        != 0)
        throw DataError(checkRefusal);

    PackageEnvelope::Opened opened;
    opened.payload = QByteArray(parsed.cipher.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES,
                                Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            ucharsOf(opened.payload), &length, nullptr, ucharsOf(parsed.cipher),
            quint64(parsed.cipher.size()), ucharsOf(bytes), quint64(parsed.cipherAt),
            ucharsOf(parsed.nonce), fileKey.data())
        != 0)
        throw DataError(damagedPackage());
    if (header.kind == kReturnKind && header.databaseId != context.thisDatabaseId)
        throw DataError(
            PackageEnvelope::tr("The return package belongs to another commission's "
                                "database (%1), not to this one.")
                .arg(header.commission.isEmpty() ? header.databaseId : header.commission));
    if (context.mergedPackageIds.contains(header.packageId, Qt::CaseInsensitive))
        throw DataError(
            PackageEnvelope::tr("The package %1 has already been merged.").arg(header.packageId));
    const QDate today = context.today.isValid() ? context.today : QDate::currentDate();
    if (today > header.expiresOn)
        throw DataError(PackageEnvelope::tr("The package expired on %1 (%2) and can no longer be "
                                            "opened.")
                            .arg(QLocale().toString(header.expiresOn, QLocale::LongFormat),
                                 header.expiresOn.toString(Qt::ISODate)));
    opened.header = header;
    return opened;
}

} // namespace

PackageEnvelope::SecretKey::SecretKey(int size)
{
    PasswordHash::initialize();
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (!m_data)
        throw DataError(tr("There is not enough memory to protect the package's key."));
    m_size = size;
}

PackageEnvelope::SecretKey::~SecretKey()
{
    sodium_free(m_data);
}

PackageEnvelope::SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

PackageEnvelope::SecretKey &PackageEnvelope::SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

PackageEnvelope::SecretKey PackageEnvelope::SecretKey::takeFrom(QByteArray &bytes)
{
    SecretKey key(int(bytes.size()));
    memcpy(key.m_data, bytes.constData(), size_t(bytes.size()));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
    return key;
}

PackageEnvelope::ReviewerKeys PackageEnvelope::generateReviewerKeys()
{
    ReviewerKeys keys;
    keys.boxSecretKey = SecretKey(crypto_box_SECRETKEYBYTES);
    keys.signSecretKey = SecretKey(crypto_sign_SECRETKEYBYTES);
    QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray signPublic(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(ucharsOf(boxPublic), keys.boxSecretKey.data());
    crypto_sign_keypair(ucharsOf(signPublic), keys.signSecretKey.data());
    keys.boxPublicKey = QString::fromLatin1(boxPublic.toHex());
    keys.signPublicKey = QString::fromLatin1(signPublic.toHex());
    return keys;
}

PackageEnvelope::Signer PackageEnvelope::signerFor(const SigningKey &key)
{
    return {key.publicKey(), [&key](const QByteArray &message) {
                return key.sign(message);
            }};
}

PackageEnvelope::Signer PackageEnvelope::signerFor(const SecretKey &signSecretKey)
{
    if (signSecretKey.size() != int(crypto_sign_SECRETKEYBYTES))
        throw DataError(tr("The reviewer's signing key is not valid."));
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(ucharsOf(publicKey), signSecretKey.data());
    return {QString::fromLatin1(publicKey.toHex()), [&signSecretKey](const QByteArray &message) {
                QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
                crypto_sign_detached(ucharsOf(signature), nullptr, ucharsOf(message),
                                     quint64(message.size()), signSecretKey.data());
                return signature;
            }};
}

QString PackageEnvelope::newPackageId()
{
    PasswordHash::initialize();
    QByteArray id(16, Qt::Uninitialized);
    randombytes_buf(id.data(), size_t(id.size()));
    return QString::fromLatin1(id.toHex());
}

QByteArray PackageEnvelope::sealWithPassphrase(const PackageHeader &header,
                                               const QByteArray &payload, const QString &passphrase,
                                               const Signer &signer)
{
    PasswordHash::initialize();
    if (passphrase.size() < 8)
        throw DataError(tr("A passphrase needs at least 8 characters."));
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    const quint64 passes = KeyCost::passphrasePasses;
    const quint64 memory = KeyCost::passphraseMemory;
    const SecretKey key = passphraseFileKey(passphrase, salt, passes, memory);
    return sealPackage(header, payload, kSealedWithPassphrase,
                       salt + bigEndianBytes(passes, 8) + bigEndianBytes(memory, 8), key, signer);
}

QByteArray PackageEnvelope::sealToKey(const PackageHeader &header, const QByteArray &payload,
                                      const QString &boxPublicKey, const Signer &signer)
{
    PasswordHash::initialize();
    const QByteArray recipient = QByteArray::fromHex(boxPublicKey.toLatin1());
    if (recipient.size() != int(crypto_box_PUBLICKEYBYTES))
        throw DataError(tr("The reviewer's public key is not valid."));
    SecretKey key(kFileKeyBytes);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    QByteArray sealedKey(kSealedKeyBytes, Qt::Uninitialized);
    crypto_box_seal(ucharsOf(sealedKey), key.data(), kFileKeyBytes, ucharsOf(recipient));
    return sealPackage(header, payload, kSealedToKey, recipient + sealedKey, key, signer);
}

PackageHeader PackageEnvelope::readHeader(const QByteArray &bytes)
{
    PackageReader reader(bytes);
    return parsePackageHeader(reader, bytes);
}

PackageEnvelope::Opened PackageEnvelope::open(const QByteArray &bytes, const QString &passphrase,
                                              const OpenContext &context)
{
    return openPackage(
        bytes, context, kSealedWithPassphrase,
        [&passphrase](const ParsedPackage &parsed) {
            return passphraseFileKey(passphrase, parsed.salt, parsed.passes, parsed.memory);
        },
        tr("The passphrase is wrong: it does not open this package."));
}

PackageEnvelope::Opened PackageEnvelope::open(const QByteArray &bytes,
                                              const SecretKey &boxSecretKey,
                                              const OpenContext &context)
{
    return openPackage(
        bytes, context, kSealedToKey,
        [&boxSecretKey](const ParsedPackage &parsed) {
            // Whose key the package was sealed to is stated in it, so a wrong key is told
            // apart from a changed file.
            QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
            if (boxSecretKey.size() != int(crypto_box_SECRETKEYBYTES)
                || crypto_scalarmult_base(ucharsOf(publicKey), boxSecretKey.data()) != 0
                || publicKey != parsed.recipient)
                throw DataError(tr("This package was sealed to another reviewer's key, not to "
                                   "this one."));
            SecretKey key(kFileKeyBytes);
            if (crypto_box_seal_open(key.data(), ucharsOf(parsed.sealedKey), kSealedKeyBytes,
                                     ucharsOf(parsed.recipient), boxSecretKey.data())
                != 0)
                throw DataError(damagedPackage());
            return key;
        },
        damagedPackage());
}
