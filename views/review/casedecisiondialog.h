#pragma once

#include <QDate>
#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

// Asks for the decision on a review (the day, who decided, the decision number), or for the day
// an appeal was received. OK runs `submit`; a refusal stays in the dialog with its message.
class CaseDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Decision, Appeal };
    struct Values
    {
        QDate day;
        QString decidedBy;
        QString decisionNumber;
    };
    using Submit = std::function<void(const Values &)>;

    CaseDecisionDialog(Kind kind, const QString &summary, Submit submit, QWidget *parent = nullptr);

    void setValues(const Values &values);
    Values values() const;
    QString errorText() const;
    void accept() override;

private:
    Submit m_submit;
    QDateEdit *m_day = nullptr;
    QLineEdit *m_decidedBy = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_error = nullptr;
};
