#pragma once

#include <QByteArray>
#include <QString>

// Files that leave the PC (backups, interchange exports) encrypted with a passphrase: the key
// comes from Argon2id over the passphrase and a random salt, the data goes through libsodium's
// secretstream (XChaCha20-Poly1305) in 64 KiB chunks, the last one marked final. A wrong
// passphrase, a changed byte, a cut-off end or anything appended is refused.
namespace BackupCrypto {

// True when the file starts with the encrypted format's signature.
bool isEncrypted(const QString &path);
// Writes `target` (replaced atomically); throws DataError.
void encryptFile(const QString &source, const QString &target, const QString &passphrase);
// The same for bytes held in memory, so nothing unencrypted touches the disk.
void encryptBytes(const QByteArray &plain, const QString &target, const QString &passphrase);
// Writes `target` only when the whole file decrypted and checked; throws DataError.
void decryptFile(const QString &source, const QString &target, const QString &passphrase);
// The whole file decrypted and checked into memory, never onto a disk; throws DataError.
QByteArray decryptBytes(const QString &source, const QString &passphrase);
// The SHA-256 of what the file decrypts to, read through without keeping it: proves an encrypted
// copy holds exactly its original. Throws DataError.
QByteArray decryptedSha256(const QString &source, const QString &passphrase);

} // namespace BackupCrypto
