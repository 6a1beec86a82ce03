#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

struct RecordKind;

// The checks a form runs before it writes, beyond what the repository refuses: required
// fields, dates that are dates, and the order of dates within a record and against the records
// it refers to. Each refusal is a ValidationError naming the field to mark.
class RecordChecks
{
    Q_DECLARE_TR_FUNCTIONS(RecordChecks)

public:
    explicit RecordChecks(const QSqlDatabase &db);

    // `values` are the fields of the record as it will be stored (hidden fields left out).
    void check(const RecordKind &kind, const QVariantMap &values) const;
    // A clue's next step on `date`: a reply cannot come before the talk or letter it answers,
    // and no step before the clue was received or before the step before it.
    void checkClueStep(qint64 clueId, const QString &toState, QDate date) const;

    // What is allowed but unlikely, for the form to ask about before it saves: a record dated
    // after `today` (a talk next year), a second party or government sanction for the same
    // cadre in the same case. `recordId` is the record being edited, 0 for a new one.
    QStringList warnings(const RecordKind &kind, const QVariantMap &values, qint64 recordId,
                         QDate today) const;
    // The same for a clue's step: one dated after `today`, a disposition (谈话函询, 初步核实,
    // 暂存, 了结) without the leader who approved it.
    QStringList clueStepWarnings(const QString &toState, QDate date, const QString &approvedBy,
                                 QDate today) const;

private:
    void checkRequired(const RecordKind &kind, const QVariantMap &values) const;
    void checkDateOrder(const QString &table, const QVariantMap &values) const;
    void checkAgainstReferences(const QString &table, const QVariantMap &values) const;

    QSqlDatabase m_db;
};
