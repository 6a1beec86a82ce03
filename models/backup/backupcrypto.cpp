#include "backupcrypto.h"
#include "access/keycost.h"

#include "access/passwordhash.h"
#include "domain/dataerror.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <QtEndian>
#include <functional>
#include <sodium.h>

namespace BackupCrypto {

namespace {

const QByteArray kSignature = QByteArrayLiteral("IDOSSIER-ENC1\n");
constexpr qint64 kChunk = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupCrypto", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

void deriveKey(Key &key, const QString &passphrase, const unsigned char *salt, quint64 opsLimit,
               quint64 memLimit)
{
    const QByteArray utf8 = passphrase.toUtf8();
    if (opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE
        || memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        throw DataError(tr("The encrypted file's header is damaged."));
    if (crypto_pwhash(key.bytes, sizeof key.bytes, utf8.constData(), quint64(utf8.size()), salt,
                      opsLimit, size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw DataError(tr("There is not enough memory to derive the key from the passphrase."));
}

QByteArray readExactly(QFile &file, qint64 size)
{
    const QByteArray bytes = file.read(size);
    return bytes.size() == size ? bytes : QByteArray();
}

} // namespace

bool isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kSignature.size()) == kSignature;
}

namespace {

void encryptDevice(QIODevice &in, const QString &source, const QString &target,
                   const QString &passphrase)
{
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    const quint64 opsLimit = KeyCost::passphrasePasses;
    const quint64 memLimit = KeyCost::passphraseMemory;
    Key key;
    deriveKey(key, passphrase, salt, opsLimit, memLimit);
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.bytes);

    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        throw DataError(tr("%1 cannot be written: %2").arg(native(target), out.errorString()));
    QByteArray limits(16, Qt::Uninitialized);
    qToBigEndian(opsLimit, limits.data());
    qToBigEndian(memLimit, limits.data() + 8);
    out.write(kSignature);
    out.write(reinterpret_cast<const char *>(salt), sizeof salt);
    out.write(limits);
    out.write(reinterpret_cast<const char *>(header), sizeof header);
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    bool last = false;
    while (!last) {
        const QByteArray plain = in.read(kChunk);
        const auto *file = qobject_cast<const QFileDevice *>(&in);
        if (file && file->error() != QFileDevice::NoError)
            throw DataError(tr("%1 cannot be read: %2").arg(native(source), in.errorString()));
        last = in.atEnd();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &written,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (out.write(cipher.constData(), qint64(written)) != qint64(written))
            throw DataError(tr("%1 cannot be written: %2").arg(native(target), out.errorString()));
    }
    if (!out.commit())
        throw DataError(tr("%1 cannot be written: %2").arg(native(target), out.errorString()));
}

void checkPassphrase(const QString &passphrase)
{
    PasswordHash::initialize();
    if (passphrase.size() < 8)
        throw DataError(tr("A passphrase needs at least 8 characters."));
}

} // namespace

void encryptFile(const QString &source, const QString &target, const QString &passphrase)
{
    checkPassphrase(passphrase);
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        throw DataError(tr("%1 cannot be read: %2").arg(native(source), in.errorString()));
    encryptDevice(in, source, target, passphrase);
}

void encryptBytes(const QByteArray &plain, const QString &target, const QString &passphrase)
{
    checkPassphrase(passphrase);
    QBuffer in;
    in.setData(plain);
    in.open(QIODevice::ReadOnly);
    encryptDevice(in, target, target, passphrase);
}

namespace {

// Decrypts `source` chunk by chunk into `sink`, which returns false when it cannot take one.
void decryptInto(const QString &source, const QString &passphrase,
                 const std::function<bool(const char *, qint64)> &sink)
{
    PasswordHash::initialize();
    const QString refused = tr("%1 cannot be decrypted: the passphrase is wrong or the file was "
                               "changed or cut short.")
                                .arg(native(source));
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        throw DataError(tr("%1 cannot be read: %2").arg(native(source), in.errorString()));
    if (in.read(kSignature.size()) != kSignature)
        throw DataError(tr("%1 is not an encrypted Integrity Dossier file.").arg(native(source)));
    const QByteArray salt = readExactly(in, crypto_pwhash_SALTBYTES);
    const QByteArray limits = readExactly(in, 16);
    const QByteArray header = readExactly(in, crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (salt.isEmpty() || limits.isEmpty() || header.isEmpty())
        throw DataError(refused);
    Key key;
    deriveKey(key, passphrase, reinterpret_cast<const unsigned char *>(salt.constData()),
              qFromBigEndian<quint64>(limits.constData()),
              qFromBigEndian<quint64>(limits.constData() + 8));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char *>(header.constData()), key.bytes)
        != 0)
        throw DataError(refused);
    QByteArray plain(kChunk, Qt::Uninitialized);
    bool final = false;
    while (!final) {
        const QByteArray cipher = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (cipher.isEmpty())
            throw DataError(refused); // cut off before the final chunk
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &length, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()),
                nullptr, 0)
            != 0)
            throw DataError(refused);
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!sink(plain.constData(), qint64(length)))
            throw DataError(refused);
    }
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!in.atEnd())
        throw DataError(refused); // something appended after the final chunk
}

} // namespace

void decryptFile(const QString &source, const QString &target, const QString &passphrase)
{
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        throw DataError(tr("%1 cannot be written: %2").arg(native(target), out.errorString()));
    decryptInto(source, passphrase, [&](const char *data, qint64 size) {
        if (out.write(data, size) == size)
            return true;
        throw DataError(tr("%1 cannot be written: %2").arg(native(target), out.errorString()));
    });
    if (!out.commit())
        throw DataError(tr("%1 cannot be written: %2").arg(native(target), out.errorString()));
}

QByteArray decryptBytes(const QString &source, const QString &passphrase)
{
    QByteArray plain;
    decryptInto(source, passphrase, [&](const char *data, qint64 size) {
        plain.append(data, size);
        return true;
    });
    return plain;
}

QByteArray decryptedSha256(const QString &source, const QString &passphrase)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    decryptInto(source, passphrase, [&](const char *data, qint64 size) {
        hash.addData(QByteArrayView(data, size));
        return true;
    });
    return hash.result();
}

} // namespace BackupCrypto
