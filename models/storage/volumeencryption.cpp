#include "volumeencryption.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace {

#ifdef Q_OS_LINUX
// A device-mapper device made by cryptsetup names itself "CRYPT-…" in sysfs.
VolumeEncryption::State linuxState(const QString &folder)
{
    const QByteArray device = QStorageInfo(folder).device();
    if (device.isEmpty())
        return VolumeEncryption::State::Unknown;
    const QString resolved = QFileInfo(QString::fromLocal8Bit(device)).canonicalFilePath();
    const QString name = QFileInfo(resolved).fileName();
    if (!name.startsWith(QLatin1String("dm-"))) {
        // A plain partition is not encrypted; anything else (overlay, network) cannot be told.
        return QFile::exists(QStringLiteral("/sys/class/block/") + name)
                   ? VolumeEncryption::State::NotEncrypted
                   : VolumeEncryption::State::Unknown;
    }
    QFile uuid(QStringLiteral("/sys/class/block/%1/dm/uuid").arg(name));
    if (!uuid.open(QIODevice::ReadOnly))
        return VolumeEncryption::State::Unknown;
    const QByteArray text = uuid.readAll();
    if (text.startsWith("CRYPT-"))
        return VolumeEncryption::State::Encrypted;
    // A logical volume may sit on an encrypted one: look at what it is made of.
    const QDir slaves(QStringLiteral("/sys/class/block/%1/slaves").arg(name));
    for (const QString &slave : slaves.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile below(QStringLiteral("/sys/class/block/%1/dm/uuid").arg(slave));
        if (below.open(QIODevice::ReadOnly) && below.readAll().startsWith("CRYPT-"))
            return VolumeEncryption::State::Encrypted;
    }
    return VolumeEncryption::State::NotEncrypted;
}
#endif

} // namespace

namespace VolumeEncryption {

State of(const QString &folder)
{
#ifdef Q_OS_LINUX
    return linuxState(folder);
#else
    Q_UNUSED(folder);
    return State::Unknown;
#endif
}

QString describe(const QString &folder)
{
    switch (of(folder)) {
    case State::Encrypted:
        return QCoreApplication::translate("VolumeEncryption",
                                           "The database's folder is on an encrypted volume.");
    case State::NotEncrypted:
        return QCoreApplication::translate(
            "VolumeEncryption",
            "The database's folder is NOT on an encrypted volume: protect the disk with "
            "BitLocker (Windows) or LUKS (Linux), so that a lost or taken disk gives nothing "
            "away.");
    case State::Unknown:
        break;
    }
    return QCoreApplication::translate(
        "VolumeEncryption",
        "Whether the database's folder is on an encrypted volume cannot be told here; the disk "
        "should be protected with BitLocker (Windows) or LUKS (Linux).");
}

} // namespace VolumeEncryption
