#include "unittreepanel.h"

#include "unitkindicons.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QVBoxLayout>

UnitTreePanel::UnitTreePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setObjectName(QStringLiteral("unitTree"));
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Units"));
}

void UnitTreePanel::setDatabase(const Database *database)
{
    QAbstractItemModel *old = m_model;
    m_model = nullptr;
    if (database) {
        m_model = new UnitTreeModel(*database, this);
        m_model->setKindIcons(UnitKindIcons::all());
    }
    m_view->setModel(m_model);
    delete old;
    if (!m_model)
        return;
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(UnitTreeModel::CadresColumn, QHeaderView::ResizeToContents);
    // The top units open on their groups; the groups stay closed.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->expand(m_model->index(row, 0));
    // Selection, not the current row: the view moves its current row on focus alone.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UnitTreePanel::emitCurrentScope);
}

void UnitTreePanel::reload()
{
    if (m_model)
        m_model->reload();
}

void UnitTreePanel::selectScope(const UnitScope &scope)
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->indexOf(scope);
    const QSignalBlocker blocker(m_view->selectionModel());
    if (index.isValid()) {
        m_view->scrollTo(index);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    }
}

QString UnitTreePanel::scopeName(const UnitScope &scope) const
{
    return m_model ? m_model->scopeName(scope) : QString();
}

void UnitTreePanel::emitCurrentScope()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        emit scopeSelected(m_model->scope(selected.constFirst()));
}
