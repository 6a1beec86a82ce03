#pragma once

#include <QObject>
#include <QUndoCommand>

class Database;
class RecordRepository;

// Where an undo or redo the records refused is told. A step that would overwrite a colleague's
// later change, or that the records no longer allow, is dropped from the stack, never forced: the
// window says so.
class CommandRefusals : public QObject
{
    Q_OBJECT

public:
    static CommandRefusals &instance();

signals:
    void refused(const QString &message);
};

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
