#pragma once

#include <QDialog>

#include <memory>

class Database;
class PackageFileField;
class QLabel;
class QLineEdit;

// Opens a review package on the reviewer's computer: the package file (what it says of itself
// is shown before the passphrase is asked), its passphrase, the new database file the review
// copy is kept in (the documents folder suggested), and the reviewer's own account name and
// password, as at the commission. The copy is made and signed in to (ReviewCopy::open); any
// refusal — a wrong passphrase or password, an altered or expired package — is shown in the
// dialog and leaves no file behind. Needs no database open.
class OpenPackageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenPackageDialog(QWidget *parent = nullptr);
    ~OpenPackageDialog() override;

    PackageFileField *packageField() const { return m_package; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    PackageFileField *copyField() const { return m_copy; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *packageLabel() const { return m_about; }
    QLabel *messageLabel() const { return m_message; }

    // The review copy, signed in, once the dialog was accepted.
    std::unique_ptr<Database> takeDatabase();

    void accept() override;

private:
    void readPackage(const QString &path);

    PackageFileField *m_package = nullptr;
    QLineEdit *m_passphrase = nullptr;
    PackageFileField *m_copy = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_about = nullptr;
    QLabel *m_message = nullptr;
    QString m_suggested;
    std::unique_ptr<Database> m_database;
};
