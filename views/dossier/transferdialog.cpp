#include "transferdialog.h"

#include "commands/transfercadrecommand.h"
#include "domain/dataerror.h"
#include "records/recordrepository.h"
#include "records/referencechoices.h"
#include "spreadsheets/unitpaths.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

TransferDialog::TransferDialog(Database &database, qint64 cadreId, QUndoStack *undoStack,
                               QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_cadreId(cadreId)
    , m_undoStack(undoStack)
{
    const QVariantMap cadre = RecordRepository(database).load(QStringLiteral("cadres"), cadreId);
    setWindowTitle(tr("Transfer %1").arg(cadre.value(QStringLiteral("name")).toString()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    const UnitPaths paths(database.connection());
    for (const auto &[id, name] : ReferenceChoices(database, cadreId).units())
        m_unit->addItem(paths.pathOf(id), id);
    m_unit->setCurrentIndex(m_unit->findData(cadre.value(QStringLiteral("unit_id"))));
    m_position = new QLineEdit(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_rank = new QLineEdit(cadre.value(QStringLiteral("rank")).toString(), this);
    m_rank->setObjectName(QStringLiteral("rank"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_topLeader = new QCheckBox(tr("Top leader of the new unit"), this);
    form->addRow(tr("To the unit:"), m_unit);
    form->addRow(tr("As:"), m_position);
    form->addRow(tr("Rank:"), m_rank);
    form->addRow(tr("From:"), m_date);
    form->addRow(QString(), m_topLeader);
    layout->addWidget(
        new QLabel(tr("Now: %1, %2. That post ends the day before the new one begins.")
                       .arg(paths.pathOf(cadre.value(QStringLiteral("unit_id")).toLongLong()),
                            cadre.value(QStringLiteral("position")).toString())));
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void TransferDialog::accept()
{
    TransferCadreCommand::Transfer transfer;
    transfer.cadreId = m_cadreId;
    transfer.unitId = m_unit->currentData().toLongLong();
    transfer.position = m_position->text();
    transfer.rank = m_rank->text();
    transfer.date = m_date->date();
    transfer.topLeader = m_topLeader->isChecked();
    auto command = std::make_unique<TransferCadreCommand>(m_database, transfer);
    try {
        command->execute();
    } catch (const DataError &error) {
        m_message->setText(error.message());
        return;
    }
    if (m_undoStack)
        m_undoStack->push(command.release());
    QDialog::accept();
}
