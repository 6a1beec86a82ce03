#include "windowsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace {

QByteArray bytes(const QString &key)
{
    return QSettings().value(key).toByteArray();
}

void setBytes(const QString &key, const QByteArray &value)
{
    QSettings().setValue(key, value);
}

// One settings group per database file and account, named by a hash of both: the dossiers one
// account had open are nobody else's business.
QString databaseKey(const QString &databasePath, const QString &account)
{
    const QByteArray path
        = QFileInfo(databasePath).absoluteFilePath().toUtf8() + '\n' + account.toUtf8();
    return QStringLiteral("databases/")
           + QString::fromLatin1(
               QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16))
           + QStringLiteral("/openDossiers");
}

} // namespace

namespace WindowSettings {

QByteArray geometry()
{
    return bytes(QStringLiteral("window/geometry"));
}

void setGeometry(const QByteArray &geometry)
{
    setBytes(QStringLiteral("window/geometry"), geometry);
}

QByteArray windowState()
{
    return bytes(QStringLiteral("window/state"));
}

void setWindowState(const QByteArray &state)
{
    setBytes(QStringLiteral("window/state"), state);
}

QByteArray splitterState()
{
    return bytes(QStringLiteral("window/splitter"));
}

void setSplitterState(const QByteArray &state)
{
    setBytes(QStringLiteral("window/splitter"), state);
}

QByteArray directoryHeader()
{
    return bytes(QStringLiteral("directory/header"));
}

void setDirectoryHeader(const QByteArray &state)
{
    setBytes(QStringLiteral("directory/header"), state);
}

QList<qint64> openDossiers(const QString &databasePath, const QString &account)
{
    QList<qint64> ids;
    const QStringList values = QSettings().value(databaseKey(databasePath, account)).toStringList();
    for (const QString &value : values) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

void setOpenDossiers(const QString &databasePath, const QString &account,
                     const QList<qint64> &cadreIds)
{
    QStringList values;
    for (const qint64 id : cadreIds)
        values << QString::number(id);
    QSettings().setValue(databaseKey(databasePath, account), values);
}

} // namespace WindowSettings
