#include "recordtableview.h"

#include "datedelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMetaMethod>

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new DateDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(60);
    horizontalHeader()->setDefaultSectionSize(130);
    connect(this, &QAbstractItemView::activated, this, &RecordTableView::openRequested);
}

void RecordTableView::enableSorting()
{
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
}

int RecordTableView::currentRow() const
{
    const QModelIndexList rows
        = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

namespace {

bool isNew(QKeyEvent *event)
{
    return event->matches(QKeySequence::New) || event->key() == Qt::Key_Insert;
}

bool isDelete(QKeyEvent *event)
{
    return event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Delete;
}

} // namespace

bool RecordTableView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((isNew(key)
             && isSignalConnected(QMetaMethod::fromSignal(&RecordTableView::newRequested)))
            || (isDelete(key)
                && isSignalConnected(QMetaMethod::fromSignal(&RecordTableView::deleteRequested)))) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void RecordTableView::keyPressEvent(QKeyEvent *event)
{
    if (isNew(event)) {
        emit newRequested();
        event->accept();
        return;
    }
    if (isDelete(event)) {
        emit deleteRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
