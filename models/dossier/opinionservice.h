#pragma once

#include "domain/opinion.h"
#include "domain/rules.h"

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
    const Rules &rules() const { return m_rules; }

private:
    const Database &m_database;
    QSqlDatabase m_db;
    Rules m_rules;
};
