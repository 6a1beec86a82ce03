#include "ledgerexport.h"

#include "access/access.h"
#include "access/identitynumbers.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "ledgercolumns.h"
#include "reports/reportlanguage.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "tableexport.h"
#include "unitpaths.h"
#include "workbookwriter.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

QVariant asDate(const QVariant &value)
{
    const QDate date = Sql::date(value);
    return date.isValid() ? QVariant(date) : QVariant();
}

// Numbers of clues and cases, and the people and inspections rows name.
struct Names
{
    QHash<qint64, QString> clues, cases;
    QHash<qint64, QVariantList> cadres;      // name, unit_id, id_number
    QHash<qint64, QVariantList> inspections; // unit_id, start_date, kind

    explicit Names(const QSqlDatabase &db)
    {
        QSqlQuery query = Sql::run(db, QStringLiteral("SELECT id, number FROM clues"));
        while (query.next())
            clues.insert(query.value(0).toLongLong(), query.value(1).toString());
        query = Sql::run(db, QStringLiteral("SELECT id, number FROM cases"));
        while (query.next())
            cases.insert(query.value(0).toLongLong(), query.value(1).toString());
        query = Sql::run(db, QStringLiteral("SELECT id, name, unit_id, id_number FROM cadres"));
        while (query.next())
            cadres.insert(query.value(0).toLongLong(),
                          {query.value(1), query.value(2), query.value(3)});
        query
            = Sql::run(db, QStringLiteral("SELECT id, unit_id, start_date, kind FROM inspections"));
        while (query.next())
            inspections.insert(query.value(0).toLongLong(),
                               {query.value(1), query.value(2), query.value(3)});
    }
};

// A clue's disposition step and its concluding step, each with its day.
struct ClueSteps
{
    QHash<qint64, QString> disposed, concluded;

    explicit ClueSteps(const QSqlDatabase &db)
    {
        QSqlQuery query = Sql::run(
            db, QStringLiteral("SELECT clue_id, from_state, to_state, step_date FROM clue_steps "
                               "ORDER BY clue_id, id"));
        while (query.next()) {
            const qint64 clue = query.value(0).toLongLong();
            const QString to = query.value(2).toString();
            if (query.value(1).toString() == QLatin1String("disposition_proposed")
                && !disposed.contains(clue))
                disposed.insert(clue, query.value(3).toString());
            if (ClueStateMachine::isFinal(to))
                concluded.insert(clue, query.value(3).toString());
        }
    }
};

} // namespace

LedgerExport::LedgerExport(Database &database)
    : m_database(database)
{}

int LedgerExport::write(const QString &path, const QString &table) const
{
    Access::require(m_database, Permission::ExportData);
    if (!LedgerColumns::canImport(table))
        throw DataError(tr("There is no ledger of %1.").arg(table));
    const RecordKind kind = RecordKinds::kind(table);
    const QSqlDatabase db = m_database.connection();
    const bool identities = IdentityNumbers::maySee(m_database.session());
    const bool clues = table == QLatin1String("clues");

    QStringList fields;
    for (const QString &field : LedgerColumns::fields(table)) {
        const bool left = field == QLatin1String("cadre.unit_and_position")
                          || field == QLatin1String("cadre.birth_date")
                          || (field == QLatin1String("cadre.id_number") && !identities);
        if (!left)
            fields << field;
    }
    QStringList headers;
    for (const QString &field : fields)
        headers << LedgerColumns::chineseHeader(table, field);

    // One row per record, or per record and subject for kinds linked to cadres.
    QStringList columns;
    for (const FieldDescription &field : kind.fields)
        if (field.type != FieldType::CadreReference && field.type != FieldType::DirectoryCadre)
            columns << QStringLiteral("r.") + field.column;
    if (clues)
        columns << QStringLiteral("r.state") << QStringLiteral("r.disposition")
                << QStringLiteral("l.outcome");
    QString cadre = QStringLiteral("NULL");
    QString from = QStringLiteral(" FROM ") + table + QStringLiteral(" r");
    if (!kind.cadreColumn.isEmpty()) {
        cadre = QStringLiteral("r.") + kind.cadreColumn;
    } else if (!kind.linkTable.isEmpty()) {
        cadre = QStringLiteral("l.cadre_id");
        from += QStringLiteral(" LEFT JOIN ") + kind.linkTable + QStringLiteral(" l ON l.")
                + kind.linkColumn + QStringLiteral(" = r.id");
    }
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT r.id, ") + cadre + QStringLiteral(", ")
                                       + columns.join(QStringLiteral(", ")) + from
                                       + QStringLiteral(" ORDER BY r.id, 2"));

    const Names names(db);
    const UnitPaths units(db);
    const std::unique_ptr<ClueSteps> steps(clues ? new ClueSteps(db) : nullptr);
    WorkbookWriter writer(
        path, ReportLanguage::chinese("RecordKinds", kind.title) + QStringLiteral("台账"), headers,
        SettingsStore(db).value(Setting::ConfidentialityMarking));
    int written = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QVariantList person = names.cadres.value(query.value(1).toLongLong());
        QVariantMap values;
        for (int i = 0; i < columns.size(); ++i)
            values.insert(columns.at(i).mid(2), query.value(i + 2));
        QVariantList cells;
        for (const QString &field : fields) {
            const QVariant value = values.value(field);
            if (field == QLatin1String("cadre.name")) {
                cells << person.value(0);
            } else if (field == QLatin1String("cadre.unit")) {
                cells << (person.isEmpty() ? QVariant()
                                           : QVariant(units.pathOf(person.value(1).toLongLong())));
            } else if (field == QLatin1String("cadre.id_number")) {
                cells << person.value(2);
            } else if (field.startsWith(QLatin1String("inspection."))) {
                const QVariantList inspection = names.inspections.value(
                    values.value(QStringLiteral("inspection_id")).toLongLong());
                if (inspection.isEmpty())
                    cells << QVariant();
                else if (field == QLatin1String("inspection.unit"))
                    cells << units.pathOf(inspection.value(0).toLongLong());
                else if (field == QLatin1String("inspection.date"))
                    cells << asDate(inspection.value(1));
                else
                    cells << ReportLanguage::vocabularyLabel(QStringLiteral("inspections.kind"),
                                                             inspection.value(2).toString());
            } else if (field == QLatin1String("clue.disposition")) {
                const QString disposition = values.value(QStringLiteral("disposition")).toString();
                cells << (disposition.isEmpty()
                              ? QVariant()
                              : QVariant(ClueStateMachine::stateChineseName(disposition)));
            } else if (field == QLatin1String("clue.disposition_date")) {
                cells << asDate(steps->disposed.value(id));
            } else if (field == QLatin1String("clue.closure")) {
                cells << ClueStateMachine::stateChineseName(values.value("state").toString());
            } else if (field == QLatin1String("clue.closed_date")) {
                cells << asDate(steps->concluded.value(id));
            } else if (field == QLatin1String("clue.outcome")) {
                cells << ReportLanguage::vocabularyLabel(QStringLiteral("clue_subjects.outcome"),
                                                         values.value("outcome").toString());
            } else if (const FieldDescription *description = kind.field(field)) {
                if (value.isNull() || value.toString().isEmpty()
                    || !description->isVisibleWith(values)) {
                    cells << QVariant();
                    continue;
                }
                switch (description->type) {
                case FieldType::Vocabulary:
                    cells << ReportLanguage::vocabularyLabel(description->vocabularyFor(values),
                                                             value.toString());
                    break;
                case FieldType::Date:
                    cells << asDate(value);
                    break;
                case FieldType::Boolean:
                    cells << (value.toInt() ? QStringLiteral("是") : QStringLiteral("否"));
                    break;
                case FieldType::UnitReference:
                    cells << units.pathOf(value.toLongLong());
                    break;
                case FieldType::ClueReference:
                    cells << names.clues.value(value.toLongLong());
                    break;
                case FieldType::CaseReference:
                    cells << names.cases.value(value.toLongLong());
                    break;
                case FieldType::Integer: {
                    QVariant shown = value.toLongLong();
                    for (const auto &[number, label] : description->choices)
                        if (number == value.toInt())
                            shown = ReportLanguage::chinese("RecordKinds", label);
                    cells << shown;
                    break;
                }
                default:
                    cells << value.toString();
                }
            } else {
                cells << QVariant();
            }
        }
        writer.addRow(cells);
        ++written;
    }
    writer.finish();
    TableExport::audit(
        m_database, path, table, written,
        {{QStringLiteral("ledger"), true}, {QStringLiteral("identity_numbers"), identities}});
    return written;
}
