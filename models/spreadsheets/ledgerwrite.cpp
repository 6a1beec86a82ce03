// Writing a ledger's plan: the records, their subjects and the clues' steps, in one transaction.

#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "ledgerimport.h"
#include "records/recordchecks.h"
#include "records/recordrepository.h"
#include "records/recordsnapshot.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonObject>
#include <algorithm>

ImportReceipt LedgerImport::apply(const LedgerPlan &plan) const
{
    const QStringList problems = plan.problems();
    if (!problems.isEmpty())
        throw DataError(
            tr("The ledger has %n problem(s); nothing was imported. %1", "", int(problems.size()))
                .arg(problems.first()));
    return write(plan, nullptr);
}

ImportReceipt LedgerImport::write(const LedgerPlan &plan, QHash<int, QStringList> *problems) const
{
    const RecordKind kind = RecordKinds::kind(plan.table);
    const QSqlDatabase db = m_database.connection();
    RecordRepository repository(m_database);
    // The checks a form runs before it saves, so that a ledger's record obeys the same rules.
    const RecordChecks checks(db);
    ImportReceipt receipt;
    receipt.fileName = QFileInfo(plan.filePath).fileName();
    // A trial (with `problems`) is never committed: the transaction is taken back at the end.
    Transaction transaction(db);
    const auto refuse = [&](const LedgerRow &row, const DataError &error) {
        if (problems) {
            (*problems)[row.row] << error.message();
            return;
        }
        throw DataError(tr("Row %1 (%2) was refused: %3; nothing was imported.")
                            .arg(row.row)
                            .arg(row.name, error.message()));
    };
    QHash<int, qint64> recordOfRow;
    int created = 0, updated = 0, same = 0;
    // The work: each row, then each clue that moves along its workflow.
    const int moving
        = int(std::count_if(plan.rows.cbegin(), plan.rows.cend(),
                            [](const LedgerRow &row) { return !row.clueSteps.isEmpty(); }));
    const int total = int(plan.rows.size()) + moving;
    int done = 0;
    for (const LedgerRow &row : plan.rows) {
        if (++done % 100 == 0)
            report(done, total);
        if (row.action == ImportRow::Action::Refused)
            continue;
        try {
            qint64 id = row.recordId;
            if (row.recordRow != 0) {
                id = recordOfRow.value(row.recordRow);
                if (id == 0)
                    continue; // its record was refused, and this row with it
            } else if (row.action == ImportRow::Action::New) {
                QVariantMap values = row.values;
                if (!kind.cadreColumn.isEmpty() && row.cadreId != 0)
                    values.insert(kind.cadreColumn, row.cadreId);
                values = RecordKinds::completeForCreate(plan.table, values);
                checks.check(kind, values);
                id = repository.create(plan.table, values);
                receipt.created.append({plan.table, id});
                ++created;
            } else if (!row.values.isEmpty()) {
                const QVariantMap stored = repository.load(plan.table, id);
                QVariantMap before, merged = stored;
                for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
                    before.insert(it.key(), stored.value(it.key()));
                    merged.insert(it.key(), it.value());
                }
                checks.check(kind, merged);
                repository.update(plan.table, id, row.values);
                receipt.changed.append({plan.table, id, before});
                ++updated;
            } else if (!row.linksCadre && row.clueSteps.isEmpty()) {
                ++same;
            }
            recordOfRow.insert(row.row, id);
            if (row.linksCadre) {
                const QVariantMap key
                    = {{kind.linkColumn, id}, {QStringLiteral("cadre_id"), row.cadreId}};
                repository.link(kind.linkTable, key);
                receipt.linked.append({kind.linkTable, key});
            }
        } catch (const DataError &error) {
            refuse(row, error);
        }
    }
    // A clue moves on once all its subjects are linked, so that its outcome reaches each.
    for (const LedgerRow &row : plan.rows) {
        const qint64 clue = recordOfRow.value(row.row);
        if (row.clueSteps.isEmpty() || clue == 0)
            continue;
        if (++done % 100 == 0)
            report(done, total);
        try {
            for (int i = 0; i < row.clueSteps.size(); ++i) {
                ImportReceipt::Step step;
                step.clueBefore = RecordSnapshot::row(db, QStringLiteral("clues"), clue);
                step.subjectsBefore = RecordSnapshot::rows(db, QStringLiteral("clue_subjects"),
                                                           QStringLiteral("clue_id"), clue);
                const QString state = row.clueSteps.at(i);
                const QDate day = QDate::fromString(row.stepDates.at(i), Qt::ISODate);
                checks.checkClueStep(clue, state, day);
                step.id = repository.advanceClue(
                    clue, state, day, {}, tr("From the ledger %1").arg(receipt.fileName),
                    ClueStateMachine::isFinal(state) ? row.outcome : QString());
                receipt.steps.append(step);
            }
        } catch (const DataError &error) {
            refuse(row, error);
        }
    }
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("spreadsheet");
    entry.after = QJsonObject{{QStringLiteral("file"), plan.filePath},
                              {QStringLiteral("file_sha256"), plan.sha256},
                              {QStringLiteral("kind"), plan.table},
                              {QStringLiteral("new"), created},
                              {QStringLiteral("updated"), updated},
                              {QStringLiteral("same"), same},
                              {QStringLiteral("subjects_added"), int(receipt.linked.size())},
                              {QStringLiteral("clue_steps"), int(receipt.steps.size())}};
    try {
        AuditLog::append(m_database, entry);
    } catch (const DataError &error) {
        if (!problems)
            throw;
    }
    report(total, total);
    if (!problems)
        transaction.commit();
    return receipt;
}
