#pragma once

#include "directory/cadredirectory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

// The cadre directory as a lazy table: counts in SQL, fetches rows a page at a time as the view
// scrolls, and re-queries (never filters in memory) when the filter or sort changes. The status
// badges are worked out for each page as it is fetched, never for the whole table.
class CadreDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        UnitColumn,
        PositionColumn,
        RankColumn,
        TopLeaderColumn,
        DossierNumberColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        CadreIdRole = Qt::UserRole + 1,
        SortValueRole,
        // The status badges: a QVariantList of QVariantMaps with "text", "toolTip" and "level"
        // (a BadgeLevel).
        BadgesRole,
    };
    enum BadgeLevel { InformationBadge, WarningBadge, SeriousBadge };

    explicit CadreDirectoryModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setFilter(const CadreFilter &filter);
    CadreFilter filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    qint64 cadreId(const QModelIndex &index) const;
    int rowOf(qint64 cadreId) const;
    int dutyReportYear() const { return m_directory.dutyReportYear(); }
    // Reads everything again after the records changed, keeping as many rows as were loaded.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int pageSize = 200;

private:
    void reload(int rows = pageSize);
    void readStatuses(const std::vector<CadreRow> &rows);
    QVariant sortValue(const CadreRow &row, int column) const;
    QVariantList badges(const CadreRow &row) const;

    CadreDirectory m_directory;
    CadreFilter m_filter;
    CadreDirectory::SortKey m_sort = CadreDirectory::SortKey::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<CadreRow> m_rows;
    QHash<qint64, CadreStatus> m_statuses;
    int m_total = 0;
};
