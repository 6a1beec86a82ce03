#pragma once

#include <sodium.h>

#include <cstddef>

// How much work and memory every key made from a password or passphrase costs (Argon2id):
// password hashes, the auditor's signing key and encrypted backups and exports. The program's
// builds use libsodium's interactive level for passwords (about 0.1 s and 64 MiB here) and the
// moderate number of passes for passphrases.
//
// The sanitizer build that the test run uses (and only it: the release build, which is the
// one packaged, cannot be configured so) sets INTEGRITY_DOSSIER_LOW_KEY_COST and takes
// libsodium's minimum instead: the same code, salts, formats and checks in a thousandth of the
// time, where the suites would otherwise spend half their time in Argon2. Every stored hash
// and every encrypted file names its own cost, so one made by either build opens in the
// other, and a normal build rehashes a cheap password hash at its next sign-in (isCurrent).
namespace KeyCost {

#ifdef INTEGRITY_DOSSIER_LOW_KEY_COST
inline constexpr unsigned long long passwordPasses = crypto_pwhash_OPSLIMIT_MIN;
inline constexpr std::size_t passwordMemory = crypto_pwhash_MEMLIMIT_MIN;
inline constexpr unsigned long long passphrasePasses = crypto_pwhash_OPSLIMIT_MIN;
inline constexpr std::size_t passphraseMemory = crypto_pwhash_MEMLIMIT_MIN;
inline constexpr bool low = true;
#else
inline constexpr unsigned long long passwordPasses = crypto_pwhash_OPSLIMIT_INTERACTIVE;
inline constexpr std::size_t passwordMemory = crypto_pwhash_MEMLIMIT_INTERACTIVE;
inline constexpr unsigned long long passphrasePasses = crypto_pwhash_OPSLIMIT_MODERATE;
inline constexpr std::size_t passphraseMemory = crypto_pwhash_MEMLIMIT_INTERACTIVE;
inline constexpr bool low = false;
#endif

} // namespace KeyCost
