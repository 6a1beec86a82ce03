#include "recordchecks.h"

#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "domain/period.h"
#include "domain/recordkinds.h"
#include "storage/sql.h"

namespace {

bool isEmpty(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
}

struct DateOrder
{
    const char *table;
    const char *earlier;
    const char *later;
    const char *message;
};

// Pairs of dates within one record where the second cannot come before the first.
const DateOrder dateOrders[] = {
    {"positions", "start_date", "end_date",
     QT_TRANSLATE_NOOP("RecordChecks", "A position cannot end before it starts (%1).")},
    {"inspections", "start_date", "end_date",
     QT_TRANSLATE_NOOP("RecordChecks", "An inspection cannot end before it starts (%1).")},
    {"notices", "issued_date", "deadline",
     QT_TRANSLATE_NOOP("RecordChecks", "The deadline cannot come before the notice was issued "
                                       "(%1).")},
    {"findings", "found_date", "deadline",
     QT_TRANSLATE_NOOP("RecordChecks", "The rectification deadline cannot come before the "
                                       "problem was found (%1).")},
    {"findings", "found_date", "completed_date",
     QT_TRANSLATE_NOOP("RecordChecks", "A rectification cannot be completed before the problem "
                                       "was found (%1).")},
    {"cases", "filed_date", "closed_date",
     QT_TRANSLATE_NOOP("RecordChecks", "A case cannot be closed before it was filed (%1).")},
    {"sanctions", "effective_date", "rights_restored_date",
     QT_TRANSLATE_NOOP("RecordChecks", "Party rights cannot be restored before the sanction "
                                       "took effect (%1).")},
    {"organizational_handlings", "effective_date", "lifted_date",
     QT_TRANSLATE_NOOP("RecordChecks", "A suspension cannot be lifted before it took effect "
                                       "(%1).")},
};

} // namespace

RecordChecks::RecordChecks(const QSqlDatabase &db)
    : m_db(db)
{}

void RecordChecks::check(const RecordKind &kind, const QVariantMap &values) const
{
    checkRequired(kind, values);
    for (const FieldDescription &field : kind.fields) {
        const QVariant value = values.value(field.column);
        if (field.type == FieldType::Date && !isEmpty(value) && !Sql::date(value).isValid())
            throw ValidationError(field.column,
                                  tr("%1 is not a date (YYYY-MM-DD).").arg(value.toString()));
    }
    checkDateOrder(kind.table, values);
    checkAgainstReferences(kind.table, values);
}

void RecordChecks::checkRequired(const RecordKind &kind, const QVariantMap &values) const
{
    for (const FieldDescription &field : kind.fields) {
        if (field.required && field.isVisibleWith(values) && isEmpty(values.value(field.column)))
            throw ValidationError(field.column, tr("%1 is required.").arg(field.label));
    }
    if (kind.table == QLatin1String("findings")) {
        const bool completed
            = values.value(QStringLiteral("status")).toString() == QLatin1String("completed");
        const bool hasDate = !isEmpty(values.value(QStringLiteral("completed_date")));
        if (completed && !hasDate)
            throw ValidationError(QStringLiteral("completed_date"),
                                  tr("A rectified problem needs the day it was completed."));
        if (!completed && hasDate)
            throw ValidationError(QStringLiteral("status"),
                                  tr("A problem with a completion day is rectified: set the "
                                     "status to rectified, or clear the day."));
    }
}

void RecordChecks::checkDateOrder(const QString &table, const QVariantMap &values) const
{
    for (const DateOrder &order : dateOrders) {
        if (table != QLatin1String(order.table))
            continue;
        const QDate earlier = Sql::date(values.value(QLatin1String(order.earlier)));
        const QDate later = Sql::date(values.value(QLatin1String(order.later)));
        if (earlier.isValid() && later.isValid() && later < earlier)
            throw ValidationError(QString::fromLatin1(order.later),
                                  tr(order.message).arg(displayDate(earlier)));
    }
}

void RecordChecks::checkAgainstReferences(const QString &table, const QVariantMap &values) const
{
    const QVariant clueId = values.value(QStringLiteral("clue_id"));
    if (table == QLatin1String("talks") && !isEmpty(clueId)) {
        const QDate received = Sql::date(Sql::scalar(
            m_db, QStringLiteral("SELECT received_date FROM clues WHERE id = ?"), {clueId}));
        const QDate talk = Sql::date(values.value(QStringLiteral("talk_date")));
        if (received.isValid() && talk.isValid() && talk < received)
            throw ValidationError(QStringLiteral("talk_date"),
                                  tr("A talk about a clue cannot come before the clue was "
                                     "received (%1).")
                                      .arg(displayDate(received)));
    }
    const QVariant inspectionId = values.value(QStringLiteral("inspection_id"));
    if (table == QLatin1String("findings") && !isEmpty(inspectionId)) {
        const QDate started = Sql::date(
            Sql::scalar(m_db, QStringLiteral("SELECT start_date FROM inspections WHERE id = ?"),
                        {inspectionId}));
        const QDate found = Sql::date(values.value(QStringLiteral("found_date")));
        if (started.isValid() && found.isValid() && found < started)
            throw ValidationError(QStringLiteral("found_date"),
                                  tr("A problem cannot be found before the inspection began "
                                     "(%1).")
                                      .arg(displayDate(started)));
    }
}

QStringList RecordChecks::warnings(const RecordKind &kind, const QVariantMap &values,
                                   qint64 recordId, QDate today) const
{
    QStringList found;
    for (const FieldDescription &field : kind.fields) {
        // Deadlines and planned ends lie ahead by nature; what happened cannot.
        const bool ahead = field.column == QLatin1String("deadline")
                           || field.column.startsWith(QLatin1String("end"))
                           || field.column.endsWith(QLatin1String("_until"))
                           || (kind.table == QLatin1String("inspections")
                               && field.column == QLatin1String("start_date"));
        const QDate date = Sql::date(values.value(field.column));
        if (field.type == FieldType::Date && !ahead && date.isValid() && date > today
            && field.isVisibleWith(values))
            found << tr("%1 is %2, after today: is that the date you mean?")
                         .arg(field.label, displayDate(date));
    }
    const QVariant caseId = values.value(QStringLiteral("case_id"));
    if (kind.table == QLatin1String("sanctions") && !isEmpty(caseId)) {
        const QString system = values.value(QStringLiteral("system")).toString();
        const int others
            = Sql::scalar(m_db,
                          QStringLiteral("SELECT count(*) FROM sanctions WHERE cadre_id = ? AND "
                                         "case_id = ? AND system = ? AND id <> ?"),
                          {values.value(QStringLiteral("cadre_id")), caseId, system, recordId})
                  .toInt();
        if (others > 0)
            found << (system == QLatin1String("party")
                          ? tr("This cadre already has a party sanction in this case: one case "
                               "gives one party sanction to each person.")
                          : tr("This cadre already has a government sanction in this case: one "
                               "case gives one government sanction to each person."));
    }
    return found;
}

QStringList RecordChecks::clueStepWarnings(const QString &toState, QDate date,
                                           const QString &approvedBy, QDate today) const
{
    QStringList found;
    if (date.isValid() && date > today)
        found << tr("The step is dated %1, after today: is that the date you mean?")
                     .arg(displayDate(date));
    const bool disposition = QStringList{QStringLiteral("talk_or_letter_inquiry"),
                                         QStringLiteral("preliminary_verification"),
                                         QStringLiteral("shelved"), QStringLiteral("closed")}
                                 .contains(toState);
    if (disposition && approvedBy.trimmed().isEmpty())
        found << tr("A disposition (%1) is approved by a leader, and no approving leader is "
                    "given.")
                     .arg(ClueStateMachine::stateLabel(toState));
    return found;
}

void RecordChecks::checkClueStep(qint64 clueId, const QString &toState, QDate date) const
{
    if (!date.isValid())
        throw ValidationError(QStringLiteral("step_date"), tr("A step needs its date."));
    const QDate received = Sql::date(Sql::scalar(
        m_db, QStringLiteral("SELECT received_date FROM clues WHERE id = ?"), {clueId}));
    if (received.isValid() && date < received)
        throw ValidationError(
            QStringLiteral("step_date"),
            tr("A step cannot come before the clue was received (%1).").arg(displayDate(received)));
    if (toState == QLatin1String("inquiry_replied")) {
        const QDate asked = Sql::date(
            Sql::scalar(m_db,
                        QStringLiteral("SELECT max(step_date) FROM clue_steps WHERE clue_id = ? "
                                       "AND to_state = 'talk_or_letter_inquiry'"),
                        {clueId}));
        if (asked.isValid() && date < asked)
            throw ValidationError(QStringLiteral("step_date"),
                                  tr("The reply cannot come before the talk or letter of "
                                     "inquiry (%1).")
                                      .arg(displayDate(asked)));
    }
    const QDate previous = Sql::date(Sql::scalar(
        m_db, QStringLiteral("SELECT max(step_date) FROM clue_steps WHERE clue_id = ?"), {clueId}));
    if (previous.isValid() && date < previous)
        throw ValidationError(
            QStringLiteral("step_date"),
            tr("A step cannot come before the step before it (%1).").arg(displayDate(previous)));
    if (!ClueStateMachine::states().contains(toState))
        throw ValidationError(QStringLiteral("to_state"), tr("Choose the next step."));
}
