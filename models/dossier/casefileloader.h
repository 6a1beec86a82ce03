#pragma once

#include "domain/casefile.h"
#include "domain/reviewdeadlines.h"
#include "domain/rules.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class Database;

// Reads one case file (案卷) for the trial-review office and works out the checks beside each
// proposed measure: the range its articles allow, earlier measures, the period and the opinion
// that would follow, the four forms, and for a party member who is a public official whether
// the party and the government measure go together. Reading a case file reads every subject's
// dossier: an account barred from any of them (its own, a relative's) or whose units leave one
// out is refused the whole case, and the look is recorded for each subject.
class CaseFileLoader
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileLoader)

public:
    explicit CaseFileLoader(const Database &database);

    // Throws DataError when there is no such case, AccessError when the account may not read it.
    // `asOf` stands for the decision day while the case is not decided (today when invalid).
    CaseFile load(qint64 caseId, QDate asOf = {}) const;
    // The working days the commission allows for each step (settings).
    static ReviewDeadlineDays deadlineDays(const QSqlDatabase &db);
    const Rules &rules() const { return m_rules; }

    // The cases the account may read whole, those under review first, then the open ones:
    // (case id, "number · where it stands · summary").
    QVector<QPair<qint64, QString>> cases() const;

private:
    void loadReviews(CaseFile &file) const;
    void loadSubjects(CaseFile &file) const;
    void loadFacts(CaseFile &file) const;
    void loadEvidence(CaseFile &file) const;
    void loadStatements(CaseFile &file) const;
    void loadProposals(CaseFile &file) const;
    void check(CaseFile &file, CaseFile::Subject &subject, QDate asOf) const;

    const Database &m_database;
    QSqlDatabase m_db;
    QVector<Article> m_articles;
    Rules m_rules;
};
