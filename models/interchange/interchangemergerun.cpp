// A merge's records, units and links: how each row of the file is found in the database, and
// written new or changed through the repository.

#include "interchangemergerun.h"
#include "access/access.h"
#include "directory/dossiernumber.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "interchangevalues.h"
#include "records/recordsnapshot.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDate>
#include <QSqlQuery>

using namespace InterchangeFormat;
using InterchangeValues::keyText;
using InterchangeValues::place;
using InterchangeValues::shown;

namespace InterchangeMerging {

QString text(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

QString joined(const QVariantMap &values, const QStringList &columns)
{
    QStringList parts;
    for (const QString &column : columns)
        parts << text(values.value(column));
    return parts.join(QChar(0x1f));
}

// The columns of the table's first unique key, if it has one: a cadre's report for a year.
QStringList uniqueColumns(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery indexes = Sql::run(db,
                                 QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE "
                                                "\"unique\" = 1 AND origin = 'u' ORDER BY seq"),
                                 {table});
    while (indexes.next()) {
        QStringList columns;
        QSqlQuery info
            = Sql::run(db, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"),
                       {indexes.value(0)});
        while (info.next())
            columns << info.value(0).toString();
        if (!columns.isEmpty())
            return columns;
    }
    return {};
}

// The columns that tell one record of `table` from another, beside its id: its unique key
// where it has one (two records with the same cannot both be kept), else what tells the
// records of one cadre apart.
QStringList matchColumns(const QSqlDatabase &db, const Table &table)
{
    const QString &name = table.name;
    if (name == QLatin1String("units"))
        return {QStringLiteral("parent_id"), QStringLiteral("name")};
    if (const QStringList unique = uniqueColumns(db, name); !unique.isEmpty())
        return unique;
    if (name == QLatin1String("inspection_items"))
        return {QStringLiteral("inspection_id"), QStringLiteral("item")};
    if (name == QLatin1String("opinion_answers"))
        return {QStringLiteral("batch_id"), QStringLiteral("cadre_id")};
    if (name == QLatin1String("attachments"))
        return {QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("sha256")};
    const RecordKind kind = RecordKinds::kind(name);
    QStringList columns;
    if (kind.isValid() && kind.hasForm()) {
        if (!kind.cadreColumn.isEmpty())
            columns << kind.cadreColumn;
        columns << RecordKinds::identityFields(kind);
        return columns;
    }
    // A record no form edits (an opinion batch): all it must have.
    for (const Column &column : table.columns)
        if (column.isRequired() && column.name != QLatin1String("id")
            && column.type != Stored::Type::Blob)
            columns << column.name;
    return columns;
}

// Fields two copies of one record may differ in without being different: when each database
// made it, the numbering of its own dossiers, and a clue's state, which only its steps move. An
// attachment's content is told by its checksum, which the file's checks hold to it.
bool compared(const Table &table, const Column &column)
{
    if (column.name == QLatin1String("id") || column.type == Stored::Type::Timestamp
        || column.type == Stored::Type::Blob || table.derivedColumns.contains(column.name))
        return false;
    if (table.name == QLatin1String("cadres"))
        return column.name != QLatin1String("dossier_number");
    if (table.name == QLatin1String("clues"))
        return !QStringList{QStringLiteral("state"), QStringLiteral("disposition"),
                            QStringLiteral("updated_date")}
                    .contains(column.name);
    return true;
}

// One merge, from the first table to the audit entry.

MergeCounts &MergeRun::counts(const QString &table)
{
    for (auto &[name, counts] : m_report.tables)
        if (name == table)
            return counts;
    m_report.tables.emplace_back(table, MergeCounts());
    return m_report.tables.back().second;
}

void MergeRun::problem(const InterchangeRows &rows, int position, const QString &message)
{
    const QString key = keyText(*rows.table, rows.rows[size_t(position)].values);
    m_report.problems << InterchangeMerge::tr("%1: %2").arg(place(*rows.table, position, key),
                                                            message);
    if (rows.table->hasIdKey())
        m_refused[rows.table->name].insert(fileId(rows, position));
}

qint64 MergeRun::fileId(const InterchangeRows &rows, int position) const
{
    return rows.rows[size_t(position)]
        .values.value(rows.table->columnIndex(QStringLiteral("id")))
        .toLongLong();
}

bool MergeRun::localValues(const InterchangeRows &rows, int position, QVariantMap &values,
                           int leftOut) const
{
    const Table &table = *rows.table;
    const InterchangeRows::Row &row = rows.rows[size_t(position)];
    const int entity = table.columnIndex(QStringLiteral("entity"));
    for (size_t c = 0; c < table.columns.size(); ++c) {
        if (!(row.given & (quint64(1) << c)) || int(c) == leftOut)
            continue;
        const Column &column = table.columns[c];
        QVariant value = row.values.at(qsizetype(c));
        QString target = column.references;
        // An attachment belongs to a record of the table it names.
        if (table.name == QLatin1String("attachments") && column.name == QLatin1String("entity_id"))
            target = row.values.value(entity).toString();
        if (!target.isEmpty() && !value.isNull() && column.name != QLatin1String("id")) {
            const qint64 id = value.toLongLong();
            if (m_refused.value(target).contains(id))
                return false;
            const auto here = m_ids.value(target).constFind(id);
            if (here == m_ids.value(target).constEnd())
                return false;
            value = *here;
        }
        values.insert(column.name, value);
    }
    values.remove(QStringLiteral("id"));
    return true;
}

const QMultiHash<QString, qint64> &MergeRun::index(const QString &table, const QStringList &columns)
{
    const QString name = table + QLatin1Char('|') + columns.join(QLatin1Char(','));
    auto found = m_indexes.find(name);
    if (found != m_indexes.end())
        return *found;
    QMultiHash<QString, qint64> &built = m_indexes[name];
    QStringList quoted;
    for (const QString &column : columns)
        quoted << QLatin1Char('"') + column + QLatin1Char('"');
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT id, %1 FROM \"%2\"").arg(quoted.join(QStringLiteral(", ")), table));
    while (query.next()) {
        QVariantMap values;
        for (int i = 0; i < columns.size(); ++i)
            values.insert(columns.at(i), query.value(i + 1));
        built.insert(joined(values, columns), query.value(0).toLongLong());
    }
    return built;
}

QVector<qint64> MergeRun::candidates(const Table &table, const QVariantMap &values)
{
    auto known = m_matchColumns.constFind(table.name);
    if (known == m_matchColumns.constEnd())
        known = m_matchColumns.insert(table.name, matchColumns(m_db, table));
    const QStringList &columns = *known;
    QVector<qint64> found;
    for (qint64 id : index(table.name, columns).values(joined(values, columns)))
        if (!m_claimed.value(table.name).contains(id))
            found << id;
    std::sort(found.begin(), found.end());
    return found;
}

QVector<qint64> MergeRun::cadreCandidates(const QVariantMap &values, QString &why)
{
    if (m_identityNumbers.isEmpty()) {
        QSqlQuery numbers = Sql::run(m_db, QStringLiteral("SELECT id, id_number FROM cadres"));
        while (numbers.next())
            m_identityNumbers.insert(numbers.value(0).toLongLong(), numbers.value(1).toString());
    }
    const QString number = text(values.value(QStringLiteral("id_number"))).toUpper();
    const auto unclaimed = [this](const QList<qint64> &ids, const QString &number) {
        QVector<qint64> left;
        for (qint64 id : ids) {
            const QString stored = m_identityNumbers.value(id).toUpper();
            // A cadre with another identity number is another person, whatever the name.
            if (!m_claimed.value(QStringLiteral("cadres")).contains(id)
                && (stored.isEmpty() || number.isEmpty() || stored == number))
                left << id;
        }
        std::sort(left.begin(), left.end());
        return left;
    };
    const QString cadres = QStringLiteral("cadres");
    if (!number.isEmpty()) {
        QVector<qint64> byNumber;
        for (auto it = m_identityNumbers.cbegin(); it != m_identityNumbers.cend(); ++it)
            if (it.value().toUpper() == number && !m_claimed.value(cadres).contains(it.key()))
                byNumber << it.key();
        if (!byNumber.isEmpty()) {
            why = InterchangeMerge::tr("the identity number");
            return byNumber;
        }
    }
    if (!values.value(QStringLiteral("birth_date")).isNull()) {
        const QStringList columns = {QStringLiteral("name"), QStringLiteral("birth_date")};
        const QVector<qint64> found
            = unclaimed(index(cadres, columns).values(joined(values, columns)), number);
        if (!found.isEmpty()) {
            why = InterchangeMerge::tr("the name and the date of birth");
            return found;
        }
    }
    const QStringList columns = {QStringLiteral("name"), QStringLiteral("unit_id")};
    why = InterchangeMerge::tr("the name and the unit");
    return unclaimed(index(cadres, columns).values(joined(values, columns)), number);
}

void MergeRun::mergeTable(const InterchangeRows &rows)
{
    const Table &table = *rows.table;
    // The database keeps its own settings and rules.
    if (table.replacesDefaults)
        return;
    if (table.name == QLatin1String("units")) {
        mergeUnits(rows);
        return;
    }
    if (table.name == QLatin1String("clue_steps")) {
        for (int i = 0; i < int(rows.rows.size()); ++i) {
            const qint64 clue = rows.rows[size_t(i)]
                                    .values.value(table.columnIndex(QStringLiteral("clue_id")))
                                    .toLongLong();
            if (!m_steps.contains(clue))
                m_clueOrder << clue;
            m_steps[clue] << FileStep{&rows, i};
        }
        return;
    }
    for (int i = 0; i < int(rows.rows.size()); ++i) {
        if (!table.hasIdKey()) {
            mergeLink(rows, i);
            continue;
        }
        QVariantMap values;
        if (!localValues(rows, i, values)) {
            m_refused[table.name].insert(fileId(rows, i));
            continue;
        }
        mergeRecord(rows, i, values);
    }
}

void MergeRun::mergeUnits(const InterchangeRows &rows)
{
    const Table &table = *rows.table;
    const int parentColumn = table.columnIndex(QStringLiteral("parent_id"));
    const int supervisingColumn = table.columnIndex(QStringLiteral("supervising_unit_id"));
    // A unit after the unit above it: its place in the tree is how it is found.
    QVector<int> waiting;
    for (int i = 0; i < int(rows.rows.size()); ++i)
        waiting << i;
    while (!waiting.isEmpty()) {
        QVector<int> later;
        for (int i : waiting) {
            const QVariant parent = rows.rows[size_t(i)].values.value(parentColumn);
            if (!parent.isNull() && !m_ids.value(table.name).contains(parent.toLongLong())
                && !m_refused.value(table.name).contains(parent.toLongLong())) {
                later << i;
                continue;
            }
            QVariantMap values;
            // The supervising unit may come later in the tree: it is set once all are in.
            const QVariant supervising = rows.rows[size_t(i)].values.value(supervisingColumn);
            const bool givesSupervising
                = rows.rows[size_t(i)].given & (quint64(1) << supervisingColumn);
            if (!localValues(rows, i, values, supervisingColumn)) {
                m_refused[table.name].insert(fileId(rows, i));
                continue;
            }
            const qint64 before = m_ids.value(table.name).value(fileId(rows, i));
            mergeRecord(rows, i, values);
            const qint64 here = m_ids.value(table.name).value(fileId(rows, i), before);
            if (here != 0 && givesSupervising)
                m_supervising.append({here, supervising.isNull() ? 0 : supervising.toLongLong()});
        }
        if (later.size() == waiting.size()) {
            for (int i : later)
                problem(rows, i, InterchangeMerge::tr("its parent unit is not in the file"));
            break;
        }
        waiting = later;
    }
    for (const auto &[here, supervising] : m_supervising) {
        const QVariant target = supervising == 0
                                    ? QVariant(QMetaType(QMetaType::LongLong))
                                    : QVariant(m_ids.value(table.name).value(supervising));
        const QVariantMap stored = m_repository.load(table.name, here);
        if (supervising != 0 && target.toLongLong() == 0)
            continue; // refused, and said so
        if (text(stored.value(QStringLiteral("supervising_unit_id"))) == text(target))
            continue;
        try {
            m_repository.update(table.name, here,
                                {{QStringLiteral("supervising_unit_id"), target}});
            if (!m_report.receipt.created.contains({table.name, here}))
                m_report.receipt.changed.append(
                    {table.name,
                     here,
                     {{QStringLiteral("supervising_unit_id"),
                       stored.value(QStringLiteral("supervising_unit_id"))}}});
        } catch (const DataError &error) {
            m_report.problems << InterchangeMerge::tr("units: %1: %2")
                                     .arg(stored.value(QStringLiteral("name")).toString(),
                                          error.message());
        }
    }
}

void MergeRun::mergeRecord(const InterchangeRows &rows, int position, QVariantMap values)
{
    const Table &table = *rows.table;
    MergeCounts &count = counts(table.name);
    try {
        QString why;
        const QVector<qint64> found = table.name == QLatin1String("cadres")
                                          ? cadreCandidates(values, why)
                                          : candidates(table, values);
        qint64 match = found.size() == 1 ? found.first() : 0;
        if (found.size() > 1) {
            // Several could be meant: only one that agrees in every field is taken.
            QVector<qint64> exact;
            for (qint64 id : found)
                if (differences(table, m_repository.load(table.name, id), values).isEmpty())
                    exact << id;
            // Copies alike in every field are one as good as another: each file row takes the
            // next of them.
            if (exact.isEmpty()) {
                problem(rows, position,
                        table.name == QLatin1String("cadres")
                            ? InterchangeMerge::tr("%1 cadres of this database share %2; "
                                                   "which one is meant cannot be told")
                                  .arg(found.size())
                                  .arg(why)
                            : InterchangeMerge::tr("%1 records of this database could be "
                                                   "meant; which one cannot be told")
                                  .arg(found.size()));
                return;
            }
            match = exact.first();
        }
        qint64 here = match;
        if (match == 0) {
            here = createRecord(table, values);
            ++count.created;
        } else {
            m_claimed[table.name].insert(match);
            const QVariantMap stored = m_repository.load(table.name, match);
            if (differences(table, stored, values).isEmpty()) {
                ++count.same;
            } else {
                updateRecord(table, match, stored, values);
                ++count.updated;
            }
        }
        m_ids[table.name].insert(fileId(rows, position), here);
    } catch (const DataError &error) {
        problem(rows, position, error.message());
    }
}

qint64 MergeRun::createRecord(const Table &table, QVariantMap values)
{
    const RecordKind kind = RecordKinds::kind(table.name);
    if (table.name == QLatin1String("clues")) {
        // A clue starts registered and moves only along its steps, which follow.
        for (const char *column : {"state", "disposition", "updated_date"})
            values.remove(QString::fromLatin1(column));
    }
    if (table.name == QLatin1String("cadres")) {
        const QString number = values.value(QStringLiteral("dossier_number")).toString();
        const bool taken = number.isEmpty()
                           || Sql::scalar(m_db,
                                          QStringLiteral("SELECT count(*) FROM cadres WHERE "
                                                         "dossier_number = ?"),
                                          {number})
                                      .toInt()
                                  > 0;
        // Each database numbers its own dossiers: a number in use here is given anew.
        if (taken)
            values.insert(QStringLiteral("dossier_number"), suggestDossierNumber(m_db));
    }
    if (kind.isValid() && kind.hasForm()) {
        values = RecordKinds::completeForCreate(table.name, values);
        m_checks.check(kind, values);
    }
    const qint64 id = m_repository.create(table.name, values);
    m_report.receipt.created.append({table.name, id});
    return id;
}

void MergeRun::updateRecord(const Table &table, qint64 id, const QVariantMap &stored,
                            const QVariantMap &values)
{
    const QVariantMap changed = differences(table, stored, values);
    const RecordKind kind = RecordKinds::kind(table.name);
    if (kind.isValid() && kind.hasForm()) {
        QVariantMap merged = stored;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            merged.insert(it.key(), it.value());
        m_checks.check(kind, merged);
    }
    QVariantMap before;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        before.insert(it.key(), stored.value(it.key()));
    m_repository.update(table.name, id, changed);
    m_report.receipt.changed.append({table.name, id, before});
}

QVariantMap MergeRun::differences(const Table &table, const QVariantMap &stored,
                                  const QVariantMap &values) const
{
    QVariantMap changed;
    for (const Column &column : table.columns) {
        if (!compared(table, column) || !values.contains(column.name))
            continue;
        const QVariant value = values.value(column.name);
        if (text(stored.value(column.name)) != text(value))
            changed.insert(column.name, value);
    }
    return changed;
}

void MergeRun::mergeLink(const InterchangeRows &rows, int position)
{
    const Table &table = *rows.table;
    QVariantMap values;
    if (!localValues(rows, position, values))
        return; // a record it links was refused, and said so
    MergeCounts &count = counts(table.name);
    QVariantMap key;
    QStringList conditions;
    QVariantList bound;
    for (const QString &column : table.primaryKey) {
        key.insert(column, values.value(column));
        conditions << QLatin1Char('"') + column + QStringLiteral("\" = ?");
        bound << values.value(column);
    }
    try {
        QSqlQuery stored = Sql::run(m_db,
                                    QStringLiteral("SELECT * FROM \"%1\" WHERE %2")
                                        .arg(table.name, conditions.join(QStringLiteral(" AND "))),
                                    bound);
        if (!stored.next()) {
            m_repository.link(table.name, values);
            m_report.receipt.linked.append({table.name, key});
            ++count.created;
            return;
        }
        QStringList differing;
        QVariant outcome;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (table.primaryKey.contains(it.key()))
                continue;
            const QVariant here = stored.value(it.key());
            if (text(here) == text(it.value()))
                continue;
            // A subject's outcome follows the clue's steps, which come after the subjects.
            if (table.name == QLatin1String("clue_subjects") && it.key() == QLatin1String("outcome")
                && here.isNull()) {
                outcome = it.value();
                continue;
            }
            differing << InterchangeMerge::tr("%1: %2 here, %3 in the file")
                             .arg(RecordKinds::fieldLabel(table.name, it.key()), shown(here),
                                  shown(it.value()));
        }
        if (!differing.isEmpty()) {
            problem(rows, position,
                    InterchangeMerge::tr("differs from the database (%1)")
                        .arg(differing.join(QStringLiteral("; "))));
            return;
        }
        if (outcome.isValid()) {
            m_outcomes.append({&rows, position,
                               values.value(QStringLiteral("clue_id")).toLongLong(),
                               values.value(QStringLiteral("cadre_id")).toLongLong(), outcome});
            return;
        }
        ++count.same;
    } catch (const DataError &error) {
        problem(rows, position, error.message());
    }
}

} // namespace InterchangeMerging
