#include "rosterimportdialog.h"

#include "domain/dataerror.h"
#include "spreadsheets/sheetfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString actionText(RosterRow::Action action)
{
    switch (action) {
    case RosterRow::Action::New:
        return RosterImportDialog::tr("New");
    case RosterRow::Action::Update:
        return RosterImportDialog::tr("Update");
    case RosterRow::Action::Same:
        return RosterImportDialog::tr("Same");
    case RosterRow::Action::Refused:
        return RosterImportDialog::tr("Problem");
    }
    return {};
}

} // namespace

RosterImportDialog::RosterImportDialog(Database &database, const SheetFile &file, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_file(file)
{
    setWindowTitle(tr("Import Roster"));
    auto *layout = new QVBoxLayout(this);
    auto *fileLabel = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(file.path())));
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    layout->addWidget(fileLabel);
    m_sheets = new QComboBox;
    m_sheets->setObjectName(QStringLiteral("sheets"));
    for (const QString &name : file.sheetNames())
        m_sheets->addItem(name.isEmpty() ? tr("(the whole file)") : name);
    m_sheets->setVisible(file.sheetNames().size() > 1);
    layout->addWidget(m_sheets);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_units = new QLabel;
    m_units->setObjectName(QStringLiteral("units"));
    m_units->setWordWrap(true);
    layout->addWidget(m_units);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("rows"));
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Name"), tr("What happens"), tr("Changes or problems")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sheets, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int sheet) {
        try {
            showSheet(sheet);
        } catch (const DataError &error) {
            QMessageBox::warning(this, windowTitle(), error.message());
        }
    });
    showSheet(0);
    resize(900, 600);
}

void RosterImportDialog::showSheet(int sheet)
{
    m_plan = RosterImport(m_database).plan(m_file, sheet);
    const int problems = int(m_plan.problems().size());
    QString summary = tr("Headers in row %1. %2 new, %3 to update, %4 the same.")
                          .arg(m_plan.headerRow)
                          .arg(m_plan.count(RosterRow::Action::New))
                          .arg(m_plan.count(RosterRow::Action::Update))
                          .arg(m_plan.count(RosterRow::Action::Same));
    if (problems > 0)
        summary += QLatin1Char(' ')
                   + tr("%n problem(s) to fix in the file first; nothing is imported while one is "
                        "left.",
                        "", problems);
    if (!m_plan.ignoredHeaders.isEmpty())
        summary += QLatin1Char(' ')
                   + tr("Columns left out: %1.").arg(m_plan.ignoredHeaders.join(tr(", ")));
    m_summary->setText(summary);
    m_units->setText(m_plan.newUnits.isEmpty()
                         ? QString()
                         : tr("New units: %1").arg(m_plan.newUnits.join(tr(", "))));
    m_units->setVisible(!m_plan.newUnits.isEmpty());

    m_table->setRowCount(0);
    m_table->setRowCount(int(m_plan.rows.size()));
    int index = 0;
    for (const RosterRow &row : m_plan.rows) {
        // A new cadre shows where it goes; an update its changes; a refused row its problems.
        QString details = row.changes.join(QStringLiteral("; "));
        if (row.action == RosterRow::Action::Refused) {
            details = row.problems.join(QStringLiteral("; "));
        } else if (row.action == RosterRow::Action::New) {
            QStringList place = {row.unitPath};
            place << row.values.value(QStringLiteral("position")).toString();
            place.removeAll(QString());
            details = place.join(QStringLiteral(" · "));
        }
        const QStringList cells
            = {QString::number(row.row), row.name, actionText(row.action), details};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (row.action == RosterRow::Action::Refused)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(index, column, item);
        }
        ++index;
    }
    m_table->resizeColumnsToContents();
    const bool anything
        = m_plan.count(RosterRow::Action::New) > 0 || m_plan.count(RosterRow::Action::Update) > 0;
    m_import->setEnabled(problems == 0 && anything);
}

void RosterImportDialog::accept()
{
    try {
        RosterImport(m_database).apply(m_plan);
    } catch (const DataError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return;
    }
    QDialog::accept();
}
