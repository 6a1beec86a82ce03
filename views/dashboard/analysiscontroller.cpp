#include "analysiscontroller.h"

#include "access/access.h"
#include "alerts/alertspanel.h"
#include "dashboardwindow.h"
#include "similarity/similaritywindow.h"

#include <QAction>
#include <QDate>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

AnalysisController::AnalysisController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_alerts(new AlertsPanel)
    , m_dock(new QDockWidget(tr("Alerts and To-Do"), window))
{
    m_dock->setObjectName(QStringLiteral("alertsDock"));
    m_dock->setWidget(m_alerts);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    // Before the Help menu, which stays last.
    QMenuBar *bar = window->menuBar();
    const QList<QAction *> menus = bar->actions();
    auto *menu = new QMenu(tr("&Analysis"), bar);
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    QAction *alertsAction = m_dock->toggleViewAction();
    alertsAction->setText(tr("&Alerts and To-Do"));
    alertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    menu->addAction(alertsAction);
    m_dashboardAction = menu->addAction(tr("&Dashboard"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_similarityAction = menu->addAction(tr("&Copied Self-Examination Materials"));
    for (QAction *action : {alertsAction, m_dashboardAction, m_similarityAction})
        action->setEnabled(false);

    connect(m_dashboardAction, &QAction::triggered, this, &AnalysisController::showDashboard);
    connect(m_similarityAction, &QAction::triggered, this, &AnalysisController::showSimilarity);
    connect(m_alerts, &AlertsPanel::dossierRequested, this, &AnalysisController::dossierRequested);
}

DashboardWindow *AnalysisController::dashboard() const
{
    return m_dashboard;
}

SimilarityWindow *AnalysisController::similarity() const
{
    return m_similarity;
}

void AnalysisController::setDatabase(const Database *database)
{
    delete m_dashboard;
    delete m_similarity;
    // Alerts, the dashboard and the copied-materials check are facts about cadres: an account
    // that does not read dossiers (the separated administrators) gets none of them.
    const bool open = database && Access::mayReadDossier(*database, 0);
    m_database = open ? database : nullptr;
    m_alerts->setDatabase(m_database);
    for (QAction *action : {m_dock->toggleViewAction(), m_dashboardAction, m_similarityAction})
        action->setEnabled(open);
    // What is due is shown as soon as a database opens.
    m_dock->setVisible(open);
}

void AnalysisController::refresh()
{
    if (m_database)
        m_alerts->refresh();
}

void AnalysisController::setScope(const StatisticScope &scope, const QString &name)
{
    m_scope = scope;
    m_scopeName = name;
    if (m_dashboard) {
        m_dashboard->setScope(scope, name);
        m_dashboard->refresh();
    }
}

void AnalysisController::showDashboard()
{
    if (!m_database)
        return;
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(*m_database, QDate::currentDate().year() - 1, m_window);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_scope.isWholeCounty())
            m_dashboard->setScope(m_scope, m_scopeName);
        connect(m_dashboard, &DashboardWindow::dossierRequested, this,
                &AnalysisController::dossierRequested);
        m_dashboard->refresh();
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void AnalysisController::showSimilarity()
{
    if (!m_database)
        return;
    if (!m_similarity) {
        m_similarity = new SimilarityWindow(*m_database, m_window);
        m_similarity->setWindowFlag(Qt::Window);
        m_similarity->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_similarity, &SimilarityWindow::dossierRequested, this,
                &AnalysisController::dossierRequested);
    }
    m_similarity->show();
    m_similarity->raise();
    m_similarity->activateWindow();
}
