#pragma once

#include "recordlisting.h"

#include "pagedtablemodel.h"

#include <QSqlDatabase>
#include <QVariantList>

class Database;

// One record of a dossier section: its id, the listing's values, and whether it is marked.
struct RecordListRow
{
    qint64 id = 0;
    QVariantList values;
    bool alert = false;
};

// The records of one dossier section (talks, notices, clues …) for one cadre, as a lazy table:
// counted in SQL, read a page at a time as the view scrolls, sorted in SQL on raw values.
// Its columns are those of the RecordListing it was made with.
class RecordListModel : public PagedTableModel<RecordListRow>
{
    Q_OBJECT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TableRole,
        SortValueRole, // the stored value, e.g. "2024-03-01" or "reminder"
        AlertRole,     // true for rows the listing marks (an overdue rectification)
    };

    RecordListModel(const Database &database, const RecordListing &listing, qint64 cadreId,
                    QObject *parent = nullptr);

    const RecordListing &listing() const { return m_listing; }
    QString table() const { return m_listing.table; }
    qint64 recordId(const QModelIndex &index) const;
    // The row of a record among those read so far, or -1.
    int rowOf(qint64 recordId) const;
    // Reads everything again, e.g. after an edit or an undo.
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<RecordListRow> readPage(int offset, int count) override;
    QVariant display(int column, const QVariant &value) const;

    const Database &m_database;
    QSqlDatabase m_db;
    RecordListing m_listing;
    qint64 m_cadreId = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
