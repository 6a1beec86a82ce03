#pragma once

#include "packageenvelope.h"
#include "packagefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// What to send for review, to whom, sealed how.
struct ReviewPackageRequest
{
    QList<qint64> caseIds;
    QDate expiresOn;  // the last day the package opens and its return package merges
    QString reviewer; // the reviewer's name, for the package, the trail and the list of packages
    // The reviewer's Ed25519 public key (hexadecimal): the return package must carry its
    // signature.
    QString reviewerSignKey;
    // The reviewer's account in this database, when they have one: held to the own-dossier
    // rule over every subject as well.
    QString reviewerAccount;
    // A passphrase, or the reviewer's X25519 public key.
    PackageFile::Seal seal;
};

// Sends cases out for review on a stand-alone PC (审理包): their case file and what a review
// reads of the subjects' dossiers (ReviewPayload), sealed (PackageEnvelope) into one file. Only
// an account that may export and may read every subject's dossier sends one; the reviewer it is
// sent to must not be barred from any of them either. The package is recorded
// (review_packages) with the reviewer's key and the case review records as sent — the base its
// return package is merged against — and audited with the file's SHA-256, in one transaction
// that commits only once the file is in place. Nothing decrypted touches the disk.
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

private:
    void check(const ReviewPackageRequest &request, QDate today) const;

    Database &m_database;
};
