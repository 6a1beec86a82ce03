// A merge's clues: the steps the database lacks, taken along the workflow, and the outcomes
// they give the subjects.

#include "access/access.h"
#include "directory/dossiernumber.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "interchangemergerun.h"
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

void MergeRun::mergeClueSteps()
{
    for (qint64 fileClue : m_clueOrder) {
        const QVector<FileStep> &steps = m_steps.value(fileClue);
        const InterchangeRows &rows = *steps.first().rows;
        const Table &table = *rows.table;
        const qint64 clue = m_ids.value(QStringLiteral("clues")).value(fileClue);
        if (clue == 0)
            continue; // the clue was refused, and said so
        MergeCounts &count = counts(table.name);
        const auto field = [&](const FileStep &step, const char *column) {
            return step.rows->rows[size_t(step.position)].values.value(
                table.columnIndex(QString::fromLatin1(column)));
        };
        QVector<QPair<QString, QString>> stored;
        QSqlQuery query = Sql::run(m_db,
                                   QStringLiteral("SELECT to_state, step_date FROM clue_steps "
                                                  "WHERE clue_id = ? ORDER BY id"),
                                   {clue});
        while (query.next())
            stored.append({query.value(0).toString(), query.value(1).toString()});
        // The steps both hold, from registration on (a new clue's registration is this
        // database's own, dated when the clue was received).
        int common = 0;
        while (common < stored.size() && common < steps.size()
               && stored.at(common).first == text(field(steps.at(common), "to_state"))
               && (common == 0
                   || stored.at(common).second == text(field(steps.at(common), "step_date"))))
            ++common;
        count.same += common;
        if (common == steps.size())
            continue; // the database holds every step of the file, or more
        if (common < stored.size()) {
            const FileStep &step = steps.at(common);
            problem(*step.rows, step.position,
                    InterchangeMerge::tr("the clue's steps differ from this database's from "
                                         "step %1 on: \"%2\" on %3 here, \"%4\" on %5 in the file")
                        .arg(common + 1)
                        .arg(ClueStateMachine::stateLabel(stored.at(common).first),
                             stored.at(common).second,
                             ClueStateMachine::stateLabel(text(field(step, "to_state"))),
                             text(field(step, "step_date"))));
            m_refusedClues.insert(clue);
            continue;
        }
        const QVariantMap clueBefore = RecordSnapshot::row(m_db, QStringLiteral("clues"), clue);
        const QVector<QVariantMap> subjectsBefore = RecordSnapshot::rows(
            m_db, QStringLiteral("clue_subjects"), QStringLiteral("clue_id"), clue);
        for (int i = common; i < steps.size(); ++i) {
            const FileStep &step = steps.at(i);
            const QString state = text(field(step, "to_state"));
            const QDate day = QDate::fromString(text(field(step, "step_date")), Qt::ISODate);
            try {
                m_checks.checkClueStep(clue, state, day);
                ImportReceipt::Step taken{0, clueBefore, subjectsBefore};
                taken.id = m_repository.advanceClue(
                    clue, state, day, text(field(step, "approved_by")), text(field(step, "note")));
                // The step keeps who took it and when it was approved; the trail says who
                // brought it in.
                Sql::run(m_db,
                         QStringLiteral("UPDATE clue_steps SET operator = ?, approval_date = ? "
                                        "WHERE id = ?"),
                         {field(step, "operator"), field(step, "approval_date"), taken.id});
                m_report.receipt.steps.append(taken);
                m_movedClues.insert(clue);
                ++count.created;
                ++m_report.clueSteps;
            } catch (const DataError &error) {
                problem(*step.rows, step.position, error.message());
                m_refusedClues.insert(clue);
                break;
            }
        }
    }
}

void MergeRun::mergeSubjectOutcomes()
{
    for (const SubjectOutcome &subject : m_outcomes) {
        MergeCounts &count = counts(subject.rows->table->name);
        if (m_refusedClues.contains(subject.clueId))
            continue; // its steps were refused, and said so
        if (!m_movedClues.contains(subject.clueId)) {
            problem(*subject.rows, subject.position,
                    InterchangeMerge::tr("gives the subject the outcome %1, but the clue here "
                                         "has not reached it")
                        .arg(shown(subject.outcome)));
            continue;
        }
        const QVariant here = Sql::scalar(m_db,
                                          QStringLiteral("SELECT outcome FROM clue_subjects "
                                                         "WHERE clue_id = ? AND cadre_id = ?"),
                                          {subject.clueId, subject.cadreId});
        if (text(here) == text(subject.outcome)) {
            ++count.same;
            continue;
        }
        // Taking the clue's steps back (undo) puts the outcome back with them.
        Sql::run(m_db,
                 QStringLiteral(
                     "UPDATE clue_subjects SET outcome = ? WHERE clue_id = ? AND cadre_id = ?"),
                 {subject.outcome, subject.clueId, subject.cadreId});
        AuditLog::append(m_database,
                         {QStringLiteral("update"), QStringLiteral("clue_subjects"), 0,
                          subject.cadreId,
                          QJsonObject{{QStringLiteral("clue_id"), subject.clueId},
                                      {QStringLiteral("outcome"), QJsonValue::fromVariant(here)}},
                          QJsonObject{{QStringLiteral("clue_id"), subject.clueId},
                                      {QStringLiteral("outcome"), subject.outcome.toString()}}});
        ++count.updated;
    }
}

void MergeRun::finish()
{
    mergeClueSteps();
    mergeSubjectOutcomes();
}

} // namespace InterchangeMerging
