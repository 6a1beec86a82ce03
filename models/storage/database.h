#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

class QLockFile;
class ServerAddress;
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
        OpenChecked,  // OpenExisting after SQLite's quick_check passed: the command line's writes
    };

    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::OpenExisting);
    // A commission's database on its PostgreSQL server. CreateOrOpen gives an empty server
    // database the schema; OpenExisting refuses one. A server that cannot be reached, refuses
    // the account or TLS, or holds another program's or another version's database is refused
    // with a message that says which.
    static std::unique_ptr<Database> openServer(const ServerAddress &address,
                                                Mode mode = Mode::OpenExisting);
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
    // The server's address when the database is on a server, else null.
    const ServerAddress *server() const { return m_server.get(); }
    bool isServer() const { return m_server != nullptr; }
    // On a server, the account whose own server role the connection signed in as: only that
    // account may sign in on it, and the server holds it to that account's rights. Empty for
    // the owner's connection and for a file.
    QString serverAccount() const { return m_serverAccount; }
    // Whether the server lets this connection's account in with `password`, tried on a
    // connection of its own: how a password is checked where no account may read the hashes.
    bool serverAccepts(const QString &password) const;
    // A file on this computer (not in memory, not on a server): only such a database is backed
    // up, checked and locked by the program itself; a server's are its administrator's.
    bool isFile() const { return !isInMemory() && !isServer(); }

    // What SQLite's quick_check says of the file at `path`, read through a connection of its
    // own (so it may run on another thread): empty when it is sound.
    static QString quickCheck(const QString &path);
    // A damaged database takes no more writes: every write is refused from now on (SQLite's
    // query_only), and damage() says why.
    void markDamaged(const QString &problem);
    QString damage() const { return m_damage; }
    static int latestSchemaVersion();
    static quint32 applicationId();

    // Who is acting, for the audit trail: the signed-in account, else the name given here.
    QString actor() const;
    // Who is acting, for people and paper: the person's real name when the account has one,
    // else the account's name.
    QString actorName() const;
    void setActor(const QString &actor) { m_actor = actor; }

    // The signed-in account, or null. Only Accounts signs in and out.
    const Session *session() const { return m_session.get(); }

private:
    friend class Accounts;

    Database(const QString &path, bool readOnly);
    static void removeLeftovers(const QString &path);
    // Before an upgrade, before anything is written: a database whose version promises objects
    // it lacks (made by a build that skipped a migration) is refused.
    void refuseBrokenHistory() const;
    static void createAtomically(const QString &path);
    void connect();
    void applyConnectionSettings();
    void migrate();
    void seedDefaults();
    // Server mode (databaseserver.cpp).
    void connectServer();
    void refuseForeignServerDatabase(Mode mode) const;
    void migrateServer();

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QLockFile> m_lock; // held while open for writing
    std::unique_ptr<ServerAddress> m_server;
    QString m_serverAccount;
    bool m_readOnly = false;
    QString m_damage;
};
