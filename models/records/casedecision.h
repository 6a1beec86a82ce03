#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

class Database;

// From decision to dossier. Recording the decision on a review writes each proposed measure into
// its subject's dossier (a sanction, an organizational handling or an admonition, from the case,
// effective on the decision day, so its impact period follows), closes the case and moves the
// clue it came from to 立案 where it had not got there, all in one transaction with one audit
// entry per record. An appeal (申诉) opens another review of the case and reopens it; the earlier
// review, its proposals and the records they wrote stay. Deciding the appeal's review keeps the
// measures it proposes again, and removes (audited) those of the earlier decision it does not.
class CaseDecision
{
    Q_DECLARE_TR_FUNCTIONS(CaseDecision)

public:
    struct Decision
    {
        qint64 reviewId = 0;
        QDate decided;
        QString decidedBy;
        QString decisionNumber;
    };
    // What the decision did to the dossiers.
    struct Outcome
    {
        int written = 0; // records made
        int kept = 0;    // measures an appeal's review upheld
        int removed = 0; // measures an appeal's review withdrew
    };

    explicit CaseDecision(Database &database);

    // Throws DataError (nothing written) when the review is decided already, has no proposed
    // measure, or the day is before the review was received.
    Outcome record(const Decision &decision);
    // The new review's id. Throws DataError unless the case's last review is decided.
    qint64 openAppeal(qint64 caseId, QDate received);

private:
    Database &m_database;
};
