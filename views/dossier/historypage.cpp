#include "historypage.h"

#include "dossierstyle.h"
#include "items/changehistorymodel.h"
#include "recordtableview.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

HistoryPage::HistoryPage(Database &database, qint64 cadreId, QWidget *parent)
    : DossierPage(parent)
{
    m_model = new ChangeHistoryModel(database, cadreId, this);
    m_view = new RecordTableView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setColumnWidth(ChangeHistoryModel::TimeColumn, 170);
    m_view->setColumnWidth(ChangeHistoryModel::UserColumn, 100);
    m_view->setColumnWidth(ChangeHistoryModel::ActionColumn, 150);
    m_view->setColumnWidth(ChangeHistoryModel::RecordColumn, 170);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    m_details->setPlaceholderText(tr("Select an entry to see every field it changed."));

    auto *title = new QLabel(tr("Change history"), this);
    DossierStyle::makeHeading(title);
    m_count = new QLabel(this);
    DossierStyle::makeQuiet(m_count);
    auto *note = new QLabel(tr("From the audit trail, which cannot be altered."), this);
    DossierStyle::makeQuiet(note);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_count);
    top->addStretch(1);
    top->addWidget(note);
    m_empty = new QLabel(tr("No change to this dossier has been recorded yet. Records brought in "
                            "by an import are audited with the import itself."),
                         this);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    DossierStyle::makeQuiet(m_empty);
    m_empty->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    DossierStyle::setPageMargins(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::showDetails);
}

void HistoryPage::reload()
{
    m_model->reload();
    m_count->setText(tr("Total %1").arg(m_model->totalCount()));
    m_details->clear();
    const bool empty = m_model->totalCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_details->setVisible(!empty);
}

void HistoryPage::showDetails()
{
    const int row = m_view->currentRow();
    m_details->setPlainText(
        row < 0 ? QString()
                : m_model->index(row, 0).data(ChangeHistoryModel::DetailsRole).toString());
}
