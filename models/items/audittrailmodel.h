#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVector>

class Database;

// Which entries of the audit trail to show: by account, cadre, action and period (inclusive).
struct AuditFilter
{
    QString user;
    qint64 cadreId = 0;
    QString cadre;  // a cadre's name or dossier number, as the viewer's user types it
    QString action; // exact, or a prefix ending in '.', e.g. "account."
    QDate from;
    QDate to;
};

// The audit trail for the security auditor, newest first, filtered in SQL. Only an account
// with the ReadAudit permission may load it; exporting it writes the chain head with the rows,
// so a copy kept outside can anchor the chain.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        RecordColumn,
        CadreColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit AuditTrailModel(const Database &database, QObject *parent = nullptr);

    // Throws AccessError without the permission.
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    static constexpr int kLimit = 5000; // the newest; narrow the filter for older ones

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Writes the filtered entries as CSV (UTF-8), then the chain's state and head hash; the
    // export is itself audited. Returns the number of entries written; throws DataError.
    qint64 exportCsv(const QString &path) const;

    // The filtered entries as a workbook shows them — the columns of the view and the entry's
    // place in the chain — with the chain's state and head hash. Throws AccessError.
    struct Export
    {
        QStringList headers;
        QVector<QVariantList> rows;
        QString chainState; // "chain: intact, 1234 entries, head …"
        QString chainHead;
    };
    Export exportEntries() const;
    // Records in the trail that it was written to `path`: the rows, the file's SHA-256 and the
    // chain's head.
    void auditExport(const QString &path, qint64 rows, const QString &sha256,
                     const QString &chainHead) const;

private:
    struct Entry
    {
        qint64 id = 0;
        QString at;
        QString user;
        QString action;
        QString entity;
        qint64 entityId = 0;
        qint64 cadreId = 0;
        QString cadre;  // a cadre's name or dossier number, as the viewer's user types it
        QString change; // the stored before → after, for the export
        QString actionText;
        QString subjectText;
        QString cadreText;
        QString changeText;
    };
    QVector<Entry> load(int limit) const;

    const Database &m_database;
    AuditFilter m_filter;
    QVector<Entry> m_entries;
};
