#pragma once

#include "pagedtablemodel.h"

#include <QDate>
#include <QSqlDatabase>

class Database;

// One entry of the timeline as read from the cadre_timeline view.
struct TimelineRow
{
    QString kind;
    qint64 recordId = 0;
    QString date;
    QString detail;
    QString summary;
};

// Everything in one cadre's dossier, newest first, from the cadre_timeline view: a lazy table
// read a page at a time, filtered by kind in SQL.
class TimelineModel : public PagedTableModel<TimelineRow>
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

    TimelineModel(const Database &database, qint64 cadreId, QObject *parent = nullptr);

    // An empty kind shows every kind.
    void setKindFilter(const QString &kind);
    QString kindFilter() const { return m_kind; }
    void reload();

    // What a row says about its record, e.g. the kind of talk or the state of a clue.
    static QString detailLabel(const QString &kind, const QString &detail);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<TimelineRow> readPage(int offset, int count) override;
    // The place of an entry in the day's work, as an SQL expression over the timeline.
    static QString workflowRank();
    QString condition() const;
    QVariantList parameters() const;

    const Database &m_database;
    QSqlDatabase m_db;
    qint64 m_cadreId = 0;
    QString m_kind;
};
