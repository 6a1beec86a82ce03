#include "cluestepsmodel.h"

#include "access/access.h"
#include "domain/cluestatemachine.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

ClueStepsModel::ClueStepsModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_db(database.connection())
{}

void ClueStepsModel::setClue(qint64 clueId)
{
    m_clueId = clueId;
    reload();
}

void ClueStepsModel::reload()
{
    beginResetModel();
    m_steps.clear();
    m_state.clear();
    m_received = {};
    if (!Access::mayReadClue(m_database, m_clueId)) {
        endResetModel();
        return;
    }
    QSqlQuery clue = Sql::run(
        m_db, QStringLiteral("SELECT state, received_date FROM clues WHERE id = ?"), {m_clueId});
    if (clue.next()) {
        m_state = clue.value(0).toString();
        m_received = QDate::fromString(clue.value(1).toString(), Qt::ISODate);
    }
    QSqlQuery steps = Sql::run(m_db,
                               QStringLiteral("SELECT id, from_state, to_state, step_date, "
                                              "operator, approved_by, note FROM clue_steps "
                                              "WHERE clue_id = ? ORDER BY step_date, id"),
                               {m_clueId});
    while (steps.next()) {
        m_steps.push_back({steps.value(0).toLongLong(), steps.value(1).toString(),
                           steps.value(2).toString(), steps.value(3).toString(),
                           steps.value(4).toString(), steps.value(5).toString(),
                           steps.value(6).toString()});
    }
    endResetModel();
}

QDate ClueStepsModel::stateEnteredOn() const
{
    if (m_steps.empty())
        return m_received;
    return QDate::fromString(m_steps.back().date, Qt::ISODate);
}

int ClueStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ClueStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClueStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = m_steps.at(index.row());
    if (role == StepIdRole)
        return step.id;
    if (role == StateRole)
        return step.toState;
    if (role != Qt::DisplayRole && role != SortValueRole)
        return {};
    const bool raw = role == SortValueRole;
    switch (index.column()) {
    case DateColumn:
        return raw ? QVariant(step.date) : QVariant(QDate::fromString(step.date, Qt::ISODate));
    case StepColumn:
        if (raw)
            return step.toState;
        return step.fromState.isEmpty()
                   ? ClueStateMachine::stateLabel(step.toState)
                   : tr("%1 → %2").arg(ClueStateMachine::stateLabel(step.fromState),
                                       ClueStateMachine::stateLabel(step.toState));
    case OperatorColumn:
        return step.operatorName;
    case ApprovedByColumn:
        return step.approvedBy;
    case NoteColumn:
        return raw ? step.note : step.note.simplified();
    default:
        return {};
    }
}

QVariant ClueStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StepColumn:
        return tr("Step");
    case OperatorColumn:
        return tr("Operator");
    case ApprovedByColumn:
        return tr("Approved by");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
