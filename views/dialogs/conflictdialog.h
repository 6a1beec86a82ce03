#pragma once

#include <QDialog>
#include <QVariantMap>

class ConflictError;
class QPushButton;
class QTableWidget;

// A save refused because a colleague changed (or deleted) the same record after it was opened:
// the two versions side by side, field by field — what this save would have written and what
// is saved now, by whom and when — with the fields that differ marked. Nothing is lost: the
// user saves the changes over the colleague's, drops them, or goes back to the form.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice {
        Back,      // back to the form, the changes kept there
        SaveMine,  // the fields this user changed are written over the saved record
        TakeTheirs // the changes are dropped; the saved record stands
    };

    // `loaded` is the record as the form opened it: a field the colleague changed is shown
    // even where this user left it alone.
    ConflictDialog(const ConflictError &conflict, const QVariantMap &loaded,
                   QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }
    QPushButton *saveMineButton() const { return m_saveMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *backButton() const { return m_back; }

    // Shows the dialog and returns the choice.
    static Choice ask(QWidget *parent, const ConflictError &conflict, const QVariantMap &loaded);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Back;
    QTableWidget *m_table = nullptr;
    QPushButton *m_saveMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_back = nullptr;
};
