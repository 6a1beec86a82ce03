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
// Who signs in: the copy has one account, the reviewer's, made when the package is opened. A
// package sent to an account of the commission's database carries it (ReviewerAccount): the
// copy's account has the same name, the same password hash and the same signing key, still
// sealed under the reviewer's password — so the reviewer signs in with their usual name and
// password, and the key that password opens signs the return package (ReturnPackage), the very
// key the commission recorded as the expected signer. A package sent to a reviewer without an
// account there makes one with the name and password chosen when it is opened; its return
// package is signed with the key pair the commission was given (PackageEnvelope::ReviewerKeys).
// Either way the account is a case officer over every unit of the copy — the copy holds the
// package's cases and nothing else — and is linked to no cadre, since the reviewer's own dossier
// never travels; the own-dossier rule was held for the reviewer when the package was sent
// (ReviewPackageRequest::reviewerAccount), and on the copy the access rules, the family members
// and the accounts are the same code as anywhere.
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

    // Who signs in on the copy. For a package that carries the reviewer's account: that
    // account's name (empty: the carried one) and its password, checked against the carried
    // hash; realName is then the carried one. Otherwise the name, password and person chosen
    // now for a new account.
    struct Account
    {
        QString name;
        QString password;
        QString realName; // the person, for the trail and the return package; may be empty
    };

    // Opens the review package at `packagePath` into a new database at `databasePath` (no file
    // there yet, or an empty one), makes the reviewer's account and signs it in. Throws
    // DataError with the reason — the package's refusals (wrong passphrase or key, altered,
    // expired) among them, and a name or password that is not the carried account's — and then
    // leaves no database behind. `today` stands for the current date (tests).
    static std::unique_ptr<Database> open(const QString &packagePath, const PackageFile::Key &key,
                                          const QString &databasePath, const Account &reviewer,
                                          QDate today = {});

    static Info info(const QSqlDatabase &db);
    static bool isCopy(const QSqlDatabase &db);
    // Throws DataError once a review copy has expired; nothing for any other database.
    static void requireCurrent(const QSqlDatabase &db, QDate today = {});
};
