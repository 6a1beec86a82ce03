#pragma once

#include "alert.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

// The alerts as a table for the alerts panel: urgency, due day, kind, who or what, and what is
// due. Filters by kind, by urgency and by text in the names and details; the rows it holds are
// the few hundred alerts of a day, so the filter runs over them here.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UrgencyColumn,
        DueColumn,
        KindColumn,
        ConcerningColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        CadreIdRole = Qt::UserRole + 1,
        RecordTableRole,
        RecordIdRole,
        UrgencyRole, // Alert::Urgency as int
        KindRole,    // Alert::Kind as int
        SortRole,    // the raw value to sort on
    };

    explicit AlertListModel(QObject *parent = nullptr);

    void setAlerts(const QVector<Alert> &alerts);
    const QVector<Alert> &allAlerts() const { return m_all; }
    // Null for every kind / urgency.
    void setKindFilter(std::optional<Alert::Kind> kind);
    void setUrgencyFilter(std::optional<Alert::Urgency> urgency);
    void setTextFilter(const QString &text);
    // The alert behind a row of the filtered view.
    const Alert &alertAt(int row) const;
    int count(Alert::Kind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    QVector<Alert> m_all;
    QVector<int> m_visible; // indexes into m_all
    std::optional<Alert::Kind> m_kind;
    std::optional<Alert::Urgency> m_urgency;
    QString m_text;
};
