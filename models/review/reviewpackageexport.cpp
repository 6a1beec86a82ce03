#include "reviewpackageexport.h"

#include "access/access.h"
#include "access/accesserror.h"
#include "access/signingkey.h"
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

std::optional<ReviewerAccount> ReviewPackageExport::check(const ReviewPackageRequest &request,
                                                          QDate today) const
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
    const bool toAccount = !request.reviewerAccount.trimmed().isEmpty();
    if (!toAccount && request.reviewer.trimmed().isEmpty())
        throw DataError(tr("Name the reviewer the package is for."));
    static const QRegularExpression hexKey(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!toAccount && !hexKey.match(request.reviewerSignKey).hasMatch())
        throw DataError(tr("The reviewer's signing key is not valid: it is a public key of 64 "
                           "hexadecimal characters."));
    ReviewPayload::caseNumbers(db, request.caseIds);

    // Sending the case file shows every subject's dossier: each must be open to the account,
    // and to the reviewer's account when the reviewer has one here.
    const QList<qint64> subjects = ReviewPayload::subjectsOf(db, request.caseIds);
    for (const qint64 subject : subjects)
        Access::requireDossier(m_database, subject, Permission::ExportData);
    if (!toAccount)
        return std::nullopt;
    return reviewerAccount(request, subjects);
}

ReviewerAccount ReviewPackageExport::reviewerAccount(const ReviewPackageRequest &request,
                                                     const QList<qint64> &subjects) const
{
    const QSqlDatabase db = m_database.connection();
    const QString name = request.reviewerAccount.trimmed();
    QSqlQuery account = Sql::run(db,
                                 QStringLiteral("SELECT id, role, disabled, must_change_password, "
                                                "coalesce(cadre_id, 0), all_units, "
                                                "coalesce(real_name, ''), coalesce(post, ''), "
                                                "password_hash FROM accounts WHERE name = ?"),
                                 {name});
    if (!account.next())
        throw DataError(tr("There is no account called %1.").arg(name));
    const qint64 accountId = account.value(0).toLongLong();
    Session reviewer;
    reviewer.accountName = name;
    reviewer.role = Roles::fromKey(account.value(1).toString());
    const bool disabled = account.value(2).toBool();
    reviewer.mustChangePassword = account.value(3).toBool();
    reviewer.cadreId = account.value(4).toLongLong();
    reviewer.allUnits = account.value(5).toBool();
    ReviewerAccount travelling;
    travelling.name = name;
    travelling.realName = account.value(6).toString().trimmed();
    travelling.post = account.value(7).toString().trimmed();
    travelling.passwordHash = account.value(8).toString();
    account.finish();
    if (!Roles::has(reviewer.role, Permission::ReadDossiers))
        throw DataError(tr("The account %1 does not read dossiers: a review package goes to a "
                           "case officer's or a reviewer's account.")
                            .arg(name));
    if (disabled)
        throw DataError(tr("The account %1 is disabled.").arg(name));
    if (!reviewer.allUnits) {
        QSqlQuery units = Sql::run(
            db,
            QStringLiteral("WITH RECURSIVE scope(id) AS (SELECT unit_id FROM account_units "
                           "WHERE account_id = ? UNION SELECT u.id FROM units u JOIN scope s "
                           "ON u.parent_id = s.id) SELECT id FROM scope"),
            {accountId});
        while (units.next())
            reviewer.units.insert(units.value(0).toLongLong());
    }
    for (const qint64 subject : subjects) {
        if (Access::isBarred(db, reviewer, subject))
            throw DataError(tr("The case concerns the reviewer's own dossier or a close "
                               "relative's: no one may review those. Send it to another "
                               "reviewer."));
        if (!Access::inScope(db, reviewer, subject))
            throw DataError(tr("The case concerns a cadre outside the units of the account %1: "
                               "send it to a reviewer whose units include it.")
                                .arg(name));
    }
    travelling.signingKey = SigningKey::stored(m_database, accountId);
    if (reviewer.mustChangePassword || travelling.signingKey.isNull())
        throw DataError(tr("The account %1 has no signing key yet: its owner signs in here once "
                           "and sets a password of their own, which makes the key that signs "
                           "the return package.")
                            .arg(name));
    if (!request.reviewerSignKey.isEmpty()
        && request.reviewerSignKey.compare(travelling.signingKey.publicKey, Qt::CaseInsensitive)
               != 0)
        throw DataError(tr("The signing key given is not the key of the account %1: a package "
                           "sent to an account is signed with the account's own key.")
                            .arg(name));
    return travelling;
}

QVector<ReviewerChoice> ReviewPackageExport::reviewers() const
{
    Access::require(m_database, Permission::ExportData);
    QVector<ReviewerChoice> choices;
    QSqlQuery query = Sql::run(m_database.connection(),
                               QStringLiteral("SELECT id, name, role, coalesce(real_name, ''), "
                                              "coalesce(post, ''), must_change_password FROM "
                                              "accounts WHERE disabled = 0 ORDER BY name"));
    QVector<QPair<qint64, ReviewerChoice>> found;
    while (query.next()) {
        if (!Roles::has(Roles::fromKey(query.value(2).toString()), Permission::ReadDossiers))
            continue;
        ReviewerChoice choice;
        choice.name = query.value(1).toString();
        choice.realName = query.value(3).toString();
        choice.post = query.value(4).toString();
        choice.hasSigningKey = !query.value(5).toBool();
        found.append({query.value(0).toLongLong(), choice});
    }
    query.finish();
    for (auto &[accountId, choice] : found) {
        choice.hasSigningKey
            = choice.hasSigningKey && !SigningKey::stored(m_database, accountId).isNull();
        choices.append(choice);
    }
    return choices;
}

ReviewPackageExport::Result ReviewPackageExport::exportToFile(const ReviewPackageRequest &request,
                                                              const QString &path,
                                                              QDate today) const
{
    if (!today.isValid())
        today = QDate::currentDate();
    // The access rules first: a refusal is audited in a transaction of its own.
    const std::optional<ReviewerAccount> account = check(request, today);
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
    QByteArray payload = ReviewPayload::package(contents.document, account);
    contents.document.fill('\0');
    const QByteArray bytes = PackageFile::seal(request.seal, header, payload);
    payload.fill('\0');

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
        if (sent.reviewer.isEmpty() && account)
            sent.reviewer = account->displayName();
        sent.reviewerKey = account ? account->signingKey.publicKey : request.reviewerSignKey;
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
        if (account)
            entry.after.insert(QStringLiteral("account"), account->name);
        AuditLog::append(m_database, entry);
        transaction.commit();
    } catch (const DataError &) {
        // A package that is not recorded and audited must not exist.
        QFile::remove(path);
        throw;
    }
    return result;
}
