#pragma once

#include "statistics/statisticscope.h"

#include <QObject>
#include <QPointer>

class Database;

class AlertsPanel;
class DashboardWindow;
class QAction;
class QDockWidget;
class QMainWindow;
class SimilarityWindow;

// The analysis side of the main window: the alerts dock shown when a database opens, and the
// Analysis menu with the dashboard and the copied-materials check in windows of their own.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(QMainWindow *window);

    // An empty connection closes the analysis windows and clears the alerts.
    void setDatabase(const Database *database);
    // After records changed: the alerts are worked out again.
    void refresh();
    // The units the dashboard covers, as the unit tree selects them.
    void setScope(const StatisticScope &scope, const QString &name);

    AlertsPanel *alerts() const { return m_alerts; }
    QDockWidget *alertsDock() const { return m_dock; }
    DashboardWindow *dashboard() const;
    SimilarityWindow *similarity() const;
    void showDashboard();
    void showSimilarity();

signals:
    void dossierRequested(qint64 cadreId);

private:
    QMainWindow *m_window;
    const Database *m_database = nullptr;
    StatisticScope m_scope;
    QString m_scopeName;
    AlertsPanel *m_alerts = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_similarityAction = nullptr;
    QPointer<DashboardWindow> m_dashboard;
    QPointer<SimilarityWindow> m_similarity;
};
