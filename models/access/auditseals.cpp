#include "auditseals.h"

#include "domain/dataerror.h"
#include "domain/role.h"
#include "domain/session.h"
#include "signingkey.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/serveraddress.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditSeals", text);
}

QString databaseId(const QSqlDatabase &db)
{
    return SettingsStore(db).value(Setting::DatabaseId);
}

QString describe(const AuditSeal &seal)
{
    const QDateTime at = QDateTime::fromString(seal.at, Qt::ISODateWithMs).toLocalTime();
    return QCoreApplication::translate("AuditSeals", "the seal of %1 by %2 over %3 entries")
        .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), seal.accountName)
        .arg(seal.entries);
}

QString localTime(const QString &at)
{
    return QDateTime::fromString(at, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool knownKey(const QSqlDatabase &db, const QString &publicKey)
{
    return Sql::scalar(db, QStringLiteral("SELECT 1 FROM signing_keys WHERE public_key = ?"),
                       {publicKey})
        .isValid();
}

// A restore the trail records and a genuine restore record vouches for: its entry is in the
// trail, and a seal over exactly that entry, by the key the entry names, is in the seal file.
struct RecordedRestore
{
    qint64 entry = 0;
    QString at;
    QString by;
    qint64 replacedEntries = 0;
};

QVector<RecordedRestore> recordedRestores(const QSqlDatabase &db, const QVector<AuditSeal> &seals,
                                          const QSet<QString> &kept)
{
    QVector<RecordedRestore> restores;
    QSqlQuery entries = Sql::run(db, QStringLiteral("SELECT id, hash, after FROM audit_log WHERE "
                                                    "action = 'restore' AND entity = 'database' "
                                                    "ORDER BY id"));
    while (entries.next()) {
        const QJsonObject after
            = QJsonDocument::fromJson(entries.value(2).toString().toUtf8()).object();
        const QString key = after.value(QStringLiteral("restorer_key")).toString();
        for (const AuditSeal &seal : seals) {
            if (seal.reason != QLatin1String("restore") || key.isEmpty() || seal.publicKey != key
                || seal.entries != entries.value(0).toLongLong()
                || seal.headHash != entries.value(1).toString() || !kept.contains(seal.signature)
                || !knownKey(db, key)
                || !SigningKey::verify(seal.publicKey, seal.message(),
                                       QByteArray::fromHex(seal.signature.toLatin1())))
                continue;
            restores.append({seal.entries, seal.at, seal.accountName,
                             after.value(QStringLiteral("replaced_entries")).toInteger()});
            break;
        }
    }
    return restores;
}

// The recorded restore that replaced the trail `seal` was made over, if any: a seal made
// before the restore, over no more entries than the replaced trail had, which the present
// trail no longer matches.
const RecordedRestore *replacedBy(const AuditSeal &seal, const QVector<RecordedRestore> &restores,
                                  const QSqlDatabase &db)
{
    const QVariant hash = Sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"),
                                      {seal.entries});
    if (hash.isValid() && hash.toString() == seal.headHash && knownKey(db, seal.publicKey))
        return nullptr; // still this trail's
    for (const RecordedRestore &restore : restores) {
        if (seal.at < restore.at && seal.entries <= restore.replacedEntries)
            return &restore;
    }
    return nullptr;
}

} // namespace

QByteArray AuditSeal::message() const
{
    return QStringList{QStringLiteral("integrity-dossier audit seal 1"),
                       databaseId,
                       at,
                       QString::number(entries),
                       headHash,
                       accountName,
                       role,
                       publicKey,
                       reason}
        .join(QLatin1Char('\n'))
        .toUtf8();
}

QByteArray AuditSeal::toJsonLine() const
{
    const QJsonObject object{
        {QStringLiteral("database"), databaseId},  {QStringLiteral("at"), at},
        {QStringLiteral("entries"), entries},      {QStringLiteral("head"), headHash},
        {QStringLiteral("account"), accountName},  {QStringLiteral("role"), role},
        {QStringLiteral("public_key"), publicKey}, {QStringLiteral("reason"), reason},
        {QStringLiteral("signature"), signature}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

AuditSeal AuditSeal::fromJsonLine(const QByteArray &line, bool *ok)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
    AuditSeal seal;
    seal.databaseId = object.value(QStringLiteral("database")).toString();
    seal.at = object.value(QStringLiteral("at")).toString();
    seal.entries = object.value(QStringLiteral("entries")).toInteger();
    seal.headHash = object.value(QStringLiteral("head")).toString();
    seal.accountName = object.value(QStringLiteral("account")).toString();
    seal.role = object.value(QStringLiteral("role")).toString();
    seal.publicKey = object.value(QStringLiteral("public_key")).toString();
    seal.reason = object.value(QStringLiteral("reason")).toString();
    seal.signature = object.value(QStringLiteral("signature")).toString();
    *ok = error.error == QJsonParseError::NoError && seal.entries > 0 && !seal.signature.isEmpty();
    return seal;
}

AuditSeals::AuditSeals(const Database &database)
    : m_database(database)
{}

QString AuditSeals::sealFile(const QSqlDatabase &db, const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    const QString chosen = SettingsStore(db).value(Setting::SealFile);
    if (!chosen.isEmpty())
        return chosen;
    // A server database has no folder of its own here: its copies are kept on this computer,
    // in the program's data, one file per server database, outside the server they vouch for.
    if (ServerAddress::looksLikeOne(databasePath)) {
        const ServerAddress address = ServerAddress::parse(databasePath);
        QString name = QStringLiteral("%1-%2-%3")
                           .arg(address.isLocalSocket() ? QStringLiteral("local") : address.host())
                           .arg(address.port())
                           .arg(address.database());
        name.replace(QRegularExpression(QStringLiteral("[^\\w.-]")), QStringLiteral("_"));
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               + QStringLiteral("/seals/") + name + QStringLiteral(".seals");
    }
    return databasePath + QStringLiteral(".seals");
}

bool AuditSeals::seal(const QString &reason)
{
    const Session *session = m_database.session();
    if (!session || !session->signingKey || m_database.isReadOnly())
        return false;
    const QSqlDatabase db = m_database.connection();
    AuditSeal seal;
    {
        Transaction transaction(db);
        QSqlQuery head = Sql::run(
            db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!head.next())
            return false;
        seal.databaseId = databaseId(db);
        seal.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        seal.entries = head.value(0).toLongLong();
        seal.headHash = head.value(1).toString();
        seal.accountName = session->accountName;
        seal.role = Roles::key(session->role);
        seal.publicKey = session->signingKey->publicKey();
        seal.reason = reason;
        seal.signature = QString::fromLatin1(session->signingKey->sign(seal.message()).toHex());
        const qint64 id = Sql::insert(
            db,
            QStringLiteral("INSERT INTO audit_seals (at, entries, head_hash, "
                           "account_name, role, public_key, reason, signature) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?)"),
            {seal.at, seal.entries, seal.headHash, seal.accountName, seal.role, seal.publicKey,
             seal.reason, seal.signature});
        AuditLog::append(m_database, {QStringLiteral("audit.seal"),
                                      QStringLiteral("audit_seals"),
                                      id,
                                      0,
                                      {},
                                      {{QStringLiteral("entries"), seal.entries},
                                       {QStringLiteral("head"), seal.headHash},
                                       {QStringLiteral("reason"), reason}}});
        transaction.commit();
    }
    const QString file = sealFile(db, m_database.path());
    if (!file.isEmpty())
        appendToFile(file, seal);
    return true;
}

bool AuditSeals::sealDaily()
{
    const QString newest
        = Sql::scalar(m_database.connection(), QStringLiteral("SELECT max(at) FROM audit_seals"))
              .toString();
    const QDateTime last = QDateTime::fromString(newest, Qt::ISODateWithMs);
    if (last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < 24 * 3600)
        return false;
    return seal(QStringLiteral("daily"));
}

void AuditSeals::addRestorerKey(const Database &restored, const SigningKey &key,
                                const QString &sealedSecret, const QString &accountName)
{
    const QSqlDatabase db = restored.connection();
    const QString publicKey = key.publicKey();
    const QVariant account
        = Sql::scalar(db, QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {accountName});
    if (sealedSecret.isEmpty() || !account.isValid()
        || Sql::scalar(db, QStringLiteral("SELECT 1 FROM signing_keys WHERE public_key = ?"),
                       {publicKey})
               .isValid())
        return;
    Sql::run(db,
             QStringLiteral("INSERT INTO signing_keys (account_id, public_key, sealed_secret, "
                            "created_at) VALUES (?, ?, ?, ?)"),
             {account, publicKey, sealedSecret,
              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

AuditSeal AuditSeals::sealRestore(const Database &restored, const SigningKey &key,
                                  const QString &accountName, const QString &role)
{
    const QSqlDatabase db = restored.connection();
    Transaction transaction(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString publicKey = key.publicKey();
    QSqlQuery head
        = Sql::run(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!head.next())
        throw DataError(tr("The restored trail has no restore entry to seal."));
    AuditSeal seal;
    seal.databaseId = databaseId(db);
    seal.at = now;
    seal.entries = head.value(0).toLongLong();
    seal.headHash = head.value(1).toString();
    head.finish();
    seal.accountName = accountName;
    seal.role = role;
    seal.publicKey = publicKey;
    seal.reason = QStringLiteral("restore");
    seal.signature = QString::fromLatin1(key.sign(seal.message()).toHex());
    Sql::run(db,
             QStringLiteral("INSERT INTO audit_seals (at, entries, head_hash, account_name, role, "
                            "public_key, reason, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {seal.at, seal.entries, seal.headHash, seal.accountName, seal.role, seal.publicKey,
              seal.reason, seal.signature});
    transaction.commit();
    return seal;
}

QVector<AuditSeal> AuditSeals::stored(const QSqlDatabase &db)
{
    QVector<AuditSeal> seals;
    const QString id = databaseId(db);
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT at, entries, head_hash, account_name, "
                                                  "role, public_key, reason, signature FROM "
                                                  "audit_seals ORDER BY id"));
    while (query.next()) {
        AuditSeal seal;
        seal.databaseId = id;
        seal.at = query.value(0).toString();
        seal.entries = query.value(1).toLongLong();
        seal.headHash = query.value(2).toString();
        seal.accountName = query.value(3).toString();
        seal.role = query.value(4).toString();
        seal.publicKey = query.value(5).toString();
        seal.reason = query.value(6).toString();
        seal.signature = query.value(7).toString();
        seals << seal;
    }
    return seals;
}

QVector<AuditSeal> AuditSeals::readFile(const QString &path, QString *error)
{
    QVector<AuditSeal> seals;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error && file.exists())
            *error = tr("The seal file %1 cannot be read: %2").arg(path, file.errorString());
        return seals;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        bool ok = false;
        const AuditSeal seal = AuditSeal::fromJsonLine(line, &ok);
        if (!ok) {
            if (error)
                *error = tr("Line %1 of the seal file %2 is not a seal.").arg(lineNumber).arg(path);
            continue;
        }
        seals << seal;
    }
    return seals;
}

void AuditSeals::appendToFile(const QString &path, const AuditSeal &seal)
{
    QFile file(path);
    const bool existed = file.exists();
    if (!existed)
        QDir().mkpath(QFileInfo(path).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        throw DataError(tr("The seal was stored in the database, but its copy could not be "
                           "written to %1: %2. Check the seal file's place in the settings.")
                            .arg(path, file.errorString()));
    }
    if (!existed)
        PrivateFiles::restrict(path);
    const QByteArray line = seal.toJsonLine();
    if (file.write(line) != line.size() || !file.flush() || !PrivateFiles::sync(file))
        throw DataError(tr("The seal was stored in the database, but its copy could not be "
                           "written to %1: %2.")
                            .arg(path, file.errorString()));
}

AuditSeals::Verification AuditSeals::verify(const QSqlDatabase &db, const QString &sealFilePath)
{
    Verification result;
    const QString id = databaseId(db);
    const QVector<AuditSeal> inDatabase = stored(db);
    QString fileError;
    const bool haveFile = !sealFilePath.isEmpty() && QFileInfo::exists(sealFilePath);
    const QVector<AuditSeal> inFile
        = haveFile ? readFile(sealFilePath, &fileError) : QVector<AuditSeal>();
    if (!fileError.isEmpty())
        result.problems << fileError;
    QSet<QString> databaseSignatures;
    QSet<QString> fileSignatures;
    for (const AuditSeal &seal : inDatabase)
        databaseSignatures.insert(seal.signature);
    QVector<AuditSeal> all = inDatabase;
    for (const AuditSeal &seal : inFile) {
        // A seal file may also hold seals of other databases kept in the same place.
        if (seal.databaseId != id)
            continue;
        fileSignatures.insert(seal.signature);
        if (!databaseSignatures.contains(seal.signature))
            all << seal;
    }
    std::stable_sort(all.begin(), all.end(), [](const AuditSeal &a, const AuditSeal &b) {
        return a.entries != b.entries ? a.entries < b.entries : a.at < b.at;
    });
    const QVector<RecordedRestore> restores
        = recordedRestores(db, all, haveFile ? fileSignatures : databaseSignatures);
    result.seals = int(all.size());
    for (const AuditSeal &seal : all) {
        if (const RecordedRestore *restore = replacedBy(seal, restores, db)) {
            result.replaced << tr("%1 sealed the trail that the restore of %2 by %3 replaced "
                                  "(%4 entries then).")
                                   .arg(describe(seal), localTime(restore->at), restore->by)
                                   .arg(restore->replacedEntries);
            continue;
        }
        QStringList wrong;
        if (seal.databaseId != id)
            wrong << tr("it names another database");
        if (!knownKey(db, seal.publicKey))
            wrong << tr("it is signed by a key this database does not know");
        if (!SigningKey::verify(seal.publicKey, seal.message(),
                                QByteArray::fromHex(seal.signature.toLatin1())))
            wrong << tr("its signature does not match what it says");
        const QVariant hash = Sql::scalar(
            db, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {seal.entries});
        if (!hash.isValid())
            wrong << tr("the trail no longer has the entry it sealed");
        else if (hash.toString() != seal.headHash)
            wrong << tr("the entry it sealed has been rewritten");
        if (haveFile && !fileSignatures.contains(seal.signature))
            wrong << tr("it is missing from the seal file %1").arg(sealFilePath);
        if (!databaseSignatures.contains(seal.signature))
            wrong << tr("it is in the seal file but no longer in the database");
        if (wrong.isEmpty())
            continue;
        const QString problem
            = tr("%1 no longer matches: %2.").arg(describe(seal), wrong.join(QStringLiteral("; ")));
        if (result.firstBroken.isEmpty())
            result.firstBroken = problem;
        result.problems << problem;
    }
    return result;
}
