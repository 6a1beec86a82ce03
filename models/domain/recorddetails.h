#pragma once

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVariantMap>
#include <QVector>

// Rows a record's form edits with it, one per fixed item: the 14 items of a personal-matters
// report (8 family matters, 6 on income and assets) and the checklist of an inspection. Each
// row has a mark chosen from a short list and a free text.
struct DetailKind
{
    using Choice = QPair<QString, QString>; // stored value, label

    QString table;        // personal_matters_items
    QString parentColumn; // report_id
    QString keyColumn;    // item
    QString markColumn;   // reported
    QString textColumn;   // content
    QString title;
    QString keyLabel;
    QString markLabel;
    QString textLabel;
    QVector<Choice> items; // one row each, in order
    QVector<Choice> marks;
    // Every item is stored; otherwise an item left without a mark is not stored at all.
    bool everyItem = false;

    bool isValid() const { return !table.isEmpty(); }
    // The rows as stored for the form's grid: the stored ones, and a blank one (every item) or
    // nothing (a checklist) for the others.
    QVector<QVariantMap> rowsFor(const QVector<QVariantMap> &stored) const;
};

class RecordDetailKinds
{
    Q_DECLARE_TR_FUNCTIONS(RecordDetailKinds)

public:
    // An invalid DetailKind when records of `parentTable` have no details.
    static DetailKind of(const QString &parentTable);
    // The title of one detail row for the change history, e.g. "Personal-matters item".
    static QString title(const QString &table);
    // The label of a detail table's column, e.g. "Result"; empty when unknown.
    static QString fieldLabel(const QString &table, const QString &column);
};
