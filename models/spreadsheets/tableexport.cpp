#include "tableexport.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "workbookwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

int TableExport::write(const Database &database, const QString &path, const QString &title,
                       const QString &what, const QStringList &headers,
                       const QVector<QVariantList> &rows)
{
    Access::require(database, Permission::ExportData);
    const QSqlDatabase db = database.connection();
    {
        WorkbookWriter writer(path, title, headers,
                              SettingsStore(db).value(Setting::ConfidentialityMarking));
        for (const QVariantList &row : rows)
            writer.addRow(row);
        writer.finish();
    }
    audit(database, path, what, rows.size());
    return int(rows.size());
}

void TableExport::audit(const Database &database, const QString &path, const QString &what,
                        qint64 rows, const QJsonObject &details)
{
    try {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            throw DataError(tr("%1 cannot be read back.").arg(path));
        Transaction transaction(database.connection());
        AuditEntry entry;
        entry.action = QStringLiteral("export");
        entry.entity = QStringLiteral("spreadsheet");
        entry.after = details;
        entry.after.insert(QStringLiteral("file"), QFileInfo(path).absoluteFilePath());
        entry.after.insert(QStringLiteral("file_sha256"),
                           QString::fromLatin1(hash.result().toHex()));
        entry.after.insert(QStringLiteral("kind"), what);
        entry.after.insert(QStringLiteral("rows"), rows);
        AuditLog::append(database, entry);
        transaction.commit();
    } catch (const DataError &) {
        QFile::remove(path);
        throw;
    }
}
