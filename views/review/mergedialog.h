#pragma once

#include "review/returnmerge.h"

#include <QDialog>
#include <QVector>

#include <memory>

class Database;
class PackageFileField;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

// Merges a return package (回传包) into the commission's database: the file and its passphrase
// first; everything is checked on opening (ReturnMerge), and a refusal — expired, altered, for
// another commission, merged already, signed by someone else — is shown and changes nothing.
// Then the preview: what the reviewer changed and what this database changed meanwhile, and each
// conflict on its own, with the field, this database's value and the reviewer's, to keep one or
// take the other. Merge is offered once every conflict is decided; the dialog then says what it
// wrote.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(Database &office, QWidget *parent = nullptr);
    ~MergeDialog() override;

    PackageFileField *packageField() const { return m_package; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *mergeButton() const { return m_merge; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *previewLabel() const { return m_about; }
    QListWidget *changeList() const { return m_changes; }
    QLabel *resultLabel() const { return m_result; }
    // The preview, once the package is open; null before.
    const ReturnMerge::Preview *preview() const;
    int conflictCount() const { return int(m_decisions.size()); }
    // Decides conflict `index` as a click on its choice would.
    void decide(int index, ReturnMerge::Decision decision);
    bool isMerged() const { return m_merged; }

    // Opens and checks the package, and shows its preview.
    void openPackage();
    // Writes the merge with the decisions made.
    void merge();

signals:
    // Records of this database were written outside the undo stack.
    void merged();

private:
    void showPreview();
    QWidget *conflictBox(int index, const ReturnMerge::Conflict &conflict, int count);
    void updateDecided();

    Database &m_database;
    QStackedWidget *m_pages = nullptr;
    PackageFileField *m_package = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_about = nullptr;
    QListWidget *m_changes = nullptr;
    QVBoxLayout *m_conflicts = nullptr;
    QLabel *m_decided = nullptr;
    QPushButton *m_merge = nullptr;
    QLabel *m_result = nullptr;
    QVector<QButtonGroup *> m_choices;
    QVector<ReturnMerge::Decision> m_decisions;
    std::unique_ptr<ReturnMerge> m_returnMerge;
    bool m_merged = false;
};
