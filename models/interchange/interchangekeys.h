#pragma once

#include <QHash>
#include <QString>
#include <QVariantList>
#include <optional>
#include <tuple>
#include <vector>

// The problems a check of a file finds: counted, and the first of them told in the order the
// file's parts are described (docs/interchange.md), whatever order the file gives them in.
class InterchangeProblems
{
public:
    // (kind of problem, table, then its place in the table): smaller comes first.
    using Order = std::tuple<int, int, qint64, qint64, QString>;

    void add(const Order &order, const QString &field, const QString &message);
    // Throws a ValidationError with the first problem and how many there are; none, nothing.
    void refuseAny() const;

private:
    std::optional<Order> m_first;
    QString m_field;
    QString m_message;
    qint64 m_count = 0;
};

// The keys of every table of a file and the references between its records, checked from the
// keys alone as the records go by: two records with one key, a reference to no record. Only
// the keys are kept, not the records.
class InterchangeKeys
{
public:
    InterchangeKeys();

    // Record `position` of the table at `tableIndex` (in InterchangeFormat::tables()).
    void add(int tableIndex, int position, const QVariantList &values,
             InterchangeProblems &problems);
    // The table's list has ended: its keys are compared, and references to it can be checked.
    void tableComplete(int tableIndex, InterchangeProblems &problems);
    // The file has ended: the references to records not seen yet are checked.
    void finish(InterchangeProblems &problems);

private:
    struct Reference
    {
        int column;
        int target; // table index
    };
    struct TableKeys
    {
        std::vector<int> keyColumns;
        bool integerKey = true; // else the key text is compared
        std::vector<Reference> references;
        std::vector<qint64> keys;    // keyColumns.size() per keyed record
        std::vector<int> positions;  // the records with a whole key, in file order
        QHash<QString, int> firstOf; // key text → first position, for other keys
        std::vector<qint64> ids;     // sorted, once the table is complete, for "id" keys
        bool complete = false;
    };
    struct Pending
    {
        int table;
        int column;
        int position;
        qint64 value;
        QString key;
    };

    void checkReference(int table, int column, int position, qint64 value, const QString &key,
                        InterchangeProblems &problems) const;
    QString keyText(const TableKeys &keys, size_t at) const;

    std::vector<TableKeys> m_tables;
    std::vector<Pending> m_pending;
};
