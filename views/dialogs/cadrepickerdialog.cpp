#include "cadrepickerdialog.h"

#include "items/cadredirectorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CadrePickerDialog::CadrePickerDialog(const Database &database, qint64 excludedCadreId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_model(new CadreDirectoryModel(database, this))
    , m_excluded(excludedCadreId)
{
    setObjectName(QStringLiteral("cadrePicker"));
    setWindowTitle(tr("Choose a cadre"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("cadrePickerSearch"));
    m_search->setPlaceholderText(tr("Name, pinyin initials, unit or position"));
    m_search->setClearButtonEnabled(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cadrePickerView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column = CadreDirectoryModel::PositionColumn + 1; column < m_model->columnCount();
         ++column)
        m_view->hideColumn(column);
    m_view->setColumnWidth(CadreDirectoryModel::NameColumn, 110);
    m_view->setColumnWidth(CadreDirectoryModel::UnitColumn, 220);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CadrePickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CadrePickerDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &CadrePickerDialog::search);
    connect(m_view, &QTableView::doubleClicked, this, &CadrePickerDialog::accept);
    // Enter in the search box picks the first cadre found (OK is the default button), so the
    // keyboard alone picks a cadre.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->selectRow(0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(620, 420);
    m_search->setFocus();
}

void CadrePickerDialog::search(const QString &text)
{
    CadreFilter filter;
    filter.text = text;
    m_model->setFilter(filter);
}

void CadrePickerDialog::accept()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->cadreId(current);
    if (id == m_excluded)
        return; // a cadre is never their own relative
    m_cadreId = id;
    QDialog::accept();
}
