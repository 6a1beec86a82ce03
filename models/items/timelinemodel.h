#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <vector>

// Everything in one cadre's dossier, newest first, from the cadre_timeline view: a lazy table
// read a page at a time, filtered by kind in SQL.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, DetailColumn, SummaryColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // "talk", "clue" …
        TableRole,                   // the table the record lives in
        RecordIdRole,
        SortValueRole,
    };

    TimelineModel(const QSqlDatabase &db, qint64 cadreId, QObject *parent = nullptr);

    // An empty kind shows every kind.
    void setKindFilter(const QString &kind);
    QString kindFilter() const { return m_kind; }
    int totalCount() const { return m_total; }
    void reload();

    // What a row says about its record, e.g. the kind of talk or the state of a clue.
    static QString detailLabel(const QString &kind, const QString &detail);

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
        QString kind;
        qint64 recordId = 0;
        QString date;
        QString detail;
        QString summary;
    };
    std::vector<Entry> readPage(int offset) const;
    QString condition() const;
    QVariantList parameters() const;

    QSqlDatabase m_db;
    qint64 m_cadreId = 0;
    QString m_kind;
    std::vector<Entry> m_entries;
    int m_total = 0;
};
