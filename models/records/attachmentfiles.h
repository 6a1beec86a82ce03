#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>

class Database;

// Files kept in a dossier: read from disk with their SHA-256, and written back out.
class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFiles)

public:
    // Larger files belong in the archive, not in the database.
    static constexpr qint64 maximumSize = 50 * 1024 * 1024;

    // The attachments row for a file of the cadre's dossier: name, type, size, SHA-256 and
    // content. Throws DataError when the file cannot be read or is too large.
    static QVariantMap valuesForFile(const QString &path, qint64 cadreId);
    // Writes an attachment's content to `path`; throws DataError on failure.
    static void save(const QSqlDatabase &db, qint64 attachmentId, const QString &path);

    // One kept file as a reader sees it, read into memory only (a scan is shown, never written
    // out to be shown).
    struct File
    {
        qint64 id = 0;
        QString name;
        QString mimeType;
        QByteArray content;
    };
    // The files kept with a record (the scans of an item of evidence), for an account that may
    // read its cadre's dossier; throws AccessError otherwise.
    static QVector<File> ofRecord(const Database &database, const QString &entity, qint64 entityId);
};
