#include "interchangereader.h"

#include "interchangechecks.h"
#include "interchangekeys.h"
#include "interchangevalues.h"

#include <QBuffer>
#include <QCoreApplication>
#include <climits>

using namespace InterchangeFormat;
using namespace InterchangeValues;

namespace {

QString tr(const char *text)
{
    return InterchangeFormat::translate(text);
}

const QString kFormat = QStringLiteral("format");
const QString kVersion = QStringLiteral("version");
const QString kSchemaVersion = QStringLiteral("schema_version");
const QString kTables = QStringLiteral("tables");

[[noreturn]] void refuse(const QString &field, const QString &message)
{
    throw ValidationError(field, message);
}

QString notInterchange(const QString &reason)
{
    return QCoreApplication::translate("Interchange",
                                       "The file is not an Integrity Dossier interchange file: %1.")
        .arg(reason);
}

QString rowField(const Table &table, qint64 position, const QString &column = {})
{
    QString field = QStringLiteral("%1[%2]").arg(table.name).arg(position);
    if (!column.isEmpty())
        field += QLatin1Char('.') + column;
    return field;
}

// The problems a record has in itself: (field, message) in column order, then other fields.
QList<QPair<QString, QString>> recordProblems(const InterchangeRecord &record,
                                              InterchangeRows::Row &row)
{
    const Table &table = *record.table;
    Q_ASSERT(table.columns.size() <= 64);
    row.values.resize(qsizetype(table.columns.size()));
    QList<QPair<QString, QString>> found;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const Column &column = table.columns[c];
        const FileValue &field = record.fields[c];
        if (field.isMissing()) {
            if (column.isRequired())
                found.append({column.name, QCoreApplication::translate(
                                               "Interchange", "required field \"%1\" is missing")
                                               .arg(column.name)});
            continue;
        }
        QVariant converted;
        QString why;
        if (fromJson(field, column, converted, why)) {
            row.values[qsizetype(c)] = converted;
            row.given |= quint64(1) << c;
        } else {
            found.append(
                {column.name, QCoreApplication::translate("Interchange", "field \"%1\": %2")
                                  .arg(column.name, why)});
        }
    }
    QStringList others = record.otherFields;
    others.sort(); // reported by name, whatever order the file gives them in
    for (const QString &name : std::as_const(others))
        found.append(
            {name,
             table.derivedColumns.contains(name)
                 ? QCoreApplication::translate(
                       "Interchange", "field \"%1\" is computed by the program and not carried in "
                                      "the file; leave it out")
                       .arg(name)
                 : QCoreApplication::translate("Interchange", "unknown field \"%1\"").arg(name)});
    return found;
}

// Reads the whole file once: every record is checked and converted as it comes, then dropped
// (or kept in the document); keys and references are checked from what InterchangeKeys keeps.
class Reading : public InterchangeParser::Visitor
{
public:
    Reading(InterchangeDocument &document, bool keepRows)
        : m_document(document)
        , m_keepRows(keepRows)
    {
        for (const Table &table : tables()) {
            InterchangeRows rows;
            rows.table = &table;
            m_document.tables.push_back(std::move(rows));
        }
        m_document.rowsKept = keepRows;
    }

    void header(const QString &name, const FileValue &value) override
    {
        if (name == kFormat)
            m_format = value;
        else if (name == kVersion)
            m_version = value;
        else if (name == kSchemaVersion)
            m_schemaVersion = value;
        else if (name == kTables)
            m_tables = value;
        else
            m_otherFields << name;
        // A file of another kind or of a newer version is refused before its tables are read.
        if (name == kTables && !m_format.isMissing()) {
            checkFormat();
            if (!m_version.isMissing())
                checkVersion();
        }
    }

    void tableBegins(const QString &name, const Table *table, bool isList) override
    {
        if (!table) {
            m_problems.add({0, 0, 0, 0, name}, kTables + QLatin1Char('.') + name,
                           tr("The file has an unknown table \"%1\"").arg(name));
            return;
        }
        rowsOf(*table).present = true;
        if (!isList)
            m_problems.add({1, indexOf(*table), -1, 0, {}},
                           kTables + QLatin1Char('.') + table->name,
                           tr("tables.%1 is not a list of records").arg(table->name));
    }

    void record(const InterchangeRecord &record) override
    {
        const Table &table = *record.table;
        const int tableIndex = indexOf(table);
        InterchangeRows &rows = m_document.tables[size_t(tableIndex)];
        ++rows.count;
        InterchangeRows::Row row;
        if (!record.isObject) {
            row.values.resize(qsizetype(table.columns.size()));
            m_problems.add({1, tableIndex, record.position, 0, {}},
                           rowField(table, record.position),
                           tr("%1 is not an object").arg(place(table, record.position, {})));
        } else {
            const auto found = recordProblems(record, row);
            if (!found.isEmpty()) {
                const QString where = place(table, record.position, keyText(table, row.values));
                for (const auto &[name, message] : found) {
                    const int column = table.columnIndex(name);
                    m_problems.add({1, tableIndex, record.position, column >= 0 ? column : INT_MAX,
                                    column >= 0 ? QString() : name},
                                   rowField(table, record.position, name),
                                   where + QStringLiteral(": ") + message);
                }
            }
            m_rules.add(table, record.position, row.values);
        }
        m_keys.add(tableIndex, record.position, row.values, m_problems);
        if (table.hasIdKey())
            rows.ids.push_back(
                row.values.value(table.columnIndex(QStringLiteral("id"))).toLongLong());
        if (m_keepRows)
            rows.rows.push_back(std::move(row));
    }

    void tableEnds(const Table &table, int) override
    {
        m_keys.tableComplete(indexOf(table), m_problems);
    }

    void finish(bool topIsObject)
    {
        if (!topIsObject)
            refuse({}, notInterchange(tr("it is not a JSON object")));
        checkFormat();
        checkVersion();
        m_document.schemaVersion = headerNumber(kSchemaVersion, m_schemaVersion);
        if (m_tables.kind != FileValue::Kind::Object)
            refuse(kTables, !m_tables.isMissing()
                                ? tr("The file's \"tables\" is not an object of tables.")
                                : notInterchange(tr("it has no \"tables\" field")));
        m_otherFields.sort();
        if (!m_otherFields.isEmpty())
            refuse(
                m_otherFields.first(),
                tr("The file has an unknown top-level field \"%1\".").arg(m_otherFields.first()));
        m_keys.finish(m_problems);
        m_problems.refuseAny();
        m_document.brokenRule = m_rules.firstBroken();
    }

private:
    static int indexOf(const Table &table) { return int(&table - tables().data()); }
    InterchangeRows &rowsOf(const Table &table)
    {
        return m_document.tables[size_t(indexOf(table))];
    }

    void checkFormat() const
    {
        if (m_format.isMissing())
            refuse(kFormat, notInterchange(tr("it has no \"format\" field")));
        if (m_format.kind != FileValue::Kind::Text || m_format.text != formatName)
            refuse(
                kFormat,
                notInterchange(
                    tr("its \"format\" is %1, not \"%2\"").arg(shownJson(m_format), formatName)));
    }

    void checkVersion()
    {
        m_document.version = headerNumber(kVersion, m_version);
        if (m_document.version > InterchangeFormat::version)
            refuse(kVersion,
                   tr("The file is format version %1, written by a newer Integrity Dossier; "
                      "this version reads format versions up to %2. Please update the "
                      "program.")
                       .arg(m_document.version)
                       .arg(InterchangeFormat::version));
    }

    // A header number: a whole JSON number of at least 1.
    static int headerNumber(const QString &name, const FileValue &value)
    {
        if (value.isMissing())
            refuse(name, notInterchange(tr("it has no \"%1\" field").arg(name)));
        qint64 number = 0;
        if (!value.wholeNumber(number) || number < 1 || number > INT_MAX)
            refuse(name, tr("The file's \"%1\" must be a whole number from 1 up; it is %2.")
                             .arg(name, shownJson(value)));
        return int(number);
    }

    InterchangeDocument &m_document;
    bool m_keepRows;
    FileValue m_format;
    FileValue m_version;
    FileValue m_schemaVersion;
    FileValue m_tables;
    QStringList m_otherFields;
    InterchangeProblems m_problems;
    InterchangeKeys m_keys;
    InterchangeChecks::Collector m_rules;
};

} // namespace

int InterchangeRows::positionOfId(qint64 id) const
{
    for (size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == id)
            return int(i);
    return -1;
}

QString InterchangeRows::keyAt(int position) const
{
    if (position >= 0 && size_t(position) < rows.size())
        return keyText(*table, rows[size_t(position)].values);
    if (position >= 0 && size_t(position) < ids.size())
        return QStringLiteral("id %1").arg(ids[size_t(position)]);
    return {};
}

InterchangeDocument InterchangeReader::read(QIODevice &device, bool keepRows,
                                            const Progress &progress)
{
    InterchangeDocument document;
    Reading reading(document, keepRows);
    const bool topIsObject = InterchangeParser::parse(device, reading, progress);
    reading.finish(topIsObject);
    return document;
}

InterchangeDocument InterchangeReader::read(const QByteArray &json)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer);
}

bool InterchangeReader::convert(const InterchangeRecord &record, InterchangeRows::Row &row)
{
    return record.isObject && recordProblems(record, row).isEmpty();
}
