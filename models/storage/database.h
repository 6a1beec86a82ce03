#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

class QLockFile;
struct Session;

// One open dossier database: checks the file before touching it, applies the connection
// settings (WAL, synchronous=FULL, foreign keys, busy timeout) and the schema migrations.
// Bad files are refused with a DataError and left byte-for-byte unchanged.
class Database
{
public:
    enum class Mode {
        OpenExisting, // the file must exist and be a dossier database
        CreateOrOpen, // a missing or empty file becomes a new database
        ReadOnly,     // for reading only; never migrates
    };

    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::OpenExisting);
    // A private in-memory database with the full schema, for tests.
    static std::unique_ptr<Database> openInMemory();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // True for a private in-memory database, which has no file to back up or lock.
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }
    int schemaVersion() const;
    static int latestSchemaVersion();
    static quint32 applicationId();

    // Who is acting, for the audit trail: the signed-in account, else the name given here.
    QString actor() const;
    void setActor(const QString &actor) { m_actor = actor; }

    // The signed-in account, or null. Only Accounts signs in and out.
    const Session *session() const { return m_session.get(); }
    // The Database a connection belongs to, for services handed only the connection; null
    // for a connection no Database opened.
    static const Database *of(const QSqlDatabase &db);

private:
    friend class Accounts;

    Database(const QString &path, bool readOnly);
    static void removeLeftovers(const QString &path);
    void connect();
    void applyConnectionSettings();
    void migrate();
    void seedDefaults();

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QLockFile> m_lock; // held while open for writing
    bool m_readOnly = false;
};
