#pragma once

#include <QDialog>
#include <QList>

class Database;
class PrintController;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// An integrity-opinion batch from the window: the organization department's request and the
// cadres it names, answered as of a date and stored; then each answer with the facts behind
// it, a sentence adjusted where the officer must (with the reason, recorded with the officer's
// name), and the reply letter previewed, printed or exported.
class OpinionBatchDialog : public QDialog
{
    Q_OBJECT

public:
    OpinionBatchDialog(Database &database, PrintController *printing, const QList<qint64> &cadreIds,
                       QWidget *parent = nullptr);

    QList<qint64> cadreIds() const { return m_cadreIds; }
    void addCadre(qint64 cadreId);
    // The stored batch, 0 until the cadres were answered.
    qint64 batchId() const { return m_batchId; }

    QLineEdit *requester() const { return m_requester; }
    QComboBox *purpose() const { return m_purpose; }
    QTableWidget *answers() const { return m_answers; }

    // Stores the batch; false (with a message) when the request is incomplete.
    bool answer();
    // Replaces the sentence of the answer in `row`; false (nothing changed) without a reason.
    bool adjust(int row, const QString &wording, const QString &reason);

private:
    void pickCadre();
    void removeSelected();
    void showAnswers();
    void showReasons();
    void askAdjustment();
    qint64 answerIdAt(int row) const;

    Database &m_database;
    PrintController *m_printing;
    QList<qint64> m_cadreIds;
    qint64 m_batchId = 0;

    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_requester = nullptr;
    QLineEdit *m_requestNumber = nullptr;
    QDateEdit *m_requestDate = nullptr;
    QComboBox *m_purpose = nullptr;
    QDateEdit *m_asOf = nullptr;
    QListWidget *m_cadres = nullptr;
    QLabel *m_problem = nullptr;
    QTableWidget *m_answers = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QPushButton *m_adjust = nullptr;
};
