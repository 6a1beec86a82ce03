#include "changehistorymodel.h"

#include "access/access.h"
#include "access/identitynumbers.h"
#include "auditchanges.h"
#include "domain/recordkinds.h"
#include "dossier/recentchanges.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

ChangeHistoryModel::ChangeHistoryModel(const Database &database, qint64 cadreId, QObject *parent)
    : PagedTableModel(parent)
    , m_database(database)
    , m_db(database.connection())
    , m_cadreId(cadreId)
{
    reload();
}

void ChangeHistoryModel::reload()
{
    if (!Access::mayReadDossier(m_database, m_cadreId)) {
        resetRows(0);
        return;
    }
    resetRows(Sql::scalar(m_db,
                          QStringLiteral("SELECT count(*) ") + RecentChanges::dossierEntries(),
                          {m_cadreId, m_cadreId, m_cadreId, m_cadreId})
                  .toInt());
}

std::vector<ChangeHistoryRow> ChangeHistoryModel::readPage(int offset, int count)
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, before, after ")
            + RecentChanges::dossierEntries()
            + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"),
        {m_cadreId, m_cadreId, m_cadreId, m_cadreId, count, offset});
    const Session *session = m_database.session();
    std::vector<ChangeHistoryRow> entries;
    while (query.next()) {
        ChangeHistoryRow entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.user = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toLongLong();
        entry.changes = AuditChanges::describe(
            entry.entity, entry.action,
            parse(IdentityNumbers::shownInJson(session, query.value(6).toString())),
            parse(IdentityNumbers::shownInJson(session, query.value(7).toString())));
        entries.push_back(entry);
    }
    return entries;
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeHistoryRow &entry = rowAt(index.row());
    switch (role) {
    case AuditIdRole:
        return entry.id;
    case ActionRole:
        return entry.action;
    case DetailsRole:
        return entry.changes.join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        return index.column() == ChangesColumn && !entry.changes.isEmpty()
                   ? QVariant(entry.changes.join(QLatin1Char('\n')))
                   : QVariant();
    case SortValueRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.at;
        case UserColumn:
            return entry.user;
        case ActionColumn:
            return entry.action;
        case RecordColumn:
            return entry.entity;
        case ChangesColumn:
            return entry.changes.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromString(entry.at, Qt::ISODateWithMs).toLocalTime();
        case UserColumn:
            return entry.user;
        case ActionColumn:
            return AuditChanges::actionLabel(entry.action);
        case RecordColumn:
            return entry.entityId
                       ? tr("%1 %2").arg(RecordKinds::title(entry.entity)).arg(entry.entityId)
                       : RecordKinds::title(entry.entity);
        case ChangesColumn:
            return entry.changes.join(QStringLiteral("; "));
        }
        return {};
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}
