#pragma once

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QUndoStack;

// A cadre's transfer to another unit or post (调任): the unit, the post, the rank and the day.
// The post held until then ends the day before, in the position history; one step of the undo
// history. A refusal stays in the dialog with its reason.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(Database &database, qint64 cadreId, QUndoStack *undoStack,
                   QWidget *parent = nullptr);

    QComboBox *unit() const { return m_unit; }
    QLineEdit *position() const { return m_position; }
    QDateEdit *date() const { return m_date; }
    QLabel *message() const { return m_message; }

    void accept() override;

private:
    Database &m_database;
    qint64 m_cadreId = 0;
    QUndoStack *m_undoStack = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_position = nullptr;
    QLineEdit *m_rank = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_topLeader = nullptr;
    QLabel *m_message = nullptr;
};
