#pragma once

#include "directory/cadredirectory.h"

#include "pagedtablemodel.h"

#include <QHash>

// The cadre directory as a lazy table: counts in SQL, fetches rows a page at a time as the view
// scrolls, and re-queries (never filters in memory) when the filter or sort changes. The status
// badges are worked out for each page as it is fetched, never for the whole table.
class CadreDirectoryModel : public PagedTableModel<CadreRow>
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

    explicit CadreDirectoryModel(const Database &database, QObject *parent = nullptr);

    void setFilter(const CadreFilter &filter);
    CadreFilter filter() const { return m_filter; }
    qint64 cadreId(const QModelIndex &index) const;
    int rowOf(qint64 cadreId) const;
    int dutyReportYear() const { return m_directory.dutyReportYear(); }
    // Whether the account sees badges and may use the quick filters (CadreDirectory).
    bool showsFacts() const { return m_directory.showsFacts(); }
    // Reads everything again after the records changed, keeping as many rows as were loaded.
    void refresh();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload(int rows = pageSize);
    std::vector<CadreRow> readPage(int offset, int count) override;
    void readStatuses(const std::vector<CadreRow> &rows);
    QVariant sortValue(const CadreRow &row, int column) const;
    QVariantList badges(const CadreRow &row) const;

    CadreDirectory m_directory;
    CadreFilter m_filter;
    CadreDirectory::SortKey m_sort = CadreDirectory::SortKey::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QHash<qint64, CadreStatus> m_statuses;
};
