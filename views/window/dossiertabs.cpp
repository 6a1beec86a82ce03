#include "dossiertabs.h"

#include "domain/dataerror.h"
#include "dossier/dossierwidget.h"

#include <QTabBar>

DossierTabs::DossierTabs(QWidget *directory, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("dossierTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    addTab(directory, tr("Cadre Directory"));
    // The directory cannot be closed.
    for (const auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
        if (QWidget *button = tabBar()->tabButton(0, side)) {
            tabBar()->setTabButton(0, side, nullptr);
            button->deleteLater();
        }
    }
    connect(this, &QTabWidget::tabCloseRequested, this, &DossierTabs::closeDossierAt);
    connect(this, &QTabWidget::currentChanged, this,
            [this](int index) { emit dossierShown(index > 0); });
}

void DossierTabs::setDatabase(Database *database, QUndoStack *undoStack)
{
    closeAllDossiers();
    m_database = database;
    m_undoStack = undoStack;
}

void DossierTabs::setErrorReporter(const std::function<void(const QString &)> &report)
{
    m_report = report;
}

DossierWidget *DossierTabs::dossier(qint64 cadreId) const
{
    for (int index = 1; index < count(); ++index) {
        auto *widget = qobject_cast<DossierWidget *>(this->widget(index));
        if (widget && widget->cadreId() == cadreId)
            return widget;
    }
    return nullptr;
}

bool DossierTabs::openDossier(qint64 cadreId)
{
    if (DossierWidget *open = dossier(cadreId)) {
        setCurrentWidget(open);
        return true;
    }
    if (!m_database)
        return false;
    DossierWidget *widget = nullptr;
    try {
        widget = new DossierWidget(*m_database, cadreId, m_undoStack, this);
    } catch (const DataError &error) {
        if (m_report)
            m_report(error.message());
        return false;
    }
    connect(widget, &DossierWidget::printPreviewRequested, this,
            &DossierTabs::printPreviewRequested);
    const int index = addTab(widget, widget->title());
    setTabToolTip(index, widget->title());
    connect(widget, &DossierWidget::titleChanged, this,
            [this, widget](const QString &title) { updateTitle(widget, title); });
    setCurrentIndex(index);
    return true;
}

void DossierTabs::updateTitle(DossierWidget *widget, const QString &title)
{
    const int index = indexOf(widget);
    if (index > 0) {
        setTabText(index, title);
        setTabToolTip(index, title);
    }
}

void DossierTabs::closeDossierAt(int index)
{
    if (index <= 0)
        return;
    QWidget *page = widget(index);
    removeTab(index);
    delete page;
}

bool DossierTabs::closeCurrentDossier()
{
    if (currentIndex() <= 0)
        return false;
    closeDossierAt(currentIndex());
    return true;
}

void DossierTabs::closeDossier(qint64 cadreId)
{
    if (DossierWidget *widget = dossier(cadreId))
        closeDossierAt(indexOf(widget));
}

void DossierTabs::closeAllDossiers()
{
    while (count() > 1)
        closeDossierAt(count() - 1);
}

void DossierTabs::showDirectory()
{
    setCurrentIndex(0);
}

void DossierTabs::showNext(int step)
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + step + count()) % count());
}

QList<qint64> DossierTabs::openCadreIds() const
{
    QList<qint64> ids;
    for (int index = 1; index < count(); ++index) {
        if (auto *widget = qobject_cast<DossierWidget *>(this->widget(index)))
            ids << widget->cadreId();
    }
    return ids;
}

DossierWidget *DossierTabs::currentDossier() const
{
    return qobject_cast<DossierWidget *>(currentWidget());
}
