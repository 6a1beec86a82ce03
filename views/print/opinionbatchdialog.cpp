#include "opinionbatchdialog.h"

#include "dialogs/modelexport.h"

#include "dialogs/pastednamesdialog.h"

#include "printcontroller.h"

#include "dialogs/cadrepickerdialog.h"
#include "domain/dataerror.h"
#include "domain/opinion.h"
#include "records/referencechoices.h"
#include "reports/opinionbatch.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit(QDate::currentDate());
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

OpinionBatchDialog::OpinionBatchDialog(Database &database, PrintController *printing,
                                       const QList<qint64> &cadreIds, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_printing(printing)
{
    setWindowTitle(tr("Integrity Opinion Reply"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    m_steps = new QStackedWidget;
    layout->addWidget(m_steps);

    // Step one: the request and the cadres it names.
    auto *request = new QWidget;
    auto *form = new QFormLayout(request);
    m_requester = new QLineEdit;
    m_requester->setObjectName(QStringLiteral("requester"));
    m_requester->setPlaceholderText(tr("e.g. 中共××县委组织部"));
    m_requestNumber = new QLineEdit;
    m_requestNumber->setObjectName(QStringLiteral("requestNumber"));
    m_requestDate = dateEdit(QStringLiteral("requestDate"));
    m_purpose = new QComboBox;
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setEditable(true);
    // What organization departments ask for; stored as written, since it prints in the letter.
    m_purpose->addItems({QStringLiteral("干部拟提拔任用"), QStringLiteral("干部交流"),
                         QStringLiteral("职级晋升"), QStringLiteral("评先评优"),
                         QStringLiteral("换届考察")});
    m_asOf = dateEdit(QStringLiteral("asOf"));
    form->addRow(tr("&Requested by:"), m_requester);
    form->addRow(tr("Request &number:"), m_requestNumber);
    form->addRow(tr("Request &date:"), m_requestDate);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Facts &as of:"), m_asOf);
    m_cadres = new QListWidget;
    m_cadres->setObjectName(QStringLiteral("cadres"));
    m_cadres->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *cadreButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Cadre…"));
    auto *paste = new QPushButton(tr("Add from a &List…"));
    paste->setObjectName(QStringLiteral("pasteButton"));
    auto *remove = new QPushButton(tr("Remove"));
    cadreButtons->addWidget(add);
    cadreButtons->addWidget(paste);
    cadreButtons->addWidget(remove);
    cadreButtons->addStretch();
    form->addRow(tr("Cadres:"), m_cadres);
    form->addRow(QString(), cadreButtons);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto *answerButton = new QPushButton(tr("&Answer"));
    answerButton->setObjectName(QStringLiteral("answer"));
    answerButton->setToolTip(tr("Decide each cadre's category as of the date and store the "
                                "batch; it then appears in each dossier."));
    form->addRow(QString(), answerButton);
    m_steps->addWidget(request);

    // Step two: the answers, their facts, adjustments, and the letter.
    auto *review = new QWidget;
    auto *reviewLayout = new QVBoxLayout(review);
    m_answers = new QTableWidget(0, 4);
    m_answers->setObjectName(QStringLiteral("answers"));
    m_answers->setHorizontalHeaderLabels(
        {tr("Name"), tr("Unit and position"), tr("Opinion"), tr("Wording")});
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->horizontalHeader()->setStretchLastSection(true);
    m_answers->verticalHeader()->hide();
    reviewLayout->addWidget(m_answers, 2);
    reviewLayout->addWidget(new QLabel(tr("Facts behind the selected answer:")));
    m_reasons = new QPlainTextEdit;
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setReadOnly(true);
    reviewLayout->addWidget(m_reasons, 1);
    auto *reviewButtons = new QHBoxLayout;
    m_adjust = new QPushButton(tr("Adjust &Wording…"));
    m_adjust->setObjectName(QStringLiteral("adjust"));
    auto *preview = new QPushButton(tr("Pre&view and Print…"));
    preview->setObjectName(QStringLiteral("previewReply"));
    auto *exportButton = new QPushButton(tr("E&xport to PDF…"));
    exportButton->setObjectName(QStringLiteral("exportReply"));
    auto *table = new QPushButton(tr("Export &Table to Excel…"));
    table->setObjectName(QStringLiteral("exportTable"));
    reviewButtons->addWidget(m_adjust);
    reviewButtons->addWidget(table);
    reviewButtons->addStretch();
    reviewButtons->addWidget(preview);
    reviewButtons->addWidget(exportButton);
    reviewLayout->addLayout(reviewButtons);
    m_steps->addWidget(review);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &OpinionBatchDialog::pickCadre);
    connect(paste, &QPushButton::clicked, this, [this] {
        PastedNamesDialog dialog(m_database, this);
        if (dialog.exec() == QDialog::Accepted)
            for (const qint64 id : dialog.chosen())
                addCadre(id);
    });
    connect(remove, &QPushButton::clicked, this, &OpinionBatchDialog::removeSelected);
    connect(answerButton, &QPushButton::clicked, this, &OpinionBatchDialog::answer);
    connect(m_answers, &QTableWidget::itemSelectionChanged, this, &OpinionBatchDialog::showReasons);
    connect(m_adjust, &QPushButton::clicked, this, &OpinionBatchDialog::askAdjustment);
    connect(preview, &QPushButton::clicked, this, [this] { m_printing->previewReply(m_batchId); });
    connect(exportButton, &QPushButton::clicked, this,
            [this] { m_printing->exportReply(m_batchId); });
    connect(table, &QPushButton::clicked, this, [this] {
        exportModelToExcel(this, m_database, *m_answers->model(), tr("Integrity opinions"),
                           QStringLiteral("opinion_batch"));
    });

    for (const qint64 id : cadreIds)
        addCadre(id);
}

void OpinionBatchDialog::addCadre(qint64 cadreId)
{
    if (cadreId <= 0 || m_cadreIds.contains(cadreId))
        return;
    const QString name = ReferenceChoices(m_database, 0).cadreLabel(cadreId);
    if (name.isEmpty())
        return;
    m_cadreIds << cadreId;
    auto *item = new QListWidgetItem(name, m_cadres);
    item->setData(Qt::UserRole, cadreId);
}

void OpinionBatchDialog::pickCadre()
{
    CadrePickerDialog picker(m_database, 0, this);
    if (picker.exec() == QDialog::Accepted)
        addCadre(picker.cadreId());
}

void OpinionBatchDialog::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_cadres->selectedItems();
    for (QListWidgetItem *item : selected) {
        m_cadreIds.removeAll(item->data(Qt::UserRole).toLongLong());
        delete item;
    }
}

bool OpinionBatchDialog::answer()
{
    OpinionRequest request;
    request.requester = m_requester->text();
    request.requestNumber = m_requestNumber->text();
    request.requestDate = m_requestDate->date();
    request.purpose = m_purpose->currentText();
    request.asOf = m_asOf->date();
    request.replyDate = QDate::currentDate();
    try {
        m_batchId = OpinionBatches(m_database).create(request, m_cadreIds);
    } catch (const DataError &error) {
        m_problem->setText(error.message());
        return false;
    }
    m_problem->clear();
    showAnswers();
    m_steps->setCurrentIndex(1);
    return true;
}

void OpinionBatchDialog::showAnswers()
{
    const OpinionBatch batch = OpinionBatches(m_database).load(m_batchId);
    m_answers->setRowCount(int(batch.answers.size()));
    for (int row = 0; row < int(batch.answers.size()); ++row) {
        const OpinionAnswer &answer = batch.answers[size_t(row)];
        auto *name = new QTableWidgetItem(answer.name);
        name->setData(Qt::UserRole, answer.id);
        name->setData(Qt::UserRole + 1, answer.reasons.join(QLatin1Char('\n')));
        m_answers->setItem(row, 0, name);
        m_answers->setItem(row, 1, new QTableWidgetItem(answer.unit + answer.position));
        m_answers->setItem(
            row, 2,
            new QTableWidgetItem(
                tr("%1 — %2").arg(answer.category).arg(opinionCategoryLabel(answer.category))));
        auto *wording = new QTableWidgetItem(answer.wording);
        if (answer.isAdjusted())
            wording->setToolTip(
                tr("Adjusted by %1: %2").arg(answer.adjustedBy, answer.adjustReason));
        m_answers->setItem(row, 3, wording);
    }
    m_answers->resizeColumnsToContents();
    if (m_answers->rowCount() > 0)
        m_answers->selectRow(0);
}

void OpinionBatchDialog::showReasons()
{
    const int row = m_answers->currentRow();
    m_adjust->setEnabled(row >= 0);
    m_reasons->setPlainText(row >= 0 ? m_answers->item(row, 0)->data(Qt::UserRole + 1).toString()
                                     : QString());
}

qint64 OpinionBatchDialog::answerIdAt(int row) const
{
    const QTableWidgetItem *item = m_answers->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool OpinionBatchDialog::adjust(int row, const QString &wording, const QString &reason)
{
    try {
        OpinionBatches(m_database).adjust(answerIdAt(row), wording, reason);
    } catch (const DataError &error) {
        m_reasons->setPlainText(error.message());
        return false;
    }
    showAnswers();
    m_answers->selectRow(row);
    return true;
}

void OpinionBatchDialog::askAdjustment()
{
    const int row = m_answers->currentRow();
    if (row < 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Adjust Wording"));
    auto *form = new QFormLayout(&dialog);
    auto *wording = new QPlainTextEdit(m_answers->item(row, 3)->text());
    auto *reason = new QLineEdit;
    reason->setPlaceholderText(tr("Required: recorded with your name"));
    form->addRow(tr("&Wording:"), wording);
    form->addRow(tr("&Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    form->addRow(buttons);
    connect(reason, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        adjust(row, wording->toPlainText(), reason->text());
}
