#include "returnpackage.h"

#include "access/access.h"
#include "access/signingkey.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "reviewcopy.h"
#include "reviewpayload.h"
#include "reviewrows.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

ReturnPackage::ReturnPackage(Database &copy)
    : m_database(copy)
{}

QJsonArray ReturnPackage::trail(const Database &database)
{
    static const QStringList columns
        = {QStringLiteral("id"),        QStringLiteral("at"),     QStringLiteral("user_name"),
           QStringLiteral("action"),    QStringLiteral("entity"), QStringLiteral("entity_id"),
           QStringLiteral("cadre_id"),  QStringLiteral("before"), QStringLiteral("after"),
           QStringLiteral("prev_hash"), QStringLiteral("hash")};
    QSqlQuery query
        = Sql::run(database.connection(), QStringLiteral("SELECT %1 FROM audit_log ORDER BY id")
                                              .arg(columns.join(QStringLiteral(", "))));
    QJsonArray entries;
    while (query.next()) {
        QJsonObject entry;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull())
                entry.insert(columns.at(i), QJsonValue(QJsonValue::Null));
            else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
                entry.insert(columns.at(i), value.toLongLong());
            else
                entry.insert(columns.at(i), value.toString());
        }
        entries.append(entry);
    }
    return entries;
}

ReturnPackage::Result ReturnPackage::exportToFile(const QString &path,
                                                  const PackageFile::Seal &seal, QDate today) const
{
    const Session *session = m_database.session();
    // The session holds the key for as long as the signing lasts.
    const std::shared_ptr<const SigningKey> key = session ? session->signingKey : nullptr;
    if (ReviewCopy::isCopy(m_database.connection()) && !key)
        throw DataError(tr("The return package is signed with your account's key, which your own "
                           "password opens: sign in again with it."));
    return exportToFile(path, seal,
                        key ? PackageEnvelope::signerFor(*key) : PackageEnvelope::Signer{}, today);
}

ReturnPackage::Result ReturnPackage::exportToFile(const QString &path,
                                                  const PackageFile::Seal &seal,
                                                  const PackageEnvelope::Signer &signer,
                                                  QDate today) const
{
    const QSqlDatabase db = m_database.connection();
    const ReviewCopy::Info copy = ReviewCopy::info(db);
    if (!copy.isValid())
        throw DataError(tr("This database is not a review copy: a return package is made on "
                           "the review copy of a review package."));
    ReviewCopy::requireCurrent(db, today);
    if (m_database.isReadOnly())
        throw DataError(tr("Making a return package needs write access to the review copy, to "
                           "record it in the audit trail."));
    if (!signer.sign)
        throw DataError(tr("A return package must be signed with the reviewer's key."));
    Access::require(m_database, Permission::ExportData);
    for (const qint64 subject : ReviewPayload::subjectsOf(db, copy.caseIds))
        Access::requireDossier(m_database, subject, Permission::ExportData);

    Transaction transaction(db);
    const ReviewRows rows = ReviewRows::read(db, copy.caseIds, true);
    const QJsonArray entries = trail(m_database);
    const QJsonObject payload{{QStringLiteral("format"), formatName},
                              {QStringLiteral("version"), version},
                              {QStringLiteral("package"), copy.packageId},
                              {QStringLiteral("tables"), rows.toJson()},
                              {QStringLiteral("trail"), entries}};
    QByteArray plain = QJsonDocument(payload).toJson(QJsonDocument::Compact);

    PackageHeader header;
    header.kind = QStringLiteral("return");
    header.packageId = PackageEnvelope::newPackageId();
    header.replyTo = copy.packageId;
    header.databaseId = copy.sourceDatabaseId;
    header.commission = copy.commission;
    header.exportedBy = m_database.actorName();
    header.exportedAt = QDateTime::currentDateTimeUtc();
    header.expiresOn = copy.expiresOn;
    header.caseNumbers = copy.caseNumbers;
    const QByteArray bytes = PackageFile::seal(seal, header, plain, signer);
    plain.fill('\0');

    Result result;
    result.header = PackageEnvelope::readHeader(bytes);
    result.filePath = QFileInfo(path).absoluteFilePath();
    result.fileSha256 = PackageFile::sha256(bytes);
    result.records = rows.count();
    result.trailEntries = int(entries.size());
    PackageFile::write(path, bytes);
    try {
        AuditLog::append(m_database, {QStringLiteral("review_package.return"),
                                      QStringLiteral("database"),
                                      0,
                                      0,
                                      {},
                                      {{QStringLiteral("package"), header.packageId},
                                       {QStringLiteral("reply_to"), copy.packageId},
                                       {QStringLiteral("cases"), copy.caseNumbers},
                                       {QStringLiteral("public_key"), signer.publicKey.toLower()},
                                       {QStringLiteral("file"), result.filePath},
                                       {QStringLiteral("file_sha256"), result.fileSha256},
                                       {QStringLiteral("sealing"), PackageFile::sealing(seal)},
                                       {QStringLiteral("records"), result.records},
                                       {QStringLiteral("entries"), result.trailEntries}}});
        transaction.commit();
    } catch (const DataError &) {
        QFile::remove(path);
        throw;
    }
    return result;
}
