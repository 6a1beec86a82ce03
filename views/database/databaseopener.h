#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

class Database;
class QWidget;
class ServerConnectDialog;

// Opens and creates dossier databases for the window. Every refusal of Database::open (not a
// database, written by a newer version, read-only, locked, missing) reaches the user as a
// message, never as a crash or a silently empty window. How messages and questions are shown is
// replaceable, so that tests run the same code without a dialog waiting for a click.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    struct Prompts
    {
        std::function<void(const QString &message)> error;
        std::function<bool(const QString &question)> confirm;
        // Shows the server connection dialog until it connects (true) or is cancelled.
        std::function<bool(ServerConnectDialog &dialog)> connect;
    };

    explicit DatabaseOpener(QWidget *parent = nullptr);

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    const Prompts &prompts() const { return m_prompts; }
    // Signs in to a database just opened (the login dialog by default); false leaves it closed.
    using SignIn = std::function<bool(Database &database, bool demo)>;
    void setSignIn(const SignIn &signIn) { m_signIn = signIn; }

    // Opens an existing database; a read-only file is offered for reading only.
    // Returns null after telling the user why not.
    std::unique_ptr<Database> open(const QString &path) const;
    // Makes a new, empty database; an existing file is never overwritten.
    std::unique_ptr<Database> create(const QString &path) const;
    // Fills a new database with the demo county, showing progress, and opens it.
    std::unique_ptr<Database> createDemo(const QString &path) const;

    // Signs in to a server database just connected, the sign-in dialog suggesting the account
    // the connection used. Null when not signed in.
    std::unique_ptr<Database> signIn(std::unique_ptr<Database> database,
                                     const QString &account) const;

    // The folder for the user's databases (AppLocalDataLocation: it does not roam).
    static QString dataFolder();
    static QString demoPath();

private:
    void reportError(const QString &message) const;
    std::unique_ptr<Database> signedIn(std::unique_ptr<Database> database) const;

    QWidget *m_parent = nullptr;
    Prompts m_prompts;
    SignIn m_signIn;
    mutable QString m_suggestedName;
};
