#include "measurepage.h"

#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "dossierstyle.h"
#include "items/measurelistmodel.h"
#include "recordeditor.h"
#include "recordtableview.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

MeasurePage::MeasurePage(const RecordEditor &editor, QWidget *parent)
    : DossierPage(parent)
    , m_editor(editor)
{
    m_model = new MeasureListModel(editor.database(), editor.cadreId(), this);
    m_view = new RecordTableView(this);
    m_view->setObjectName(QStringLiteral("measuresView"));
    m_view->setModel(m_model);
    m_view->setColumnWidth(MeasureListModel::EffectiveDateColumn, 120);
    m_view->setColumnWidth(MeasureListModel::MeasureColumn, 160);
    m_view->setColumnWidth(MeasureListModel::ImpactPeriodColumn, 230);
    m_view->setColumnWidth(MeasureListModel::ImpactStateColumn, 90);
    m_view->setColumnWidth(MeasureListModel::CaseColumn, 160);

    auto *title = new QLabel(tr("Sanctions and handling"), this);
    DossierStyle::makeHeading(title);
    auto *menu = new QMenu(this);
    for (const QString &table :
         {QStringLiteral("sanctions"), QStringLiteral("organizational_handlings"),
          QStringLiteral("admonitions")}) {
        QAction *action = menu->addAction(tr("%1…").arg(RecordKinds::title(table)));
        action->setObjectName(table + QStringLiteral("Action"));
        connect(action, &QAction::triggered, this,
                [this, table] { m_editor.openNew(this, table); });
    }
    auto *add = new QPushButton(tr("New"), this);
    add->setObjectName(QStringLiteral("newButton"));
    add->setMenu(menu);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    connect(m_edit, &QPushButton::clicked, this, &MeasurePage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &MeasurePage::deleteCurrent);
    connect(m_view, &RecordTableView::openRequested, this, &MeasurePage::editCurrent);
    connect(m_view, &RecordTableView::newRequested, this, &MeasurePage::newRecord);
    connect(m_view, &RecordTableView::deleteRequested, this, &MeasurePage::deleteCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeasurePage::updateButtons);

    auto *note = new QLabel(tr("Impact periods are computed from the rules in force on each "
                               "effective date, with stacking; they cannot be typed in. Hover "
                               "over a row for how its period was reached."),
                            this);
    note->setWordWrap(true);
    DossierStyle::makeQuiet(note);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(add);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);
    DossierStyle::setPageMargins(this);
    updateButtons();
}

void MeasurePage::reload()
{
    m_model->setAsOf(QDate::currentDate());
    updateButtons();
}

QModelIndex MeasurePage::currentIndex() const
{
    const int row = m_view->currentRow();
    return row < 0 ? QModelIndex() : m_model->index(row, 0);
}

void MeasurePage::updateButtons()
{
    m_edit->setEnabled(currentIndex().isValid());
    m_delete->setEnabled(currentIndex().isValid());
}

void MeasurePage::newRecord()
{
    m_editor.openNew(this, QStringLiteral("sanctions"));
}

void MeasurePage::editCurrent()
{
    const QModelIndex index = currentIndex();
    if (index.isValid())
        m_editor.openEdit(this, m_model->table(index), m_model->recordId(index));
}

void MeasurePage::deleteCurrent()
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    try {
        m_editor.confirmAndDelete(this, m_model->table(index), m_model->recordId(index));
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Cannot delete"), error.message());
    }
}

bool MeasurePage::showRecord(const QString &table, qint64 id)
{
    refresh();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_model->table(index) == table && m_model->recordId(index) == id) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}
