#pragma once

#include "review/reviewpackageexport.h"

#include <QDialog>

class Database;
class PackageFileField;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

// Send for offline review (审理包): the cases to send (the one in front preselected), the
// reviewer's account, the last day the package opens, the passphrase it is sealed with (twice)
// and the file. The models refuse what may not be sent — a reviewer barred by the own-dossier
// rule, an account without its own signing key — and the dialog shows why and stays open.
// Once written, it shows what was sent and the file's SHA-256 in short, to be compared over the
// phone; the passphrase goes to the reviewer by another way than the file.
class ReviewPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewPackageDialog(Database &database, const QList<qint64> &caseIds,
                        QWidget *parent = nullptr);

    QListWidget *caseList() const { return m_cases; }
    QComboBox *reviewerBox() const { return m_reviewer; }
    QDateEdit *expiryEdit() const { return m_expires; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *repeatField() const { return m_repeat; }
    PackageFileField *fileField() const { return m_file; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *sendButton() const { return m_send; }
    bool isSent() const { return m_sent; }
    const ReviewPackageExport::Result &result() const { return m_result; }

    // Sends the package; once sent, closes the dialog.
    void accept() override;

private:
    QList<qint64> chosenCases() const;
    void suggestFile();
    void showSummary(const QStringList &caseNumbers);

    Database &m_database;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_cases = nullptr;
    QComboBox *m_reviewer = nullptr;
    QDateEdit *m_expires = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    PackageFileField *m_file = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_suggested; // the file name suggested last, replaced while the user keeps it
    bool m_sent = false;
    ReviewPackageExport::Result m_result;
};
