#pragma once

#include <QByteArray>
#include <QString>

// Salted, slow password hashes: libsodium's Argon2id string format, which carries its own salt
// and cost, so stronger settings later still verify older hashes.
namespace PasswordHash {

QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
// Whether a stored hash was made with today's cost.
bool isCurrent(const QString &storedHash);
// A hash of a password nobody knows, made once with today's cost: an unknown name is checked
// against it, so that it costs what a wrong password costs.
QString unknownAccountHash();
// True only in the sanitizer build for the tests, whose keys are cheap (keycost.h).
bool lowCostBuild();
// Throws DataError when libsodium cannot start (no random source).
void initialize();

} // namespace PasswordHash
