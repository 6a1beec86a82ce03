#include "rosterimport.h"

#include "cadrematcher.h"
#include "cellvalues.h"
#include "directory/dossiernumber.h"
#include "domain/dataerror.h"
#include "domain/period.h"
#include "domain/recordkinds.h"
#include "domain/vocabulary.h"
#include "records/recordrepository.h"
#include "rostercolumns.h"
#include "sheetfile.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "unitpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

using Action = RosterRow::Action;

// The cadre columns a roster can fill, in the order the changes are listed.
const QStringList &cadreColumns()
{
    static const QStringList columns = {QStringLiteral("name"),
                                        QStringLiteral("gender"),
                                        QStringLiteral("ethnicity"),
                                        QStringLiteral("birth_date"),
                                        QStringLiteral("native_place"),
                                        QStringLiteral("education"),
                                        QStringLiteral("party_membership"),
                                        QStringLiteral("party_join_date"),
                                        QStringLiteral("position"),
                                        QStringLiteral("rank"),
                                        QStringLiteral("id_number"),
                                        QStringLiteral("dossier_number"),
                                        QStringLiteral("employment"),
                                        QStringLiteral("is_top_leader"),
                                        QStringLiteral("is_team_member"),
                                        QStringLiteral("status")};
    return columns;
}

QString valueText(const QString &column, const QVariant &value, const UnitPaths &units)
{
    if (value.isNull() || value.toString().isEmpty())
        return RosterImport::tr("(none)");
    if (column == QLatin1String("unit_id"))
        return units.pathOf(value.toLongLong());
    if (const FieldDescription *field = RecordKinds::kind(QStringLiteral("cadres")).field(column)) {
        if (field->type == FieldType::Vocabulary)
            return Vocabulary::label(field->vocabulary, value.toString());
        if (field->type == FieldType::Boolean)
            return value.toInt() ? RosterImport::tr("Yes") : RosterImport::tr("No");
        if (field->type == FieldType::Date)
            return displayDate(QDate::fromString(value.toString(), Qt::ISODate));
    }
    return value.toString();
}

bool sameValue(const QVariant &stored, const QVariant &given)
{
    if (given.typeId() == QMetaType::Int || given.typeId() == QMetaType::LongLong)
        return !stored.isNull() && stored.toLongLong() == given.toLongLong();
    return stored.toString() == given.toString();
}

// The row's cells read into the cadre's columns; each problem names the column and the value.
struct ReadRow
{
    QVariantMap values;
    QString unit;
    QString positionSince;
    QStringList problems;
    CellValues::IdentityNumber identity;
};

ReadRow readCells(const QStringList &cells, const RosterColumns::Mapping &mapping, UnitPaths &units)
{
    ReadRow read;
    const auto problem = [&read, &mapping](int column, const QString &value, const QString &why) {
        read.problems << RosterImport::tr("%1 “%2”: %3")
                             .arg(mapping.headers.value(column).trimmed(), value, why);
    };
    bool birthMonthOnly = false;
    for (int column = 0; column < mapping.fields.size(); ++column) {
        const QString field = mapping.fields.at(column);
        const QString text = cells.value(column).trimmed();
        if (field.isEmpty() || text.isEmpty())
            continue;
        if (field == QLatin1String("unit")) {
            read.unit = text;
        } else if (field == QLatin1String("unit_and_position")) {
            QString position;
            read.unit = units.splitUnitAndPosition(text, position);
            if (!position.isEmpty() && mapping.columnOf(QStringLiteral("position")) < 0)
                read.values.insert(QStringLiteral("position"), position);
        } else if (field == QLatin1String("birth_date") || field == QLatin1String("party_join_date")
                   || field == QLatin1String("position_since")) {
            bool monthOnly = false;
            const QDate date = CellValues::date(text, &monthOnly);
            if (!date.isValid())
                problem(column, text, RosterImport::tr("not a date"));
            else if (date > QDate::currentDate())
                problem(column, text, RosterImport::tr("a date after today"));
            else if (field == QLatin1String("position_since"))
                read.positionSince = date.toString(Qt::ISODate);
            else
                read.values.insert(field, date.toString(Qt::ISODate));
            if (field == QLatin1String("birth_date"))
                birthMonthOnly = monthOnly;
        } else if (field == QLatin1String("gender") || field == QLatin1String("party_membership")
                   || field == QLatin1String("employment") || field == QLatin1String("status")) {
            const QString vocabulary = QStringLiteral("cadres.") + field;
            const QString key = CellValues::vocabularyKey(vocabulary, text);
            if (key.isEmpty()) {
                QStringList labels;
                for (const Vocabulary::Choice &choice : Vocabulary::choices(vocabulary))
                    labels << choice.second;
                problem(column, text,
                        RosterImport::tr("not one of %1").arg(labels.join(RosterImport::tr(", "))));
            } else {
                read.values.insert(field, key);
            }
        } else if (field == QLatin1String("is_top_leader")
                   || field == QLatin1String("is_team_member")) {
            const std::optional<bool> yes = CellValues::yesNo(text);
            if (!yes)
                problem(column, text, RosterImport::tr("write 是 or 否"));
            else
                read.values.insert(field, *yes ? 1 : 0);
        } else if (field == QLatin1String("id_number")) {
            read.identity = CellValues::identityNumber(text);
            if (!read.identity.isValid())
                problem(column, text, read.identity.problem);
            else
                read.values.insert(field, read.identity.number);
        } else {
            read.values.insert(field, text);
        }
    }
    // The identity number holds the birth date and the sex: they must agree with the columns.
    if (read.identity.isValid() && !read.identity.number.isEmpty()) {
        const QDate birth = QDate::fromString(
            read.values.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        const bool agrees
            = !birth.isValid()
              || (birthMonthOnly ? birth.year() == read.identity.birthDate.year()
                                       && birth.month() == read.identity.birthDate.month()
                                 : birth == read.identity.birthDate);
        const int idColumn = mapping.columnOf(QStringLiteral("id_number"));
        if (!agrees)
            problem(idColumn, read.identity.number,
                    RosterImport::tr("its birth date %1 differs from the date of birth given")
                        .arg(displayDate(read.identity.birthDate)));
        else if (!birth.isValid() || birthMonthOnly)
            read.values.insert(QStringLiteral("birth_date"),
                               read.identity.birthDate.toString(Qt::ISODate));
        const QString gender = read.values.value(QStringLiteral("gender")).toString();
        if (gender.isEmpty())
            read.values.insert(QStringLiteral("gender"), read.identity.gender);
        else if (gender != read.identity.gender)
            problem(
                idColumn, read.identity.number,
                RosterImport::tr("it is a %1's number, but the gender given differs")
                    .arg(Vocabulary::label(QStringLiteral("cadres.gender"), read.identity.gender)));
    }
    return read;
}

// Dossier numbers for new cadres, one after another in the database's style.
class DossierNumbers
{
public:
    explicit DossierNumbers(const QSqlDatabase &db)
        : m_first(suggestDossierNumber(db))
    {}
    QString next()
    {
        static const QRegularExpression trailing(QStringLiteral("(\\d+)$"));
        const QRegularExpressionMatch match = trailing.match(m_first);
        if (!match.hasMatch())
            return m_first + QLatin1Char('-') + QString::number(++m_given);
        const qint64 serial = match.captured(1).toLongLong() + m_given++;
        return m_first.left(match.capturedStart(1))
               + QStringLiteral("%1").arg(serial, match.capturedLength(1), 10, QLatin1Char('0'));
    }

private:
    QString m_first;
    qint64 m_given = 0;
};

} // namespace

int RosterPlan::count(RosterRow::Action action) const
{
    return countRows(rows, action);
}

QStringList RosterPlan::problems() const
{
    return rowProblems(rows);
}

RosterImport::RosterImport(Database &database)
    : m_database(database)
{}

RosterPlan RosterImport::plan(const SheetFile &file, int sheet, int headerRow,
                              const QHash<QString, QString> &chosen) const
{
    const QSqlDatabase db = m_database.connection();
    RosterPlan plan;
    plan.filePath = QFileInfo(file.path()).absoluteFilePath();
    plan.sha256 = file.sha256();
    plan.sheet = file.sheetNames().value(sheet);

    // The header row: the one asked for, or found among the first rows.
    QVector<QPair<int, QStringList>> firstRows;
    file.read(sheet, [&](int number, const QStringList &cells) {
        if (headerRow == 0 || number == headerRow)
            firstRows.append({number, cells});
        return headerRow == 0 ? firstRows.size() < 20 : number < headerRow;
    });
    const RosterColumns::Mapping mapping = RosterColumns::detect(firstRows, chosen);
    if (mapping.headerRow == 0)
        throw DataError(tr("%1 has no roster header: one row must name the columns, with 姓名 "
                           "and at least one more (性别, 出生年月, 工作单位, 职务, 身份证号 …).")
                            .arg(QDir::toNativeSeparators(file.path())));
    plan.headerRow = mapping.headerRow;
    for (int i = 0; i < mapping.headers.size(); ++i)
        if (!mapping.fields.at(i).isEmpty())
            plan.importedHeaders << mapping.headers.at(i).trimmed();
    plan.ignoredHeaders = mapping.ignoredHeaders();
    plan.headers = mapping.headers;
    plan.fields = mapping.fields;

    UnitPaths units(db);
    const CadreMatcher directory(db, cadreColumns());
    DossierNumbers numbers(db);
    QHash<QString, int> rowOfIdNumber;
    QHash<QString, int> rowOfNameAndBirth;
    QHash<int, int> rowOfCadre;
    file.read(sheet, [&](int number, const QStringList &cells) {
        if (number <= mapping.headerRow)
            return true;
        if (number % 500 == 0)
            report(number, 0);
        RosterRow row;
        row.row = number;
        ReadRow read = readCells(cells, mapping, units);
        row.problems = read.problems;
        row.name = read.values.value(QStringLiteral("name")).toString();
        if (row.name.isEmpty())
            row.problems << tr("the name is missing");

        qint64 unitId = 0;
        if (!read.unit.isEmpty()) {
            const UnitPaths::Found unit = units.find(read.unit);
            if (!unit.problem.isEmpty())
                row.problems << unit.problem;
            unitId = unit.id;
            row.unitPath = unit.path;
        }

        // The same person twice in one file is a mistake to be fixed, not merged silently.
        const QString idNumber = read.values.value(QStringLiteral("id_number")).toString();
        const QString nameAndBirth = row.name + QLatin1Char('|')
                                     + read.values.value(QStringLiteral("birth_date")).toString();
        if (!idNumber.isEmpty() && rowOfIdNumber.contains(idNumber))
            row.problems << tr("the same identity number as row %1").arg(rowOfIdNumber[idNumber]);
        else if (idNumber.isEmpty() && read.values.contains(QStringLiteral("birth_date"))
                 && rowOfNameAndBirth.contains(nameAndBirth))
            row.problems << tr("the same name and date of birth as row %1")
                                .arg(rowOfNameAndBirth[nameAndBirth]);
        if (!idNumber.isEmpty())
            rowOfIdNumber.insert(idNumber, number);
        if (read.values.contains(QStringLiteral("birth_date")))
            rowOfNameAndBirth.insert(nameAndBirth, number);

        QString matchProblem;
        const int matched
            = row.name.isEmpty() ? -1 : directory.matchRosterRow(read.values, unitId, matchProblem);
        if (!matchProblem.isEmpty())
            row.problems << matchProblem;
        if (matched >= 0 && rowOfCadre.contains(matched))
            row.problems << tr("names the same cadre as row %1").arg(rowOfCadre[matched]);
        if (matched >= 0)
            rowOfCadre.insert(matched, number);
        row.positionSince = read.positionSince;

        if (matched < 0) {
            if (read.unit.isEmpty())
                row.problems << tr("the unit is missing");
            if (!read.values.contains(QStringLiteral("gender")))
                row.problems << tr("the gender is missing (give it, or the identity number)");
            if (!read.values.contains(QStringLiteral("dossier_number")))
                read.values.insert(QStringLiteral("dossier_number"), numbers.next());
            row.values = read.values;
            row.action = Action::New;
        } else {
            const CadreMatcher::Stored &stored = directory.at(matched);
            row.cadreId = stored.id;
            QVariantMap given = read.values;
            if (!row.unitPath.isEmpty() && unitId != stored.values.value("unit_id").toLongLong())
                row.changes << tr("%1: %2 → %3")
                                   .arg(RosterColumns::fieldLabel(QStringLiteral("unit")),
                                        units.pathOf(stored.values.value("unit_id").toLongLong()),
                                        row.unitPath);
            else
                row.unitPath.clear();
            for (const QString &column : cadreColumns()) {
                if (!given.contains(column))
                    continue;
                if (sameValue(stored.values.value(column), given.value(column))) {
                    given.remove(column);
                    continue;
                }
                row.changes << tr("%1: %2 → %3")
                                   .arg(RosterColumns::fieldLabel(column),
                                        valueText(column, stored.values.value(column), units),
                                        valueText(column, given.value(column), units));
            }
            row.values = given;
            row.action = row.changes.isEmpty() ? Action::Same : Action::Update;
            if (row.action == Action::Same)
                row.positionSince.clear();
        }
        if (!row.problems.isEmpty())
            row.action = Action::Refused;
        plan.rows << row;
        return true;
    });
    const QHash<QString, QString> moves = units.placeBareNames();
    for (RosterRow &row : plan.rows)
        row.unitPath = moves.value(row.unitPath, row.unitPath);
    plan.newUnits = units.newPaths();
    return plan;
}

void RosterImport::report(int done, int total) const
{
    if (m_progress && !m_progress(done, total))
        throw DataError(tr("The import was cancelled; nothing was written."));
}

ImportReceipt RosterImport::apply(const RosterPlan &plan) const
{
    const QStringList problems = plan.problems();
    if (!problems.isEmpty())
        throw DataError(
            tr("The roster has %n problem(s); nothing was imported. %1", "", int(problems.size()))
                .arg(problems.first()));
    const QSqlDatabase db = m_database.connection();
    RecordRepository repository(m_database);
    Transaction transaction(db);
    ImportReceipt receipt;
    receipt.fileName = QFileInfo(plan.filePath).fileName();
    UnitPaths units(db);
    QHash<QString, qint64> made;
    for (const QString &path : plan.newUnits) {
        const int slash = int(path.lastIndexOf(QLatin1Char('/')));
        const QString name = path.mid(slash + 1);
        qint64 parent = 0;
        if (slash > 0)
            parent = made.contains(path.left(slash)) ? made.value(path.left(slash))
                                                     : units.find(path.left(slash)).id;
        QVariantMap values = {{QStringLiteral("name"), name},
                              {QStringLiteral("kind"), UnitPaths::kindOf(name, parent == 0)}};
        if (parent != 0)
            values.insert(QStringLiteral("parent_id"), parent);
        made.insert(path, repository.create(QStringLiteral("units"), values));
        receipt.created.append({QStringLiteral("units"), made.value(path)});
    }
    const auto unitOf = [&](const QString &path) {
        return made.contains(path) ? made.value(path) : units.find(path).id;
    };
    int created = 0, updated = 0, same = 0;
    int written = 0;
    for (const RosterRow &row : plan.rows) {
        if (++written % 200 == 0)
            report(written, int(plan.rows.size()));
        try {
            QVariantMap values = row.values;
            if (!row.unitPath.isEmpty())
                values.insert(QStringLiteral("unit_id"), unitOf(row.unitPath));
            qint64 cadre = row.cadreId;
            if (row.action == Action::New) {
                cadre = repository.create(QStringLiteral("cadres"), values);
                receipt.created.append({QStringLiteral("cadres"), cadre});
                ++created;
            } else if (row.action == Action::Update) {
                const QVariantMap stored = repository.load(QStringLiteral("cadres"), cadre);
                QVariantMap before;
                for (const QString &column : values.keys())
                    before.insert(column, stored.value(column));
                repository.update(QStringLiteral("cadres"), cadre, values);
                receipt.changed.append({QStringLiteral("cadres"), cadre, before});
                ++updated;
            } else {
                ++same;
                continue;
            }
            if (!row.positionSince.isEmpty()) {
                const QVariantMap now = repository.load(QStringLiteral("cadres"), cadre);
                const QString title = now.value(QStringLiteral("position")).toString();
                if (!title.isEmpty())
                    receipt.created.append(
                        {QStringLiteral("positions"),
                         repository.create(QStringLiteral("positions"),
                                           {{QStringLiteral("cadre_id"), cadre},
                                            {QStringLiteral("unit_id"), now.value("unit_id")},
                                            {QStringLiteral("title"), title},
                                            {QStringLiteral("rank"), now.value("rank")},
                                            {QStringLiteral("start_date"), row.positionSince}})});
            }
        } catch (const DataError &error) {
            throw DataError(tr("Row %1 (%2) was refused: %3; nothing was imported.")
                                .arg(row.row)
                                .arg(row.name, error.message()));
        }
    }
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("spreadsheet");
    entry.after = QJsonObject{{QStringLiteral("file"), plan.filePath},
                              {QStringLiteral("file_sha256"), plan.sha256},
                              {QStringLiteral("kind"), QStringLiteral("cadres")},
                              {QStringLiteral("new"), created},
                              {QStringLiteral("updated"), updated},
                              {QStringLiteral("same"), same},
                              {QStringLiteral("units_made"), int(plan.newUnits.size())}};
    AuditLog::append(m_database, entry);
    transaction.commit();
    return receipt;
}
