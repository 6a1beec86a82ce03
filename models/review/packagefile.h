#pragma once

#include "packageenvelope.h"

#include <QByteArray>
#include <QString>

// Review and return packages as files: how one is sealed and opened, and its sealed bytes
// read and written. Only sealed bytes ever reach a disk; what they decrypt to stays in memory.
namespace PackageFile {

// How a package is sealed: with a passphrase, or to the recipient's X25519 public key
// (hexadecimal). Exactly one of the two.
struct Seal
{
    QString passphrase;
    QString publicKey;
};

// What opens a package: the passphrase, or the recipient's X25519 secret key. The key must
// outlive the Key.
struct Key
{
    QString passphrase;
    const PackageEnvelope::SecretKey *secretKey = nullptr;
};

// The sealed package; a return package needs its signer. Throws DataError.
QByteArray seal(const Seal &seal, const PackageHeader &header, const QByteArray &payload,
                const PackageEnvelope::Signer &signer = {});
// "passphrase" or "public_key", for the audit trail.
QString sealing(const Seal &seal);
// The checked header and payload; throws DataError with the reason of the refusal.
PackageEnvelope::Opened open(const QByteArray &bytes, const Key &key,
                             const PackageEnvelope::OpenContext &context);

// Throws DataError naming the file when it cannot be read.
QByteArray read(const QString &path);
// Replaces `path` atomically; throws DataError naming the file when it cannot be written.
void write(const QString &path, const QByteArray &bytes);
QString sha256(const QByteArray &bytes);

} // namespace PackageFile
