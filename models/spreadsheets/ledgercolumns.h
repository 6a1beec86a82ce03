#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// The columns of a work line's ledger (台账) for one record kind of the registry, and how their
// headers are written. A column holds one of the kind's form fields (its column name, such as
// "talk_date"), or one of these:
//   cadre.name, cadre.id_number, cadre.unit, cadre.unit_and_position, cadre.birth_date
//       — the cadre a row is about (the dossier's cadre, a clue's subject, an attendee);
//   inspection.unit, inspection.date, inspection.kind — the inspection a rectification or a
//       notice came from;
//   clue.disposition, clue.closure, clue.outcome, clue.disposition_date, clue.closed_date
//       — how far a problem clue has gone (处置方式, 办结情况 …).
class LedgerColumns
{
    Q_DECLARE_TR_FUNCTIONS(LedgerColumns)

public:
    // The kinds a ledger can fill: every kind of the registry with a form, apart from units
    // and cadres (the unit tree and the roster have their own import).
    static QStringList kinds();
    static bool canImport(const QString &table);

    // Every column a ledger of `table` can hold, in form order, owner columns first.
    static QStringList fields(const QString &table);
    static QString fieldLabel(const QString &table, const QString &field);
    // The column a header names for `table`, or empty.
    static QString fieldOfHeader(const QString &table, const QString &header);
    // The field a user's mapping names: a field key or its label in either language.
    static QString fieldOfName(const QString &table, const QString &name);
    // The header a workbook of `table` gives a field: its Chinese label, as ledgers write it.
    static QString chineseHeader(const QString &table, const QString &field);

    struct Mapping
    {
        int headerRow = 0; // from 1; 0 when none was found
        QStringList headers;
        QStringList fields; // one per header, empty where not imported

        int columnOf(const QString &field) const { return fields.indexOf(field); }
        QStringList ignoredHeaders() const;
    };
    // The header row among the sheet's first rows: the first naming at least two of the kind's
    // columns, one of them more than who the row is about. `chosen` (header → field, empty for
    // "leave out") goes before what is recognised.
    static Mapping detect(const QString &table, const QVector<QPair<int, QStringList>> &firstRows,
                          const QHash<QString, QString> &chosen = {});
    // What a sheet most likely holds, from its first rows: "cadres" for a roster, or the kind
    // of ledger whose own columns it names most; empty when it names none.
    static QString guessKind(const QVector<QPair<int, QStringList>> &firstRows);
    // Headers folded for comparison: no spaces, marks or brackets, lower case.
    static QString folded(const QString &header);
};
