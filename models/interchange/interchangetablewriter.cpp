#include "interchangetablewriter.h"

#include "domain/dataerror.h"
#include "domain/tables.h"
#include "interchangevalues.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <QDir>
#include <QFileDevice>
#include <QRegularExpression>
#include <QSqlError>
#include <algorithm>

using namespace InterchangeFormat;
using namespace InterchangeValues;

namespace {

QString tr(const char *text)
{
    return InterchangeFormat::translate(text);
}

QString rowField(const Table &table, int position, const QString &column = {})
{
    QString field = QStringLiteral("%1[%2]").arg(table.name).arg(position);
    if (!column.isEmpty())
        field += QLatin1Char('.') + column;
    return field;
}

// "'male', 'female'" from a CHECK constraint → "male, female".
QString allowedValues(const QString &list)
{
    QStringList values;
    for (QString value : list.split(QLatin1Char(','))) {
        value = value.trimmed();
        if (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))
            && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        values << (value.isEmpty() ? QStringLiteral("\"\"") : value);
    }
    return values.join(QStringLiteral(", "));
}

bool isOwnSetting(const QString &key)
{
    return key == QLatin1String("database_id") || key == QLatin1String("seal_file");
}

} // namespace

InterchangeTableWriter::InterchangeTableWriter(const Database &database, const Table &table)
    : m_database(database)
    , m_table(table)
    , m_settings(table.name == QLatin1String("settings"))
{
    const Tables::Table *kept = Tables::find(table.name);
    m_counted = kept && kept->countsChanges;
}

void InterchangeTableWriter::replaceDefaults() const
{
    // A database's own identity and seal file stay its own, whatever the file says.
    const QSqlQuery removed = Sql::run(
        m_database.connection(),
        QStringLiteral("DELETE FROM \"%1\"%2")
            .arg(m_table.name, m_settings ? QStringLiteral(" WHERE key NOT IN ('database_id', "
                                                           "'seal_file')")
                                          : QString()));
    if (m_counted)
        m_changed += std::max(0, removed.numRowsAffected());
}

void InterchangeTableWriter::write(int position, const InterchangeRows::Row &row)
{
    const Table &table = m_table;
    if (m_settings
        && isOwnSetting(row.values.value(table.columnIndex(QStringLiteral("key"))).toString()))
        return;
    auto statement = m_statements.find(row.given);
    if (statement == m_statements.end()) {
        QStringList names;
        QStringList placeholders;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            if (row.given & (quint64(1) << c)) {
                names << QLatin1Char('"') + table.columns[c].name + QLatin1Char('"');
                placeholders << QStringLiteral("?");
            }
        }
        statement = m_statements.insert(
            row.given, Sql::prepare(m_database.connection(),
                                    QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                        .arg(table.name, names.join(QStringLiteral(", ")),
                                             placeholders.join(QStringLiteral(", ")))));
    }
    QSqlQuery &query = *statement;
    int placeholder = 0;
    for (size_t c = 0; c < table.columns.size(); ++c)
        if (row.given & (quint64(1) << c))
            query.bindValue(placeholder++, row.values.at(qsizetype(c)));
    if (!query.exec())
        refuseRow(position, row.values, query.lastError().databaseText());
    if (m_counted)
        ++m_changed;
}

void InterchangeTableWriter::refuseRow(int position, const QVariantList &values,
                                       const QString &error) const
{
    const Table &table = m_table;
    const QString where = place(table, position, keyText(table, values));
    const auto valueOf = [&](const QString &column) {
        return values.value(table.columnIndex(column));
    };
    const QString check = QStringLiteral("CHECK constraint failed: ");
    const QString unique = QStringLiteral("UNIQUE constraint failed: ");
    const QString notNull = QStringLiteral("NOT NULL constraint failed: ");

    if (error.startsWith(check)) {
        const QString rule = error.mid(check.size()).simplified();
        static const QRegularExpression inList(QStringLiteral("\\b(\\w+)\\s+IN\\s*\\(([^)]*)\\)"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression literal(QStringLiteral("'[^']*'"));
        QList<QRegularExpressionMatch> lists;
        for (auto match = inList.globalMatch(rule); match.hasNext();)
            lists << match.next();
        if (lists.size() == 1 && table.columnIndex(lists.first().captured(1)) >= 0) {
            const QString column = lists.first().captured(1);
            throw ValidationError(rowField(table, position, column),
                                  tr("%1: field \"%2\": %3 is not one of %4")
                                      .arg(where, column, shown(valueOf(column)),
                                           allowedValues(lists.first().captured(2))));
        }
        QString bare = rule;
        bare.remove(literal);
        QStringList involved;
        QString firstColumn;
        for (const Column &column : table.columns) {
            if (!QRegularExpression(QStringLiteral("\\b%1\\b").arg(column.name))
                     .match(bare)
                     .hasMatch())
                continue;
            if (firstColumn.isEmpty())
                firstColumn = column.name;
            involved << QStringLiteral("\"%1\" (%2)").arg(column.name, shown(valueOf(column.name)));
        }
        throw ValidationError(
            rowField(table, position, firstColumn),
            tr("%1: %2 break the rule: %3")
                .arg(where,
                     involved.isEmpty() ? tr("the fields")
                                        : tr("fields %1").arg(involved.join(QStringLiteral(", "))),
                     rule));
    }
    if (error.startsWith(unique)) {
        QStringList columns;
        QStringList involved;
        for (const QString &qualified : error.mid(unique.size()).split(QStringLiteral(", "))) {
            const QString column = qualified.section(QLatin1Char('.'), -1);
            columns << column;
            involved << QStringLiteral("\"%1\" %2").arg(column, shown(valueOf(column)));
        }
        const QString field = rowField(table, position, columns.first());
        if (columns.size() == 1)
            throw ValidationError(field,
                                  tr("%1: field \"%2\": %3 is already used by another %4")
                                      .arg(where, columns.first(), shown(valueOf(columns.first())),
                                           InterchangeFormat::recordNoun(table.name)));
        throw ValidationError(field, tr("%1: fields %2 together are already used by another %3")
                                         .arg(where, involved.join(QStringLiteral(", ")),
                                              InterchangeFormat::recordNoun(table.name)));
    }
    if (error.startsWith(notNull)) {
        const QString column = error.mid(notNull.size()).section(QLatin1Char('.'), -1);
        throw ValidationError(rowField(table, position, column),
                              tr("%1: field \"%2\" may not be null").arg(where, column));
    }
    throw ValidationError(rowField(table, position),
                          tr("%1: the database refused the record: %2").arg(where, error));
}

InterchangeStreamWriter::InterchangeStreamWriter(const Database &database,
                                                 const InterchangeDocument &checked,
                                                 const Progress &progress)
    : m_database(database)
    , m_checked(checked)
    , m_progress(progress)
    , m_written(checked.tables.size(), false)
{
    for (const InterchangeRows &rows : checked.tables)
        m_total += rows.count;
}

void InterchangeStreamWriter::writeAll(QIODevice &device)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(&device))
        m_fileName = QDir::toNativeSeparators(file->fileName());
    const qint64 start = device.pos();
    while (nextTable() >= 0) {
        const int before = nextTable();
        if (!device.seek(start))
            fileChanged();
        InterchangeParser::parse(device, *this);
        if (nextTable() == before)
            fileChanged(); // the table the check saw is not there any more
    }
}

int InterchangeStreamWriter::nextTable() const
{
    for (size_t i = 0; i < m_checked.tables.size(); ++i)
        if (m_checked.tables[i].present && !m_written[i])
            return int(i);
    return -1;
}

void InterchangeStreamWriter::closeWriter()
{
    if (m_writer)
        m_changed += m_writer->changed();
    m_writer.reset();
}

void InterchangeStreamWriter::tableBegins(const QString &, const Table *table, bool isList)
{
    closeWriter();
    if (!table || !isList || int(table - tables().data()) != nextTable())
        return; // another pass writes it, after the tables before it
    m_writer = std::make_unique<InterchangeTableWriter>(m_database, *table);
    if (table->replacesDefaults)
        m_writer->replaceDefaults();
}

void InterchangeStreamWriter::record(const InterchangeRecord &record)
{
    if (!m_writer)
        return;
    InterchangeRows::Row row;
    if (!InterchangeReader::convert(record, row))
        fileChanged();
    m_writer->write(record.position, row);
    if (m_progress && (++m_done % 4096 == 0 || m_done == m_total))
        m_progress(m_done, m_total);
}

void InterchangeStreamWriter::tableEnds(const Table &table, int records)
{
    if (!m_writer)
        return;
    closeWriter();
    const size_t index = size_t(&table - tables().data());
    if (records != m_checked.tables[index].count)
        fileChanged();
    m_written[index] = true;
}

void InterchangeStreamWriter::fileChanged() const
{
    if (m_fileName.isEmpty())
        throw DataError(tr("The file changed while it was imported; nothing was imported."));
    throw DataError(tr("%1 changed while it was imported; nothing was imported.").arg(m_fileName));
}
