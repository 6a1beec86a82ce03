#include "reviewpackageexport.h"

#include "access/access.h"
#include "access/accesserror.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "reviewcopy.h"
#include "reviewpayload.h"
#include "reviewrows.h"
#include "sentpackages.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

ReviewPackageExport::ReviewPackageExport(Database &database)
    : m_database(database)
{}

void ReviewPackageExport::check(const ReviewPackageRequest &request, QDate today) const
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.isReadOnly())
        throw DataError(tr("Sending a review package needs write access to the database, to "
                           "record the package and its export."));
    if (ReviewCopy::isCopy(db))
        throw DataError(tr("This is a review copy: review packages are sent from the "
                           "commission's own database."));
    Access::require(m_database, Permission::ExportData);
    if (request.caseIds.isEmpty())
        throw DataError(tr("Choose at least one case to send for review."));
    if (!request.expiresOn.isValid() || request.expiresOn < today)
        throw DataError(tr("A review package needs an expiry date from today on."));
    if (request.reviewer.trimmed().isEmpty())
        throw DataError(tr("Name the reviewer the package is for."));
    static const QRegularExpression hexKey(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hexKey.match(request.reviewerSignKey).hasMatch())
        throw DataError(tr("The reviewer's signing key is not valid: it is a public key of 64 "
                           "hexadecimal characters."));
    ReviewPayload::caseNumbers(db, request.caseIds);

    // Sending the case file shows every subject's dossier: each must be open to the account,
    // and to the reviewer's account when the reviewer has one here.
    const QList<qint64> subjects = ReviewPayload::subjectsOf(db, request.caseIds);
    for (const qint64 subject : subjects)
        Access::requireDossier(m_database, subject, Permission::ExportData);
    if (request.reviewerAccount.isEmpty())
        return;
    QSqlQuery account
        = Sql::run(db, QStringLiteral("SELECT coalesce(cadre_id, 0) FROM accounts WHERE name = ?"),
                   {request.reviewerAccount.trimmed()});
    if (!account.next())
        throw DataError(tr("There is no account called %1.").arg(request.reviewerAccount));
    Session reviewer;
    reviewer.cadreId = account.value(0).toLongLong();
    account.finish();
    for (const qint64 subject : subjects)
        if (Access::isBarred(db, reviewer, subject))
            throw DataError(tr("The case concerns the reviewer's own dossier or a close "
                               "relative's: no one may review those. Send it to another "
                               "reviewer."));
}

ReviewPackageExport::Result ReviewPackageExport::exportToFile(const ReviewPackageRequest &request,
                                                              const QString &path,
                                                              QDate today) const
{
    if (!today.isValid())
        today = QDate::currentDate();
    // The access rules first: a refusal is audited in a transaction of its own.
    check(request, today);
    const QSqlDatabase db = m_database.connection();
    const SettingsStore settings(db);

    // One transaction: the package is read from one snapshot, and its record and audit entry
    // commit only once the file is in place.
    Transaction transaction(db);
    ReviewPayload::Contents contents = ReviewPayload::build(db, request.caseIds);
    PackageHeader header;
    header.kind = QStringLiteral("review");
    header.packageId = PackageEnvelope::newPackageId();
    header.databaseId = settings.value(Setting::DatabaseId);
    header.commission = settings.value(Setting::CommissionName);
    header.exportedBy = m_database.actorName();
    header.exportedAt = QDateTime::currentDateTimeUtc();
    header.expiresOn = request.expiresOn;
    header.caseNumbers = contents.caseNumbers.join(QStringLiteral("、"));
    const QByteArray bytes = PackageFile::seal(request.seal, header, contents.document);
    contents.document.fill('\0');

    Result result;
    result.header = header;
    result.filePath = QFileInfo(path).absoluteFilePath();
    result.fileSha256 = PackageFile::sha256(bytes);
    result.rows = contents.summary.rows;
    PackageFile::write(path, bytes);
    try {
        SentPackage sent;
        sent.id = header.packageId;
        sent.caseIds = request.caseIds;
        sent.caseNumbers = header.caseNumbers;
        sent.reviewer = request.reviewer.trimmed();
        sent.reviewerKey = request.reviewerSignKey;
        sent.exportedBy = header.exportedBy;
        sent.exportedAt = header.exportedAt;
        sent.expiresOn = header.expiresOn;
        sent.fileSha256 = result.fileSha256;
        sent.base = ReviewRows::read(db, request.caseIds, false).toJson();
        SentPackages::record(db, sent);

        QJsonObject tables;
        for (const auto &[table, rows] : contents.summary.tableRows)
            if (rows > 0)
                tables.insert(table, rows);
        AuditEntry entry;
        entry.action = QStringLiteral("review_package.export");
        entry.entity = QStringLiteral("review_packages");
        entry.after = {{QStringLiteral("package"), header.packageId},
                       {QStringLiteral("cases"), QJsonArray::fromStringList(contents.caseNumbers)},
                       {QStringLiteral("reviewer"), sent.reviewer},
                       {QStringLiteral("public_key"), sent.reviewerKey.toLower()},
                       {QStringLiteral("until"), header.expiresOn.toString(Qt::ISODate)},
                       {QStringLiteral("file"), result.filePath},
                       {QStringLiteral("file_sha256"), result.fileSha256},
                       {QStringLiteral("sealing"), PackageFile::sealing(request.seal)},
                       {QStringLiteral("cadres"), qint64(contents.subjects.size())},
                       {QStringLiteral("rows"), result.rows},
                       {QStringLiteral("tables"), tables}};
        AuditLog::append(m_database, entry);
        transaction.commit();
    } catch (const DataError &) {
        // A package that is not recorded and audited must not exist.
        QFile::remove(path);
        throw;
    }
    return result;
}
