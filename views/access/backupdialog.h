#pragma once

#include <QDialog>

class Database;
class QCheckBox;
class QLabel;
class QLineEdit;

// "Back Up Now…": a verified copy of the open database to a file the administrator names, for
// a disk or a removable drive; encrypted with a passphrase (given twice) when it leaves the PC.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(const Database &database, QWidget *parent = nullptr);

    QLineEdit *fileField() const { return m_file; }
    QCheckBox *encryptBox() const { return m_encrypt; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }
    // The automatic backups: how many, where, and the room they take.
    QLabel *automaticLabel() const { return m_automatic; }
    // The file made, once the dialog was accepted.
    QString madeFile() const { return m_made; }

    void accept() override;

private:
    void browse();
    void updateFields();

    const Database &m_database;
    QLineEdit *m_file = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_automatic = nullptr;
    QString m_made;
};
