#include "mainwindow.h"

#include "items/cadredirectorymodel.h"
#include "storage/database.h"

#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("Integrity Dossier"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search by name, pinyin initials, unit or position (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_model = new CadreDirectoryModel(m_database->connection(), this);
    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CadreDirectoryModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    setCentralWidget(central);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    resize(1100, 700);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::applySearch()
{
    CadreFilter filter = m_model->filter();
    filter.text = m_search->text();
    m_model->setFilter(filter);
    updateStatus();
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(tr("%1 — %n cadre(s)", nullptr, m_model->totalCount())
                                 .arg(QDir::toNativeSeparators(m_database->path())));
}
