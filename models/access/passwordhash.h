#pragma once

#include <QByteArray>
#include <QString>

// Salted, slow password hashes: libsodium's Argon2id string format, which carries its own salt
// and cost, so stronger settings later still verify older hashes.
namespace PasswordHash {

QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
// Throws DataError when libsodium cannot start (no random source).
void initialize();

} // namespace PasswordHash
