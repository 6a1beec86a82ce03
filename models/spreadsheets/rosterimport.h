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

// One row of a roster as it would go in.
struct RosterRow : ImportRow
{
    qint64 cadreId = 0; // the matched cadre, for Update and Same
    // The cadre's fields as they will be written (no unit_id: see unitPath), only the changed
    // ones for an update.
    QVariantMap values;
    QString unitPath;      // the unit as written, or matched ("清河县/城关镇")
    QString positionSince; // YYYY-MM-DD: a post-held entry from then, when given
};

// What an import would do, shown before anything is written.
struct RosterPlan : ImportSource
{
    QVector<RosterRow> rows;
    QStringList newUnits; // paths of the units the import makes, parents first

    int count(RosterRow::Action action) const;
    // "Row 7, 出生年月 “1972.13”: not a date" — every problem of the file, in row order.
    QStringList problems() const;
    bool hasProblems() const { return !problems().isEmpty(); }
};

// The roster import: every row read as a person would write it, matched to the cadre it names
// (identity number first, then name and birth date, then name and unit; never a guess between
// several), checked, and shown as new, update or same with every problem at once. Applying it
// writes everything in one transaction — units, cadres and their posts, each audited, and one
// entry for the import naming the file's SHA-256 — or nothing.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    explicit RosterImport(Database &database);

    // Reads sheet `sheet` of the file; `headerRow` 0 finds the header row itself. Throws
    // DataError when the file cannot be read or has no roster header.
    // `chosen` maps headers to fields (see RosterColumns) before what is recognised.
    RosterPlan plan(const SheetFile &file, int sheet = 0, int headerRow = 0,
                    const QHash<QString, QString> &chosen = {}) const;
    // Writes the plan; throws DataError, and changes nothing, when it has problems or a write is
    // refused (the row named).
    // The receipt takes it back as a whole (ImportUndo).
    ImportReceipt apply(const RosterPlan &plan) const;

    // Called every few hundred rows while a plan is read and tried, and while it is written.
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }

private:
    // Throws DataError when the user cancelled.
    void report(int done, int total) const;

    Database &m_database;
    ImportProgress m_progress;
};
