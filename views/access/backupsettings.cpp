#include "backupsettings.h"

#include "backup/backups.h"
#include "domain/dataerror.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace {

const QString kFolderKey = QStringLiteral("backup/folder");
const QString kGigabytesKey = QStringLiteral("backup/max_gigabytes");
constexpr qint64 kGigabyte = 1024LL * 1024 * 1024;

} // namespace

QString BackupSettings::folder()
{
    return QSettings().value(kFolderKey).toString();
}

void BackupSettings::setFolder(const QString &folder)
{
    QSettings settings;
    if (folder.trimmed().isEmpty())
        settings.remove(kFolderKey);
    else
        settings.setValue(kFolderKey, QDir::fromNativeSeparators(folder.trimmed()));
}

int BackupSettings::maxGigabytes()
{
    bool ok = false;
    const int value = QSettings().value(kGigabytesKey).toInt(&ok);
    return ok && value > 0 ? value : kDefaultGigabytes;
}

void BackupSettings::setMaxGigabytes(int gigabytes)
{
    QSettings settings;
    if (gigabytes == kDefaultGigabytes || gigabytes < 1)
        settings.remove(kGigabytesKey);
    else
        settings.setValue(kGigabytesKey, gigabytes);
}

QString BackupSettings::folderFor(const Database &database)
{
    const QString chosen = folder();
    if (chosen.isEmpty())
        return Backups::defaultFolder(database.path());
    QString identity;
    try {
        identity = SettingsStore(database.connection()).value(Setting::DatabaseId);
    } catch (const DataError &) {
        // An older database without an identity: named by where it lies.
    }
    if (identity.isEmpty())
        identity = QString::fromLatin1(
            QCryptographicHash::hash(QFileInfo(database.path()).absoluteFilePath().toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex());
    identity.remove(QLatin1Char('-'));
    return QDir(chosen).filePath(QFileInfo(database.path()).completeBaseName() + QLatin1Char('-')
                                 + identity.left(8));
}

BackupPolicy BackupSettings::policyFor(const Database &database)
{
    return {folderFor(database), Backups::keptSetting(database), maxGigabytes() * kGigabyte};
}

QString BackupSettings::describe(const Database &database)
{
    const BackupPolicy policy = policyFor(database);
    const int count = int(Backups::automaticBackups(database.path(), policy.folder).size());
    const QLocale locale;
    return tr("%n automatic backup(s) in %1 take %2; at most %3 are kept, in at most %4.", nullptr,
              count)
        .arg(QDir::toNativeSeparators(policy.folder),
             locale.formattedDataSize(AutomaticBackup::bytesUsed(database.path(), policy.folder)),
             locale.toString(policy.keep), locale.formattedDataSize(policy.maxBytes));
}
