#include "recordsection.h"

#include "access/accesscontroller.h"
#include "dialogs/modelexport.h"

#include "domain/dataerror.h"
#include "dossierstyle.h"
#include "items/recordlistmodel.h"
#include "recordeditor.h"
#include "recordtableview.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

RecordSection::RecordSection(const RecordEditor &editor, const RecordListing &listing,
                             const QString &heading, int actions, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_actions(actions)
{
    setObjectName(listing.table + QStringLiteral("Section"));
    m_model = new RecordListModel(editor.database(), listing, editor.cadreId(), this);
    m_view = new RecordTableView(this);
    m_view->setObjectName(listing.table + QStringLiteral("View"));
    m_view->setModel(m_model);
    m_view->enableSorting();

    auto *title = new QLabel(heading, this);
    DossierStyle::makeHeading(title);
    m_count = new QLabel(this);
    DossierStyle::makeQuiet(m_count);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    m_buttons->addWidget(title);
    m_buttons->addWidget(m_count);
    m_buttons->addStretch(1);
    if (actions & NewAction) {
        m_new = new QPushButton(tr("New…"), this);
        m_new->setObjectName(QStringLiteral("newButton"));
        m_new->setToolTip(tr("Add a record (Ctrl+N)"));
        m_buttons->addWidget(m_new);
        connect(m_new, &QPushButton::clicked, this, &RecordSection::newRecord);
        connect(m_view, &RecordTableView::newRequested, this, &RecordSection::newRecord);
    }
    if (actions & EditAction) {
        m_edit = new QPushButton(tr("Edit…"), this);
        m_edit->setObjectName(QStringLiteral("editButton"));
        m_edit->setToolTip(tr("Change the selected record (Enter)"));
        m_buttons->addWidget(m_edit);
        connect(m_edit, &QPushButton::clicked, this, &RecordSection::editCurrent);
        connect(m_view, &RecordTableView::openRequested, this, &RecordSection::editCurrent);
    }
    if (actions & DeleteAction) {
        m_delete = new QPushButton(tr("Delete"), this);
        m_delete->setObjectName(QStringLiteral("deleteButton"));
        m_delete->setToolTip(tr("Delete the selected record (Delete)"));
        m_buttons->addWidget(m_delete);
        connect(m_delete, &QPushButton::clicked, this, &RecordSection::deleteCurrent);
        connect(m_view, &RecordTableView::deleteRequested, this, &RecordSection::deleteCurrent);
    }
    // The list as shown, to an Excel workbook: every row, not only those fetched so far.
    auto *excel = new QPushButton(tr("Export…"), this);
    excel->setObjectName(QStringLiteral("exportButton"));
    excel->setToolTip(tr("Write this list to an Excel workbook"));
    excel->setVisible(AccessController::mayExport(&editor.database()));
    m_buttons->addWidget(excel);
    connect(excel, &QPushButton::clicked, this, [this, heading] {
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        exportModelToExcel(this, m_editor.database(), *m_model, heading, m_model->table());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        emit currentRecordChanged(currentRecordId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordSection::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 1);
    updateButtons();
}

QString RecordSection::table() const
{
    return m_model->table();
}

qint64 RecordSection::currentRecordId() const
{
    const int row = m_view->currentRow();
    return row < 0 ? 0 : m_model->recordId(m_model->index(row, 0));
}

bool RecordSection::selectRecord(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void RecordSection::addAction(QPushButton *button)
{
    // After the heading, its count and the stretch; before the standard buttons.
    m_buttons->insertWidget(3 + m_customButtons++, button);
}

void RecordSection::reload()
{
    const qint64 selected = currentRecordId();
    m_model->reload();
    m_count->setText(tr("Total %1").arg(m_model->totalCount()));
    if (selected != 0)
        selectRecord(selected);
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qBound(80, m_view->columnWidth(column) + 16, 320));
    }
    emit currentRecordChanged(currentRecordId());
}

void RecordSection::updateButtons()
{
    const bool selected = currentRecordId() != 0;
    if (m_edit)
        m_edit->setEnabled(selected);
    if (m_delete)
        m_delete->setEnabled(selected);
}

void RecordSection::newRecord()
{
    if (m_actions & NewAction)
        m_editor.openNew(this, table());
}

void RecordSection::editCurrent()
{
    const qint64 id = currentRecordId();
    if ((m_actions & EditAction) && id != 0)
        m_editor.openEdit(this, table(), id);
}

void RecordSection::deleteCurrent()
{
    const qint64 id = currentRecordId();
    if (!(m_actions & DeleteAction) || id == 0)
        return;
    try {
        m_editor.confirmAndDelete(this, table(), id);
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Cannot delete"), error.message());
    }
}
