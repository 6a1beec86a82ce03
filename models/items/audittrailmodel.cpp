#include "audittrailmodel.h"

#include "access/access.h"
#include "access/identitynumbers.h"
#include "domain/dataerror.h"
#include "items/audittext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace {

QString csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

AuditTrailModel::AuditTrailModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{}

void AuditTrailModel::setFilter(const AuditFilter &filter)
{
    Access::require(m_database, Permission::ReadAudit);
    beginResetModel();
    m_filter = filter;
    m_entries = load(kLimit);
    endResetModel();
}

QVector<AuditTrailModel::Entry> AuditTrailModel::load(int limit) const
{
    QStringList conditions;
    QVariantList values;
    if (!m_filter.user.isEmpty()) {
        conditions << QStringLiteral("user_name = ?");
        values << m_filter.user;
    }
    if (m_filter.cadreId != 0) {
        conditions << QStringLiteral("cadre_id = ?");
        values << m_filter.cadreId;
    }
    if (!m_filter.cadre.isEmpty()) {
        conditions << QStringLiteral(
            "cadre_id IN (SELECT id FROM cadres WHERE name = ? OR dossier_number = ?)");
        values << m_filter.cadre << m_filter.cadre;
    }
    if (m_filter.action.endsWith(QLatin1Char('.'))) {
        conditions << QStringLiteral("substr(action, 1, ?) = ?");
        values << m_filter.action.size() << m_filter.action;
    } else if (!m_filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << m_filter.action;
    }
    // Entries are stamped in UTC; a day of the filter is a local day.
    if (m_filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << QDateTime(m_filter.from, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    }
    if (m_filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values
            << QDateTime(m_filter.to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    }
    // The person beside the account: "王芳 (officer)" where the account has a real name.
    QString statement = QStringLiteral(
        "SELECT id, at, user_name, action, entity, coalesce(entity_id, 0), coalesce(cadre_id, 0), "
        "before, after, (SELECT real_name FROM accounts WHERE name = audit_log.user_name), "
        "(SELECT name || ' ' || dossier_number FROM cadres WHERE id = audit_log.cadre_id), "
        "CASE entity WHEN 'accounts' THEN (SELECT name FROM accounts WHERE id = "
        "audit_log.entity_id) END FROM audit_log");
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    QSqlQuery query = Sql::run(m_database.connection(), statement, values);
    const Session *session = m_database.session();
    QVector<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.user = query.value(2).toString();
        const QString person = query.value(9).toString();
        if (!person.isEmpty())
            entry.user = QStringLiteral("%1 (%2)").arg(person, entry.user);
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toLongLong();
        entry.cadreId = query.value(6).toLongLong();
        const QString before = IdentityNumbers::shownInJson(session, query.value(7).toString());
        const QString after = IdentityNumbers::shownInJson(session, query.value(8).toString());
        entry.change = before.isEmpty()  ? after
                       : after.isEmpty() ? before
                                         : before + QStringLiteral(" → ") + after;
        // What the viewer shows: names instead of keys, tables and ids.
        entry.actionText = AuditText::action(entry.action, entry.entity);
        entry.subjectText = AuditText::subject(entry.entity);
        if (const QString account = query.value(11).toString(); !account.isEmpty())
            entry.subjectText = tr("%1 %2").arg(entry.subjectText, account);
        entry.cadreText = query.value(10).toString();
        if (entry.cadreId != 0 && entry.cadreText.isEmpty())
            entry.cadreText = tr("(a deleted cadre)");
        entry.changeText = AuditText::change(entry.entity, entry.action,
                                             QJsonDocument::fromJson(before.toUtf8()).object(),
                                             QJsonDocument::fromJson(after.toUtf8()).object());
        entries << entry;
    }
    return entries;
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromString(entry.at, Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return entry.user;
    case ActionColumn:
        return entry.actionText;
    case RecordColumn:
        return entry.subjectText;
    case CadreColumn:
        return entry.cadreText;
    case ChangeColumn:
        return entry.changeText;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("Account");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case CadreColumn:
        return tr("Cadre");
    case ChangeColumn:
        return tr("Before → after");
    }
    return {};
}

qint64 AuditTrailModel::exportCsv(const QString &path) const
{
    Access::require(m_database, Permission::ReadAudit);
    const AuditLog::Verification chain = AuditLog::verify(m_database.connection());
    const QVector<Entry> entries = load(0);
    QByteArray bytes = "\xEF\xBB\xBF"; // a BOM, so spreadsheet programs read UTF-8
    bytes += "id,at,user,action,entity,entity_id,cadre_id,change\r\n";
    for (const Entry &entry : entries) {
        const QStringList fields = {QString::number(entry.id),
                                    entry.at,
                                    csvField(entry.user),
                                    csvField(entry.action),
                                    entry.entity,
                                    QString::number(entry.entityId),
                                    QString::number(entry.cadreId),
                                    csvField(entry.change)};
        bytes += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    bytes
        += tr("# chain: %1, %2 entries, head %3")
               .arg(chain.intact ? tr("intact") : tr("BROKEN at entry %1").arg(chain.firstBrokenId))
               .arg(chain.entries)
               .arg(chain.headHash)
               .toUtf8()
           + "\r\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DataError(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auditExport(
        path, entries.size(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        chain.headHash);
    return entries.size();
}

AuditTrailModel::Export AuditTrailModel::exportEntries() const
{
    Access::require(m_database, Permission::ReadAudit);
    const AuditLog::Verification chain = AuditLog::verify(m_database.connection());
    Export result;
    for (int column = 0; column < ColumnCount; ++column)
        result.headers << headerData(column, Qt::Horizontal).toString();
    result.headers << tr("Entry");
    for (const Entry &entry : load(0)) {
        const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs).toLocalTime();
        result.rows << QVariantList{at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    entry.user,
                                    entry.actionText,
                                    entry.subjectText,
                                    entry.cadreText,
                                    entry.changeText,
                                    entry.id};
    }
    result.chainState
        = tr("chain: %1, %2 entries, head %3")
              .arg(chain.intact ? tr("intact") : tr("BROKEN at entry %1").arg(chain.firstBrokenId))
              .arg(chain.entries)
              .arg(chain.headHash);
    result.chainHead = chain.headHash;
    return result;
}

void AuditTrailModel::auditExport(const QString &path, qint64 rows, const QString &sha256,
                                  const QString &chainHead) const
{
    if (m_database.isReadOnly())
        return;
    Transaction transaction(m_database.connection());
    AuditLog::append(m_database, {QStringLiteral("audit.export"),
                                  QStringLiteral("audit_log"),
                                  0,
                                  m_filter.cadreId,
                                  {},
                                  {{QStringLiteral("file"), QFileInfo(path).fileName()},
                                   {QStringLiteral("rows"), rows},
                                   {QStringLiteral("sha256"), sha256},
                                   {QStringLiteral("chain_head"), chainHead}}});
    transaction.commit();
}
