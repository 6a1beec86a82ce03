#pragma once

#include "interchangesummary.h"

#include <QString>
#include <functional>

class Database;
struct InterchangeDocument;
struct InterchangeRows;

// Loads an interchange file into a new or empty database, all or nothing: the file is checked
// whole first (InterchangeReader), then every row is written in one transaction with the
// audit entry and the rebuilt search index. Constraint failures name the record and field and
// roll everything back. A database that holds dossiers already takes the file as a merge
// (InterchangeMerge).
class InterchangeImporter
{
public:
    explicit InterchangeImporter(const Database &database);

    // Writes a checked document; `filePath` and `fileSha256` go into the audit entry. The
    // database must hold no dossier records; its rules and settings are replaced by the file's
    // where the file carries those tables. Throws DataError (ValidationError for a record).
    InterchangeSummary write(const InterchangeDocument &document, const QString &filePath,
                             const QString &fileSha256) const;

    // Reads and imports `jsonPath` into `databasePath`, creating the database when there is
    // none, merging it into one that holds dossiers. With `dryRun` nothing is written and the
    // summary says what the import would do. `signIn` runs on the opened database before anything
    // is written: a database with accounts takes an import only from an account signed in with
    // Permission::ImportData, and the audit entry names it. When the import fails, a database
    // created here is removed again and an existing one is left unchanged. When `jsonPath` was
    // decrypted from `sealedPath`, the audit entry names the sealed file and its hash, the file
    // that came in.
    using SignIn = std::function<void(Database &)>;
    static InterchangeSummary importFile(const QString &jsonPath, const QString &databasePath,
                                         const SignIn &signIn = {}, const QString &sealedPath = {},
                                         bool dryRun = false);
    // The same for a file's contents already in memory — an encrypted file decrypted there, so
    // that nothing plain touches a disk; `filePath` is the file that came in, audited with its
    // SHA-256.
    static InterchangeSummary importBytes(const QByteArray &bytes, const QString &filePath,
                                          const QString &databasePath, const SignIn &signIn = {},
                                          bool dryRun = false);
    // Whether the database holds dossier records (more than its seeded settings and rules).
    static bool holdsDossiers(const Database &database);

private:
    void requireEmpty() const;
    void insert(const InterchangeRows &rows) const;
    [[noreturn]] void refuseRow(const InterchangeRows &rows, int position,
                                const QString &error) const;
    void checkForeignKeys(const InterchangeDocument &document) const;

    const Database &m_database;
};
