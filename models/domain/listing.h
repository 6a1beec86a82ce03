#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// One column of a dossier section's list: its header, and how its raw value is shown.
struct ListColumn
{
    enum class Format {
        Text,
        Date,
        Vocabulary, // a key of `vocabulary`, shown by its label
        Boolean,
        Number,
        ClueState,
        OpinionCategory,
        FileSize,
    };
    QString header;
    Format format = Format::Text;
    QString vocabulary;
};

// What one dossier section lists: the SQL that reads its rows for one cadre (every `?` in
// `from` takes the cadre's id), one expression per column, and the default order. The
// statements are fixed in the record-kind registry; only the cadre, paging and sort column are
// bound or numbered.
struct RecordListing
{
    QString table; // the table the listed ids belong to
    QString idExpression;
    QString from;
    QStringList expressions;
    QVector<ListColumn> columns;
    QString order;
    // Rows where this SQL condition holds are shown as alerts (overdue, say); may be empty.
    QString alertCondition;

    bool isValid() const { return !table.isEmpty(); }
    int cadreParameters() const { return from.count(QLatin1Char('?')); }
};
