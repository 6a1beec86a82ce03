#include "serversecurity.h"

#include "dialect.h"
#include "domain/dataerror.h"
#include "domain/tables.h"
#include "postgresqlschema.h"
#include "sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace ServerSecurity {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerSecurity", text);
}

QString purpose(Tables::Role role)
{
    switch (role) {
    case Tables::Role::Record:
        return QStringLiteral("record");
    case Tables::Role::Link:
        return QStringLiteral("link");
    case Tables::Role::Workflow:
        return QStringLiteral("workflow");
    case Tables::Role::Setting:
        return QStringLiteral("setting");
    case Tables::Role::Access:
        return QStringLiteral("access");
    case Tables::Role::Trail:
        return QStringLiteral("trail");
    case Tables::Role::Derived:
        break;
    }
    return QStringLiteral("derived");
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2 with HMAC-SHA-256, one block: the salted password of RFC 5802.
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray block = hmac(password, salt + QByteArray::fromHex("00000001"));
    QByteArray result = block;
    for (int i = 1; i < iterations; ++i) {
        block = hmac(password, block);
        for (int j = 0; j < result.size(); ++j)
            result[j] = char(result[j] ^ block[j]);
    }
    return result;
}

} // namespace

QStringList statements()
{
    QFile file(QStringLiteral(":/sql/postgresql/security.sql"));
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(
            tr("The program is incomplete: its rules for the server are missing. Install it "
               "again."));
    QStringList all = PostgreSqlSchema::split(QString::fromUtf8(file.readAll()));
    QJsonObject purposes;
    for (const Tables::Table &table : Tables::all())
        purposes.insert(table.name, purpose(table.role));
    all << QStringLiteral("SELECT dossier_secure('%1')")
               .arg(QString::fromUtf8(QJsonDocument(purposes).toJson(QJsonDocument::Compact)));
    return all;
}

void requireRoleMaker(const QSqlDatabase &db)
{
    if (Sql::scalar(db, QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE "
                                       "rolname = current_user"))
            .toBool())
        return;
    const QString owner = Sql::scalar(db, QStringLiteral("SELECT current_user")).toString();
    throw DataError(tr("The server account %1 may not make roles, and each account of the "
                       "program is a role of its own on the server. Set the database up with a "
                       "server account that may (ALTER ROLE %1 CREATEROLE, as the server's "
                       "administrator).")
                        .arg(owner));
}

QString roleName(const QString &account, const QString &database)
{
    return account + QLatin1Char('@') + database;
}

QString accountOfRole(const QString &role, const QString &database)
{
    const QString suffix = QLatin1Char('@') + database;
    if (role.size() > suffix.size() && role.endsWith(suffix))
        return role.left(role.size() - suffix.size());
    return role;
}

QString connectedAccount(const QSqlDatabase &db)
{
    if (Dialects::of(db) != Dialect::PostgreSql)
        return {};
    // Before the database is secured, only its owner can be setting it up.
    const QVariant name = Sql::probe(db, QStringLiteral("SELECT dossier_name()"));
    if (!name.isValid())
        return {};
    const QString role = Sql::scalar(db, QStringLiteral("SELECT session_user")).toString();
    if (accountOfRole(role, name.toString()) == role)
        return {};
    const QString account
        = Sql::probe(db, QStringLiteral("SELECT name FROM dossier_me()")).toString();
    if (account.isEmpty())
        throw DataError(tr("The server account %1 belongs to no active account of this "
                           "database: the administrator may have disabled it.")
                            .arg(role));
    return account;
}

bool readsWholeTrail(const QSqlDatabase &db)
{
    if (Dialects::of(db) != Dialect::PostgreSql || connectedAccount(db).isEmpty())
        return true;
    return Sql::scalar(db, QStringLiteral("SELECT dossier_role()")).toString()
           == QLatin1String("auditor");
}

QSet<qint64> barredCadres(const QSqlDatabase &db)
{
    QSet<qint64> barred;
    if (Dialects::of(db) != Dialect::PostgreSql)
        return barred;
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT unnest(dossier_barred())"));
    while (query.next())
        barred.insert(query.value(0).toLongLong());
    return barred;
}

QString updateAccountRole(const QSqlDatabase &db, qint64 accountId, const QString &password)
{
    if (Dialects::of(db) != Dialect::PostgreSql)
        return {};
    return Sql::scalar(db, QStringLiteral("SELECT dossier_account_role(?, ?)"),
                       {accountId, password.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(scramVerifier(password))})
        .toString();
}

QString scramVerifier(const QString &password, const QByteArray &salt)
{
    constexpr int kIterations = 4096;
    QByteArray usedSalt = salt;
    if (usedSalt.isEmpty()) {
        usedSalt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(usedSalt.data()),
                                              usedSalt.size() / int(sizeof(quint32)));
    }
    // The server prepares a password as SASLprep does: compatibility forms folded together.
    const QByteArray prepared = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted = saltedPassword(prepared, usedSalt, kIterations);
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kIterations)
        .arg(QString::fromLatin1(usedSalt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace ServerSecurity
