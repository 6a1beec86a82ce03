#include "timelinepage.h"

#include "domain/recordkinds.h"
#include "dossierstyle.h"
#include "items/timelinemodel.h"
#include "recordtableview.h"
#include "storage/database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

TimelinePage::TimelinePage(Database &database, qint64 cadreId, QWidget *parent)
    : DossierPage(parent)
{
    m_model = new TimelineModel(database, cadreId, this);
    m_view = new RecordTableView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setColumnWidth(TimelineModel::DateColumn, 150);
    m_view->setColumnWidth(TimelineModel::KindColumn, 150);
    m_view->setColumnWidth(TimelineModel::DetailColumn, 170);

    auto *title = new QLabel(tr("Everything in the dossier"), this);
    DossierStyle::makeHeading(title);
    m_count = new QLabel(this);
    DossierStyle::makeQuiet(m_count);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("timelineFilter"));
    m_filter->addItem(tr("All kinds"), QString());
    for (const QString &kind : RecordKinds::timelineKinds())
        m_filter->addItem(RecordKinds::timelineKindLabel(kind), kind);
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_count);
    top->addStretch(1);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    DossierStyle::setPageMargins(this);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setKindFilter(m_filter->currentData().toString());
        m_count->setText(tr("Total %1").arg(m_model->totalCount()));
    });
    connect(m_view, &RecordTableView::openRequested, this, &TimelinePage::openEntry);
}

void TimelinePage::reload()
{
    m_model->reload();
    m_count->setText(tr("Total %1").arg(m_model->totalCount()));
}

void TimelinePage::openEntry(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit recordRequested(index.data(TimelineModel::TableRole).toString(),
                         index.data(TimelineModel::RecordIdRole).toLongLong());
}
