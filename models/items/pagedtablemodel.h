#pragma once

#include <QAbstractTableModel>
#include <vector>

// A lazy table over SQL: it knows how many rows there are, holds the pages read so far, and
// reads the next page when a view scrolls to the end (canFetchMore/fetchMore). Subclasses say
// how to read a page and how a row looks.
template<typename Row>
class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int pageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    // Every row the filter matches, read or not.
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && int(m_rows.size()) < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        std::vector<Row> more = readPage(int(m_rows.size()), pageSize);
        if (more.empty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.insert(m_rows.end(), more.begin(), more.end());
        endInsertRows();
    }

protected:
    // `count` rows from `offset` on, in the model's order.
    virtual std::vector<Row> readPage(int offset, int count) = 0;

    // Starts again from the first page, `rows` long (at least a page), for `total` rows.
    void resetRows(int total, int rows = pageSize)
    {
        beginResetModel();
        m_total = total;
        // No rows are read for none: a model shows nothing when its rows are closed to the
        // account, however a subclass reads them.
        m_rows = total > 0 ? readPage(0, std::max(rows, int(pageSize))) : std::vector<Row>();
        endResetModel();
    }
    const std::vector<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(size_t(row)); }

private:
    std::vector<Row> m_rows;
    int m_total = 0;
};
