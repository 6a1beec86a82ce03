#pragma once

#include "records/recordchecks.h"

#include <QDate>
#include <QDialog>
#include <functional>

struct ClueStep;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The next step of a clue's workflow: only the steps the workflow allows from the clue's state
// are offered, each with its date, approval and note, and the outcome when the clue closes.
// The operator is the user at the keyboard.
class ClueStepDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the step; throws DataError (a ValidationError naming the field) to refuse it.
    using Submit = std::function<void(const ClueStep &step)>;

    ClueStepDialog(const QSqlDatabase &db, qint64 clueId, const QString &clueNumber,
                   const QString &state, const QString &operatorName, Submit submit,
                   QWidget *parent = nullptr);

    ClueStep step() const;
    QString errorText() const;
    void accept() override;

private:
    void updateOutcome();

    RecordChecks m_checks;
    qint64 m_clueId = 0;
    QString m_fromState; // the state the dialog showed: a clue moved meanwhile is refused
    Submit m_submit;
    QFormLayout *m_form = nullptr;
    QComboBox *m_nextState = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_approvedBy = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_outcome = nullptr;
    QLabel *m_error = nullptr;
};
