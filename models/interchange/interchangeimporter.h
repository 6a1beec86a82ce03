#pragma once

#include "interchangesummary.h"

#include <QString>
#include <functional>

class Database;
class QIODevice;
struct InterchangeDocument;

// Loads an interchange file into a new or empty database, all or nothing: the file is checked
// whole first (InterchangeReader), then read a second time and every row is written as it
// comes, in one transaction with the audit entry and the rebuilt search index; neither pass
// holds more than one record of the file and the keys of the rest. Constraint failures name the
// record and field and roll everything back. A database that holds dossiers already takes the file
// as a merge (InterchangeMerge).
class InterchangeImporter
{
public:
    explicit InterchangeImporter(const Database &database);

    // How far an import has come: checking the file (bytes read of the file's size), then
    // writing it (records written of the file's records).
    enum class Stage { Checking, Writing };
    using Progress = std::function<void(Stage stage, qint64 done, qint64 total)>;

    // Writes a checked document that keeps its rows; `filePath` and `fileSha256` go into the audit
    // entry. The database must hold no dossier records; its rules and settings are replaced by the
    // file's where the file carries those tables. Throws DataError (ValidationError for a record).
    InterchangeSummary write(const InterchangeDocument &document, const QString &filePath,
                             const QString &fileSha256) const;
    // Writes the file `device` holds (from where it stands), which `checked` is the check of
    // (InterchangeReader::read without its rows), reading it again record by record.
    InterchangeSummary write(QIODevice &device, const InterchangeDocument &checked,
                             const QString &filePath, const QString &fileSha256,
                             const Progress &progress = {}) const;

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
                                         bool dryRun = false, const Progress &progress = {});
    // The same for a file's contents already in memory — an encrypted file decrypted there, so
    // that nothing plain touches a disk; `filePath` is the file that came in, audited with its
    // SHA-256.
    static InterchangeSummary importBytes(const QByteArray &bytes, const QString &filePath,
                                          const QString &databasePath, const SignIn &signIn = {},
                                          bool dryRun = false, const Progress &progress = {});
    // Whether the database holds dossier records (more than its seeded settings and rules).
    static bool holdsDossiers(const Database &database);

private:
    static InterchangeSummary importDevice(QIODevice &device, const QString &filePath,
                                           const QString &databasePath, const SignIn &signIn,
                                           bool dryRun, const Progress &progress);
    // Checks, opens the transaction, has `insertAll` write the rows (returning how many it wrote
    // or replaced), and finishes the import.
    InterchangeSummary writeWith(const InterchangeDocument &document, const QString &filePath,
                                 const QString &fileSha256,
                                 const std::function<qint64()> &insertAll) const;
    void requireEmpty() const;
    void checkForeignKeys(const InterchangeDocument &document) const;

    const Database &m_database;
};
