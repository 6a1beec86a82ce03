#pragma once

#include "packageenvelope.h"
#include "packagefile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QString>

class Database;

// The reviewer's answer (回传包), made on a review copy: the case review records of the
// package's cases as they stand now (ReviewRows, with the scans' content) and the copy's whole
// audit trail, which begins with the import, sealed to the office (a passphrase, or the
// office's X25519 public key) and signed with the reviewer's key: the signed-in account's own
// key, which the reviewer's password opened at sign-in — the account's key at the commission,
// carried in the review package (ReviewerAccount) — or, for a reviewer without an account
// there, the secret half of the key pair the commission was given. Its header answers the review
// package (replyTo) and names the office database it belongs to. The copy audits it with the
// file's SHA-256.
//
// Payload, UTF-8 JSON:
//   {"format": "integrity-dossier-return", "version": 1, "package": <review package id>,
//    "tables": {"case_reviews": [{…}], "case_facts": …, "attachments": …},
//    "trail": [{"id": 1, "at": …, "user_name": …, "action": …, "entity": …, "entity_id": …,
//               "cadre_id": …, "before": …, "after": …, "prev_hash": …, "hash": …}, …]}
class ReturnPackage
{
    Q_DECLARE_TR_FUNCTIONS(ReturnPackage)

public:
    static inline const QString formatName = QStringLiteral("integrity-dossier-return");
    static constexpr int version = 1;

    struct Result
    {
        PackageHeader header;
        QString filePath;
        QString fileSha256;
        int records = 0;
        int trailEntries = 0;
    };

    explicit ReturnPackage(Database &copy);

    // Writes the return package to `path`. Refused on a database that is not a review copy, on
    // an expired one, and for an account that may not export the case; throws DataError and
    // leaves no file and no audit entry behind. The signer's key must outlive the call.
    Result exportToFile(const QString &path, const PackageFile::Seal &seal,
                        const PackageEnvelope::Signer &signer, QDate today = {}) const;
    // The same, signed with the signed-in account's key (Session::signingKey); refused when the
    // account has none open.
    Result exportToFile(const QString &path, const PackageFile::Seal &seal, QDate today = {}) const;

    // The trail of a database as the payload carries it.
    static QJsonArray trail(const Database &database);

private:
    Database &m_database;
};
