#include "pastednamesdialog.h"

#include "directory/namelist.h"
#include "records/referencechoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PastedNamesDialog::PastedNamesDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Add Cadres from a List"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Paste the names or identity numbers, one per line or "
                                    "separated by commas:")));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("text"));
    layout->addWidget(m_text);
    m_find = new QPushButton(tr("&Find"));
    m_find->setObjectName(QStringLiteral("findButton"));
    layout->addWidget(m_find, 0, Qt::AlignLeft);
    m_results = new QTableWidget(0, 2);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setHorizontalHeaderLabels({tr("As given"), tr("Cadre")});
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_results, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setObjectName(QStringLiteral("addButton"));
    // Nobody is added before the list was looked up and the choices could be made.
    add->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_find, &QPushButton::clicked, this, [this, add] {
        find();
        add->setEnabled(m_results->rowCount() > 0);
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this, add] {
        m_results->setRowCount(0);
        m_summary->clear();
        add->setEnabled(false);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
}

void PastedNamesDialog::find()
{
    const QVector<NameListEntry> entries = NameList::resolve(m_database, m_text->toPlainText());
    const ReferenceChoices labels(m_database, 0);
    m_results->setRowCount(0);
    m_results->setRowCount(int(entries.size()));
    int found = 0, choose = 0, missing = 0;
    for (int row = 0; row < entries.size(); ++row) {
        const NameListEntry &entry = entries.at(row);
        m_results->setItem(row, 0, new QTableWidgetItem(entry.written));
        if (entry.candidates.size() == 1) {
            auto *item = new QTableWidgetItem(labels.cadreLabel(entry.candidates.first()));
            item->setData(Qt::UserRole, entry.candidates.first());
            m_results->setItem(row, 1, item);
            ++found;
        } else if (entry.candidates.isEmpty()) {
            auto *item = new QTableWidgetItem(tr("Not found"));
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_results->setItem(row, 1, item);
            ++missing;
        } else {
            auto *box = new QComboBox;
            box->addItem(
                tr("%n cadre(s) of this name: choose one", "", int(entry.candidates.size())),
                QVariant());
            for (const qint64 id : entry.candidates)
                box->addItem(labels.cadreLabel(id), id);
            m_results->setCellWidget(row, 1, box);
            ++choose;
        }
    }
    m_results->resizeColumnsToContents();
    m_summary->setText(tr("%1 found, %2 to choose among several of one name, %3 not found.")
                           .arg(found)
                           .arg(choose)
                           .arg(missing));
}

QList<qint64> PastedNamesDialog::chosen() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_results->rowCount(); ++row) {
        qint64 id = 0;
        if (auto *box = qobject_cast<QComboBox *>(m_results->cellWidget(row, 1)))
            id = box->currentData().toLongLong();
        else if (const QTableWidgetItem *item = m_results->item(row, 1))
            id = item->data(Qt::UserRole).toLongLong();
        if (id != 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}
