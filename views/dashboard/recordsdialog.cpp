#include "recordsdialog.h"

#include "domain/recordkinds.h"
#include "statistics/indicatorlabels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

RecordsDialog::RecordsDialog(const QString &title, const QVector<CountedRecord> &records,
                             QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_records(records)
{
    setWindowTitle(title);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Period"), tr("What"), tr("Record"), tr("Cadre"), tr("Unit")});
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const CountedRecord &record = records.at(row);
        const QStringList cells{record.period, IndicatorLabels::label(record.indicator),
                                RecordKinds::title(record.table), record.cadreName,
                                record.unitName};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_records.size() && m_records.at(row).cadreId > 0)
            emit dossierRequested(m_records.at(row).cadreId);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%n record(s); open one to see the cadre's dossier.", nullptr, int(records.size())),
        this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}
