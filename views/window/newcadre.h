#pragma once

#include <QCoreApplication>

class Database;
class QUndoStack;
class QWidget;

// Adding cadres from the window: the cadre's record form, filled with a suggested dossier
// number and the unit picked in the unit tree, written as an undoable edit.
class NewCadre
{
    Q_DECLARE_TR_FUNCTIONS(NewCadre)

public:
    // Returns the new cadre's id, or 0 when the form was cancelled.
    static qint64 create(QWidget *parent, Database &database, QUndoStack *undoStack, qint64 unitId);
    // A new database has no units yet: asks for the name of the county at the top of the tree
    // and adds it, so that cadres have a unit to belong to.
    static void addFirstUnit(QWidget *parent, Database &database);
};
