#include "alertlistmodel.h"

#include "domain/period.h"

#include <QBrush>
#include <QColor>

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AlertListModel::setAlerts(const QVector<Alert> &alerts)
{
    beginResetModel();
    m_all = alerts;
    m_visible.clear();
    endResetModel();
    applyFilter();
}

void AlertListModel::setKindFilter(std::optional<Alert::Kind> kind)
{
    m_kind = kind;
    applyFilter();
}

void AlertListModel::setUrgencyFilter(std::optional<Alert::Urgency> urgency)
{
    m_urgency = urgency;
    applyFilter();
}

void AlertListModel::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    applyFilter();
}

void AlertListModel::applyFilter()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const Alert &alert = m_all.at(i);
        if (m_kind && alert.kind != *m_kind)
            continue;
        if (m_urgency && alert.urgency != *m_urgency)
            continue;
        if (!m_text.isEmpty() && !alert.concerning.contains(m_text, Qt::CaseInsensitive)
            && !alert.detail.contains(m_text, Qt::CaseInsensitive))
            continue;
        m_visible.append(i);
    }
    endResetModel();
}

const Alert &AlertListModel::alertAt(int row) const
{
    return m_all.at(m_visible.at(row));
}

int AlertListModel::count(Alert::Kind kind) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [kind](const Alert &alert) { return alert.kind == kind; }));
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = alertAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UrgencyColumn:
            return Alert::urgencyLabel(alert.urgency);
        case DueColumn:
            return displayDate(alert.due);
        case KindColumn:
            return Alert::kindLabel(alert.kind);
        case ConcerningColumn:
            return alert.concerning;
        case DetailColumn:
            return alert.detail;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == UrgencyColumn && alert.urgency == Alert::Urgency::Overdue)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (index.column() == UrgencyColumn && alert.urgency == Alert::Urgency::DueSoon)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        return {};
    case CadreIdRole:
        return alert.cadreId;
    case RecordTableRole:
        return alert.recordTable;
    case RecordIdRole:
        return alert.recordId;
    case UrgencyRole:
        return int(alert.urgency);
    case KindRole:
        return int(alert.kind);
    case SortRole:
        switch (index.column()) {
        case UrgencyColumn:
            return int(alert.urgency);
        case DueColumn:
            return alert.due;
        case KindColumn:
            return int(alert.kind);
        case ConcerningColumn:
            return alert.concerning;
        case DetailColumn:
            return alert.detail;
        }
        return {};
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrgencyColumn:
        return tr("Urgency");
    case DueColumn:
        return tr("Due");
    case KindColumn:
        return tr("Kind");
    case ConcerningColumn:
        return tr("Concerning");
    case DetailColumn:
        return tr("What is due");
    }
    return {};
}
