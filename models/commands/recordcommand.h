#pragma once

#include <QUndoCommand>

class Database;
class RecordRepository;

// An undoable change to dossier records, carried out through RecordRepository so that every
// step, undo and redo included, is one transaction with its audit entry. The first run happens
// before the command is pushed, so a refusal reaches the caller and nothing is pushed.
class RecordCommand : public QUndoCommand
{
public:
    // Runs the change for the first time; throws DataError when the repository refuses it.
    void execute();
    void redo() final;
    void undo() final;

protected:
    RecordCommand(Database &database, const QString &text);

    virtual void apply() = 0;
    virtual void revert() = 0;

    Database &database() const { return m_database; }

private:
    Database &m_database;
    bool m_skipNextRedo = false;
};
