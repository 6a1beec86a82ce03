#pragma once

#include <QDate>
#include <QList>
#include <QVector>
#include <QWidget>

class Database;

struct Alert;
class AlertListModel;
class QThread;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// What is due: the alerts of a day in a table, filterable by kind, urgency and text. Activating
// a row asks for the dossier of the cadre the alert is about, or lists the records behind an
// alert about a unit.
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPanel(QWidget *parent = nullptr);
    ~AlertsPanel() override;

    // Works the alerts out afresh for `today` (an empty connection clears them). For a database
    // file they are worked out on a thread of their own, on a connection of their own: the
    // summary says they are being computed until they are shown (computing() is true).
    void setDatabase(const Database *database, QDate today = QDate::currentDate());
    void refresh();
    bool computing() const { return m_pending; }

    AlertListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *urgencyFilter() const { return m_urgency; }
    QLineEdit *textFilter() const { return m_text; }
    QLabel *summary() const { return m_summary; }

signals:
    void dossierRequested(qint64 cadreId);

private:
    void applyFilters();
    void activate(const QModelIndex &index);
    void updateSummary();
    void showAlerts(const QVector<Alert> &alerts);
    void waitForWorkers();
    void computeInBackground();

    const Database *m_database = nullptr;
    QDate m_today;
    AlertListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_urgency = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    QList<QThread *> m_workers; // waited for before the panel goes
    int m_generation = 0;       // a result of an earlier refresh is dropped
    bool m_pending = false;
};
