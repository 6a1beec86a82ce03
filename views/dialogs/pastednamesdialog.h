#pragma once

#include <QDialog>
#include <QList>

class Database;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Cadres from a pasted list — the names or identity numbers of the organization department's
// letter: each found one shown with its unit and post, each name several cadres share offered
// as a choice, each one not found named, so that nobody is added by a guess.
class PastedNamesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PastedNamesDialog(const Database &database, QWidget *parent = nullptr);

    QPlainTextEdit *text() const { return m_text; }
    QTableWidget *results() const { return m_results; }
    QLabel *summary() const { return m_summary; }
    QPushButton *findButton() const { return m_find; }
    // Finds the pasted people again.
    void find();
    // The cadres found, and those chosen where a name meant several, in the order given.
    QList<qint64> chosen() const;

private:
    const Database &m_database;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_find = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_summary = nullptr;
};
