#pragma once

#include "domain/role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class Database;
struct Session;

struct AccountInfo
{
    qint64 id = 0;
    QString name;
    QString realName;
    QString post;
    Role role = Role::None;
    qint64 cadreId = 0;
    QString cadreName;
    bool allUnits = true;
    QList<qint64> units;
    bool disabled = false;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;
};

// The accounts of one database and the only way to sign in to it. Every change is one
// transaction with its audit entry. The separation of the administrators holds here: the
// system administrator makes accounts and resets passwords, the security administrator grants
// roles, unit scopes and cadre links (the administrator may grant only while the database has
// no security administrator, so a new database can be set up).
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    explicit Accounts(Database &database);

    // True before the first start has created the administrator.
    bool isEmpty() const;
    static bool exist(const QSqlDatabase &db);
    // A read-only connection of the same file, opened for work on another thread, acts as the
    // account of `session` (copied on the window's thread, without its signing key: a reader
    // signs nothing).
    static void lendSession(Database &reader, const Session &session);
    // The first start: makes the administrator and signs it in. Refused once any account exists.
    void createFirstAdministrator(const QString &name, const QString &password);
    // A demo database's first start: one account per role (admin, security, auditor, officer,
    // reviewer), all with `password`, none signed in. Refused once any account exists.
    QStringList createDemoAccounts(const QString &password);

    // Refuses an unknown name, a wrong password and a paused sign-in with the same message and
    // at the same cost. After kFreeAttempts failures in a row for one name from one `source`
    // (a computer and its user; thisComputer() unless given), every attempt from there is
    // refused until a growing delay has passed; other places are not held up.
    void signIn(const QString &name, const QString &password,
                const QDateTime &now = QDateTime::currentDateTimeUtc(),
                const QString &source = QString());
    // "host/user" of this process, where sign-in failures are counted.
    static QString thisComputer();
    void signOut();
    // The idle lock: the signed-in account proves itself again; failures count as at sign-in.
    void unlock(const QString &password, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void changePassword(const QString &currentPassword, const QString &newPassword);

    qint64 create(const QString &name, const QString &password, Role role = Role::None);
    void resetPassword(qint64 accountId, const QString &password);
    // The person's name and post (the administrator); audited.
    void setProfile(qint64 accountId, const QString &realName, const QString &post);
    void setDisabled(qint64 accountId, bool disabled);
    void setRole(qint64 accountId, Role role);
    void setScope(qint64 accountId, bool allUnits, const QList<qint64> &units);
    void linkCadre(qint64 accountId, qint64 cadreId);

    QVector<AccountInfo> list() const;
    // Whether the signed-in account may grant roles now.
    bool mayGrant() const;

    static constexpr int kFreeAttempts = 3;
    static constexpr int kMinimumPasswordLength = 8;
    // How long sign-in stays locked after `failures` failures in a row: nothing for the first
    // kFreeAttempts, then 30 s doubling up to an hour.
    static qint64 lockoutSeconds(int failures);

private:
    void startSession(qint64 accountId);
    // Opens the session's signing key with the password just checked, or makes the account's
    // first one.
    void unlockSigningKey(const QString &password);
    // Whether `password` is the account's (0: no such account, checked all the same).
    bool passwordMatches(qint64 accountId, const QString &password) const;
    void recordFailure(qint64 accountId, const QString &triedName, const QString &source,
                       int failures, const QDateTime &now);
    void checkNewPassword(const QString &password, bool allowShort = false) const;
    void requireGrant() const;
    AccountInfo load(qint64 accountId) const;

    Database &m_database;
};
