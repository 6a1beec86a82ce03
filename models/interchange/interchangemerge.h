#pragma once

#include "domain/dataerror.h"
#include "spreadsheets/importreceipt.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

class Database;
struct InterchangeDocument;

// What merging a file did, or would do, to each table.
struct MergeCounts
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 same = 0;
};

struct MergeReport
{
    QString filePath;
    QString fileSha256;
    std::vector<std::pair<QString, MergeCounts>> tables; // in the file's order
    qint64 clueSteps = 0;                                // steps taken along clues' workflows
    // Every row the database would refuse, each naming the record (and the field) and why.
    QStringList problems;
    ImportReceipt receipt;

    MergeCounts total() const;
    // "cadres: 2 new, 1 updated, 37 same; talks: 12 new" — the tables with rows.
    QString tableCounts() const;
    QJsonObject auditRecord() const;
};

// A merge refused for the problems it lists, each naming the record and why; nothing written.
class MergeRefused : public ValidationError
{
public:
    MergeRefused(const QString &message, const QStringList &problems)
        : ValidationError(QString(), message)
        , m_problems(problems)
    {}
    QStringList problems() const { return m_problems; }

private:
    QStringList m_problems;
};

// Merges an interchange file into a database that already holds dossiers, the way a roster or
// a ledger comes in: each unit is found by its place in the tree, each cadre by identity
// number (then name and birth date, then name and unit), each record by its cadre and the
// fields that tell it apart (its number, where it has one), a subject or an attendance by
// both ends, an attachment by its owner and checksum. What is found is *same* or *updated*
// field by field; the rest is new, with ids of this database. Every record goes through the
// repository and the forms' checks, a clue's steps through its workflow; one audit entry per
// record and one for the merge naming the file's SHA-256; all or nothing, undoable as a whole.
// The database keeps its own settings and rules.
class InterchangeMerge
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeMerge)

public:
    explicit InterchangeMerge(Database &database);

    // Tries the whole merge in a transaction that is then taken back, and lists every problem.
    MergeReport plan(const InterchangeDocument &document, const QString &filePath,
                     const QString &fileSha256);
    // Merges for good; throws MergeRefused with every problem when there are any, and then
    // changes nothing.
    MergeReport apply(const InterchangeDocument &document, const QString &filePath,
                      const QString &fileSha256);

private:
    MergeReport run(const InterchangeDocument &document, const QString &filePath,
                    const QString &fileSha256, bool trial);

    Database &m_database;
};
