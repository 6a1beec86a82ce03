#include "databasefile.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

DatabaseFileHeader readDatabaseFileHeader(const QString &path)
{
    DatabaseFileHeader header;
    const QFileInfo info(path);
    header.exists = info.exists();
    if (!header.exists)
        return header;
    // Permission bits, not access(): an administrator account could write a file that its
    // owner deliberately made read-only, and we should honour the owner's intent.
    const auto permissions = info.permissions();
    header.writable
        = info.isWritable()
          && (permissions & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    header.empty = info.size() == 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}
