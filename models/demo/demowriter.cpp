#include "demowriter.h"

#include "domain/dataerror.h"
#include "storage/sql.h"

namespace {

struct TableInfo
{
    const char *name;
    bool hasId;
    const char *columns;
};

// In the order of DemoWriter::Table.
const TableInfo kTables[] = {
    {"units", true, "name, kind, parent_id, supervising_unit_id, sort_order"},
    {"cadres", true,
     "dossier_number, name, gender, birth_date, ethnicity, id_number, native_place, education, "
     "party_membership, party_join_date, employment, unit_id, position, rank, is_top_leader, "
     "status, pinyin_full, pinyin_initials, created_at, updated_at, is_team_member"},
    {"cadre_search", false, "rowid, haystack"},
    {"positions", true, "cadre_id, unit_id, title, rank, start_date, end_date"},
    {"relatives", true, "cadre_id, relation, name, relative_cadre_id, work_unit, position, is_key"},
    {"personal_matters_reports", true, "cadre_id, year, submitted_date, verified, remark"},
    {"personal_matters_items", false, "report_id, item, reported, content"},
    {"talks", true, "cadre_id, kind, held_by, talk_date, interviewer, reason, summary, clue_id"},
    {"inspections", true, "unit_id, kind, start_date, end_date, team, summary"},
    {"inspection_items", true, "inspection_id, item, result, remark"},
    {"notices", true,
     "kind, number, unit_id, cadre_id, inspection_id, issued_date, deadline, content"},
    {"findings", true,
     "inspection_id, description, responsible_cadre_id, notice_id, found_date, deadline, status, "
     "completed_date, evidence"},
    {"clues", true, "number, source, received_date, summary, state, disposition, updated_date"},
    {"clue_subjects", false, "clue_id, cadre_id, outcome"},
    {"clue_steps", true,
     "clue_id, from_state, to_state, step_date, operator, approved_by, approval_date, note"},
    {"cases", true, "number, clue_id, unit_id, filed_date, closed_date, summary, accountability"},
    {"case_subjects", false,
     "case_id, cadre_id, was_top_leader, transferred_to_judiciary, was_team_member"},
    {"sanctions", true,
     "cadre_id, case_id, system, kind, decision_number, decided_by, effective_date, "
     "probation_months, rights_restored_date, reason"},
    {"organizational_handlings", true,
     "cadre_id, case_id, kind, decided_by, effective_date, reason"},
    {"admonitions", true, "cadre_id, case_id, clue_id, decided_by, effective_date, reason"},
    {"duty_reports", true, "cadre_id, year, kind, report_date, rating, content"},
    {"self_examination_materials", true,
     "unit_id, cadre_id, year, meeting, title, content, submitted_date"},
    {"warning_education_events", true, "unit_id, kind, event_date, title, location"},
    {"warning_education_attendance", false, "event_id, cadre_id"},
    {"power_list_items", true,
     "unit_id, cadre_id, power, legal_basis, responsibility, process, risk_points, controls, "
     "risk_level, published_date"},
    {"opinion_batches", true,
     "requester, request_number, request_date, purpose, as_of_date, reply_date, signed_by, "
     "created_by, created_at"},
    {"opinion_answers", true,
     "batch_id, cadre_id, category, reasons, impact_until, wording, adjusted_by, adjust_reason"},
    {"attachments", true,
     "cadre_id, entity, entity_id, file_name, mime_type, sha256, size, content, added_at"},
    {"case_reviews", true,
     "case_id, kind, received_date, extended_to, extension_approved_by, investigation_report, "
     "characterisation, review_opinion, reported_date, decided_date, decided_by, "
     "decision_number, announced_date, delivered_date, executed_date, execution_note, "
     "archived_date"},
    {"case_facts", true, "case_id, cadre_id, ordinal, description, violated_on, degree, articles"},
    {"case_evidence", true,
     "case_id, cadre_id, fact_id, ordinal, kind, description, collected_date"},
    {"case_statements", true, "case_id, cadre_id, kind, given_date, content, adopted"},
    {"case_proposals", true,
     "review_id, cadre_id, measure, probation_months, degree, adjustment, ground, decided_date, "
     "sanction_id, handling_id, admonition_id"},
};

static_assert(sizeof(kTables) / sizeof(kTables[0]) == DemoWriter::TableCount,
              "one entry per table");

} // namespace

DemoWriter::DemoWriter(const QSqlDatabase &db)
    : m_counts(TableCount, 0)
{
    m_statements.reserve(TableCount);
    for (const TableInfo &table : kTables) {
        QString columns = QString::fromLatin1(table.columns);
        if (table.hasId)
            columns.prepend(QLatin1String("id, "));
        const int count = int(columns.count(QLatin1Char(','))) + 1;
        QStringList marks(count, QStringLiteral("?"));
        m_statements.push_back(Sql::prepare(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                    .arg(QString::fromLatin1(table.name), columns,
                                                         marks.join(QStringLiteral(", ")))));
    }
}

qint64 DemoWriter::insert(Table table, std::initializer_list<QVariant> values)
{
    QSqlQuery &statement = m_statements[size_t(table)];
    const bool hasId = kTables[table].hasId;
    const qint64 id = hasId ? m_counts[size_t(table)] + 1 : 0;
    int position = 0;
    if (hasId)
        statement.bindValue(position++, id);
    for (const QVariant &value : values) {
        // A null QString binds as NULL; text columns want the empty text instead. Real NULLs
        // come from null(), which is not a string.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            statement.bindValue(position++, QStringLiteral(""));
        else
            statement.bindValue(position++, value);
    }
    try {
        Sql::exec(statement);
    } catch (const DataError &error) {
        // Name the table: a refused demo row is a bug in the generator, and this finds it.
        throw DataError(QStringLiteral("%1 (%2 row %3)")
                            .arg(error.message(), tableName(table))
                            .arg(m_counts[size_t(table)] + 1));
    }
    ++m_counts[size_t(table)];
    return id;
}

QMap<QString, qint64> DemoWriter::counts() const
{
    QMap<QString, qint64> result;
    for (int table = 0; table < TableCount; ++table)
        result.insert(tableName(Table(table)), m_counts[size_t(table)]);
    return result;
}

qint64 DemoWriter::records() const
{
    qint64 total = 0;
    for (int table = 0; table < TableCount; ++table) {
        if (table != CadreSearch)
            total += m_counts[size_t(table)];
    }
    return total;
}

QString DemoWriter::tableName(Table table)
{
    return QString::fromLatin1(kTables[table].name);
}

QVariant DemoWriter::null()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant DemoWriter::day(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : null();
}
