#pragma once

#include <QDialog>

class Database;
class QCheckBox;
class QLabel;
class QLineEdit;

// "Restore from Backup…": the backup to put in place of the open database, its passphrase when
// it is encrypted, and whether it may come from another database. An unencrypted backup is
// checked in full before the dialog closes; the restore itself (MainWindow::restoreBackup)
// checks everything again, and changes nothing unless all of it holds.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const Database &database, QWidget *parent = nullptr);

    QLineEdit *fileField() const { return m_file; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QCheckBox *otherDatabaseBox() const { return m_otherDatabase; }
    QLabel *messageLabel() const { return m_message; }

    QString backupPath() const;
    QString passphrase() const;
    bool otherDatabase() const;

    void accept() override;

private:
    void browse();
    void updateFields();

    const Database &m_database;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QCheckBox *m_otherDatabase = nullptr;
    QLabel *m_message = nullptr;
};
