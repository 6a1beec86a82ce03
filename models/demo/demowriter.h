#pragma once

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <vector>

// Writes the demo rows: one statement per table, prepared once and reused with bound values.
// Rows of tables with an id column get consecutive ids from 1 (the database starts empty), so
// the generator knows every id before it inserts, and the same seed gives the same ids.
class DemoWriter
{
public:
    enum Table {
        Units,
        Cadres,
        CadreSearch,
        Positions,
        Relatives,
        PersonalMattersReports,
        PersonalMattersItems,
        Talks,
        Inspections,
        InspectionItems,
        Notices,
        Findings,
        Clues,
        ClueSubjects,
        ClueSteps,
        Cases,
        CaseSubjects,
        Sanctions,
        OrganizationalHandlings,
        Admonitions,
        DutyReports,
        SelfExaminationMaterials,
        WarningEducationEvents,
        WarningEducationAttendance,
        PowerListItems,
        OpinionBatches,
        OpinionAnswers,
        Attachments,
        CaseReviews,
        CaseFacts,
        CaseEvidence,
        CaseStatements,
        CaseProposals,
        TableCount
    };

    explicit DemoWriter(const QSqlDatabase &db);

    // The values in the table's column order, without the id; returns the new row's id (0 for
    // tables without one).
    qint64 insert(Table table, std::initializer_list<QVariant> values);
    // The id the next row of an id table will get.
    qint64 nextId(Table table) const { return m_counts[size_t(table)] + 1; }
    qint64 count(Table table) const { return m_counts[size_t(table)]; }
    // Rows per table name, and the records among them: every row except the search index.
    QMap<QString, qint64> counts() const;
    qint64 records() const;

    static QString tableName(Table table);
    static QVariant null();
    // ISO text, or NULL for an invalid date.
    static QVariant day(QDate date);

private:
    std::vector<QSqlQuery> m_statements;
    std::vector<qint64> m_counts;
};
