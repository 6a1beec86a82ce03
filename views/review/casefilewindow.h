#pragma once

#include "domain/casefile.h"

#include <QDialog>

class Database;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;
class ReviewCopyBanner;

// The case file (案卷) of one case in the window, for the trial-review office: the case and its
// reviews, and for each subject the facts with the articles they violate, the evidence with its
// scans, what the subject said, and the proposed measures with the checks of case review under
// each; the procedure timeline with its deadlines; and the decision, which writes the measures
// into the dossiers, and an appeal, which opens the review again. Every edit is an undoable
// command on the window's undo stack; the decision is one transaction of its own. On a review
// copy the copy's mark stands above the case, and once the copy has expired nothing is written.
class CaseFileWindow : public QDialog
{
    Q_OBJECT

public:
    CaseFileWindow(Database &database, QUndoStack *undoStack, qint64 caseId,
                   QWidget *parent = nullptr);

    const CaseFile &caseFile() const { return m_file; }
    // Reads the case file again and shows it, keeping the subject shown.
    void reload();
    void selectSubject(qint64 cadreId);

    // The actions of the buttons, for the keys and the tests.
    void addRecord(const QString &table);
    void editReview();
    void sendToReview();
    void recordDecision();
    void recordAppeal();
    void attachToEvidence(const QString &path);
    void viewAttachment();

signals:
    // The decision or an appeal wrote to the dossiers outside the undo stack.
    void recordsWritten();
    // A paper of case review (ReviewPapers::Paper) to preview and print, or to export.
    void printRequested(qint64 caseId, int paper, qint64 cadreId);
    void exportRequested(qint64 caseId, int paper, qint64 cadreId);
    // The case is to be sent for review on a stand-alone PC.
    void offlineReviewRequested(qint64 caseId);

private:
    // On a review copy that has expired: says why nothing may be written, and true.
    bool refusesWrites();
    qint64 currentSubject() const;
    QTreeWidget *tableView(const QString &table) const;
    // The record of `table` chosen in its list, 0 when none.
    qint64 currentRecord(const QString &table) const;
    void showSubject();
    void fillFacts(const CaseFile::Subject &subject);
    void fillEvidence(const CaseFile::Subject &subject);
    void fillStatements(const CaseFile::Subject &subject);
    void fillProposals(const CaseFile::Subject &subject);
    void fillProcedure();
    void editCurrent(const QString &table);
    void deleteCurrent(const QString &table);
    QWidget *recordTab(const QString &table, QTreeWidget *view, const QStringList &headers);
    void updateButtons();
    void fillPrintMenu();

    Database &m_database;
    QUndoStack *m_undoStack;
    qint64 m_caseId;
    CaseFile m_file;
    QLabel *m_header = nullptr;
    QListWidget *m_subjects = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_facts = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QTreeWidget *m_statements = nullptr;
    QTreeWidget *m_proposals = nullptr;
    QTreeWidget *m_procedure = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_decision = nullptr;
    QPushButton *m_appeal = nullptr;
    QPushButton *m_print = nullptr;
    QMenu *m_printMenu = nullptr;
    QPushButton *m_offline = nullptr;
    ReviewCopyBanner *m_copyBanner = nullptr;
};
