#include "recordeditor.h"

#include "access/identitynumbers.h"
#include "commands/recordcommands.h"
#include "dialogs/cluestepdialog.h"
#include "dialogs/confirmdelete.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/recordform.h"
#include "domain/dataerror.h"
#include "domain/recorddetails.h"
#include "domain/recordkinds.h"
#include "records/impactpreview.h"
#include "records/recordrepository.h"
#include "records/referencechoices.h"
#include "storage/database.h"

#include <QDate>
#include <QMessageBox>
#include <memory>

namespace {

bool isBlank(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().isEmpty();
}

// The fields the form changed, so that an unchanged field leaves no trace in the audit trail.
QVariantMap changedFields(const QVariantMap &stored, const QVariantMap &edited)
{
    QVariantMap changed;
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
        const QVariant before = stored.value(it.key());
        const bool same = (isBlank(before) && isBlank(it.value()))
                          || (!isBlank(before) && !isBlank(it.value())
                              && before.toString() == it.value().toString());
        if (!same)
            changed.insert(it.key(), it.value());
    }
    return changed;
}

// The form's detail rows as the command stores them; unset for kinds without details.
RecordDetails detailsOf(const QString &table, const QVector<QVariantMap> &rows)
{
    const DetailKind kind = RecordDetailKinds::of(table);
    if (kind.isValid())
        return {kind.table, kind.parentColumn, kind.keyColumn, rows};
    // A clue's, a case's or an event's cadres are its details too.
    const RecordKind record = RecordKinds::kind(table);
    if (!record.linkTable.isEmpty())
        return {record.linkTable, record.linkColumn, QStringLiteral("cadre_id"), rows};
    return {};
}

bool isDecision(const QString &table)
{
    return table == QLatin1String("sanctions") || table == QLatin1String("organizational_handlings")
           || table == QLatin1String("admonitions");
}

} // namespace

RecordEditor::RecordEditor(Database &database, qint64 cadreId, QUndoStack *undoStack)
    : m_database(&database)
    , m_cadreId(cadreId)
    , m_undoStack(undoStack)
{}

QVariantMap RecordEditor::newRecordValues(const QString &table) const
{
    const ReferenceChoices references(*m_database, m_cadreId);
    QVariantMap values = RecordKinds::defaults(table);
    const RecordKind kind = RecordKinds::kind(table);
    // Whose record it is, for the form's checks (a second sanction in the same case).
    if (!kind.cadreColumn.isEmpty())
        values.insert(kind.cadreColumn, m_cadreId);
    for (const FieldDescription &field : kind.fields) {
        if (field.type == FieldType::UnitReference && field.required)
            values.insert(field.column, references.cadreUnitId());
        if (field.type == FieldType::Date && field.required)
            values.insert(field.column, QDate::currentDate().toString(Qt::ISODate));
    }
    // A sanction or handling most likely comes from the cadre's open (or latest) case.
    if (isDecision(table) && references.likelyCase() != 0)
        values.insert(QStringLiteral("case_id"), references.likelyCase());
    return values;
}

RecordForm *RecordEditor::open(QWidget *parent, const QString &table, const QVariantMap &values,
                               bool creating, RecordForm::Submit submit) const
{
    const ReferenceChoices references(*m_database, m_cadreId);
    auto *form = new RecordForm(RecordKinds::kind(table), m_database->connection(), references,
                                values, creating, std::move(submit), parent);
    const DetailKind details = RecordDetailKinds::of(table);
    if (details.isValid()) {
        const QVector<QVariantMap> stored
            = creating ? QVector<QVariantMap>()
                       : RecordRepository(*m_database)
                             .loadDetails(details.table, details.parentColumn,
                                          values.value(QStringLiteral("id")).toLongLong());
        form->setDetails(details, details.rowsFor(stored));
    }
    const RecordKind kind = RecordKinds::kind(table);
    if (!kind.linkTable.isEmpty()) {
        QVector<QVariantMap> subjects;
        if (creating) {
            QVariantMap own{{QStringLiteral("cadre_id"), m_cadreId}};
            if (kind.linkTable == QLatin1String("case_subjects")) {
                own.insert(QStringLiteral("was_top_leader"), references.cadreIsTopLeader() ? 1 : 0);
                own.insert(QStringLiteral("was_team_member"),
                           references.cadreIsTeamMember() ? 1 : 0);
            }
            subjects.append(own);
        } else {
            subjects = RecordRepository(*m_database)
                           .loadDetails(kind.linkTable, kind.linkColumn,
                                        values.value(QStringLiteral("id")).toLongLong());
        }
        form->setSubjects(kind.linkTable, references, subjects);
    }
    if (isDecision(table)) {
        const ImpactPreview preview(m_database->connection(), m_cadreId);
        const qint64 id = creating ? 0 : values.value(QStringLiteral("id")).toLongLong();
        form->addComputedRow(tr("Impact period"), [preview, table, id](const QVariantMap &edited) {
            return preview.describe(table, edited, id);
        });
    }
    form->setWindowTitle(tr("%1 — %2").arg(form->windowTitle(), references.cadreName()));
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
    return form;
}

RecordForm *RecordEditor::openNewForm(QWidget *parent, const QString &table,
                                      const QVariantMap &preset) const
{
    const RecordKind kind = RecordKinds::kind(table);
    if (!kind.isValid())
        return nullptr;
    // The dossier's cadre: a column of the record, or one of its subjects (set by the form).
    QVariantMap fixed;
    if (!kind.cadreColumn.isEmpty())
        fixed.insert(kind.cadreColumn, m_cadreId);
    QVariantMap values = newRecordValues(table);
    for (auto it = preset.constBegin(); it != preset.constEnd(); ++it) {
        values.insert(it.key(), it.value());
        if (!kind.field(it.key()))
            fixed.insert(it.key(), it.value());
    }
    Database *database = m_database;
    QUndoStack *stack = m_undoStack;
    return open(parent, table, values, true,
                [database, stack, table, fixed](const QVariantMap &values,
                                                const QVector<QVariantMap> &details) {
                    QVariantMap record = RecordKinds::completeForCreate(table, values);
                    for (auto it = fixed.constBegin(); it != fixed.constEnd(); ++it)
                        record.insert(it.key(), it.value());
                    RecordCommands::create(stack, *database, table, record, {},
                                           detailsOf(table, details));
                });
}

RecordForm *RecordEditor::openEditForm(QWidget *parent, const QString &table, qint64 id) const
{
    if (!RecordKinds::kind(table).hasForm())
        return nullptr;
    QVariantMap stored = RecordRepository(*m_database).load(table, id);
    if (stored.isEmpty())
        return nullptr;
    // The version the form changes: a colleague's save in between is not silently overwritten.
    auto version = std::make_shared<QString>(RecordRepository::version(stored));
    // An account that may not see identity numbers sees the form's masked too; an untouched
    // masked number is no change.
    const QString idNumber = QStringLiteral("id_number");
    if (stored.contains(idNumber))
        stored.insert(idNumber, IdentityNumbers::shown(m_database->session(),
                                                       stored.value(idNumber).toString()));
    Database *database = m_database;
    QUndoStack *stack = m_undoStack;
    RecordForm *form
        = open(parent, table, stored, false,
               [database, stack, table, id, stored, version](const QVariantMap &values,
                                                             const QVector<QVariantMap> &details) {
                   const QVariantMap changed = changedFields(stored, values);
                   const RecordDetails rows = detailsOf(table, details);
                   if (!changed.isEmpty() || rows.isSet())
                       RecordCommands::update(stack, *database, table, id, changed, rows, *version);
               });
    form->setConflictHandler([form, stored, version](const ConflictError &conflict) {
        switch (ConflictDialog::ask(form, conflict, stored)) {
        case ConflictDialog::Choice::SaveMine:
            // The fields this user changed go over the saved record; the colleague's others stay.
            *version = RecordRepository::version(conflict.theirs());
            return RecordForm::ConflictOutcome::Retry;
        case ConflictDialog::Choice::TakeTheirs:
            return RecordForm::ConflictOutcome::Close;
        case ConflictDialog::Choice::Back:
            break;
        }
        return RecordForm::ConflictOutcome::Stay;
    });
    return form;
}

bool RecordEditor::confirmAndDelete(QWidget *parent, const QString &table, qint64 id) const
{
    QString consequence;
    if (table == QLatin1String("clues"))
        consequence = tr("The clue goes for every cadre it concerns, with all its steps.");
    else if (table == QLatin1String("cases"))
        consequence = tr("The case goes for every cadre it concerns; sanctions keep their record "
                         "but lose the link to it.");
    else if (table == QLatin1String("warning_education_events"))
        consequence = tr("The event goes for everyone who attended it.");
    if (!confirmDelete(parent, RecordKinds::title(table), consequence))
        return false;
    RecordCommands::remove(m_undoStack, *m_database, table, id);
    return true;
}

void RecordEditor::openClueStepDialog(QWidget *parent, qint64 clueId) const
{
    const QVariantMap clue = RecordRepository(*m_database).load(QStringLiteral("clues"), clueId);
    if (clue.isEmpty())
        return;
    Database *database = m_database;
    QUndoStack *stack = m_undoStack;
    auto *dialog = new ClueStepDialog(
        m_database->connection(), clueId, clue.value(QStringLiteral("number")).toString(),
        clue.value(QStringLiteral("state")).toString(), m_database->actorName(),
        [database, stack](const ClueStep &step) {
            RecordCommands::advanceClue(stack, *database, step);
        },
        parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The public entry points run from buttons and keys: a database that cannot be read becomes a
// message, not an exception through the event loop.
RecordForm *RecordEditor::openNew(QWidget *parent, const QString &table) const
{
    try {
        return openNewForm(parent, table);
    } catch (const DataError &error) {
        QMessageBox::warning(parent, tr("Cannot open the form"), error.message());
        return nullptr;
    }
}

RecordForm *RecordEditor::openNew(QWidget *parent, const QString &table,
                                  const QVariantMap &preset) const
{
    try {
        return openNewForm(parent, table, preset);
    } catch (const DataError &error) {
        QMessageBox::warning(parent, tr("Cannot open the form"), error.message());
        return nullptr;
    }
}

RecordForm *RecordEditor::openEdit(QWidget *parent, const QString &table, qint64 id) const
{
    try {
        return openEditForm(parent, table, id);
    } catch (const DataError &error) {
        QMessageBox::warning(parent, tr("Cannot open the form"), error.message());
        return nullptr;
    }
}

void RecordEditor::openClueStep(QWidget *parent, qint64 clueId) const
{
    try {
        openClueStepDialog(parent, clueId);
    } catch (const DataError &error) {
        QMessageBox::warning(parent, tr("Cannot open the form"), error.message());
    }
}
