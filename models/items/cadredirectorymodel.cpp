#include "cadredirectorymodel.h"

#include "domain/vocabulary.h"
#include "items/displaydate.h"

namespace {

QVariantMap badge(const QString &text, const QString &toolTip, int level)
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("toolTip"), toolTip},
            {QStringLiteral("level"), level}};
}

} // namespace

CadreDirectoryModel::CadreDirectoryModel(const Database &database, QObject *parent)
    : PagedTableModel(parent)
    , m_directory(database)
{
    reload();
}

void CadreDirectoryModel::setFilter(const CadreFilter &filter)
{
    m_filter = filter;
    reload();
}

void CadreDirectoryModel::refresh()
{
    m_directory.refresh();
    reload(std::max(int(pageSize), int(rows().size())));
}

void CadreDirectoryModel::reload(int rows)
{
    m_directory.forgetFilterResults();
    m_statuses.clear();
    resetRows(m_directory.count(m_filter), rows);
}

std::vector<CadreRow> CadreDirectoryModel::readPage(int offset, int count)
{
    std::vector<CadreRow> page = m_directory.page(m_filter, m_sort, m_order, offset, count);
    readStatuses(page);
    return page;
}

void CadreDirectoryModel::readStatuses(const std::vector<CadreRow> &rows)
{
    std::vector<qint64> ids;
    ids.reserve(rows.size());
    for (const CadreRow &row : rows)
        ids.push_back(row.id);
    const QHash<qint64, CadreStatus> statuses = m_directory.statuses(ids);
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        m_statuses.insert(it.key(), it.value());
}

qint64 CadreDirectoryModel::cadreId(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(rows().size()))
        return 0;
    return rowAt(index.row()).id;
}

int CadreDirectoryModel::rowOf(qint64 cadreId) const
{
    for (int row = 0; row < int(rows().size()); ++row) {
        if (rowAt(row).id == cadreId)
            return row;
    }
    return -1;
}

int CadreDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariantList CadreDirectoryModel::badges(const CadreRow &row) const
{
    QVariantList result;
    const CadreStatus status = m_statuses.value(row.id);
    if (status.permanentImpact) {
        result << badge(tr("Impact period"),
                        tr("Expelled from public employment: the impact never ends."),
                        SeriousBadge);
    } else if (status.insideImpactPeriod) {
        result << badge(
            tr("Impact period"),
            tr("Inside an impact period until %1.").arg(displayDate(status.impactUntil)),
            SeriousBadge);
    }
    if (status.openClues > 0)
        result << badge(tr("Clues %1").arg(status.openClues),
                        tr("%n clue(s) still being disposed.", nullptr, status.openClues),
                        WarningBadge);
    if (status.overdueRectifications > 0)
        result << badge(
            tr("Overdue %1").arg(status.overdueRectifications),
            tr("%n rectification(s) past the deadline.", nullptr, status.overdueRectifications),
            SeriousBadge);
    if (status.missingDutyReport)
        result << badge(tr("No duty report"),
                        tr("No duty-and-integrity report for %1.").arg(dutyReportYear()),
                        InformationBadge);
    if (row.status != QLatin1String("serving"))
        result << badge(Vocabulary::label(QStringLiteral("cadres.status"), row.status),
                        tr("No longer serving."), InformationBadge);
    return result;
}

QVariant CadreDirectoryModel::sortValue(const CadreRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case UnitColumn:
        return row.unitName;
    case PositionColumn:
        return row.position;
    case RankColumn:
        return row.rank;
    case TopLeaderColumn:
        return row.topLeader;
    case StatusColumn: {
        const CadreStatus status = m_statuses.value(row.id);
        return QVariantList{status.insideImpactPeriod || status.permanentImpact, status.openClues,
                            status.overdueRectifications};
    }
    case DossierNumberColumn:
        return row.dossierNumber;
    default:
        return {};
    }
}

QVariant CadreDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CadreRow &row = rowAt(index.row());
    switch (role) {
    case CadreIdRole:
        return row.id;
    case SortValueRole:
        return sortValue(row, index.column());
    case BadgesRole:
        return index.column() == StatusColumn ? badges(row) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == TopLeaderColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TopLeaderColumn)
            return row.topLeader ? tr("Top leader of the unit") : QVariant();
        if (index.column() == StatusColumn) {
            QStringList tips;
            for (const QVariant &item : badges(row))
                tips << item.toMap().value(QStringLiteral("toolTip")).toString();
            return tips.isEmpty() ? QVariant() : tips.join(QLatin1Char('\n'));
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TopLeaderColumn:
        return row.topLeader ? QStringLiteral("★") : QString();
    case StatusColumn: {
        QStringList texts;
        for (const QVariant &item : badges(row))
            texts << item.toMap().value(QStringLiteral("text")).toString();
        return texts.join(QStringLiteral(" · "));
    }
    default:
        return sortValue(row, index.column());
    }
}

QVariant CadreDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == TopLeaderColumn)
        return tr("Top leader (principal leader of the unit)");
    if (role != Qt::DisplayRole)
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
    case TopLeaderColumn:
        return tr("Top leader");
    case StatusColumn:
        return tr("Status");
    case DossierNumberColumn:
        return tr("Dossier number");
    default:
        return {};
    }
}

void CadreDirectoryModel::sort(int column, Qt::SortOrder order)
{
    static const CadreDirectory::SortKey keys[]
        = {CadreDirectory::SortKey::Name,      CadreDirectory::SortKey::Unit,
           CadreDirectory::SortKey::Position,  CadreDirectory::SortKey::Rank,
           CadreDirectory::SortKey::TopLeader, CadreDirectory::SortKey::DossierNumber,
           CadreDirectory::SortKey::Status};
    static_assert(sizeof(keys) / sizeof(keys[0]) == ColumnCount, "one sort key per column");
    // The same order again reads nothing: a view sets its sort indicator as it takes the model.
    if (column < 0 || column >= ColumnCount || (keys[column] == m_sort && order == m_order))
        return;
    m_sort = keys[column];
    m_order = order;
    reload();
}
