#pragma once

#include <QString>

// Whether a folder lies on an encrypted volume, where the system can tell: data at rest should
// be protected by the disk's own encryption (BitLocker on Windows, LUKS on Linux), which no
// file permission replaces once the disk leaves the building.
namespace VolumeEncryption {

enum class State { Encrypted, NotEncrypted, Unknown };

State of(const QString &folder);
// A sentence for the About box, e.g. "The database's folder is on an encrypted volume."
QString describe(const QString &folder);

} // namespace VolumeEncryption
