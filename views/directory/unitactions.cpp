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
#include "spreadsheets/unitpaths.h"
#include "storage/database.h"
#include "unittreepanel.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
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
    QMenu menu(m_panel);
    menu.addAction(unitId != 0 ? tr("New Unit Under %1…").arg(index.data().toString())
                               : tr("New Unit…"),
                   this, [this, unitId] { newUnit(unitId); });
    if (unitId != 0) {
        menu.addAction(tr("Edit %1…").arg(index.data().toString()), this,
                       [this, unitId] { editUnit(unitId); });
        menu.addAction(tr("Merge %1 into…").arg(index.data().toString()), this,
                       [this, unitId] { mergeUnit(unitId); });
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
