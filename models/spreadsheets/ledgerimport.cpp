#include "ledgerimport.h"

#include "cadrematcher.h"
#include "cellvalues.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "domain/period.h"
#include "domain/recordkinds.h"
#include "domain/storedcolumn.h"
#include "domain/vocabulary.h"
#include "ledgercolumns.h"
#include "ledgervalues.h"
#include "sheetfile.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "unitpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QQueue>
#include <QSet>
#include <QSqlQuery>

namespace {

using Action = ImportRow::Action;

// A record of the kind as stored, with its subjects for kinds linked to cadres.
struct StoredRecord
{
    qint64 id = 0;
    QVariantMap values;
    QSet<qint64> subjects;
};

QString text(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

// The state path from `from` to `to` along the clue workflow, without `from`; empty when
// there is none.
QStringList cluePath(const QString &from, const QString &to)
{
    if (from == to)
        return {};
    QHash<QString, QString> cameFrom;
    QQueue<QString> queue;
    queue.enqueue(from);
    cameFrom.insert(from, QString());
    while (!queue.isEmpty()) {
        const QString state = queue.dequeue();
        for (const QString &next : ClueStateMachine::nextStates(state)) {
            if (cameFrom.contains(next))
                continue;
            cameFrom.insert(next, state);
            if (next == to) {
                QStringList path;
                for (QString at = to; at != from; at = cameFrom.value(at))
                    path.prepend(at);
                return path;
            }
            queue.enqueue(next);
        }
    }
    return {};
}

// Everything a ledger's rows are read against: the kind, the unit tree, the directory, the
// records the database holds and those the file has named so far.
class LedgerReader
{
public:
    LedgerReader(const QSqlDatabase &db, const RecordKind &kind,
                 const LedgerColumns::Mapping &mapping)
        : m_kind(kind)
        , m_mapping(mapping)
        , m_units(db)
        , m_cadres(db, {QStringLiteral("employment")})
        , m_identity(RecordKinds::identityFields(kind))
    {
        m_linked = !kind.linkTable.isEmpty();
        readNumbers(db, QStringLiteral("clues"), m_clueNumbers);
        readNumbers(db, QStringLiteral("cases"), m_caseNumbers);
        if (LedgerColumns::fields(kind.table).contains(QStringLiteral("inspection.unit"))) {
            QSqlQuery query = Sql::run(
                db,
                QStringLiteral("SELECT id, unit_id, start_date, end_date, kind FROM inspections"));
            while (query.next())
                m_inspections << QVariantList{query.value(0), query.value(1), query.value(2),
                                              query.value(3), query.value(4)};
        }
        readRecords(db);
    }

    LedgerRow read(int number, const QStringList &cells);

private:
    static void readNumbers(const QSqlDatabase &db, const QString &table,
                            QHash<QString, qint64> &numbers)
    {
        QSqlQuery query = Sql::run(db, QStringLiteral("SELECT number, id FROM ") + table);
        while (query.next())
            numbers.insert(query.value(0).toString(), query.value(1).toLongLong());
    }

    void readRecords(const QSqlDatabase &db)
    {
        QStringList columns;
        for (const FieldDescription &field : m_kind.fields)
            if (field.type != FieldType::CadreReference)
                columns << field.column;
        if (!m_kind.cadreColumn.isEmpty())
            columns << m_kind.cadreColumn;
        if (m_kind.table == QLatin1String("clues"))
            columns << QStringLiteral("state") << QStringLiteral("disposition");
        QSqlQuery query
            = Sql::run(db, QStringLiteral("SELECT id, ") + columns.join(QStringLiteral(", "))
                               + QStringLiteral(" FROM ") + m_kind.table);
        QHash<qint64, int> byId;
        while (query.next()) {
            StoredRecord record;
            record.id = query.value(0).toLongLong();
            for (int i = 0; i < columns.size(); ++i)
                record.values.insert(columns.at(i), query.value(i + 1));
            byId.insert(record.id, int(m_records.size()));
            m_byIndex.insert(indexKey(record.values), int(m_records.size()));
            m_records << record;
        }
        if (m_linked) {
            QSqlQuery links
                = Sql::run(db, QStringLiteral("SELECT ") + m_kind.linkColumn
                                   + QStringLiteral(", cadre_id FROM ") + m_kind.linkTable);
            while (links.next()) {
                const int index = byId.value(links.value(0).toLongLong(), -1);
                if (index >= 0)
                    m_records[index].subjects.insert(links.value(1).toLongLong());
            }
        }
        if (m_kind.table == QLatin1String("clues")) {
            QSqlQuery steps = Sql::run(
                db, QStringLiteral("SELECT clue_id, max(step_date) FROM clue_steps GROUP BY 1"));
            while (steps.next())
                m_lastStep.insert(steps.value(0).toLongLong(), steps.value(1).toString());
        }
    }

    // Records are looked up by the cadre for kinds kept per cadre, by number where they have
    // one, else by their first identity field.
    QString indexKey(const QVariantMap &values) const
    {
        if (RecordKinds::isNumbered(m_kind))
            return text(values.value(QStringLiteral("number")));
        if (!m_kind.cadreColumn.isEmpty())
            return text(values.value(m_kind.cadreColumn));
        return text(values.value(m_identity.value(0)));
    }

    QString shown(const QString &column, const QVariant &value, const QVariantMap &values) const
    {
        if (value.isNull() || text(value).isEmpty())
            return LedgerImport::tr("(none)");
        const FieldDescription *field = m_kind.field(column);
        if (!field)
            return text(value);
        switch (field->type) {
        case FieldType::Vocabulary:
            return Vocabulary::label(field->vocabularyFor(values), value.toString());
        case FieldType::Boolean:
            return value.toInt() ? LedgerImport::tr("Yes") : LedgerImport::tr("No");
        case FieldType::Date:
            return displayDate(QDate::fromString(value.toString(), Qt::ISODate));
        case FieldType::UnitReference:
            return m_units.pathOf(value.toLongLong());
        case FieldType::ClueReference:
            return m_clueNumbers.key(value.toLongLong(), text(value));
        case FieldType::CaseReference:
            return m_caseNumbers.key(value.toLongLong(), text(value));
        default:
            return text(value);
        }
    }

    void readOwner(LedgerRow &row);
    void readFields(LedgerRow &row, QVariantMap &values);
    void readClue(LedgerRow &row, const QString &storedState, const QString &storedDisposition,
                  const QString &received, qint64 clueId);
    void match(LedgerRow &row, QVariantMap &values);

    const RecordKind &m_kind;
    const LedgerColumns::Mapping &m_mapping;
    UnitPaths m_units;
    CadreMatcher m_cadres;
    QStringList m_identity;
    bool m_linked = false;
    QHash<QString, qint64> m_clueNumbers, m_caseNumbers;
    QVector<QVariantList> m_inspections; // id, unit_id, start_date, end_date
    QVector<StoredRecord> m_records;
    QMultiHash<QString, int> m_byIndex;
    QHash<qint64, QString> m_lastStep;
    QSet<int> m_claimed;                 // stored records matched by an earlier row
    QVector<qint64> m_inspectionChoices; // the row's inspection, when several are alike
    // For linked kinds: the rows that write each record, by its identity, and what they gave.
    QHash<QString, int> m_groupRow;
    QHash<int, QVariantMap> m_groupValues;
    QHash<int, qint64> m_groupRecord;
    QHash<int, QSet<qint64>> m_groupSubjects;

    // The row being read: its cells by field, and how to name a problem with one.
    QHash<QString, int> m_columnOf;
    QStringList m_cells;
    QString cell(const QString &field) const
    {
        const int column = m_mapping.columnOf(field);
        return column < 0 ? QString() : m_cells.value(column).trimmed();
    }
    QString problem(const QString &field, const QString &why) const
    {
        return LedgerImport::tr("%1 “%2”: %3")
            .arg(m_mapping.headers.value(m_mapping.columnOf(field)).trimmed(), cell(field), why);
    }
    QString employment;
};

LedgerRow LedgerReader::read(int number, const QStringList &cells)
{
    m_cells = cells;
    employment.clear();
    m_inspectionChoices.clear();
    LedgerRow row;
    row.row = number;
    QVariantMap values;
    readOwner(row);
    readFields(row, values);
    // A field shown only with others (a probation's term) is kept only with them.
    for (const FieldDescription &field : m_kind.fields)
        if (values.contains(field.column) && !field.isVisibleWith(values))
            values.remove(field.column);
    match(row, values);
    if (!row.problems.isEmpty())
        row.action = Action::Refused;
    return row;
}

void LedgerReader::readOwner(LedgerRow &row)
{
    if (m_kind.cadreColumn.isEmpty() && !m_linked)
        return;
    const QString name = cell(QStringLiteral("cadre.name"));
    QString idNumber = cell(QStringLiteral("cadre.id_number"));
    row.name = name;
    if (!idNumber.isEmpty()) {
        const CellValues::IdentityNumber identity = CellValues::identityNumber(idNumber);
        if (!identity.isValid()) {
            row.problems << problem(QStringLiteral("cadre.id_number"), identity.problem);
            return;
        }
        idNumber = identity.number;
    }
    if (name.isEmpty() && idNumber.isEmpty()) {
        // A record linked to cadres may have none yet, and some kinds may name nobody (a
        // rectification, a unit's self-examination); every other record is someone's.
        bool optional = m_linked;
        for (const Stored::Column &column : m_kind.columns)
            if (column.name == m_kind.cadreColumn)
                optional = column.isNullable();
        if (!optional)
            row.problems << LedgerImport::tr("the name is missing");
        return;
    }
    QString birth;
    if (!cell(QStringLiteral("cadre.birth_date")).isEmpty()) {
        const QDate date = CellValues::date(cell(QStringLiteral("cadre.birth_date")));
        if (!date.isValid())
            row.problems << problem(QStringLiteral("cadre.birth_date"),
                                    LedgerImport::tr("not a date"));
        birth = date.toString(Qt::ISODate);
    }
    qint64 unitId = 0;
    QString unitText = cell(QStringLiteral("cadre.unit"));
    QString unitField = QStringLiteral("cadre.unit");
    if (unitText.isEmpty() && !cell(QStringLiteral("cadre.unit_and_position")).isEmpty()) {
        QString position;
        unitField = QStringLiteral("cadre.unit_and_position");
        unitText = m_units.splitUnitAndPosition(cell(unitField), position);
    }
    if (!unitText.isEmpty()) {
        const UnitPaths::Found unit = m_units.find(unitText);
        if (!unit.problem.isEmpty())
            row.problems << problem(unitField, unit.problem);
        else if (unit.id == 0)
            row.problems << problem(unitField, LedgerImport::tr("no such unit in the unit tree"));
        unitId = unit.id;
    }
    if (!row.problems.isEmpty())
        return;
    QString why;
    const int index = m_cadres.find(name, idNumber, birth, unitId, m_units, why);
    if (index < 0) {
        row.problems << why;
        return;
    }
    row.cadreId = m_cadres.at(index).id;
    row.name = m_cadres.at(index).values.value(QStringLiteral("name")).toString();
    employment = m_cadres.at(index).values.value(QStringLiteral("employment")).toString();
}

void LedgerReader::readFields(LedgerRow &row, QVariantMap &values)
{
    for (const FieldDescription &field : m_kind.fields) {
        const QString given = cell(field.column);
        if (m_mapping.columnOf(field.column) < 0 || given.isEmpty())
            continue;
        QString why;
        QVariant value;
        if (m_kind.table == QLatin1String("sanctions") && field.column == QLatin1String("kind")) {
            const LedgerValues::Sanction sanction = LedgerValues::sanction(
                given, values.value(QStringLiteral("system")).toString(), employment);
            why = sanction.problem;
            if (why.isEmpty()) {
                values.insert(QStringLiteral("system"), sanction.system);
                if (sanction.probationMonths != 0
                    && cell(QStringLiteral("probation_months")).isEmpty())
                    values.insert(QStringLiteral("probation_months"), sanction.probationMonths);
                value = sanction.kind;
            }
        } else if (field.type == FieldType::UnitReference) {
            const UnitPaths::Found unit = m_units.find(given);
            why = !unit.problem.isEmpty() ? unit.problem
                  : unit.id == 0          ? LedgerImport::tr("no such unit in the unit tree")
                                          : QString();
            value = unit.id;
        } else if (field.type == FieldType::ClueReference
                   || field.type == FieldType::CaseReference) {
            const bool clue = field.type == FieldType::ClueReference;
            const QHash<QString, qint64> &numbers = clue ? m_clueNumbers : m_caseNumbers;
            if (numbers.contains(given))
                value = numbers.value(given);
            else
                why = clue ? LedgerImport::tr("no clue has this number")
                           : LedgerImport::tr("no case has this number");
        } else {
            value = LedgerValues::field(field, given, values, why);
        }
        if (!why.isEmpty())
            row.problems << problem(field.column, why);
        else
            values.insert(field.column, value);
    }
    // A rectification names its inspection by the unit inspected and the day.
    const QString inspectedUnit = cell(QStringLiteral("inspection.unit"));
    if (!inspectedUnit.isEmpty() || !cell(QStringLiteral("inspection.date")).isEmpty()) {
        const UnitPaths::Found unit = m_units.find(inspectedUnit);
        const QDate day = CellValues::date(cell(QStringLiteral("inspection.date")));
        // The inspection that began that day, else one under way on it; of the kind given.
        const QString kindText = cell(QStringLiteral("inspection.kind"));
        const QString kind
            = CellValues::vocabularyKey(QStringLiteral("inspections.kind"), kindText);
        if (!kindText.isEmpty() && kind.isEmpty())
            row.problems << problem(QStringLiteral("inspection.kind"),
                                    LedgerImport::tr("not a kind of inspection"));
        QVector<qint64> found, during;
        for (const QVariantList &inspection : m_inspections) {
            const QDate start = Sql::date(inspection.at(2));
            const QDate end = Sql::date(inspection.at(3));
            if (inspection.at(1).toLongLong() != unit.id || unit.id == 0
                || (!kind.isEmpty() && inspection.at(4).toString() != kind))
                continue;
            if (!day.isValid() || day == start)
                found << inspection.at(0).toLongLong();
            else if (end.isValid() && day >= start && day <= end)
                during << inspection.at(0).toLongLong();
        }
        if (found.isEmpty())
            found = during;
        if (found.size() == 1)
            values.insert(QStringLiteral("inspection_id"), found.first());
        else if (found.isEmpty())
            row.problems << problem(QStringLiteral("inspection.unit"),
                                    LedgerImport::tr("no inspection of this unit on that day: "
                                                     "import the inspections first"));
        else
            // Alike in unit, day and kind: the record the row describes may tell which (see
            // match); a new one cannot.
            m_inspectionChoices = found;
    }
}

void LedgerReader::readClue(LedgerRow &row, const QString &storedState,
                            const QString &storedDisposition, const QString &received,
                            qint64 clueId)
{
    const QString dispositionText = cell(QStringLiteral("clue.disposition"));
    const QString disposition = LedgerValues::disposition(dispositionText);
    if (!dispositionText.isEmpty() && disposition.isEmpty()) {
        QStringList names;
        for (const QString &state : ClueStateMachine::dispositions())
            names << ClueStateMachine::stateChineseName(state);
        row.problems << problem(
            QStringLiteral("clue.disposition"),
            LedgerImport::tr("not one of %1").arg(names.join(QStringLiteral(", "))));
    }
    bool known = true;
    const QString closure = LedgerValues::closure(cell(QStringLiteral("clue.closure")), known);
    if (!known)
        row.problems << problem(QStringLiteral("clue.closure"),
                                LedgerImport::tr("write 在办, 已了结, 立案 or 移送, or a step "
                                                 "of the workflow"));
    QString outcome;
    if (!cell(QStringLiteral("clue.outcome")).isEmpty()) {
        outcome = CellValues::vocabularyKey(QStringLiteral("clue_subjects.outcome"),
                                            cell(QStringLiteral("clue.outcome")));
        if (outcome.isEmpty())
            row.problems << problem(QStringLiteral("clue.outcome"),
                                    LedgerImport::tr("not a way a clue is concluded"));
    }
    const auto dateOf = [&](const QString &field) {
        if (cell(field).isEmpty())
            return QString();
        const QDate date = CellValues::date(cell(field));
        if (!date.isValid())
            row.problems << problem(field, LedgerImport::tr("not a date"));
        return date.toString(Qt::ISODate);
    };
    const QString disposedOn = dateOf(QStringLiteral("clue.disposition_date"));
    const QString concludedOn = dateOf(QStringLiteral("clue.closed_date"));
    if (!disposedOn.isEmpty() && !received.isEmpty() && disposedOn < received)
        row.problems << problem(QStringLiteral("clue.disposition_date"),
                                LedgerImport::tr("before the clue was received"));
    if (!concludedOn.isEmpty() && !(disposedOn.isEmpty() ? received : disposedOn).isEmpty()
        && concludedOn < (disposedOn.isEmpty() ? received : disposedOn))
        row.problems << problem(QStringLiteral("clue.closed_date"),
                                LedgerImport::tr("before the clue was disposed of"));
    const QString target = closure.isEmpty() ? disposition : closure;
    if (target.isEmpty() || !row.problems.isEmpty())
        return;
    // A clue disposed of one way in the database and another in the ledger is a question for
    // a person, not for the import.
    if (!disposition.isEmpty() && !storedDisposition.isEmpty()
        && disposition != storedDisposition) {
        row.problems << problem(QStringLiteral("clue.disposition"),
                                LedgerImport::tr("the clue was disposed of as “%1”")
                                    .arg(ClueStateMachine::dispositionLabel(storedDisposition)));
        return;
    }
    // The database may already be further on than the ledger: it is not taken back.
    if (target == storedState || !cluePath(target, storedState).isEmpty())
        return;
    QStringList path;
    if (!disposition.isEmpty() && disposition != target
        && !cluePath(storedState, disposition).isEmpty())
        path = cluePath(storedState, disposition) + cluePath(disposition, target);
    else
        path = cluePath(storedState, target);
    if (path.isEmpty() || path.last() != target) {
        row.problems << LedgerImport::tr("the clue is “%1”; it cannot go on to “%2”")
                            .arg(ClueStateMachine::stateLabel(storedState),
                                 ClueStateMachine::stateLabel(target));
        return;
    }
    // Steps up to the disposition are dated the day the clue came in, the disposition the day
    // it was decided, and the steps after it the day the clue was concluded.
    const auto firstOf = [](const QStringList &days) {
        for (const QString &day : days)
            if (!day.isEmpty())
                return day;
        return QString();
    };
    static const QStringList beforeDisposition
        = {QStringLiteral("registered"), QStringLiteral("assigned"),
           QStringLiteral("disposition_proposed")};
    bool pastDisposition = !beforeDisposition.contains(storedState);
    QString previous = storedState;
    const QString last = m_lastStep.value(clueId);
    for (const QString &state : path) {
        QString day = received;
        if (previous == QLatin1String("disposition_proposed")) {
            day = ClueStateMachine::isFinal(state) ? firstOf({concludedOn, disposedOn, received})
                                                   : firstOf({disposedOn, received});
            pastDisposition = true;
        } else if (pastDisposition) {
            day = firstOf({concludedOn, disposedOn, received});
        }
        // No step before the last one the database holds.
        if (!last.isEmpty() && day < last)
            day = last;
        row.clueSteps << state;
        row.stepDates << day;
        previous = state;
    }
    row.outcome = outcome;
    row.changes << LedgerImport::tr("%1: %2 → %3")
                       .arg(RecordKinds::fieldLabel(QStringLiteral("clues"),
                                                    QStringLiteral("state")),
                            ClueStateMachine::stateLabel(storedState),
                            ClueStateMachine::stateLabel(target));
}

void LedgerReader::match(LedgerRow &row, QVariantMap &values)
{
    if (!row.problems.isEmpty())
        return;
    const bool clues = m_kind.table == QLatin1String("clues");
    QVariantMap keyed = values;
    if (!m_kind.cadreColumn.isEmpty())
        keyed.insert(m_kind.cadreColumn, row.cadreId == 0 ? QVariant() : QVariant(row.cadreId));
    // Rows of one linked record: those with its number, or, for records without one (a
    // sign-in sheet's event), those that repeat all of its fields.
    QStringList given;
    for (const QString &field : RecordKinds::isNumbered(m_kind) ? m_identity : values.keys())
        if (values.contains(field))
            given << field + QLatin1Char('=') + text(values.value(field));

    // A record an earlier row of the file writes: this row adds its cadre as a subject.
    if (m_linked && !given.isEmpty() && m_groupRow.contains(given.join(QLatin1Char('|')))) {
        const int first = m_groupRow.value(given.join(QLatin1Char('|')));
        const QVariantMap &earlier = m_groupValues.value(first);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (earlier.contains(it.key()) && text(earlier.value(it.key())) != text(it.value()))
                row.problems << LedgerImport::tr("%1 differs from row %2, which gives the same "
                                                 "record: %3 → %4")
                                    .arg(RecordKinds::fieldLabel(m_kind.table, it.key()))
                                    .arg(first)
                                    .arg(shown(it.key(), earlier.value(it.key()), earlier),
                                         shown(it.key(), it.value(), values));
        if (!row.problems.isEmpty())
            return;
        row.recordRow = first;
        row.recordId = m_groupRecord.value(first);
        QSet<qint64> &subjects = m_groupSubjects[first];
        if (subjects.contains(row.cadreId)) {
            row.problems
                << LedgerImport::tr("names %1 a second time for the same record").arg(row.name);
            return;
        }
        subjects.insert(row.cadreId);
        const bool stored = m_records.size() > 0 && row.recordId != 0;
        bool linked = false;
        for (const StoredRecord &record : m_records)
            if (record.id == row.recordId)
                linked = record.subjects.contains(row.cadreId);
        row.linksCadre = !linked;
        row.action = !stored ? Action::New : linked ? Action::Same : Action::Update;
        if (row.linksCadre && stored)
            row.changes << LedgerImport::tr("adds %1").arg(row.name);
        return;
    }

    // The stored records this row could describe.
    QVector<int> candidates, exact;
    for (int index : m_byIndex.values(indexKey(keyed))) {
        if (m_claimed.contains(index) && !m_linked)
            continue;
        const QVariantMap &stored = m_records.at(index).values;
        if (!m_kind.cadreColumn.isEmpty()
            && text(stored.value(m_kind.cadreColumn)) != text(keyed.value(m_kind.cadreColumn)))
            continue;
        const bool same
            = std::all_of(m_identity.cbegin(), m_identity.cend(), [&](const QString &f) {
                  return !values.contains(f) || text(stored.value(f)) == text(values.value(f));
              });
        const qint64 inspection = stored.value(QStringLiteral("inspection_id")).toLongLong();
        if (!same || (!m_inspectionChoices.isEmpty() && !m_inspectionChoices.contains(inspection)))
            continue;
        candidates << index;
        const bool all = std::all_of(values.keyBegin(), values.keyEnd(), [&](const QString &f) {
            return text(stored.value(f)) == text(values.value(f));
        });
        if (all)
            exact << index;
    }
    // Each linked record is written once: later rows naming it only add their cadre.
    if (m_linked && !given.isEmpty()) {
        m_groupRow.insert(given.join(QLatin1Char('|')), row.row);
        m_groupValues.insert(row.row, values);
        m_groupSubjects[row.row].insert(row.cadreId);
    }
    if (candidates.size() > 1 && exact.isEmpty()) {
        row.problems << LedgerImport::tr("%1 records could be meant: the row matches each of "
                                         "them in part")
                            .arg(candidates.size());
        return;
    }
    if (candidates.isEmpty() && !m_inspectionChoices.isEmpty()) {
        row.problems << problem(QStringLiteral("inspection.unit"),
                                LedgerImport::tr("%1 inspections of this unit could be meant: "
                                                 "give the day it began and its kind")
                                    .arg(m_inspectionChoices.size()));
        return;
    }
    if (candidates.isEmpty()) {
        row.action = Action::New;
        QVariantMap complete = m_kind.defaults;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            complete.insert(it.key(), it.value());
        for (const FieldDescription &field : m_kind.fields)
            if (field.required && field.type != FieldType::CadreReference
                && field.isVisibleWith(complete) && text(complete.value(field.column)).isEmpty())
                row.problems << LedgerImport::tr("%1 is missing")
                                    .arg(LedgerColumns::fieldLabel(m_kind.table, field.column));
        row.values = complete;
        row.linksCadre = m_linked && row.cadreId != 0;
        if (clues)
            readClue(row, QStringLiteral("registered"), QString(),
                     values.value(QStringLiteral("received_date")).toString(), 0);
        if (!row.problems.isEmpty())
            row.action = Action::Refused;
        return;
    }
    const int index = exact.isEmpty() ? candidates.first() : exact.first();
    m_claimed.insert(index);
    const StoredRecord &stored = m_records.at(index);
    if (!m_inspectionChoices.isEmpty())
        values.insert(QStringLiteral("inspection_id"),
                      stored.values.value(QStringLiteral("inspection_id")));
    row.recordId = stored.id;
    if (m_linked)
        m_groupRecord.insert(row.row, stored.id);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (text(stored.values.value(it.key())) == text(it.value()))
            continue;
        row.values.insert(it.key(), it.value());
        row.changes << LedgerImport::tr("%1: %2 → %3")
                           .arg(LedgerColumns::fieldLabel(m_kind.table, it.key()),
                                shown(it.key(), stored.values.value(it.key()), stored.values),
                                shown(it.key(), it.value(), values));
    }
    if (m_linked && row.cadreId != 0 && !stored.subjects.contains(row.cadreId)) {
        row.linksCadre = true;
        row.changes << LedgerImport::tr("adds %1").arg(row.name);
    }
    if (clues)
        readClue(row, stored.values.value(QStringLiteral("state")).toString(),
                 stored.values.value(QStringLiteral("disposition")).toString(),
                 stored.values.value(QStringLiteral("received_date")).toString(), stored.id);
    row.action = row.changes.isEmpty() ? Action::Same : Action::Update;
}

} // namespace

int LedgerPlan::count(ImportRow::Action action) const
{
    return countRows(rows, action);
}

QStringList LedgerPlan::problems() const
{
    return rowProblems(rows);
}

LedgerImport::LedgerImport(Database &database)
    : m_database(database)
{}

void LedgerImport::report(int done, int total) const
{
    if (m_progress && !m_progress(done, total))
        throw DataError(tr("The import was cancelled; nothing was written."));
}

LedgerPlan LedgerImport::plan(const SheetFile &file, const QString &table, int sheet, int headerRow,
                              const QHash<QString, QString> &chosen) const
{
    const RecordKind kind = RecordKinds::kind(table);
    if (!LedgerColumns::canImport(table))
        throw DataError(kind.isValid() ? tr("%1 records do not come from a ledger.").arg(kind.title)
                                       : tr("There is no record kind called %1.").arg(table));
    LedgerPlan plan;
    plan.table = table;
    plan.filePath = QFileInfo(file.path()).absoluteFilePath();
    plan.sha256 = file.sha256();
    plan.sheet = file.sheetNames().value(sheet);

    QVector<QPair<int, QStringList>> firstRows;
    file.read(sheet, [&](int number, const QStringList &cells) {
        if (headerRow == 0 || number == headerRow)
            firstRows.append({number, cells});
        return headerRow == 0 ? firstRows.size() < 20 : number < headerRow;
    });
    const LedgerColumns::Mapping mapping = LedgerColumns::detect(table, firstRows, chosen);
    if (mapping.headerRow == 0) {
        QStringList examples;
        for (const QString &field : LedgerColumns::fields(table))
            if (!field.startsWith(QLatin1String("cadre.")) && examples.size() < 5)
                examples << LedgerColumns::chineseHeader(table, field);
        throw DataError(tr("%1 has no header row for %2 records: one row must name their columns, "
                           "such as %3 …")
                            .arg(QDir::toNativeSeparators(file.path()), kind.title,
                                 examples.join(QStringLiteral(", "))));
    }
    plan.headerRow = mapping.headerRow;
    for (int i = 0; i < mapping.headers.size(); ++i)
        if (!mapping.fields.at(i).isEmpty())
            plan.importedHeaders << mapping.headers.at(i).trimmed();
    plan.ignoredHeaders = mapping.ignoredHeaders();
    plan.headers = mapping.headers;
    plan.fields = mapping.fields;

    LedgerReader reader(m_database.connection(), kind, mapping);
    file.read(sheet, [&](int number, const QStringList &cells) {
        if (number % 500 == 0)
            report(number, 0);
        if (number > mapping.headerRow)
            plan.rows << reader.read(number, cells);
        return true;
    });
    // Every row is tried as it would be written, and the writing taken back: the checks of the
    // repository and the domain rules add their problems to the rows.
    QHash<int, QStringList> refused;
    write(plan, &refused);
    for (LedgerRow &row : plan.rows) {
        row.problems << refused.value(row.row);
        if (!row.problems.isEmpty())
            row.action = Action::Refused;
    }
    return plan;
}
