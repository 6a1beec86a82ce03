#pragma once

#include <QCoreApplication>
#include <QVariantMap>
#include <QVector>
#include <functional>

class Database;
class QUndoStack;
class QWidget;
class RecordForm;

// Edits the records of one cadre's dossier: opens the record forms (new ones filled with the
// cadre, its unit and the case a decision most likely came from), asks before deleting, and
// runs every change as an undoable command.
class RecordEditor
{
    Q_DECLARE_TR_FUNCTIONS(RecordEditor)

public:
    RecordEditor(Database &database, qint64 cadreId, QUndoStack *undoStack);

    Database &database() const { return *m_database; }
    qint64 cadreId() const { return m_cadreId; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Opens the form for a new record; it closes itself once the record is written.
    RecordForm *openNew(QWidget *parent, const QString &table) const;
    // The same, with values given beforehand: the case of a fact, the review of a proposal.
    // Those no field of the form shows are written as given.
    RecordForm *openNew(QWidget *parent, const QString &table, const QVariantMap &preset) const;
    RecordForm *openEdit(QWidget *parent, const QString &table, qint64 id) const;
    // Asks, then deletes; true when the record was deleted.
    bool confirmAndDelete(QWidget *parent, const QString &table, qint64 id) const;
    // Opens the next-step dialog of a clue.
    void openClueStep(QWidget *parent, qint64 clueId) const;

private:
    RecordForm *openNewForm(QWidget *parent, const QString &table,
                            const QVariantMap &preset = {}) const;
    RecordForm *openEditForm(QWidget *parent, const QString &table, qint64 id) const;
    void openClueStepDialog(QWidget *parent, qint64 clueId) const;
    QVariantMap newRecordValues(const QString &table) const;
    RecordForm *
    open(QWidget *parent, const QString &table, const QVariantMap &values, bool creating,
         std::function<void(const QVariantMap &, const QVector<QVariantMap> &)> submit) const;

    Database *m_database;
    qint64 m_cadreId;
    QUndoStack *m_undoStack;
};
