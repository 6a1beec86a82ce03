#include "reviewpayload.h"

#include "domain/dataerror.h"
#include "interchange/interchangeexporter.h"
#include "interchange/interchangeformat.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

using IdSet = QSet<qint64>;

// A WHERE clause with its bound values.
struct PayloadSelection
{
    QString where;
    QVariantList values;
};

PayloadSelection idsIn(const QString &column, const IdSet &ids)
{
    if (ids.isEmpty())
        return {QStringLiteral("0"), {}};
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList placeholders;
    PayloadSelection selection;
    for (const qint64 id : sorted) {
        placeholders << QStringLiteral("?");
        selection.values << id;
    }
    selection.where
        = QStringLiteral("%1 IN (%2)").arg(column, placeholders.join(QStringLiteral(", ")));
    return selection;
}

PayloadSelection payloadBoth(const PayloadSelection &first, const PayloadSelection &second)
{
    return {first.where + QStringLiteral(" AND ") + second.where, first.values + second.values};
}

IdSet payloadIds(const QSqlDatabase &db, const QString &statement,
                 const PayloadSelection &selection)
{
    IdSet ids;
    QSqlQuery query = Sql::run(db, statement.arg(selection.where), selection.values);
    while (query.next())
        if (!query.value(0).isNull())
            ids.insert(query.value(0).toLongLong());
    return ids;
}

// The settings a database keeps for itself (its identity, its seal file, a review copy's own).
PayloadSelection sharedSettings()
{
    PayloadSelection selection;
    QStringList placeholders;
    for (const SettingDefinition &definition : SettingsStore::definitions()) {
        if (!definition.editable) {
            placeholders << QStringLiteral("?");
            selection.values << definition.key;
        }
    }
    selection.where
        = QStringLiteral("key NOT IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
    return selection;
}

// The units of `start` with every unit above them and every unit supervising one of them.
IdSet unitsWithParents(const QSqlDatabase &db, IdSet start)
{
    IdSet all;
    while (!start.isEmpty()) {
        all.unite(start);
        const PayloadSelection selection = idsIn(QStringLiteral("id"), start);
        start.clear();
        QSqlQuery query = Sql::run(db,
                                   QStringLiteral("SELECT parent_id, supervising_unit_id FROM "
                                                  "units WHERE %1")
                                       .arg(selection.where),
                                   selection.values);
        while (query.next())
            for (int column : {0, 1})
                if (!query.value(column).isNull()
                    && !all.contains(query.value(column).toLongLong()))
                    start.insert(query.value(column).toLongLong());
    }
    return all;
}

struct PayloadTable
{
    const InterchangeFormat::Table *table = nullptr;
    QVector<QVariantList> rows;
};

} // namespace

QStringList ReviewPayload::caseNumbers(const QSqlDatabase &db, const QList<qint64> &caseIds)
{
    QStringList numbers;
    for (const qint64 id : caseIds) {
        const QVariant number
            = Sql::scalar(db, QStringLiteral("SELECT number FROM cases WHERE id = ?"), {id});
        if (!number.isValid())
            throw DataError(tr("One of the chosen cases no longer exists: it may have been "
                               "deleted meanwhile."));
        numbers << number.toString();
    }
    return numbers;
}

QList<qint64> ReviewPayload::subjectsOf(const QSqlDatabase &db, const QList<qint64> &caseIds)
{
    const PayloadSelection cases
        = idsIn(QStringLiteral("case_id"), IdSet(caseIds.begin(), caseIds.end()));
    IdSet subjects;
    for (const char *table : {"case_subjects", "case_facts", "case_evidence", "case_statements"})
        subjects.unite(payloadIds(
            db, QStringLiteral("SELECT cadre_id FROM %1 WHERE %2").arg(QLatin1String(table)),
            cases));
    subjects.unite(payloadIds(db,
                              QStringLiteral("SELECT cadre_id FROM case_proposals WHERE "
                                             "review_id IN (SELECT id FROM case_reviews WHERE "
                                             "%1)"),
                              cases));
    QList<qint64> sorted(subjects.begin(), subjects.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

ReviewPayload::Contents ReviewPayload::build(const QSqlDatabase &db, const QList<qint64> &caseIds)
{
    Contents contents;
    contents.caseNumbers = caseNumbers(db, caseIds);
    contents.subjects = subjectsOf(db, caseIds);
    const IdSet caseSet(caseIds.begin(), caseIds.end());
    const IdSet subjects(contents.subjects.begin(), contents.subjects.end());
    const PayloadSelection ofCases = idsIn(QStringLiteral("case_id"), caseSet);
    const PayloadSelection ofSubjects = idsIn(QStringLiteral("cadre_id"), subjects);

    IdSet clues
        = payloadIds(db, QStringLiteral("SELECT clue_id FROM clue_subjects WHERE %1"), ofSubjects);
    clues.unite(payloadIds(db, QStringLiteral("SELECT clue_id FROM cases WHERE %1"),
                           idsIn(QStringLiteral("id"), caseSet)));
    IdSet units = payloadIds(db, QStringLiteral("SELECT unit_id FROM cadres WHERE %1"),
                             idsIn(QStringLiteral("id"), subjects));
    units.unite(payloadIds(db, QStringLiteral("SELECT unit_id FROM cases WHERE %1"),
                           idsIn(QStringLiteral("id"), caseSet)));
    units = unitsWithParents(db, units);
    const IdSet reviews
        = payloadIds(db, QStringLiteral("SELECT id FROM case_reviews WHERE %1"), ofCases);
    const IdSet evidence
        = payloadIds(db, QStringLiteral("SELECT id FROM case_evidence WHERE %1"), ofCases);

    const PayloadSelection everything{QStringLiteral("true"), {}};
    const PayloadSelection ofClues = idsIn(QStringLiteral("clue_id"), clues);
    const QHash<QString, PayloadSelection> selections = {
        {QStringLiteral("settings"), sharedSettings()},
        {QStringLiteral("rules"), everything},
        {QStringLiteral("articles"), everything},
        {QStringLiteral("units"), idsIn(QStringLiteral("id"), units)},
        {QStringLiteral("cadres"), idsIn(QStringLiteral("id"), subjects)},
        {QStringLiteral("relatives"), ofSubjects},
        {QStringLiteral("clues"), idsIn(QStringLiteral("id"), clues)},
        {QStringLiteral("clue_subjects"), payloadBoth(ofClues, ofSubjects)},
        {QStringLiteral("clue_steps"), ofClues},
        {QStringLiteral("cases"), idsIn(QStringLiteral("id"), caseSet)},
        {QStringLiteral("case_subjects"), ofCases},
        {QStringLiteral("sanctions"), ofSubjects},
        {QStringLiteral("organizational_handlings"), ofSubjects},
        {QStringLiteral("admonitions"), ofSubjects},
        {QStringLiteral("case_reviews"), ofCases},
        {QStringLiteral("case_facts"), ofCases},
        {QStringLiteral("case_evidence"), ofCases},
        {QStringLiteral("case_statements"), ofCases},
        {QStringLiteral("case_proposals"), idsIn(QStringLiteral("review_id"), reviews)},
        {QStringLiteral("attachments"),
         payloadBoth({QStringLiteral("entity = 'case_evidence'"), {}},
                     idsIn(QStringLiteral("entity_id"), evidence))},
    };

    // Read first, every table in the file's order, so that a link to what stays behind can be
    // told before anything is written.
    std::vector<PayloadTable> tables;
    QHash<QString, IdSet> travelling;
    for (const InterchangeFormat::Table &table : InterchangeFormat::tables()) {
        const auto selection = selections.constFind(table.name);
        if (selection == selections.constEnd())
            continue;
        QStringList columns;
        for (const InterchangeFormat::Column &column : table.columns)
            columns << QLatin1Char('"') + column.name + QLatin1Char('"');
        QSqlQuery query
            = Sql::run(db,
                       QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3")
                           .arg(columns.join(QStringLiteral(", ")), table.name, selection->where),
                       selection->values);
        PayloadTable rows{&table, {}};
        while (query.next()) {
            QVariantList values;
            for (int c = 0; c < columns.size(); ++c)
                values << query.value(c);
            if (table.hasIdKey())
                travelling[table.name].insert(values.first().toLongLong());
            rows.rows << values;
        }
        tables.push_back(rows);
    }
    for (PayloadTable &rows : tables) {
        for (size_t c = 0; c < rows.table->columns.size(); ++c) {
            const InterchangeFormat::Column &column = rows.table->columns[c];
            if (column.references.isEmpty())
                continue;
            for (QVariantList &values : rows.rows) {
                QVariant &value = values[qsizetype(c)];
                if (value.isNull()
                    || travelling.value(column.references).contains(value.toLongLong()))
                    continue;
                if (!column.isNullable())
                    throw DataError(tr("A record of the case file refers to a record that "
                                       "cannot travel with it; check the case file's records."));
                value = QVariant(QMetaType(QMetaType::LongLong));
            }
        }
    }

    // The copy is an export's working space, not a write anyone made: plain SQL in one
    // transaction, its references checked when it commits.
    const auto copy = Database::openInMemory();
    const QSqlDatabase memory = copy->connection();
    {
        Transaction transaction(memory);
        Sql::run(memory, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        Sql::run(memory, QStringLiteral("DELETE FROM rules"));
        Sql::run(memory, QStringLiteral("DELETE FROM articles"));
        const PayloadSelection shared = sharedSettings();
        Sql::run(memory, QStringLiteral("DELETE FROM settings WHERE %1").arg(shared.where),
                 shared.values);
        for (const PayloadTable &rows : tables) {
            QStringList columns;
            QStringList placeholders;
            for (const InterchangeFormat::Column &column : rows.table->columns) {
                columns << QLatin1Char('"') + column.name + QLatin1Char('"');
                placeholders << QStringLiteral("?");
            }
            QSqlQuery insert = Sql::prepare(
                memory, QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                            .arg(rows.table->name, columns.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", "))));
            for (const QVariantList &values : rows.rows) {
                for (int c = 0; c < values.size(); ++c)
                    insert.bindValue(c, values.at(c));
                Sql::exec(insert);
            }
        }
        transaction.commit();
    }
    contents.document = InterchangeExporter(*copy).toBytes(contents.summary);
    return contents;
}

QByteArray ReviewPayload::package(const QByteArray &caseFile,
                                  const std::optional<ReviewerAccount> &reviewer)
{
    // The case file goes in as written, not parsed and written again: it may be large.
    QJsonObject head{{QStringLiteral("format"), formatName}, {QStringLiteral("version"), version}};
    if (reviewer)
        head.insert(QStringLiteral("reviewer"), reviewer->toJson());
    QByteArray payload = QJsonDocument(head).toJson(QJsonDocument::Compact);
    payload.chop(1); // the closing brace
    payload += QByteArrayLiteral(",\"case_file\":");
    payload += caseFile;
    payload += '}';
    return payload;
}

ReviewPayload::Package ReviewPayload::unpack(const QByteArray &payload)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    const QJsonObject top = document.object();
    const QString format = top.value(QStringLiteral("format")).toString();
    Package package;
    if (error.error == QJsonParseError::NoError && format == InterchangeFormat::formatName) {
        package.caseFile = payload;
        return package;
    }
    if (error.error != QJsonParseError::NoError || format != formatName
        || top.value(QStringLiteral("version")).toInt() != version
        || !top.value(QStringLiteral("case_file")).isObject())
        throw DataError(tr("The review package's contents are not readable by this version of "
                           "the program."));
    if (top.contains(QStringLiteral("reviewer")))
        package.reviewer
            = ReviewerAccount::fromJson(top.value(QStringLiteral("reviewer")).toObject());
    package.caseFile = QJsonDocument(top.value(QStringLiteral("case_file")).toObject())
                           .toJson(QJsonDocument::Compact);
    return package;
}
