#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Database;

// One change to an account that the security auditor has yet to acknowledge.
struct AccountChange
{
    qint64 entry = 0; // the audit entry
    QString at;       // ISO 8601, UTC
    QString by;       // who made it, as the trail names them
    QString action;   // account.create, account.reset, account.role …
    QString account;  // the account changed, by login name
    QString change;   // what changed, in words (the new role, the scope's size …)
};

// No escalation unseen: every new account, password reset, role change, scope, cadre link and
// disabling waits for the security auditor's acknowledgement. The auditor reads the list and
// acknowledges it up to an entry, which is itself an entry in the trail ("account.acknowledge");
// the sealed trail keeps both, so a change nobody acknowledged stays on the list. Chosen over a
// countersignature before the change takes effect, which would need two of the three
// administrators at one stand-alone PC at once (docs/RELIABILITY.md).
class AccountReview
{
    Q_DECLARE_TR_FUNCTIONS(AccountReview)

public:
    explicit AccountReview(const Database &database);

    // The changes after the last acknowledgement, oldest first. Needs the ReadAudit permission.
    QVector<AccountChange> pending() const;
    // Acknowledges every pending change up to `lastEntry` (one of them) in one audited write;
    // returns how many. Needs the ReadAudit permission; throws DataError for an entry that is
    // not pending.
    int acknowledge(qint64 lastEntry);

    // The actions that wait for acknowledgement.
    static QStringList actions();
    // The newest entry acknowledged so far, 0 if none.
    qint64 acknowledgedUpTo() const;

private:
    const Database &m_database;
};
