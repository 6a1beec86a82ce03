#pragma once

#include "pagedtablemodel.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

class Database;

// One audit entry as the change history shows it.
struct ChangeHistoryRow
{
    qint64 id = 0;
    QString at;
    QString user;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QStringList changes;
};

// The dossier's change history from the audit trail, newest first: every entry about the cadre,
// and the entries about the clues, cases and warning education the cadre is linked to. A lazy
// table, read a page at a time.
class ChangeHistoryModel : public PagedTableModel<ChangeHistoryRow>
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

    ChangeHistoryModel(const Database &database, qint64 cadreId, QObject *parent = nullptr);

    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ChangeHistoryRow> readPage(int offset, int count) override;

    const Database &m_database;
    QSqlDatabase m_db;
    qint64 m_cadreId = 0;
};
