#pragma once

#include "domain/period.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <vector>

class Database;

// One cadre's sanctions, organizational handlings and admonitions, newest first, each with its
// impact period computed from the rules (never typed in), stacking included.
class MeasureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EffectiveDateColumn,
        MeasureColumn,
        ImpactPeriodColumn,
        ImpactStateColumn,
        CaseColumn,
        DecidedByColumn,
        ColumnCount
    };
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TableRole, // sanctions, organizational_handlings or admonitions
        SortValueRole,
        InEffectRole, // true while the impact period runs on asOf
    };

    MeasureListModel(const Database &database, qint64 cadreId, QObject *parent = nullptr);

    // The day "in effect" is judged on; today unless set.
    void setAsOf(QDate day);
    void reload();
    qint64 recordId(const QModelIndex &index) const;
    QString table(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString table;
        qint64 id = 0;
        QString measure;
        QDate effective;
        QString caseNumber;
        QString decidedBy;
        Period period;
        QStringList notes;
    };
    QString stateText(const Row &row) const;

    const Database &m_database;
    QSqlDatabase m_db;
    qint64 m_cadreId = 0;
    QDate m_asOf;
    std::vector<Row> m_rows;
};
