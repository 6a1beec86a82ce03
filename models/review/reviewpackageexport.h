#pragma once

#include "packageenvelope.h"
#include "packagefile.h"
#include "revieweraccount.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>

class Database;

// What to send for review, to whom, sealed how.
//
// Whose signature the return package must carry: the usual way names the reviewer's account in
// this database (reviewerAccount). The package then carries that account — its name, its
// password hash and its signing key as stored, sealed under the reviewer's own password, so that
// they may travel inside the encrypted package (ReviewerAccount) — and this database records the
// account's current public key as the return package's expected signer; the
// reviewer signs in on the review copy with their usual name and password, and the key that
// password opens signs the return. No key is kept or carried by hand. A reviewer without an
// account here is named by their own Ed25519 public key instead (reviewerSignKey), and signs
// with its secret half (PackageEnvelope::ReviewerKeys).
struct ReviewPackageRequest
{
    QList<qint64> caseIds;
    QDate expiresOn; // the last day the package opens and its return package merges
    // The reviewer's account in this database: one that reads dossiers, is not disabled and has
    // set a password of its own (so that it has a signing key). It is held to the own-dossier
    // rule and to its units over every subject.
    QString reviewerAccount;
    // The reviewer's name, for the package, the trail and the list of packages; with an
    // account, the account's person when left empty.
    QString reviewer;
    // Without an account only: the reviewer's Ed25519 public key (hexadecimal), whose signature
    // the return package must carry. With an account it is left empty (or is the account's).
    QString reviewerSignKey;
    // A passphrase, or the reviewer's X25519 public key.
    PackageFile::Seal seal;
};

// An account of this database a review package may be sent to, for choosing one.
struct ReviewerChoice
{
    QString name;
    QString realName;
    QString post;
    // Whether it has a signing key: an account that never set a password of its own has none,
    // and cannot be sent a package until it has.
    bool hasSigningKey = false;
};

// Sends cases out for review on a stand-alone PC (审理包): their case file and what a review
// reads of the subjects' dossiers, with the reviewer's account (ReviewPayload), sealed
// (PackageEnvelope) into one file. Only an account that may export and may read every subject's
// dossier sends one; the reviewer it is sent to must not be barred from any of them either. The
// package is recorded (review_packages) with the reviewer's key and the case review records as
// sent — the base its return package is merged against — and audited with the file's SHA-256,
// in one transaction that commits only once the file is in place. Nothing decrypted touches the
// disk.
class ReviewPackageExport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPackageExport)

public:
    struct Result
    {
        PackageHeader header;
        QString filePath;
        QString fileSha256;
        qint64 rows = 0; // records the package carries
    };

    explicit ReviewPackageExport(Database &database);

    // Writes the package to `path`; throws DataError (AccessError for the access rules) and
    // leaves no file, no record and no audit entry behind when it is refused or fails.
    // `today` stands for the current date (tests).
    Result exportToFile(const ReviewPackageRequest &request, const QString &path,
                        QDate today = {}) const;

    // The accounts that read dossiers and are not disabled, by name: who a package may be sent
    // to. Needs the permission to export.
    QVector<ReviewerChoice> reviewers() const;

private:
    // The reviewer's account as the package carries it; none when the request names no account.
    std::optional<ReviewerAccount> check(const ReviewPackageRequest &request, QDate today) const;
    ReviewerAccount reviewerAccount(const ReviewPackageRequest &request,
                                    const QList<qint64> &subjects) const;

    Database &m_database;
};
