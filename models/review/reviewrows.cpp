#include "reviewrows.h"

#include "domain/dataerror.h"
#include "interchange/interchangeformat.h"
#include "interchange/interchangevalues.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {

const QString kScanContent = QStringLiteral("content");

const InterchangeFormat::Table &describedTable(const QString &name)
{
    const InterchangeFormat::Table *table = InterchangeFormat::table(name);
    if (!table)
        throw DataError(ReviewRows::tr("The case review records are not described."));
    return *table;
}

// Which rows of `table` belong to the cases listed by `cases` ("?, ?"): the case's own, a
// review's proposals, an item of evidence's scans.
QString rowsOfCases(const QString &table, const QString &cases)
{
    if (table == QLatin1String("case_proposals"))
        return QStringLiteral("review_id IN (SELECT id FROM case_reviews WHERE case_id IN (%1))")
            .arg(cases);
    if (table == QLatin1String("attachments"))
        return QStringLiteral("entity = 'case_evidence' AND entity_id IN (SELECT id FROM "
                              "case_evidence WHERE case_id IN (%1))")
            .arg(cases);
    return QStringLiteral("case_id IN (%1)").arg(cases);
}

QJsonValue reviewRowJson(const QVariant &value, const InterchangeFormat::Column &column)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (column.type) {
    case InterchangeFormat::ColumnType::Integer:
        return QJsonValue(value.toLongLong());
    case InterchangeFormat::ColumnType::Real:
        return QJsonValue(value.toDouble());
    case InterchangeFormat::ColumnType::Blob:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

const QStringList &ReviewRows::tables()
{
    static const QStringList names
        = {QStringLiteral("case_reviews"),   QStringLiteral("case_facts"),
           QStringLiteral("case_evidence"),  QStringLiteral("case_statements"),
           QStringLiteral("case_proposals"), QStringLiteral("attachments")};
    return names;
}

QStringList ReviewRows::comparedColumns(const QString &table)
{
    QStringList names;
    for (const InterchangeFormat::Column &column : describedTable(table).columns)
        if (column.name != QLatin1String("id") && column.name != kScanContent)
            names << column.name;
    return names;
}

bool ReviewRows::same(const QVariant &first, const QVariant &second)
{
    const bool firstEmpty = first.isNull() || !first.isValid() || first.toString().isEmpty();
    const bool secondEmpty = second.isNull() || !second.isValid() || second.toString().isEmpty();
    if (firstEmpty || secondEmpty)
        return firstEmpty == secondEmpty;
    if (first.typeId() == QMetaType::QByteArray || second.typeId() == QMetaType::QByteArray)
        return first.toByteArray() == second.toByteArray();
    return first.toString() == second.toString();
}

ReviewRows ReviewRows::read(const QSqlDatabase &db, const QList<qint64> &caseIds, bool withContent)
{
    ReviewRows rows;
    QStringList placeholders;
    QVariantList values;
    for (const qint64 id : caseIds) {
        placeholders << QStringLiteral("?");
        values << id;
    }
    for (const QString &name : tables()) {
        Records &records = rows.m_tables[name];
        if (caseIds.isEmpty())
            continue;
        QStringList columns;
        for (const InterchangeFormat::Column &column : describedTable(name).columns)
            if (withContent || column.name != kScanContent)
                columns << column.name;
        QSqlQuery query
            = Sql::run(db,
                       QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY id")
                           .arg(columns.join(QStringLiteral(", ")), name,
                                rowsOfCases(name, placeholders.join(QStringLiteral(", ")))),
                       values);
        while (query.next()) {
            Row row;
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns.at(i), query.value(i));
            records.insert(row.value(QStringLiteral("id")).toLongLong(), row);
        }
    }
    return rows;
}

QJsonObject ReviewRows::toJson() const
{
    QJsonObject object;
    for (const QString &name : tables()) {
        const InterchangeFormat::Table &table = describedTable(name);
        QJsonArray list;
        for (const Row &row : records(name)) {
            QJsonObject record;
            for (const InterchangeFormat::Column &column : table.columns)
                if (row.contains(column.name))
                    record.insert(column.name, reviewRowJson(row.value(column.name), column));
            list.append(record);
        }
        object.insert(name, list);
    }
    return object;
}

ReviewRows ReviewRows::fromJson(const QJsonObject &object)
{
    const QString broken = tr("The case review records in the package are not readable.");
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!tables().contains(it.key()) || !it.value().isArray())
            throw DataError(broken);
    ReviewRows rows;
    for (const QString &name : tables()) {
        const InterchangeFormat::Table &table = describedTable(name);
        Records &records = rows.m_tables[name];
        for (const QJsonValue &item : object.value(name).toArray()) {
            const QJsonObject record = item.toObject();
            if (!item.isObject() || !record.value(QStringLiteral("id")).isDouble())
                throw DataError(broken);
            Row row;
            for (auto field = record.constBegin(); field != record.constEnd(); ++field) {
                const int index = table.columnIndex(field.key());
                QVariant value;
                QString problem;
                if (index < 0
                    || !InterchangeValues::fromJson(field.value(), table.columns[size_t(index)],
                                                    value, problem))
                    throw DataError(broken);
                row.insert(field.key(), value);
            }
            const qint64 id = row.value(QStringLiteral("id")).toLongLong();
            if (id <= 0 || records.contains(id))
                throw DataError(broken);
            records.insert(id, row);
        }
    }
    return rows;
}

const ReviewRows::Records &ReviewRows::records(const QString &table) const
{
    static const Records none;
    const auto found = m_tables.constFind(table);
    return found == m_tables.constEnd() ? none : *found;
}

ReviewRows::Records &ReviewRows::records(const QString &table)
{
    return m_tables[table];
}

int ReviewRows::count() const
{
    int total = 0;
    for (const Records &records : m_tables)
        total += int(records.size());
    return total;
}
