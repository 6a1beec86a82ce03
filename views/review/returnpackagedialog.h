#pragma once

#include "review/returnpackage.h"

#include <QDialog>

class Database;
class PackageFileField;
class QLabel;
class QLineEdit;
class QPushButton;

// Makes the return package (回传包) on a review copy: the case review records as they stand and
// the copy's audit trail, sealed with a passphrase for the commission (asked twice) and signed
// with the signed-in reviewer's own key. Refused on an expired copy, with the models' reason.
class ReturnPackageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReturnPackageDialog(Database &copy, QWidget *parent = nullptr);

    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *repeatField() const { return m_repeat; }
    PackageFileField *fileField() const { return m_file; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *makeButton() const { return m_make; }
    bool isMade() const { return m_made; }
    const ReturnPackage::Result &result() const { return m_result; }

    // Makes the package; once made, closes the dialog.
    void accept() override;

private:
    Database &m_database;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    PackageFileField *m_file = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_make = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_made = false;
    ReturnPackage::Result m_result;
};
