#include "interchangereader.h"

#include "jsonduplicates.h"

#include "domain/dataerror.h"
#include "interchangevalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <climits>

using namespace InterchangeFormat;
using namespace InterchangeValues;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Interchange", text);
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

// A header number: a whole JSON number of at least 1.
int headerNumber(const QJsonObject &top, const QString &name)
{
    const QJsonValue value = top.value(name);
    if (value.isUndefined())
        refuse(name,
               notInterchange(
                   QCoreApplication::translate("Interchange", "it has no \"%1\" field").arg(name)));
    const qint64 number = value.toInteger(0);
    if (!value.isDouble() || number != value.toInteger(1) || number < 1 || number > INT_MAX)
        refuse(name,
               QCoreApplication::translate(
                   "Interchange", "The file's \"%1\" must be a whole number from 1 up; it is %2.")
                   .arg(name, shownJson(value)));
    return int(number);
}

QString rowField(const Table &table, int position, const QString &column = {})
{
    QString field = QStringLiteral("%1[%2]").arg(table.name).arg(position);
    if (!column.isEmpty())
        field += QLatin1Char('.') + column;
    return field;
}

} // namespace

int InterchangeRows::positionOfId(qint64 id) const
{
    const int index = table->columnIndex(QStringLiteral("id"));
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].values.value(index).toLongLong() == id)
            return int(i);
    return -1;
}

InterchangeDocument InterchangeReader::read(const QByteArray &json)
{
    m_firstField.clear();
    m_firstMessage.clear();
    m_problems = 0;

    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        refuse({}, tr("The file is not valid JSON: %1 at byte %2.")
                       .arg(error.errorString())
                       .arg(error.offset));
    // A parser keeps the last of a repeated field; the file would say two things at once.
    if (JsonDuplicates::Duplicate twice = JsonDuplicates::first(json); twice.found()) {
        if (twice.path.startsWith(QLatin1String("tables.")))
            twice.path.remove(0, 7);
        refuse(twice.path, tr("The field %1 is given twice in one record (again at byte %2); "
                              "give each field once.")
                               .arg(twice.path)
                               .arg(twice.offset));
    }
    if (!parsed.isObject())
        refuse({}, notInterchange(tr("it is not a JSON object")));
    const QJsonObject top = parsed.object();

    InterchangeDocument document;
    readHeader(top, document);
    const QJsonObject tables = top.value(kTables).toObject();
    for (const QString &name : tables.keys())
        if (!InterchangeFormat::table(name))
            problem(kTables + QLatin1Char('.') + name,
                    tr("The file has an unknown table \"%1\"").arg(name));
    for (const Table &table : InterchangeFormat::tables()) {
        InterchangeRows rows;
        rows.table = &table;
        const auto found = tables.constFind(table.name);
        if (found != tables.constEnd())
            readTable(*found, rows);
        document.tables.push_back(std::move(rows));
    }
    for (const InterchangeRows &rows : document.tables)
        checkKeys(rows);
    checkReferences(document);

    if (m_problems == 1)
        refuse(m_firstField, m_firstMessage);
    if (m_problems > 1)
        refuse(m_firstField,
               tr("%1 (the first of %2 problems in the file)").arg(m_firstMessage).arg(m_problems));
    return document;
}

void InterchangeReader::readHeader(const QJsonObject &top, InterchangeDocument &document) const
{
    const QJsonValue format = top.value(kFormat);
    if (format.isUndefined())
        refuse(kFormat, notInterchange(tr("it has no \"format\" field")));
    if (format.toString() != formatName)
        refuse(kFormat,
               notInterchange(
                   tr("its \"format\" is %1, not \"%2\"").arg(shownJson(format), formatName)));
    document.version = headerNumber(top, kVersion);
    if (document.version > InterchangeFormat::version)
        refuse(kVersion, tr("The file is format version %1, written by a newer Integrity Dossier; "
                            "this version reads format versions up to %2. Please update the "
                            "program.")
                             .arg(document.version)
                             .arg(InterchangeFormat::version));
    document.schemaVersion = headerNumber(top, kSchemaVersion);
    if (!top.value(kTables).isObject())
        refuse(kTables, top.contains(kTables)
                            ? tr("The file's \"tables\" is not an object of tables.")
                            : notInterchange(tr("it has no \"tables\" field")));
    for (const QString &key : top.keys())
        if (key != kFormat && key != kVersion && key != kSchemaVersion && key != kTables)
            refuse(key, tr("The file has an unknown top-level field \"%1\".").arg(key));
}

void InterchangeReader::readTable(const QJsonValue &value, InterchangeRows &rows)
{
    rows.present = true;
    if (!value.isArray()) {
        problem(kTables + QLatin1Char('.') + rows.table->name,
                tr("tables.%1 is not a list of records").arg(rows.table->name));
        return;
    }
    const QJsonArray array = value.toArray();
    rows.rows.reserve(size_t(array.size()));
    for (int i = 0; i < array.size(); ++i)
        readRow(array.at(i), i, rows);
}

void InterchangeReader::readRow(const QJsonValue &value, int position, InterchangeRows &rows)
{
    const Table &table = *rows.table;
    Q_ASSERT(table.columns.size() <= 64);
    InterchangeRows::Row row;
    row.values.resize(qsizetype(table.columns.size()));
    if (!value.isObject()) {
        rows.rows.push_back(std::move(row)); // keeps positions in step with the file
        problem(rowField(table, position),
                tr("%1 is not an object").arg(place(table, position, {})));
        return;
    }
    const QJsonObject object = value.toObject();
    // Found before the key is known, reported with it.
    QList<QPair<QString, QString>> found;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const Column &column = table.columns[c];
        const auto field = object.constFind(column.name);
        if (field == object.constEnd()) {
            if (column.isRequired())
                found.append(
                    {column.name, tr("required field \"%1\" is missing").arg(column.name)});
            continue;
        }
        QVariant converted;
        QString why;
        if (fromJson(*field, column, converted, why)) {
            row.values[qsizetype(c)] = converted;
            row.given |= quint64(1) << c;
        } else {
            found.append({column.name, tr("field \"%1\": %2").arg(column.name, why)});
        }
    }
    for (auto field = object.constBegin(); field != object.constEnd(); ++field) {
        const QString name = field.key();
        if (table.columnIndex(name) >= 0)
            continue;
        found.append({name, table.derivedColumns.contains(name)
                                ? tr("field \"%1\" is computed by the program and not carried in "
                                     "the file; leave it out")
                                      .arg(name)
                                : tr("unknown field \"%1\"").arg(name)});
    }
    if (!found.isEmpty()) {
        const QString where = place(table, position, keyText(table, row.values));
        for (const auto &[name, message] : std::as_const(found))
            problem(rowField(table, position, name), where + QStringLiteral(": ") + message);
    }
    rows.rows.push_back(std::move(row));
}

void InterchangeReader::checkKeys(const InterchangeRows &rows)
{
    QHash<QString, int> firstPosition;
    firstPosition.reserve(qsizetype(rows.rows.size()));
    for (size_t i = 0; i < rows.rows.size(); ++i) {
        const QString key = keyText(*rows.table, rows.rows[i].values);
        if (key.isEmpty())
            continue;
        const auto earlier = firstPosition.constFind(key);
        if (earlier == firstPosition.constEnd()) {
            firstPosition.insert(key, int(i));
            continue;
        }
        problem(rowField(*rows.table, int(i)),
                tr("%1: %2 is used twice (also by %3)")
                    .arg(place(*rows.table, int(i), key), key, place(*rows.table, *earlier, {})));
    }
}

void InterchangeReader::checkReferences(const InterchangeDocument &document)
{
    QHash<QString, QSet<qint64>> ids;
    for (const InterchangeRows &rows : document.tables) {
        if (!rows.table->hasIdKey())
            continue;
        QSet<qint64> &known = ids[rows.table->name];
        known.reserve(qsizetype(rows.rows.size()));
        const int index = rows.table->columnIndex(QStringLiteral("id"));
        for (const InterchangeRows::Row &row : rows.rows)
            if (!row.values.value(index).isNull())
                known.insert(row.values.value(index).toLongLong());
    }
    for (const InterchangeRows &rows : document.tables) {
        const Table &table = *rows.table;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const Column &column = table.columns[c];
            if (column.references.isEmpty())
                continue;
            const QSet<qint64> &known = ids[column.references];
            const QString noun = QCoreApplication::translate(
                "Interchange", InterchangeFormat::table(column.references)->recordNoun);
            for (size_t i = 0; i < rows.rows.size(); ++i) {
                const QVariant value = rows.rows[i].values.value(qsizetype(c));
                if (value.isNull() || known.contains(value.toLongLong()))
                    continue;
                problem(rowField(table, int(i), column.name),
                        tr("%1: %2 %3 refers to no %4")
                            .arg(place(table, int(i), keyText(table, rows.rows[i].values)),
                                 column.name, value.toString(), noun));
            }
        }
    }
}

void InterchangeReader::problem(const QString &field, const QString &message)
{
    if (m_problems++ == 0) {
        m_firstField = field;
        m_firstMessage = message;
    }
}
