#include "directorypanel.h"

#include "directoryfilterbar.h"
#include "items/cadredirectorymodel.h"
#include "statusbadgedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

DirectoryPanel::DirectoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new DirectoryFilterBar(this))
    , m_scopeBar(new QWidget(this))
    , m_scopeLabel(new QLabel(m_scopeBar))
    , m_clearScope(new QToolButton(m_scopeBar))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);

    auto *scopeLayout = new QHBoxLayout(m_scopeBar);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_scopeLabel->setTextFormat(Qt::PlainText);
    m_clearScope->setText(tr("All units"));
    m_clearScope->setToolTip(tr("Show the cadres of every unit"));
    m_clearScope->setAutoRaise(true);
    scopeLayout->addWidget(m_scopeLabel);
    scopeLayout->addWidget(m_clearScope);
    scopeLayout->addStretch(1);
    scopeLayout->addWidget(m_summary);
    layout->addWidget(m_scopeBar);

    m_table->setObjectName(QStringLiteral("directoryTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows may be picked, to print their dossier summaries in one batch.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(CadreDirectoryModel::StatusColumn,
                                      new StatusBadgeDelegate(m_table));
    m_table->setAccessibleName(tr("Cadres"));
    layout->addWidget(m_table, 1);

    connect(m_filterBar, &DirectoryFilterBar::changed, this, [this] { applyFilter(); });
    connect(m_filterBar, &DirectoryFilterBar::moveToResults, this, &DirectoryPanel::moveToResults);
    connect(m_table, &QTableView::activated, this, &DirectoryPanel::openCurrent);
    connect(m_clearScope, &QToolButton::clicked, this, [this] {
        setScope({}, QString());
        emit scopeCleared();
    });
    showScope(QString());
}

void DirectoryPanel::setDatabase(const Database *database)
{
    const QByteArray header = m_model ? saveHeaderState() : m_pendingHeaderState;
    QAbstractItemModel *old = m_model;
    m_model = database ? new CadreDirectoryModel(*database, this) : nullptr;
    m_table->setModel(m_model);
    delete old;
    m_scope = {};
    showScope(QString());
    if (!m_model)
        return;
    m_filterBar->setDutyReportYear(m_model->dutyReportYear());
    m_filterBar->setQuickFiltersShown(m_model->showsFacts());
    fitColumns();
    if (!header.isEmpty())
        restoreHeaderState(header);
    else
        m_table->horizontalHeader()->setSortIndicator(CadreDirectoryModel::NameColumn,
                                                      Qt::AscendingOrder);
    // The model has read the whole directory's first page already: read again only for a filter
    // left from before.
    applyFilter(false);
}

void DirectoryPanel::showScope(const QString &name)
{
    m_scopeLabel->setText(m_scope.isAll() ? tr("Units: all") : tr("Unit: %1").arg(name));
    m_clearScope->setVisible(!m_scope.isAll());
}

void DirectoryPanel::fitColumns()
{
    // Widths in characters of the current font, so they scale with the screen.
    const int character = m_table->fontMetrics().horizontalAdvance(QChar(0x4e2d)); // 中
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(character * 2);
    header->resizeSection(CadreDirectoryModel::NameColumn, character * 6);
    header->resizeSection(CadreDirectoryModel::UnitColumn, character * 14);
    header->resizeSection(CadreDirectoryModel::PositionColumn, character * 11);
    header->resizeSection(CadreDirectoryModel::RankColumn, character * 7);
    header->resizeSection(
        CadreDirectoryModel::TopLeaderColumn,
        std::max(character * 3, header->sectionSizeHint(CadreDirectoryModel::TopLeaderColumn)));
    header->resizeSection(CadreDirectoryModel::DossierNumberColumn, character * 8);
    header->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2 + 2);
}

void DirectoryPanel::setScope(const UnitScope &scope, const QString &name)
{
    m_scope = scope;
    showScope(name);
    if (m_model)
        applyFilter();
}

void DirectoryPanel::applyFilter(bool readAgain)
{
    if (!m_model)
        return;
    CadreFilter filter;
    m_filterBar->applyTo(filter);
    filter.unitId = m_scope.unitId;
    filter.unitKind = m_scope.kind;
    if (readAgain || filter != m_model->filter())
        m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateSummary();
}

void DirectoryPanel::refresh()
{
    if (!m_model)
        return;
    const qint64 current = currentCadreId();
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->refresh();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    m_table->verticalScrollBar()->setValue(scroll);
    updateSummary();
}

void DirectoryPanel::updateSummary()
{
    if (!m_model) {
        m_summary->clear();
        return;
    }
    CadreFilter filter = m_model->filter();
    const bool filtered = !filter.text.isEmpty() || filter.hasQuickFilter() || filter.unitId != 0;
    const QString count = QLocale().toString(m_model->totalCount());
    m_summary->setText(filtered ? tr("%1 cadre(s) found").arg(count)
                                : tr("%1 cadre(s) in all").arg(count));
}

void DirectoryPanel::focusSearch()
{
    m_filterBar->focusSearch();
}

void DirectoryPanel::clearFilters()
{
    m_filterBar->clear();
}

void DirectoryPanel::moveToResults()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid())
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 DirectoryPanel::currentCadreId() const
{
    return m_model ? m_model->cadreId(m_table->currentIndex()) : 0;
}

QList<qint64> DirectoryPanel::selectedCadreIds() const
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows) {
        if (const qint64 id = m_model->cadreId(row))
            ids << id;
    }
    if (ids.isEmpty() && currentCadreId() > 0)
        ids << currentCadreId();
    return ids;
}

void DirectoryPanel::openCurrent(const QModelIndex &index)
{
    const qint64 id = m_model ? m_model->cadreId(index) : 0;
    if (id != 0)
        emit dossierRequested(id);
}

QByteArray DirectoryPanel::saveHeaderState() const
{
    return m_model ? m_table->horizontalHeader()->saveState() : m_pendingHeaderState;
}

void DirectoryPanel::restoreHeaderState(const QByteArray &state)
{
    m_pendingHeaderState = state;
    if (m_model && !state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}
