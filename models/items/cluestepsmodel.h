#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <vector>

class Database;

// The disposition steps of one clue, oldest first: each with its date, operator and approval.
class ClueStepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        StepColumn,
        OperatorColumn,
        ApprovedByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { StepIdRole = Qt::UserRole + 1, StateRole, SortValueRole };

    explicit ClueStepsModel(const Database &database, QObject *parent = nullptr);

    // 0 shows no clue.
    void setClue(qint64 clueId);
    qint64 clueId() const { return m_clueId; }
    // The clue's state now, and the day it entered it (for deadlines).
    QString currentState() const { return m_state; }
    QDate stateEnteredOn() const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Step
    {
        qint64 id = 0;
        QString fromState;
        QString toState;
        QString date;
        QString operatorName;
        QString approvedBy;
        QString note;
    };

    const Database &m_database;
    QSqlDatabase m_db;
    qint64 m_clueId = 0;
    QString m_state;
    QDate m_received;
    std::vector<Step> m_steps;
};
