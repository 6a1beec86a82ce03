#include "unitactions.h"

#include "access/accesscontroller.h"
#include "commands/mergeunitscommand.h"
#include "commands/recordcommands.h"
#include "dialogs/confirmdelete.h"
#include "dialogs/recordform.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "records/recordrepository.h"
#include "records/referencechoices.h"
#include "spreadsheets/importcommand.h"
#include "spreadsheets/unitpaths.h"
#include "spreadsheets/unittreetext.h"
#include "storage/database.h"
#include "unittreedialog.h"
#include "unittreepanel.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>

UnitActions::UnitActions(UnitTreePanel *panel, QUndoStack *undoStack)
    : QObject(panel)
    , m_panel(panel)
    , m_undoStack(undoStack)
{
    QTreeView *view = panel->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &UnitActions::showMenu);
}

void UnitActions::setDatabase(Database *database)
{
    m_database = database && AccessController::maySave(database) ? database : nullptr;
}

void UnitActions::showMenu(const QPoint &position)
{
    if (!m_database)
        return;
    const QModelIndex index = m_panel->view()->indexAt(position);
    const qint64 unitId = index.data(UnitTreeModel::UnitIdRole).toLongLong();
    const bool retired = index.data(UnitTreeModel::RetiredOnRole).toDate().isValid();
    QMenu menu(m_panel);
    if (!retired)
        menu.addAction(unitId != 0 ? tr("New Unit Under %1…").arg(index.data().toString())
                                   : tr("New Unit…"),
                       this, [this, unitId] { newUnit(unitId); });
    menu.addAction(tr("Enter or Paste Units…"), this, [this] { enterUnits(); });
    if (unitId != 0) {
        menu.addAction(tr("Edit %1…").arg(index.data().toString()), this,
                       [this, unitId] { editUnit(unitId); });
        menu.addAction(tr("Merge %1 into…").arg(index.data().toString()), this,
                       [this, unitId] { mergeUnit(unitId); });
        if (retired)
            menu.addAction(tr("Restore %1").arg(index.data().toString()), this,
                           [this, unitId] { restoreUnit(unitId); });
        else
            menu.addAction(tr("Retire %1…").arg(index.data().toString()), this,
                           [this, unitId] { retireUnit(unitId); });
        menu.addAction(tr("Delete %1…").arg(index.data().toString()), this,
                       [this, unitId] { deleteUnit(unitId); });
    }
    menu.exec(m_panel->view()->viewport()->mapToGlobal(position));
}

RecordForm *UnitActions::newUnit(qint64 parentId)
{
    if (!m_database)
        return nullptr;
    const QString table = QStringLiteral("units");
    QVariantMap values = RecordKinds::defaults(table);
    if (parentId != 0)
        values.insert(QStringLiteral("parent_id"), parentId);
    Database &database = *m_database;
    QUndoStack *stack = m_undoStack;
    auto *form = new RecordForm(
        RecordKinds::kind(table), database.connection(), ReferenceChoices(database, 0), values,
        true,
        [&database, stack, table](const QVariantMap &entered, const QVector<QVariantMap> &) {
            RecordCommands::create(stack, database, table, entered);
        },
        m_panel->window());
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
    return form;
}

int UnitActions::enterUnits()
{
    if (!m_database)
        return 0;
    UnitTreeDialog dialog(*m_database, m_panel->window());
    while (dialog.exec() == QDialog::Accepted) {
        try {
            return enterUnits(dialog.text(), dialog.kinds());
        } catch (const DataError &error) {
            QMessageBox::warning(&dialog, tr("Units Not Made"), error.message());
        }
    }
    return 0;
}

int UnitActions::enterUnits(const QString &text, const QHash<QString, QString> &kinds)
{
    if (!m_database)
        throw DataError(tr("No database is open."));
    Database &database = *m_database;
    // Redone after an undo, the text is read again against the tree as it is then.
    auto command = std::make_unique<ImportCommand>(
        database, tr("Enter Unit Tree"), [&database, text, kinds] {
            return UnitTreeText::apply(database, UnitTreeText::read(database.connection(), text),
                                       kinds);
        });
    command->execute();
    const int made = int(command->receipt().created.size());
    if (made > 0) // every unit was there already: nothing to undo
        m_undoStack->push(command.release());
    return made;
}

RecordForm *UnitActions::editUnit(qint64 unitId)
{
    if (!m_database)
        return nullptr;
    const QString table = QStringLiteral("units");
    Database &database = *m_database;
    const QVariantMap stored = RecordRepository(database).load(table, unitId);
    if (stored.isEmpty())
        return nullptr;
    QUndoStack *stack = m_undoStack;
    auto *form = new RecordForm(
        RecordKinds::kind(table), database.connection(), ReferenceChoices(database, 0), stored,
        false,
        [&database, stack, table, unitId](const QVariantMap &entered,
                                          const QVector<QVariantMap> &) {
            RecordCommands::update(stack, database, table, unitId, entered);
        },
        m_panel->window());
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
    return form;
}

void UnitActions::deleteUnit(qint64 unitId)
{
    if (!m_database)
        return;
    const QString name = RecordRepository(*m_database)
                             .load(QStringLiteral("units"), unitId)
                             .value(QStringLiteral("name"))
                             .toString();
    if (!confirmDelete(m_panel->window(), name))
        return;
    try {
        RecordCommands::remove(m_undoStack, *m_database, QStringLiteral("units"), unitId);
    } catch (const DataError &error) {
        QMessageBox::warning(m_panel->window(), tr("Unit Not Deleted"), error.message());
    }
}

bool UnitActions::retireUnit(qint64 unitId)
{
    if (!m_database)
        return false;
    const QString name = RecordRepository(*m_database)
                             .load(QStringLiteral("units"), unitId)
                             .value(QStringLiteral("name"))
                             .toString();
    QDialog dialog(m_panel->window());
    dialog.setWindowTitle(tr("Retire Unit"));
    auto *layout = new QFormLayout(&dialog);
    auto *explanation = new QLabel(
        tr("%1 is kept with the records that name it, shown as retired in the tree; from the "
           "day it is retired it takes no cadres and no units below it. Transfer its serving "
           "cadres first, or merge it into the unit that takes over its work.")
            .arg(name),
        &dialog);
    explanation->setWordWrap(true);
    layout->addRow(explanation);
    auto *day = new QDateEdit(QDate::currentDate(), &dialog);
    day->setObjectName(QStringLiteral("retiredOn"));
    day->setCalendarPopup(true);
    day->setMaximumDate(QDate::currentDate());
    layout->addRow(tr("Retired on:"), day);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Retire"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    try {
        retire(unitId, day->date());
    } catch (const DataError &error) {
        QMessageBox::warning(m_panel->window(), tr("Unit Not Retired"), error.message());
        return false;
    }
    return true;
}

void UnitActions::restoreUnit(qint64 unitId)
{
    try {
        retire(unitId, QDate());
    } catch (const DataError &error) {
        QMessageBox::warning(m_panel->window(), tr("Unit Not Restored"), error.message());
    }
}

void UnitActions::retire(qint64 unitId, const QDate &day)
{
    if (!m_database)
        throw DataError(tr("No database is open."));
    RecordCommands::update(
        m_undoStack, *m_database, QStringLiteral("units"), unitId,
        {{QStringLiteral("retired_on"), day.isValid() ? QVariant(day.toString(Qt::ISODate))
                                                      : QVariant(QMetaType(QMetaType::QString))}});
}

qint64 UnitActions::mergeUnit(qint64 unitId)
{
    if (!m_database)
        return 0;
    // Every other unit by its path; those below the unit cannot take it over.
    const UnitPaths paths(m_database->connection());
    const QString path = paths.pathOf(unitId);
    QStringList labels;
    QVector<qint64> ids;
    for (const auto &[id, name] : ReferenceChoices(*m_database, 0).units()) {
        const QString other = paths.pathOf(id);
        if (id == unitId || other.startsWith(path + QLatin1Char('/')))
            continue;
        labels << other;
        ids << id;
    }
    bool chosen = false;
    const QString into = QInputDialog::getItem(
        m_panel->window(), tr("Merge Units"),
        tr("%1 and everything in it — its cadres, the units under it, its inspections and "
           "records — go to:")
            .arg(path),
        labels, 0, false, &chosen);
    if (!chosen || into.isEmpty())
        return 0;
    const qint64 intoId = ids.value(int(labels.indexOf(into)));
    try {
        merge(unitId, intoId);
    } catch (const DataError &error) {
        QMessageBox::warning(m_panel->window(), tr("Units Not Merged"), error.message());
        return 0;
    }
    return intoId;
}

void UnitActions::merge(qint64 unitId, qint64 intoUnitId)
{
    if (!m_database)
        throw DataError(tr("No database is open."));
    auto command = std::make_unique<MergeUnitsCommand>(*m_database, unitId, intoUnitId);
    command->execute();
    m_undoStack->push(command.release());
}
