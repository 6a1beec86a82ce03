#include "packagefile.h"

#include "domain/dataerror.h"
#include "storage/privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace PackageFile {

namespace {

QString packageFileText(const char *text)
{
    return QCoreApplication::translate("PackageFile", text);
}

} // namespace

QByteArray seal(const Seal &seal, const PackageHeader &header, const QByteArray &payload,
                const PackageEnvelope::Signer &signer)
{
    if (seal.passphrase.isEmpty() == seal.publicKey.isEmpty())
        throw DataError(packageFileText("Seal the package either with a passphrase or to the "
                                        "recipient's public key."));
    return seal.passphrase.isEmpty()
               ? PackageEnvelope::sealToKey(header, payload, seal.publicKey, signer)
               : PackageEnvelope::sealWithPassphrase(header, payload, seal.passphrase, signer);
}

QString sealing(const Seal &seal)
{
    return seal.passphrase.isEmpty() ? QStringLiteral("public_key") : QStringLiteral("passphrase");
}

PackageEnvelope::Opened open(const QByteArray &bytes, const Key &key,
                             const PackageEnvelope::OpenContext &context)
{
    if (key.secretKey)
        return PackageEnvelope::open(bytes, *key.secretKey, context);
    return PackageEnvelope::open(bytes, key.passphrase, context);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(packageFileText("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw DataError(packageFileText("%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    return bytes;
}

void write(const QString &path, const QByteArray &bytes)
{
    PrivateFiles::ownerOnlyFromNowOn();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DataError(packageFileText("%1 cannot be written: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    PrivateFiles::restrict(path);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace PackageFile
