#pragma once

#include "domain/opinion.h"
#include "domain/rules.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

class Database;

// Answers "what is this cadre's integrity-opinion category on this day?" from the database:
// gathers the facts as they stood on that day, then applies decideOpinion.
class OpinionService
{
public:
    explicit OpinionService(const Database &database);

    OpinionFacts facts(qint64 cadreId, QDate asOf) const;
    OpinionResult decide(qint64 cadreId, QDate asOf) const;
    // The same for many cadres, read in a few statements for all of them (a batch of
    // requests): each cadre's dossier must be open to the account, as for one.
    QHash<qint64, OpinionFacts> facts(const QList<qint64> &cadreIds, QDate asOf) const;
    QHash<qint64, OpinionResult> decide(const QList<qint64> &cadreIds, QDate asOf) const;
    const Rules &rules() const { return m_rules; }

private:
    void readFacts(const QList<qint64> &cadreIds, QDate asOf,
                   QHash<qint64, OpinionFacts> &all) const;

    const Database &m_database;
    QSqlDatabase m_db;
    Rules m_rules;
};
