#include "interchangekeys.h"

#include "domain/dataerror.h"
#include "interchangeformat.h"
#include "interchangevalues.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

using namespace InterchangeFormat;

namespace {

QString trKeys(const char *text)
{
    return InterchangeFormat::translate(text);
}

int keysTableIndex(const QString &name)
{
    const Table *found = table(name);
    return found ? int(found - tables().data()) : -1;
}

} // namespace

void InterchangeProblems::add(const Order &order, const QString &field, const QString &message)
{
    ++m_count;
    if (!m_first || order < *m_first) {
        m_first = order;
        m_field = field;
        m_message = message;
    }
}

void InterchangeProblems::refuseAny() const
{
    if (m_count == 1)
        throw ValidationError(m_field, m_message);
    if (m_count > 1)
        throw ValidationError(
            m_field,
            trKeys("%1 (the first of %2 problems in the file)").arg(m_message).arg(m_count));
}

InterchangeKeys::InterchangeKeys()
{
    for (const Table &table : tables()) {
        TableKeys keys;
        for (const QString &name : table.primaryKey) {
            const int column = table.columnIndex(name);
            keys.keyColumns.push_back(column);
            if (table.columns[size_t(column)].type != ColumnType::Integer)
                keys.integerKey = false;
        }
        for (size_t c = 0; c < table.columns.size(); ++c)
            if (!table.columns[c].references.isEmpty())
                keys.references.push_back({int(c), keysTableIndex(table.columns[c].references)});
        m_tables.push_back(std::move(keys));
    }
}

void InterchangeKeys::add(int tableIndex, int position, const QVariantList &values,
                          InterchangeProblems &problems)
{
    const Table &table = tables()[size_t(tableIndex)];
    TableKeys &keys = m_tables[size_t(tableIndex)];
    const QString key = InterchangeValues::keyText(table, values);
    if (!key.isEmpty()) {
        if (keys.integerKey) {
            for (int column : keys.keyColumns)
                keys.keys.push_back(values.at(column).toLongLong());
            keys.positions.push_back(position);
        } else {
            const auto earlier = keys.firstOf.constFind(key);
            if (earlier == keys.firstOf.constEnd())
                keys.firstOf.insert(key, position);
            else
                problems.add({2, tableIndex, position, 0, {}},
                             QStringLiteral("%1[%2]").arg(table.name).arg(position),
                             trKeys("%1: %2 is used twice (also by %3)")
                                 .arg(InterchangeValues::place(table, position, key), key,
                                      InterchangeValues::place(table, *earlier, {})));
        }
    }
    for (const Reference &reference : keys.references) {
        const QVariant value = values.value(reference.column);
        if (!value.isValid() || value.isNull())
            continue;
        if (reference.target >= 0 && !m_tables[size_t(reference.target)].complete)
            m_pending.push_back({tableIndex, reference.column, position, value.toLongLong(), key});
        else
            checkReference(tableIndex, reference.column, position, value.toLongLong(), key,
                           problems);
    }
}

void InterchangeKeys::tableComplete(int tableIndex, InterchangeProblems &problems)
{
    const Table &table = tables()[size_t(tableIndex)];
    TableKeys &keys = m_tables[size_t(tableIndex)];
    keys.complete = true;
    if (!keys.integerKey)
        return;
    const size_t width = keys.keyColumns.size();
    std::vector<size_t> order(keys.positions.size());
    std::iota(order.begin(), order.end(), size_t(0));
    const auto keyOf = [&](size_t at) {
        return keys.keys.begin() + qsizetype(at * width);
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return std::lexicographical_compare(keyOf(a), keyOf(a) + qsizetype(width), keyOf(b),
                                            keyOf(b) + qsizetype(width));
    });
    // In each run of one key, the first in the file keeps it.
    size_t first = 0;
    for (size_t i = 1; i < order.size(); ++i) {
        if (!std::equal(keyOf(order[i]), keyOf(order[i]) + qsizetype(width), keyOf(order[first]))) {
            first = i;
            continue;
        }
        const int position = keys.positions[order[i]];
        const QString key = keyText(keys, order[i]);
        problems.add({2, tableIndex, position, 0, {}},
                     QStringLiteral("%1[%2]").arg(table.name).arg(position),
                     trKeys("%1: %2 is used twice (also by %3)")
                         .arg(InterchangeValues::place(table, position, key), key,
                              InterchangeValues::place(table, keys.positions[order[first]], {})));
    }
    if (table.hasIdKey()) {
        keys.ids = keys.keys;
        std::sort(keys.ids.begin(), keys.ids.end());
        keys.ids.erase(std::unique(keys.ids.begin(), keys.ids.end()), keys.ids.end());
    }
    keys.keys = {};
    keys.positions = {};
}

void InterchangeKeys::finish(InterchangeProblems &problems)
{
    for (TableKeys &keys : m_tables)
        keys.complete = true;
    for (const Pending &pending : m_pending)
        checkReference(pending.table, pending.column, pending.position, pending.value, pending.key,
                       problems);
    m_pending = {};
}

void InterchangeKeys::checkReference(int tableIndex, int column, int position, qint64 value,
                                     const QString &key, InterchangeProblems &problems) const
{
    const Table &table = tables()[size_t(tableIndex)];
    const Column &described = table.columns[size_t(column)];
    const int target = keysTableIndex(described.references);
    if (target >= 0) {
        const std::vector<qint64> &ids = m_tables[size_t(target)].ids;
        if (std::binary_search(ids.begin(), ids.end(), value))
            return;
    }
    const Table *referenced = InterchangeFormat::table(described.references);
    const QString noun = referenced
                             ? QCoreApplication::translate("Interchange", referenced->recordNoun)
                             : described.references;
    problems.add({3, tableIndex, column, position, {}},
                 QStringLiteral("%1[%2].%3").arg(table.name).arg(position).arg(described.name),
                 trKeys("%1: %2 %3 refers to no %4")
                     .arg(InterchangeValues::place(table, position, key), described.name,
                          QString::number(value), noun));
}

QString InterchangeKeys::keyText(const TableKeys &keys, size_t at) const
{
    const Table &table = tables()[size_t(&keys - m_tables.data())];
    QStringList parts;
    for (size_t k = 0; k < keys.keyColumns.size(); ++k)
        parts << table.columns[size_t(keys.keyColumns[k])].name + QLatin1Char(' ')
                     + QString::number(keys.keys[at * keys.keyColumns.size() + k]);
    return parts.join(QStringLiteral(", "));
}
