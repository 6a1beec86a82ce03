#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <QVector>

#include <algorithm>
#include <functional>

// One row of a spreadsheet as an import would take it, whatever the sheet holds.
struct ImportRow
{
    enum class Action {
        New,     // a record the database does not hold
        Update,  // a record it holds, with fields that differ
        Same,    // a record it holds, nothing different
        Refused, // a row with problems; nothing of the file goes in while one is left
    };
    int row = 0; // as the spreadsheet numbers it
    Action action = Action::Refused;
    QString name;         // who or what the row is about, for the preview
    QStringList changes;  // "Position: 科员 → 副局长"
    QStringList problems; // every one of the row's problems, each naming the column and value
};

// How many rows of a plan take `action`, and every problem of its rows in row order
// ("Row 7, 出生年月 “1972.13”: not a date"): the same for a roster and a ledger.
template<typename Row>
int countRows(const QVector<Row> &rows, ImportRow::Action action)
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const Row &row) { return row.action == action; }));
}

template<typename Row>
QStringList rowProblems(const QVector<Row> &rows)
{
    QStringList all;
    for (const Row &row : rows)
        for (const QString &problem : row.problems)
            all << QCoreApplication::translate("ImportRow", "Row %1: %2").arg(row.row).arg(problem);
    return all;
}

// A header as headers are compared: without spaces, marks or brackets, in lower case.
QString foldedHeader(const QString &header);

// What the file is, and which of its columns an import reads.
struct ImportSource
{
    QString filePath;
    QString sha256;
    QString sheet;
    int headerRow = 0;
    QStringList importedHeaders;
    QStringList ignoredHeaders;
    // The header row as read, and the field each column was taken for (empty: left out).
    QStringList headers;
    QStringList fields;
};

// Told how far an import has got: `done` rows of `total` (0 while the total is not known yet).
// Returning false cancels it: the import throws DataError and nothing is written.
using ImportProgress = std::function<bool(int done, int total)>;
