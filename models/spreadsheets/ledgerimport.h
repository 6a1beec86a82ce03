#pragma once

#include "importreceipt.h"
#include "importrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

class Database;
class SheetFile;

// One row of a ledger as it would go in.
struct LedgerRow : ImportRow
{
    // The record the row is matched to (Update, Same); 0 for a new one.
    qint64 recordId = 0;
    // For a record several rows share (a clue with two subjects, an attendance sheet): the
    // spreadsheet row that writes the record; 0 when this row does.
    int recordRow = 0;
    // The record's fields to write: all of them for a new record, the changed ones for an
    // update, none for a row that only adds a subject.
    QVariantMap values;
    qint64 cadreId = 0;      // the cadre the row names, if it names one
    bool linksCadre = false; // the cadre is to be made a subject (attendee) of the record
    QStringList clueSteps;   // the states a clue moves through, in order
    QStringList stepDates;   // YYYY-MM-DD, one per step
    QString outcome;         // the subjects' outcome when the clue is concluded
};

// What a ledger import would do, shown before anything is written.
struct LedgerPlan : ImportSource
{
    QString table; // the record kind
    QVector<LedgerRow> rows;

    int count(ImportRow::Action action) const;
    // "Row 7, 谈话时间 “2024.13”: not a date" — every problem of the file, in row order.
    QStringList problems() const;
};

// A work line's ledger (谈话台账, 问题线索台账, 处分台账, 组织处理台账, 监督检查与整改台账,
// 警示教育签到表 …) for any record kind of the registry. Each row is read as a person writes
// it, names a cadre of the directory (never a guess between several), and is matched to the
// record it describes, so that a second import of the same ledger changes nothing. Every row is
// tried through the same repository, checks and domain rules as the forms — inside a
// transaction that is then taken back — so that the preview lists every problem at once.
// Applying writes everything in one transaction, each record audited, with one entry for the
// import naming the file's SHA-256; the receipt undoes it as a whole.
class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)

public:
    explicit LedgerImport(Database &database);

    // `chosen` maps headers to fields (see LedgerColumns), before what is recognised; an
    // empty field leaves the column out. Throws DataError when the file cannot be read or has
    // no header row for the kind.
    LedgerPlan plan(const SheetFile &file, const QString &table, int sheet = 0, int headerRow = 0,
                    const QHash<QString, QString> &chosen = {}) const;
    // Throws DataError, and changes nothing, when the plan has problems or a write is refused.
    ImportReceipt apply(const LedgerPlan &plan) const;

    // Called every few hundred rows while a plan is read and tried, and while it is written.
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

private:
    // Writes the plan's rows. With `problems`, each refusal is added to its row there and the
    // writing goes on; without, the first refusal is thrown.
    ImportReceipt write(const LedgerPlan &plan, QHash<int, QStringList> *problems) const;

    // Throws DataError when the user cancelled.
    void report(int done, int total) const;

    Database &m_database;
    ImportProgress m_progress;
};
