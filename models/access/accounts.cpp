#include "accounts.h"

#include "signingkey.h"

#include "access.h"
#include "accesserror.h"
#include "domain/session.h"
#include "passwordhash.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/serversecurity.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QSysInfo>
#include <algorithm>

namespace {

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Accounts::Accounts(Database &database)
    : m_database(database)
{}

qint64 Accounts::lockoutSeconds(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = std::min(failures - kFreeAttempts, 7);
    return std::min<qint64>(qint64(30) << doublings, 3600);
}

bool Accounts::isEmpty() const
{
    return !exist(m_database.connection());
}

bool Accounts::exist(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)")).toBool();
}

void Accounts::checkNewPassword(const QString &password, bool allowShort) const
{
    if (!allowShort && password.size() < kMinimumPasswordLength)
        throw DataError(tr("A password needs at least %1 characters.").arg(kMinimumPasswordLength));
    if (password.trimmed().isEmpty())
        throw DataError(tr("A password cannot be empty."));
}

void Accounts::createFirstAdministrator(const QString &name, const QString &password)
{
    if (!isEmpty())
        throw AccessError(tr("This database already has its administrator."));
    if (name.trimmed().isEmpty())
        throw DataError(tr("An account needs a name."));
    checkNewPassword(password);
    const QString hash = PasswordHash::hash(password);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const qint64 id
        = Sql::insert(db,
                      QStringLiteral("INSERT INTO accounts (name, password_hash, role, created_at, "
                                     "password_changed_at) VALUES (?, ?, 'administrator', ?, ?)"),
                      {name.trimmed(), hash, timestamp(QDateTime::currentDateTimeUtc()),
                       timestamp(QDateTime::currentDateTimeUtc())});
    startSession(id);
    AuditLog::append(m_database, {QStringLiteral("account.create"),
                                  QStringLiteral("accounts"),
                                  id,
                                  0,
                                  {},
                                  {{QStringLiteral("name"), name.trimmed()},
                                   {QStringLiteral("role"), QStringLiteral("administrator")}}});
    transaction.commit();
}

void Accounts::lendSession(Database &reader, const Session &session)
{
    if (!reader.isReadOnly())
        throw AccessError(tr("Only a connection for reading takes another's sign-in."));
    auto lent = std::make_unique<Session>(session);
    lent->signingKey.reset();
    reader.m_session = std::move(lent);
}

QStringList Accounts::createDemoAccounts(const QString &password)
{
    if (!isEmpty())
        throw AccessError(tr("This database already has accounts."));
    // One hash for the five demo accounts, kept for the process: the password is public, and
    // Argon2id is slow on purpose.
    static QMutex mutex;
    static QHash<QString, QString> hashes;
    QString hash;
    {
        const QMutexLocker lock(&mutex);
        hash = hashes.value(password);
        if (hash.isEmpty()) {
            hash = PasswordHash::hash(password);
            hashes.insert(password, hash);
        }
    }
    const QList<QPair<QString, Role>> accounts = {
        {QStringLiteral("admin"), Role::Administrator},
        {QStringLiteral("security"), Role::SecurityOfficer},
        {QStringLiteral("auditor"), Role::Auditor},
        {QStringLiteral("officer"), Role::CaseOfficer},
        {QStringLiteral("reviewer"), Role::Reviewer},
    };
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QStringList names;
    for (const auto &account : accounts) {
        const qint64 id
            = Sql::insert(db,
                          QStringLiteral("INSERT INTO accounts (name, password_hash, role, "
                                         "created_at) VALUES (?, ?, ?, ?)"),
                          {account.first, hash, Roles::key(account.second),
                           timestamp(QDateTime::currentDateTimeUtc())});
        AuditLog::append(m_database, {QStringLiteral("account.create"),
                                      QStringLiteral("accounts"),
                                      id,
                                      0,
                                      {},
                                      {{QStringLiteral("name"), account.first},
                                       {QStringLiteral("role"), Roles::key(account.second)}}});
        names << account.first;
    }
    transaction.commit();
    return names;
}

QString Accounts::thisComputer()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QSysInfo::machineHostName() + QLatin1Char('/') + user;
}

void Accounts::signIn(const QString &name, const QString &password, const QDateTime &now,
                      const QString &source)
{
    const QSqlDatabase db = m_database.connection();
    const QString tried = name.trimmed();
    const QString from = source.isEmpty() ? thisComputer() : source;
    // On a server, a connection made with an account's own role is that account's alone.
    const QString connected = m_database.serverAccount();
    if (!connected.isEmpty() && tried.compare(connected, Qt::CaseInsensitive) != 0)
        throw AccessError(tr("This connection to the server is the account %1's own: sign in as "
                             "%1, or connect to the server with your own account.")
                              .arg(connected));
    QSqlQuery query
        = Sql::run(db, QStringLiteral("SELECT id, disabled FROM accounts WHERE name = ?"), {tried});
    const bool known = query.next();
    const qint64 id = known ? query.value(0).toLongLong() : 0;
    const bool disabled = known && query.value(1).toBool();
    query.finish();
    QSqlQuery failure = Sql::run(db,
                                 QStringLiteral("SELECT failures, locked_until FROM "
                                                "sign_in_failures WHERE name = ? AND source = ?"),
                                 {tried, from});
    int failures = 0;
    QDateTime pausedUntil;
    if (failure.next()) {
        failures = failure.value(0).toInt();
        pausedUntil = QDateTime::fromString(failure.value(1).toString(), Qt::ISODateWithMs);
    }
    failure.finish();
    const bool paused = pausedUntil.isValid() && now < pausedUntil;
    const bool right = passwordMatches(id, password);
    if (paused || !known || !right) {
        if (!paused)
            recordFailure(id, tried, from, failures + 1, now);
        // The same words for every refusal, so that they tell nothing about which names exist.
        throw AccessError(tr("The name or the password is wrong, or signing in from here is "
                             "paused for a while after repeated failures."));
    }
    if (disabled)
        throw AccessError(tr("The account %1 is disabled.").arg(tried));
    if (m_database.isReadOnly()) {
        startSession(id);
        unlockSigningKey(password);
        return;
    }
    Transaction transaction(db);
    Sql::run(db, QStringLiteral("DELETE FROM sign_in_failures WHERE name = ? AND source = ?"),
             {tried, from});
    startSession(id);
    unlockSigningKey(password);
    AuditLog::append(m_database,
                     {QStringLiteral("login"), QStringLiteral("accounts"), id, 0, {}, {}});
    transaction.commit();
}

void Accounts::unlockSigningKey(const QString &password)
{
    Session *session = m_database.m_session.get();
    // A password someone else chose opens no key: the owner's own comes with their own password.
    if (!session || session->mustChangePassword)
        return;
    std::shared_ptr<const SigningKey> key
        = SigningKey::unlock(m_database, session->accountId, password);
    if (!key && !m_database.isReadOnly())
        key = SigningKey::create(m_database, session->accountId, password);
    session->signingKey = key;
}

void Accounts::recordFailure(qint64 accountId, const QString &triedName, const QString &source,
                             int failures, const QDateTime &now)
{
    if (m_database.isReadOnly())
        return;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    // Counted per name and per place: failures from one computer pause that computer only,
    // so no one can lock a colleague out at will.
    const qint64 seconds = lockoutSeconds(failures);
    const QVariant until = seconds > 0 ? QVariant(timestamp(now.addSecs(seconds)))
                                       : QVariant(QMetaType(QMetaType::QString));
    Sql::run(db,
             QStringLiteral("INSERT INTO sign_in_failures (name, source, failures, "
                            "locked_until) VALUES (?, ?, ?, ?) ON CONFLICT (name, source) DO "
                            "UPDATE SET failures = excluded.failures, locked_until = "
                            "excluded.locked_until"),
             {triedName, source, failures, until});
    QJsonObject after{{QStringLiteral("name"), triedName},
                      {QStringLiteral("source"), source},
                      {QStringLiteral("failures"), failures}};
    if (seconds > 0)
        after.insert(QStringLiteral("paused_seconds"), seconds);
    AuditLog::append(
        m_database,
        {QStringLiteral("login.failed"), QStringLiteral("accounts"), accountId, 0, {}, after});
    transaction.commit();
}

bool Accounts::passwordMatches(qint64 accountId, const QString &password) const
{
    // On a server no account reads the hashes: the server checks the password itself.
    if (!m_database.serverAccount().isEmpty())
        return accountId != 0 && m_database.serverAccepts(password);
    // An unknown name is checked against a hash of its own, so it costs what a wrong password
    // costs; a paused name is checked too, and answered the same way.
    const QVariant stored
        = accountId == 0 ? QVariant()
                         : Sql::scalar(m_database.connection(),
                                       QStringLiteral("SELECT password_hash FROM accounts WHERE "
                                                      "id = ?"),
                                       {accountId});
    return PasswordHash::verify(
        stored.isValid() ? stored.toString() : PasswordHash::unknownAccountHash(), password);
}

void Accounts::startSession(qint64 accountId)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query = Sql::run(db,
                               QStringLiteral("SELECT name, role, cadre_id, all_units, "
                                              "must_change_password, real_name, post FROM "
                                              "accounts WHERE id = ?"),
                               {accountId});
    if (!query.next())
        throw AccessError(tr("The account no longer exists."));
    auto session = std::make_unique<Session>();
    session->accountId = accountId;
    session->accountName = query.value(0).toString();
    session->role = Roles::fromKey(query.value(1).toString());
    session->cadreId = query.value(2).toLongLong();
    session->allUnits = query.value(3).toBool();
    session->mustChangePassword = query.value(4).toBool();
    session->realName = query.value(5).toString();
    session->post = query.value(6).toString();
    session->ownServerRole = !m_database.serverAccount().isEmpty();
    if (!session->allUnits) {
        QSqlQuery units = Sql::run(
            db,
            QStringLiteral("WITH RECURSIVE scope(id) AS (SELECT unit_id FROM account_units "
                           "WHERE account_id = ? UNION SELECT u.id FROM units u JOIN scope s "
                           "ON u.parent_id = s.id) SELECT id FROM scope"),
            {accountId});
        while (units.next())
            session->units.insert(units.value(0).toLongLong());
    }
    m_database.m_session = std::move(session);
}

void Accounts::signOut()
{
    if (!m_database.m_session)
        return;
    if (!m_database.isReadOnly()) {
        Transaction transaction(m_database.connection());
        AuditLog::append(m_database, {QStringLiteral("logout"),
                                      QStringLiteral("accounts"),
                                      m_database.m_session->accountId,
                                      0,
                                      {},
                                      {}});
        transaction.commit();
    }
    m_database.m_session.reset();
}

void Accounts::unlock(const QString &password, const QDateTime &now)
{
    const Session *session = m_database.session();
    if (!session)
        throw AccessError(tr("No account is signed in."));
    signIn(session->accountName, password, now);
}

void Accounts::changePassword(const QString &currentPassword, const QString &newPassword)
{
    const Session *session = m_database.session();
    if (!session)
        throw AccessError(tr("No account is signed in."));
    const QSqlDatabase db = m_database.connection();
    if (!passwordMatches(session->accountId, currentPassword))
        throw AccessError(tr("The current password is wrong."));
    checkNewPassword(newPassword);
    if (newPassword == currentPassword)
        throw DataError(tr("The new password must differ from the current one."));
    const QString newHash = PasswordHash::hash(newPassword);
    Transaction transaction(db);
    Sql::run(db,
             QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = 0, "
                            "password_changed_at = ? WHERE id = ?"),
             {newHash, timestamp(QDateTime::currentDateTimeUtc()), session->accountId});
    ServerSecurity::updateAccountRole(db, session->accountId, newPassword);
    // The signing key follows the password: sealed anew under it, or — after a reset, when the
    // old key cannot be opened — a new key that only the owner's password opens.
    std::shared_ptr<const SigningKey> key = session->signingKey;
    if (key)
        key->reseal(m_database, newPassword);
    else
        key = SigningKey::create(m_database, session->accountId, newPassword);
    AuditLog::append(m_database, {QStringLiteral("account.password"),
                                  QStringLiteral("accounts"),
                                  session->accountId,
                                  0,
                                  {},
                                  {}});
    transaction.commit();
    m_database.m_session->mustChangePassword = false;
    m_database.m_session->signingKey = key;
}

bool Accounts::mayGrant() const
{
    const Session *session = m_database.session();
    if (!session)
        return false;
    if (session->can(Permission::GrantRoles))
        return true;
    return session->role == Role::Administrator
           && !Sql::scalar(m_database.connection(),
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts WHERE role = "
                                          "'security' AND disabled = 0)"))
                   .toBool();
}

void Accounts::requireGrant() const
{
    if (mayGrant())
        return;
    Access::require(m_database, Permission::GrantRoles); // audits and throws
}

qint64 Accounts::create(const QString &name, const QString &password, Role role)
{
    const Session *session = m_database.session();
    if (!session || !(session->can(Permission::ManageAccounts) || mayGrant()))
        Access::require(m_database, Permission::ManageAccounts);
    if (role != Role::None)
        requireGrant();
    if (name.trimmed().isEmpty())
        throw DataError(tr("An account needs a name."));
    if (Sql::scalar(m_database.connection(),
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts WHERE name = ?)"),
                    {name.trimmed()})
            .toBool())
        throw DataError(tr("There is already an account called %1.").arg(name.trimmed()));
    checkNewPassword(password);
    const QString hash = PasswordHash::hash(password);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const qint64 id = Sql::insert(
        db,
        QStringLiteral("INSERT INTO accounts (name, password_hash, role, "
                       "must_change_password, created_at) "
                       "VALUES (?, ?, ?, 1, ?)"),
        {name.trimmed(), hash, Roles::key(role), timestamp(QDateTime::currentDateTimeUtc())});
    ServerSecurity::updateAccountRole(db, id, password);
    AuditLog::append(m_database, {QStringLiteral("account.create"),
                                  QStringLiteral("accounts"),
                                  id,
                                  0,
                                  {},
                                  {{QStringLiteral("name"), name.trimmed()},
                                   {QStringLiteral("role"), Roles::key(role)}}});
    transaction.commit();
    return id;
}

AccountInfo Accounts::load(qint64 accountId) const
{
    for (const AccountInfo &info : list())
        if (info.id == accountId)
            return info;
    throw DataError(tr("There is no account number %1.").arg(accountId));
}

void Accounts::setProfile(qint64 accountId, const QString &realName, const QString &post)
{
    Access::require(m_database, Permission::ManageAccounts);
    const AccountInfo info = load(accountId);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    Sql::run(db, QStringLiteral("UPDATE accounts SET real_name = ?, post = ? WHERE id = ?"),
             {realName.trimmed(), post.trimmed(), accountId});
    AuditLog::append(m_database, {QStringLiteral("account.profile"),
                                  QStringLiteral("accounts"),
                                  accountId,
                                  0,
                                  {{QStringLiteral("real_name"), info.realName},
                                   {QStringLiteral("post"), info.post}},
                                  {{QStringLiteral("real_name"), realName.trimmed()},
                                   {QStringLiteral("post"), post.trimmed()}}});
    transaction.commit();
    if (m_database.m_session && m_database.m_session->accountId == accountId) {
        m_database.m_session->realName = realName.trimmed();
        m_database.m_session->post = post.trimmed();
    }
}

void Accounts::resetPassword(qint64 accountId, const QString &password)
{
    Access::require(m_database, Permission::ManageAccounts);
    const AccountInfo info = load(accountId);
    checkNewPassword(password);
    const QString hash = PasswordHash::hash(password);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    Sql::run(db,
             QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = 1, "
                            "failed_attempts = 0, locked_until = NULL, password_changed_at = ? "
                            "WHERE id = ?"),
             {hash, timestamp(QDateTime::currentDateTimeUtc()), accountId});
    ServerSecurity::updateAccountRole(db, accountId, password);
    AuditLog::append(m_database, {QStringLiteral("account.reset"),
                                  QStringLiteral("accounts"),
                                  accountId,
                                  0,
                                  {},
                                  {{QStringLiteral("name"), info.name}}});
    transaction.commit();
}

void Accounts::setDisabled(qint64 accountId, bool disabled)
{
    const Session &session = Access::require(m_database, Permission::ManageAccounts);
    if (session.accountId == accountId && disabled)
        throw DataError(tr("You cannot disable the account you are signed in with."));
    const AccountInfo info = load(accountId);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    Sql::run(db, QStringLiteral("UPDATE accounts SET disabled = ? WHERE id = ?"),
             {disabled ? 1 : 0, accountId});
    ServerSecurity::updateAccountRole(db, accountId);
    AuditLog::append(m_database, {QStringLiteral("account.disable"),
                                  QStringLiteral("accounts"),
                                  accountId,
                                  0,
                                  {{QStringLiteral("disabled"), info.disabled}},
                                  {{QStringLiteral("disabled"), disabled}}});
    transaction.commit();
}

void Accounts::setRole(qint64 accountId, Role role)
{
    requireGrant();
    const AccountInfo info = load(accountId);
    if (info.role == role)
        return;
    if (m_database.session()->accountId == accountId)
        throw DataError(tr("Another security administrator must change your own role."));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    Sql::run(db, QStringLiteral("UPDATE accounts SET role = ? WHERE id = ?"),
             {Roles::key(role), accountId});
    ServerSecurity::updateAccountRole(db, accountId);
    AuditLog::append(m_database, {QStringLiteral("account.role"),
                                  QStringLiteral("accounts"),
                                  accountId,
                                  0,
                                  {{QStringLiteral("role"), Roles::key(info.role)}},
                                  {{QStringLiteral("role"), Roles::key(role)}}});
    transaction.commit();
}

void Accounts::setScope(qint64 accountId, bool allUnits, const QList<qint64> &units)
{
    requireGrant();
    const AccountInfo info = load(accountId);
    if (!allUnits && units.isEmpty())
        throw DataError(tr("Choose at least one unit, or all units."));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    Sql::run(db, QStringLiteral("UPDATE accounts SET all_units = ? WHERE id = ?"),
             {allUnits ? 1 : 0, accountId});
    Sql::run(db, QStringLiteral("DELETE FROM account_units WHERE account_id = ?"), {accountId});
    QJsonArray before;
    QJsonArray after;
    for (const qint64 unit : info.units)
        before.append(unit);
    if (!allUnits) {
        for (const qint64 unit : units) {
            Sql::run(db,
                     QStringLiteral("INSERT INTO account_units (account_id, unit_id) "
                                    "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                     {accountId, unit});
            after.append(unit);
        }
    }
    AuditLog::append(
        m_database,
        {QStringLiteral("account.scope"),
         QStringLiteral("accounts"),
         accountId,
         0,
         {{QStringLiteral("all_units"), info.allUnits}, {QStringLiteral("units"), before}},
         {{QStringLiteral("all_units"), allUnits}, {QStringLiteral("units"), after}}});
    transaction.commit();
}

void Accounts::linkCadre(qint64 accountId, qint64 cadreId)
{
    requireGrant();
    const AccountInfo info = load(accountId);
    const QSqlDatabase db = m_database.connection();
    if (cadreId != 0
        && !Sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM cadres WHERE id = ?)"),
                        {cadreId})
                .toBool())
        throw DataError(tr("There is no cadre number %1.").arg(cadreId));
    Transaction transaction(db);
    Sql::run(db, QStringLiteral("UPDATE accounts SET cadre_id = ? WHERE id = ?"),
             {cadreId ? QVariant(cadreId) : QVariant(QMetaType(QMetaType::LongLong)), accountId});
    AuditLog::append(m_database, {QStringLiteral("account.link"),
                                  QStringLiteral("accounts"),
                                  accountId,
                                  0,
                                  {{QStringLiteral("cadre_id"), info.cadreId}},
                                  {{QStringLiteral("cadre_id"), cadreId}}});
    transaction.commit();
}

QVector<AccountInfo> Accounts::list() const
{
    const Session *session = m_database.session();
    if (!session || !(session->can(Permission::ManageAccounts) || mayGrant()))
        Access::require(m_database, Permission::ManageAccounts);
    const QSqlDatabase db = m_database.connection();
    QVector<AccountInfo> result;
    QSqlQuery query = Sql::run(
        db, QStringLiteral("SELECT a.id, a.name, a.role, coalesce(a.cadre_id, 0), "
                           "coalesce(c.name, ''), a.all_units, a.disabled, a.must_change_password, "
                           "a.failed_attempts, a.locked_until, a.real_name, a.post FROM accounts a "
                           "LEFT JOIN cadres c ON c.id = a.cadre_id ORDER BY a.name"));
    while (query.next()) {
        AccountInfo info;
        info.id = query.value(0).toLongLong();
        info.name = query.value(1).toString();
        info.role = Roles::fromKey(query.value(2).toString());
        info.cadreId = query.value(3).toLongLong();
        info.cadreName = query.value(4).toString();
        info.allUnits = query.value(5).toBool();
        info.disabled = query.value(6).toBool();
        info.mustChangePassword = query.value(7).toBool();
        info.failedAttempts = query.value(8).toInt();
        info.realName = query.value(10).toString();
        info.post = query.value(11).toString();
        info.lockedUntil = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        result << info;
    }
    for (AccountInfo &info : result) {
        QSqlQuery units
            = Sql::run(db, QStringLiteral("SELECT unit_id FROM account_units WHERE account_id = ?"),
                       {info.id});
        while (units.next())
            info.units << units.value(0).toLongLong();
    }
    return result;
}
