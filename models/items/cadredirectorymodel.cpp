#include "cadredirectorymodel.h"

CadreDirectoryModel::CadreDirectoryModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_directory(db)
{
    reload();
}

void CadreDirectoryModel::setFilter(const CadreFilter &filter)
{
    m_filter = filter;
    reload();
}

void CadreDirectoryModel::reload()
{
    beginResetModel();
    m_total = m_directory.count(m_filter);
    m_rows = m_directory.page(m_filter, m_sort, m_order, 0, pageSize);
    endResetModel();
}

qint64 CadreDirectoryModel::cadreId(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return 0;
    return m_rows.at(index.row()).id;
}

int CadreDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CadreDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CadreDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CadreRow &row = m_rows.at(index.row());
    if (role == CadreIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != SortValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.topLeader && role == Qt::DisplayRole ? row.name + QStringLiteral(" ★")
                                                        : row.name;
    case UnitColumn:
        return row.unitName;
    case PositionColumn:
        return row.position;
    case RankColumn:
        return row.rank;
    case DossierNumberColumn:
        return row.dossierNumber;
    default:
        return {};
    }
}

QVariant CadreDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    case PositionColumn:
        return tr("Position");
    case RankColumn:
        return tr("Rank");
    case DossierNumberColumn:
        return tr("Dossier number");
    default:
        return {};
    }
}

bool CadreDirectoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && int(m_rows.size()) < m_total;
}

void CadreDirectoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto more = m_directory.page(m_filter, m_sort, m_order, int(m_rows.size()), pageSize);
    if (more.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
}

void CadreDirectoryModel::sort(int column, Qt::SortOrder order)
{
    static const CadreDirectory::SortKey keys[]
        = {CadreDirectory::SortKey::Name, CadreDirectory::SortKey::Unit,
           CadreDirectory::SortKey::Position, CadreDirectory::SortKey::Rank,
           CadreDirectory::SortKey::DossierNumber};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = keys[column];
    m_order = order;
    reload();
}
