#include "recordlistmodel.h"

#include "access/access.h"
#include "domain/cluestatemachine.h"
#include "domain/opinion.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QSqlQuery>

RecordListModel::RecordListModel(const Database &database, const RecordListing &listing,
                                 qint64 cadreId, QObject *parent)
    : PagedTableModel(parent)
    , m_database(database)
    , m_db(database.connection())
    , m_listing(listing)
    , m_cadreId(cadreId)
{
    reload();
}

void RecordListModel::reload()
{
    // A dossier closed to the account lists nothing, whoever asks.
    if (!Access::mayReadDossier(m_database, m_cadreId)) {
        resetRows(0);
        return;
    }
    QVariantList cadre;
    for (int i = 0; i < m_listing.cadreParameters(); ++i)
        cadre << m_cadreId;
    resetRows(
        Sql::scalar(m_db, QStringLiteral("SELECT count(*) ") + m_listing.from, cadre).toInt());
}

std::vector<RecordListRow> RecordListModel::readPage(int offset, int count)
{
    QStringList select{m_listing.idExpression};
    select << m_listing.expressions;
    select << (m_listing.alertCondition.isEmpty() ? QStringLiteral("0") : m_listing.alertCondition);
    // A sort column is a number from our own column range, never text from outside.
    const QString order = m_sortColumn < 0
                              ? m_listing.order
                              : QStringLiteral("%1 %2, 1 DESC")
                                    .arg(m_sortColumn + 2)
                                    .arg(m_sortOrder == Qt::AscendingOrder ? "ASC" : "DESC");
    QVariantList values;
    for (int i = 0; i < m_listing.cadreParameters(); ++i)
        values << m_cadreId;
    values << count << offset;
    QSqlQuery query
        = Sql::run(m_db,
                   QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + QLatin1Char(' ')
                       + m_listing.from + QStringLiteral(" ORDER BY ") + order
                       + QStringLiteral(" LIMIT ? OFFSET ?"),
                   values);
    std::vector<RecordListRow> rows;
    const int columns = int(m_listing.columns.size());
    while (query.next()) {
        RecordListRow row;
        row.id = query.value(0).toLongLong();
        for (int i = 0; i < columns; ++i)
            row.values << query.value(i + 1);
        row.alert = query.value(columns + 1).toBool();
        rows.push_back(row);
    }
    return rows;
}

qint64 RecordListModel::recordId(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(rows().size()))
        return 0;
    return rowAt(index.row()).id;
}

int RecordListModel::rowOf(qint64 recordId) const
{
    for (int row = 0; row < int(rows().size()); ++row) {
        if (rowAt(row).id == recordId)
            return row;
    }
    return -1;
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listing.columns.size());
}

QVariant RecordListModel::display(int column, const QVariant &value) const
{
    const ListColumn &description = m_listing.columns.at(column);
    if (value.isNull())
        return {};
    switch (description.format) {
    case ListColumn::Format::Date:
        return QDate::fromString(value.toString(), Qt::ISODate);
    case ListColumn::Format::Vocabulary:
        return Vocabulary::label(description.vocabulary, value.toString());
    case ListColumn::Format::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case ListColumn::Format::Number:
        return value.toLongLong();
    case ListColumn::Format::ClueState:
        return ClueStateMachine::stateLabel(value.toString());
    case ListColumn::Format::OpinionCategory:
        return tr("%1 — %2").arg(value.toInt()).arg(opinionCategoryLabel(value.toInt()));
    case ListColumn::Format::FileSize:
        return QLocale().formattedDataSize(value.toLongLong());
    case ListColumn::Format::Text:
        break;
    }
    // Long texts show on one line; the tooltip has them whole.
    return value.toString().simplified();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordListRow &row = rowAt(index.row());
    const QVariant &value = row.values.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), value);
    case Qt::ToolTipRole:
        if (m_listing.columns.at(index.column()).format == ListColumn::Format::Text
            && !value.isNull())
            return value.toString();
        return {};
    case Qt::ForegroundRole:
        return row.alert ? QVariant(QBrush(QColor(0xb7, 0x1c, 0x1c))) : QVariant();
    case RecordIdRole:
        return row.id;
    case TableRole:
        return m_listing.table;
    case SortValueRole:
        return value;
    case AlertRole:
        return row.alert;
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(m_listing.columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_listing.columns.at(section).header;
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= int(m_listing.columns.size()))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}
