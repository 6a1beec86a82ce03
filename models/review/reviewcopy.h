#pragma once

#include "packagefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class Database;

// The database a reviewer works in on a stand-alone PC: a review package opened into a new
// database file, through the interchange import, and marked as a review copy by the program's
// own settings (Setting::ReviewCopy…). Its audit trail is its own: it begins with the import.
//
// Who signs in: the copy has one account, the reviewer's, made when the package is opened with
// the name and password the reviewer chooses. It is a case officer over every unit of the copy
// — the copy holds the package's cases and nothing else — and is linked to no cadre, since the
// reviewer's own dossier never travels; the own-dossier rule was held for the reviewer when
// the package was sent (ReviewPackageRequest::reviewerAccount), and on the copy the access
// rules, the family members and the accounts are the same code as anywhere. The reviewer's key
// that signs the return package is not this account's: it is the key pair the office knows
// (PackageEnvelope::ReviewerKeys), kept by the reviewer.
class ReviewCopy
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopy)

public:
    // What a database says of itself; invalid for a database that is not a review copy.
    struct Info
    {
        QString packageId;
        QString sourceDatabaseId;
        QString commission;
        QString caseNumbers;
        QList<qint64> caseIds;
        QDate expiresOn;

        bool isValid() const { return !packageId.isEmpty(); }
        bool hasExpired(QDate today = {}) const;
        // "Review copy of 县纪立〔2026〕7号 from 青山县纪委监委 — expires 2026年6月30日", for
        // the window's title and banner.
        QString banner() const;
    };

    // The reviewer's account on the copy.
    struct Account
    {
        QString name;
        QString password;
        QString realName; // the person, for the trail and the return package; may be empty
    };

    // Opens the review package at `packagePath` into a new database at `databasePath` (no file
    // there yet, or an empty one), makes the reviewer's account and signs it in. Throws
    // DataError with the reason — the package's refusals (wrong passphrase or key, altered,
    // expired) among them — and then leaves no database behind. `today` stands for the current
    // date (tests).
    static std::unique_ptr<Database> open(const QString &packagePath, const PackageFile::Key &key,
                                          const QString &databasePath, const Account &reviewer,
                                          QDate today = {});

    static Info info(const QSqlDatabase &db);
    static bool isCopy(const QSqlDatabase &db);
    // Throws DataError once a review copy has expired; nothing for any other database.
    static void requireCurrent(const QSqlDatabase &db, QDate today = {});
};
