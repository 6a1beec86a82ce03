#include "attachmentfiles.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>

QVariantMap AttachmentFiles::valuesForFile(const QString &path, qint64 cadreId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maximumSize)
        throw DataError(tr("%1 is larger than 50 MB; keep it in the archive and note where.")
                            .arg(QFileInfo(path).fileName()));
    const QByteArray content = file.readAll();
    return {{QStringLiteral("cadre_id"), cadreId},
            {QStringLiteral("entity"), QStringLiteral("cadres")},
            {QStringLiteral("entity_id"), cadreId},
            {QStringLiteral("file_name"), QFileInfo(path).fileName()},
            {QStringLiteral("mime_type"),
             QMimeDatabase().mimeTypeForFileNameAndData(path, content).name()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("size"), content.size()},
            {QStringLiteral("content"), content},
            {QStringLiteral("added_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

void AttachmentFiles::save(const QSqlDatabase &db, qint64 attachmentId, const QString &path)
{
    const QVariant content = Sql::scalar(
        db, QStringLiteral("SELECT content FROM attachments WHERE id = ?"), {attachmentId});
    if (!content.isValid())
        throw DataError(tr("The attachment %1 does not exist.").arg(attachmentId));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toByteArray()) < 0 || !file.commit())
        throw DataError(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

QVector<AttachmentFiles::File> AttachmentFiles::ofRecord(const Database &database,
                                                         const QString &entity, qint64 entityId)
{
    QVector<File> files;
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT id, cadre_id, file_name, mime_type, content "
                                              "FROM attachments WHERE entity = ? AND "
                                              "entity_id = ? ORDER BY id"),
                               {entity, entityId});
    while (query.next()) {
        Access::requireDossier(database, query.value(1).toLongLong(), Permission::ReadDossiers);
        files.append({query.value(0).toLongLong(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toByteArray()});
    }
    return files;
}
