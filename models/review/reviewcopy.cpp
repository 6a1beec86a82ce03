#include "reviewcopy.h"

#include "access/accounts.h"
#include "access/passwordhash.h"
#include "access/signingkey.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "interchange/interchangeimporter.h"
#include "interchange/interchangereader.h"
#include "reviewpayload.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {

QString copySetting(Setting::TextKey key)
{
    return QString::fromLatin1(key.name);
}

void removeCopyFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

QList<qint64> casesOf(const InterchangeDocument &document)
{
    QList<qint64> ids;
    for (const InterchangeRows &rows : document.tables) {
        if (rows.table->name != QLatin1String("cases"))
            continue;
        const int id = rows.table->columnIndex(QStringLiteral("id"));
        for (const InterchangeRows::Row &row : rows.rows)
            ids << row.values.at(id).toLongLong();
    }
    return ids;
}

} // namespace

bool ReviewCopy::Info::hasExpired(QDate today) const
{
    return (today.isValid() ? today : QDate::currentDate()) > expiresOn;
}

QString ReviewCopy::Info::banner() const
{
    const QString day = QLocale().toString(expiresOn, QLocale::LongFormat);
    return hasExpired()
               ? tr("Review copy of %1 from %2 — expired on %3").arg(caseNumbers, commission, day)
               : tr("Review copy of %1 from %2 — expires %3").arg(caseNumbers, commission, day);
}

std::unique_ptr<Database> ReviewCopy::open(const QString &packagePath, const PackageFile::Key &key,
                                           const QString &databasePath, const Account &reviewer,
                                           QDate today)
{
    const QFileInfo target(databasePath);
    if (target.exists() && !(target.isFile() && target.size() == 0))
        throw DataError(tr("%1 already exists: a review copy is made in a new file.")
                            .arg(QDir::toNativeSeparators(databasePath)));

    // Everything about the package is checked before a database is made.
    const QByteArray bytes = PackageFile::read(packagePath);
    PackageEnvelope::OpenContext context;
    context.today = today;
    PackageEnvelope::Opened opened = PackageFile::open(bytes, key, context);
    ReviewPayload::Package package = ReviewPayload::unpack(opened.payload);
    opened.payload.fill('\0');
    const InterchangeDocument document = InterchangeReader().read(package.caseFile);
    package.caseFile.fill('\0');
    const PackageHeader &header = opened.header;
    QStringList caseIds;
    for (const qint64 id : casesOf(document))
        caseIds << QString::number(id);
    const std::optional<ReviewerAccount> &carried = package.reviewer;

    // The account: the reviewer's own from the commission, when the package carries it — the
    // same name, password and key — else one with the name and password chosen now.
    QString name = reviewer.name.trimmed();
    QString realName = reviewer.realName.trimmed();
    QString post;
    QString hash;
    if (carried) {
        if (name.isEmpty())
            name = carried->name;
        if (name != carried->name)
            throw DataError(tr("This package was sent to the account %1: sign in with that "
                               "account's name and its password.")
                                .arg(carried->name));
        if (!PasswordHash::verify(carried->passwordHash, reviewer.password))
            throw DataError(tr("The password is not the password of the account %1. Use the "
                               "password you sign in with at the commission.")
                                .arg(carried->name));
        realName = carried->realName;
        post = carried->post;
        hash = carried->passwordHash;
    } else {
        if (name.isEmpty())
            throw DataError(tr("The reviewer's account needs a name."));
        if (reviewer.password.size() < Accounts::kMinimumPasswordLength
            || reviewer.password.trimmed().isEmpty())
            throw DataError(tr("A password needs at least %1 characters.")
                                .arg(Accounts::kMinimumPasswordLength));
        hash = PasswordHash::hash(reviewer.password);
    }
    // Empty, not null, where the person's name is not given: the column takes text.
    if (realName.isEmpty())
        realName = QStringLiteral("");
    if (post.isEmpty())
        post = QStringLiteral("");

    const bool wasEmptyFile = target.exists();
    std::unique_ptr<Database> database;
    try {
        database = Database::open(databasePath, Database::Mode::CreateOrOpen);
        const QSqlDatabase db = database->connection();
        database->setActor(name);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        // The import, the account and the marks of a review copy in one transaction: the trail
        // begins with the import's entry, which names the package and its SHA-256.
        Transaction transaction(db);
        InterchangeImporter(*database).write(document, QFileInfo(packagePath).absoluteFilePath(),
                                             PackageFile::sha256(bytes));
        const qint64 account
            = Sql::insert(db,
                          QStringLiteral("INSERT INTO accounts (name, password_hash, role, "
                                         "real_name, post, created_at, password_changed_at) VALUES "
                                         "(?, ?, 'officer', ?, ?, ?, ?)"),
                          {name, hash, realName, post, now, now});
        QJsonObject created{{QStringLiteral("name"), name},
                            {QStringLiteral("real_name"), realName},
                            {QStringLiteral("role"), QStringLiteral("officer")}};
        if (carried) {
            SigningKey::adopt(*database, account, carried->signingKey);
            created.insert(QStringLiteral("public_key"), carried->signingKey.publicKey);
        }
        AuditLog::append(*database, {QStringLiteral("account.create"),
                                     QStringLiteral("accounts"),
                                     account,
                                     0,
                                     {},
                                     created});
        const QList<QPair<Setting::TextKey, QString>> marks
            = {{Setting::ReviewCopyPackage, header.packageId},
               {Setting::ReviewCopySource, header.databaseId},
               {Setting::ReviewCopyCommission, header.commission},
               {Setting::ReviewCopyCaseNumbers, header.caseNumbers},
               {Setting::ReviewCopyCaseIds, caseIds.join(QLatin1Char(' '))},
               {Setting::ReviewCopyExpiresOn, header.expiresOn.toString(Qt::ISODate)}};
        for (const auto &[setting, value] : marks)
            Sql::run(
                db,
                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                               "DO UPDATE SET value = excluded.value"),
                {copySetting(setting), value});
        AuditLog::append(*database,
                         {QStringLiteral("review_copy.open"),
                          QStringLiteral("database"),
                          0,
                          0,
                          {},
                          {{QStringLiteral("package"), header.packageId},
                           {QStringLiteral("source"), header.commission},
                           {QStringLiteral("database_id"), header.databaseId},
                           {QStringLiteral("cases"), header.caseNumbers},
                           {QStringLiteral("until"), header.expiresOn.toString(Qt::ISODate)},
                           {QStringLiteral("file"), QFileInfo(packagePath).absoluteFilePath()},
                           {QStringLiteral("file_sha256"), PackageFile::sha256(bytes)}}});
        transaction.commit();
        Accounts(*database).signIn(name, reviewer.password);
        // The key that signs the return package is the one the commission expects.
        const Session *session = database->session();
        if (carried
            && (!session || !session->signingKey
                || session->signingKey->publicKey() != carried->signingKey.publicKey))
            throw DataError(tr("The password does not open the signing key of the account %1: "
                               "sign in once at the commission and have the package sent "
                               "again.")
                                .arg(carried->name));
    } catch (const DataError &) {
        // The database is closed first; one made here goes again.
        database.reset();
        removeCopyFiles(databasePath);
        if (wasEmptyFile)
            QFile(databasePath).open(QIODevice::WriteOnly);
        throw;
    }
    return database;
}

ReviewCopy::Info ReviewCopy::info(const QSqlDatabase &db)
{
    const SettingsStore settings(db);
    Info info;
    info.packageId = settings.value(Setting::ReviewCopyPackage);
    if (info.packageId.isEmpty())
        return {};
    info.sourceDatabaseId = settings.value(Setting::ReviewCopySource);
    info.commission = settings.value(Setting::ReviewCopyCommission);
    info.caseNumbers = settings.value(Setting::ReviewCopyCaseNumbers);
    for (const QString &id :
         settings.value(Setting::ReviewCopyCaseIds).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        info.caseIds << id.toLongLong();
    info.expiresOn = QDate::fromString(settings.value(Setting::ReviewCopyExpiresOn), Qt::ISODate);
    return info;
}

bool ReviewCopy::isCopy(const QSqlDatabase &db)
{
    return info(db).isValid();
}

void ReviewCopy::requireCurrent(const QSqlDatabase &db, QDate today)
{
    const Info copy = info(db);
    if (copy.isValid() && copy.hasExpired(today))
        throw DataError(tr("This review copy expired on %1: it can no longer be worked in or "
                           "sent back. Ask the commission for a new review package.")
                            .arg(QLocale().toString(copy.expiresOn, QLocale::LongFormat)));
}
