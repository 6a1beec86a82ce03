#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <vector>

// The dossier's change history from the audit trail, newest first: every entry about the cadre,
// and the entries about the clues, cases and warning education the cadre is linked to. A lazy
// table, read a page at a time.
class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, ChangesColumn, ColumnCount };
    enum Role {
        AuditIdRole = Qt::UserRole + 1,
        ActionRole,  // create, update, delete …
        DetailsRole, // every changed field, one per line
        SortValueRole,
    };

    ChangeHistoryModel(const QSqlDatabase &db, qint64 cadreId, QObject *parent = nullptr);

    int totalCount() const { return m_total; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int pageSize = 200;

private:
    struct Entry
    {
        qint64 id = 0;
        QString at;
        QString user;
        QString action;
        QString entity;
        qint64 entityId = 0;
        QStringList changes;
    };
    std::vector<Entry> readPage(int offset) const;

    QSqlDatabase m_db;
    qint64 m_cadreId = 0;
    std::vector<Entry> m_entries;
    int m_total = 0;
};
