#include "recordrepository.h"

#include "access/access.h"
#include "cadresearchindex.h"
#include "domain/dataerror.h"
#include "domain/period.h"
#include "domain/pinyin.h"
#include "domain/recordkinds.h"
#include "domain/tables.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/schemacatalog.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace RepositorySupport;

RecordRepository::RecordRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QStringList RecordRepository::tables()
{
    return Tables::named(Tables::Role::Record);
}

QStringList RecordRepository::linkTables()
{
    return Tables::named(Tables::Role::Link);
}

QStringList RecordRepository::columns(const QString &table) const
{
    static QHash<QString, QStringList> cache;
    const auto cached = cache.constFind(table);
    if (cached != cache.constEnd())
        return *cached;
    if (!tables().contains(table) && !linkTables().contains(table))
        throw DataError(tr("There is no record kind called %1.").arg(table));
    const QStringList names = SchemaCatalog::columnNames(m_db, table);
    cache.insert(table, names);
    return names;
}

void RecordRepository::checkColumns(const QString &table, QVariantMap &values) const
{
    const QStringList known = columns(table);
    const QStringList required = requiredColumns(table);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!known.contains(it.key()) || it.key() == QLatin1String("id"))
            throw ValidationError(
                it.key(),
                tr("%1 has no field called %2.").arg(RecordKinds::title(table), it.key()));
        // An empty text field from a form is "" where the schema wants text, NULL elsewhere.
        if (it->typeId() == QMetaType::QString && it->toString().isEmpty())
            *it = required.contains(it.key()) ? QVariant(QStringLiteral(""))
                                              : QVariant(QMetaType(QMetaType::QString));
    }
}

QStringList RecordRepository::requiredColumns(const QString &table) const
{
    static QHash<QString, QStringList> cache;
    const auto cached = cache.constFind(table);
    if (cached != cache.constEnd())
        return *cached;
    QStringList names;
    for (const SchemaCatalog::Column &column : SchemaCatalog::columns(m_db, table))
        if (column.notNull)
            names << column.name;
    cache.insert(table, names);
    return names;
}

void RecordRepository::prepareCadre(QVariantMap &values, bool creating) const
{
    values.insert(QStringLiteral("updated_at"), now());
    if (creating)
        values.insert(QStringLiteral("created_at"), now());
    if (values.contains(QStringLiteral("name"))) {
        const QString name = values.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            throw ValidationError(QStringLiteral("name"), tr("A cadre needs a name."));
        values.insert(QStringLiteral("name"), name);
        const PinyinKeys keys = Pinyin::keysForName(name);
        values.insert(QStringLiteral("pinyin_full"), keys.full.join(QLatin1Char(' ')));
        values.insert(QStringLiteral("pinyin_initials"), keys.initials.join(QLatin1Char(' ')));
    }
}

void RecordRepository::validate(const QString &table, const QVariantMap &record) const
{
    // A unit under itself, or under a unit below it, would take the tree apart.
    if (table == QLatin1String("units") && record.value(QStringLiteral("id")).toLongLong() != 0) {
        const qint64 id = record.value(QStringLiteral("id")).toLongLong();
        qint64 above = record.value(QStringLiteral("parent_id")).toLongLong();
        for (int depth = 0; above != 0 && depth < 1000; ++depth) {
            if (above == id)
                throw ValidationError(QStringLiteral("parent_id"),
                                      tr("A unit cannot be placed under itself or under a unit "
                                         "below it."));
            above = Sql::scalar(m_db, QStringLiteral("SELECT parent_id FROM units WHERE id = ?"),
                                {above})
                        .toLongLong();
        }
    }
    if (table == QLatin1String("units") || table == QLatin1String("cadres"))
        validateRetirement(table, record);
    // Date order the schema cannot see, because it spans tables.
    if (table == QLatin1String("sanctions") || table == QLatin1String("organizational_handlings")
        || table == QLatin1String("admonitions")) {
        const QVariant caseId = record.value(QStringLiteral("case_id"));
        if (!caseId.isNull() && caseId.isValid()) {
            const QDate filed = Sql::date(Sql::scalar(
                m_db, QStringLiteral("SELECT filed_date FROM cases WHERE id = ?"), {caseId}));
            const QDate effective = Sql::date(record.value(QStringLiteral("effective_date")));
            if (filed.isValid() && effective.isValid() && effective < filed)
                throw ValidationError(QStringLiteral("effective_date"),
                                      tr("The decision cannot take effect before the case was "
                                         "filed (%1).")
                                          .arg(displayDate(filed)));
        }
    }
    if (table == QLatin1String("relatives")
        && !record.value(QStringLiteral("relative_cadre_id")).isNull()
        && record.value(QStringLiteral("relative_cadre_id")).toLongLong()
               == record.value(QStringLiteral("cadre_id")).toLongLong())
        throw ValidationError(QStringLiteral("relative_cadre_id"),
                              tr("A cadre cannot be recorded as their own relative."));
    if (table == QLatin1String("cases")) {
        const QVariant clueId = record.value(QStringLiteral("clue_id"));
        if (!clueId.isNull() && clueId.isValid()) {
            const QDate received = Sql::date(Sql::scalar(
                m_db, QStringLiteral("SELECT received_date FROM clues WHERE id = ?"), {clueId}));
            if (received.isValid()
                && Sql::date(record.value(QStringLiteral("filed_date"))) < received)
                throw ValidationError(QStringLiteral("filed_date"),
                                      tr("A case cannot be filed before its clue was received."));
        }
    }
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        const bool dateField
            = it.key().endsWith(QLatin1String("_date")) || it.key() == QLatin1String("deadline");
        if (dateField && !it.value().isNull() && !it.value().toString().isEmpty()
            && !Sql::date(it.value()).isValid())
            throw ValidationError(it.key(),
                                  tr("%1 is not a date (YYYY-MM-DD).").arg(it.value().toString()));
    }
}

void RecordRepository::validateRetirement(const QString &table, const QVariantMap &record) const
{
    // A retired unit holds no serving cadre and no unit still in use: from the day it was
    // retired, what it did belongs to other units.
    const auto retiredOn = [this](const QVariant &unitId) {
        return Sql::scalar(m_db, QStringLiteral("SELECT retired_on FROM units WHERE id = ?"),
                           {unitId})
            .toString();
    };
    const auto unitName = [this](const QVariant &unitId) {
        return Sql::scalar(m_db, QStringLiteral("SELECT name FROM units WHERE id = ?"), {unitId})
            .toString();
    };
    if (table == QLatin1String("cadres")) {
        const QVariant unit = record.value(QStringLiteral("unit_id"));
        const QString retired = unit.isNull() ? QString() : retiredOn(unit);
        if (!retired.isEmpty()
            && record.value(QStringLiteral("status"), QStringLiteral("serving")).toString()
                   == QLatin1String("serving"))
            throw ValidationError(QStringLiteral("unit_id"),
                                  tr("%1 was retired on %2: a serving cadre cannot belong to it. "
                                     "Choose the unit that took over its work.")
                                      .arg(unitName(unit), displayDate(Sql::date(retired))));
        return;
    }
    const QVariant parent = record.value(QStringLiteral("parent_id"));
    const bool retiring = !record.value(QStringLiteral("retired_on")).isNull()
                          && !record.value(QStringLiteral("retired_on")).toString().isEmpty();
    if (!retiring && !parent.isNull() && parent.toLongLong() != 0) {
        const QString retired = retiredOn(parent);
        if (!retired.isEmpty())
            throw ValidationError(QStringLiteral("parent_id"),
                                  tr("%1 was retired on %2: no unit in use can be placed under "
                                     "it.")
                                      .arg(unitName(parent), displayDate(Sql::date(retired))));
    }
    const qint64 id = record.value(QStringLiteral("id")).toLongLong();
    if (!retiring || id == 0)
        return;
    if (!Sql::date(record.value(QStringLiteral("retired_on"))).isValid())
        throw ValidationError(QStringLiteral("retired_on"),
                              tr("%1 is not a date (YYYY-MM-DD).")
                                  .arg(record.value(QStringLiteral("retired_on")).toString()));
    const QString name = record.value(QStringLiteral("name")).toString();
    const int serving
        = Sql::scalar(m_db,
                      QStringLiteral("SELECT count(*) FROM cadres WHERE unit_id = ? AND "
                                     "status = 'serving'"),
                      {id})
              .toInt();
    if (serving > 0)
        throw ValidationError(QStringLiteral("retired_on"),
                              tr("%1 still has %n serving cadre(s): transfer them to the units "
                                 "that take over its work, or merge it into one, first.",
                                 "", serving)
                                  .arg(name));
    const int below = Sql::scalar(m_db,
                                  QStringLiteral("SELECT count(*) FROM units WHERE parent_id = ? "
                                                 "AND retired_on IS NULL"),
                                  {id})
                          .toInt();
    if (below > 0)
        throw ValidationError(
            QStringLiteral("retired_on"),
            tr("%1 has %n unit(s) in use below it: move or retire them first.", "", below)
                .arg(name));
}

qint64 RecordRepository::cadreOf(const QString &table, const QVariantMap &record) const
{
    if (table == QLatin1String("cadres"))
        return record.value(QStringLiteral("id")).toLongLong();
    if (table == QLatin1String("findings"))
        return record.value(QStringLiteral("responsible_cadre_id")).toLongLong();
    return record.value(QStringLiteral("cadre_id")).toLongLong();
}

void RecordRepository::refreshSearch(const QString &table, qint64 id) const
{
    QString statement = QStringLiteral("SELECT c.id, c.name, u.name, c.position, c.pinyin_full, "
                                       "c.pinyin_initials FROM cadres c JOIN units u ON "
                                       "u.id = c.unit_id WHERE ");
    statement += table == QLatin1String("units") ? QStringLiteral("u.id = ?")
                                                 : QStringLiteral("c.id = ?");
    QSqlQuery query = Sql::run(m_db, statement, {id});
    while (query.next()) {
        PinyinKeys keys;
        keys.full = query.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        keys.initials = query.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        CadreSearchIndex::write(m_db, query.value(0).toLongLong(),
                                CadreSearchIndex::haystack(query.value(1).toString(),
                                                           query.value(2).toString(),
                                                           query.value(3).toString(), keys));
    }
}

QVariantMap RecordRepository::load(const QString &table, qint64 id) const
{
    return read(table, id, false);
}

QVariantMap RecordRepository::loadForWriting(const QString &table, qint64 id) const
{
    return read(table, id, true);
}

QString RecordRepository::version(const QVariantMap &record)
{
    if (record.isEmpty())
        return {};
    // QJsonDocument writes keys sorted: the same record always gives the same bytes.
    const QByteArray canonical
        = QJsonDocument(QJsonObject::fromVariantMap(record)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16));
}

ConflictError RecordRepository::conflict(const QString &table, qint64 id, const QVariantMap &mine,
                                         const QVariantMap &theirs) const
{
    // Who changed it last, and when, from the trail.
    QString by;
    QString at;
    // By the person's name where the account has one.
    QSqlQuery last = Sql::run(
        m_db,
        QStringLiteral("SELECT coalesce(nullif(a.real_name, ''), e.user_name), e.at FROM "
                       "audit_log e LEFT JOIN accounts a ON a.name = e.user_name WHERE e.entity = "
                       "? AND e.entity_id = ? ORDER BY e.id DESC LIMIT 1"),
        {table, id});
    if (last.next()) {
        by = last.value(0).toString();
        at = last.value(1).toString();
    }
    const QString kind = RecordKinds::title(table);
    const QString message
        = theirs.isEmpty()
              ? tr("This %1 was deleted by %2 after you opened it. Nothing of yours was saved.")
                    .arg(kind, by.isEmpty() ? tr("someone else") : by)
              : tr("%2 changed this %1 after you opened it. Nothing of yours was saved: compare "
                   "the two versions and save again.")
                    .arg(kind, by.isEmpty() ? tr("Someone else") : by);
    return ConflictError(message, table, id, mine, theirs, by, at);
}

QVariantMap RecordRepository::read(const QString &table, qint64 id, bool forWriting) const
{
    const QStringList names = columns(table);
    if (!tables().contains(table))
        throw DataError(tr("There is no record kind called %1.").arg(table));
    QSqlQuery query
        = Sql::run(m_db,
                   QStringLiteral("SELECT ") + names.join(QStringLiteral(", "))
                       + QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE id = ?")
                       + (forWriting ? Sql::rowLock(m_db) : QString()),
                   {id});
    QVariantMap record;
    if (!query.next())
        return record;
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i) != QLatin1String("content") || table != QLatin1String("attachments"))
            record.insert(names.at(i), query.value(i));
    }
    Access::requireDossier(m_database, cadreOf(table, record), Permission::ReadDossiers);
    return record;
}

QSqlQuery &RecordRepository::prepared(const QString &statement) const
{
    auto found = m_statements.find(statement);
    if (found == m_statements.end())
        found = m_statements.insert(statement, Sql::prepare(m_db, statement));
    return found.value();
}

bool RecordRepository::keyedById(const QString &table) const
{
    static QHash<QString, bool> cache;
    const auto cached = cache.constFind(table);
    if (cached != cache.constEnd())
        return *cached;
    const bool keyed = SchemaCatalog::keyColumns(m_db, table) == QStringList{QStringLiteral("id")};
    cache.insert(table, keyed);
    return keyed;
}

qint64 RecordRepository::insertRow(const QString &table, const QVariantMap &values) const
{
    const QString statement
        = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
          + values.keys().join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
          + placeholders(values.size())
          + (keyedById(table) ? QStringLiteral(") RETURNING id") : QStringLiteral(")"));
    QSqlQuery &insert = prepared(statement);
    int position = 0;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        insert.bindValue(position++, it.value());
    const bool done = insert.exec();
    const QSqlError error = insert.lastError();
    const qint64 id = done && insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    if (!done)
        throw ValidationError(QString(), explainConstraint(table, error));
    return id;
}

qint64 RecordRepository::create(const QString &table, const QVariantMap &input)
{
    if (!tables().contains(table))
        throw DataError(tr("There is no record kind called %1.").arg(table));
    QVariantMap values = input;
    checkColumns(table, values);
    if (table == QLatin1String("cadres"))
        prepareCadre(values, true);
    if (table == QLatin1String("clues")) {
        const QString state = values.value(QStringLiteral("state")).toString();
        if (!state.isEmpty() && state != QLatin1String("registered"))
            throw ValidationError(QStringLiteral("state"),
                                  tr("A new clue starts as registered; its state changes only "
                                     "through its workflow steps."));
        values.insert(QStringLiteral("state"), QStringLiteral("registered"));
    }
    validate(table, values);
    Access::requireDossier(m_database, cadreOf(table, values), Permission::WriteRecords);
    Transaction transaction(m_db);
    const qint64 id = insertRow(table, values);
    if (table == QLatin1String("cadres"))
        refreshSearch(table, id);
    // Registration is the workflow's first step, with its operator and date like every other.
    if (table == QLatin1String("clues")) {
        QSqlQuery &step = prepared(
            QStringLiteral("INSERT INTO clue_steps (clue_id, from_state, to_state, step_date, "
                           "operator) VALUES (?, NULL, 'registered', ?, ?)"));
        step.bindValue(0, id);
        step.bindValue(1, values.value(QStringLiteral("received_date")));
        step.bindValue(2, m_database.actorName());
        Sql::exec(step);
        step.finish();
    }
    QVariantMap after = load(table, id);
    AuditLog::append(
        m_database,
        {QStringLiteral("create"), table, id, cadreOf(table, after), {}, toJson(after)});
    transaction.commit();
    return id;
}

void RecordRepository::update(const QString &table, qint64 id, const QVariantMap &input,
                              const QString &loadedVersion)
{
    QVariantMap values = input;
    checkColumns(table, values);
    // A refusal is audited: checked before the write's transaction, which would take its entry
    // back with it.
    if (const QVariantMap seen = load(table, id); !seen.isEmpty()) {
        QVariantMap wanted = seen;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            wanted.insert(it.key(), it.value());
        Access::requireDossier(m_database, cadreOf(table, seen), Permission::WriteRecords);
        Access::requireDossier(m_database, cadreOf(table, wanted), Permission::WriteRecords);
    }
    // Read again under the write's own lock: what it changes is what it read.
    Transaction transaction(m_db);
    const QVariantMap before = loadForWriting(table, id);
    if (!loadedVersion.isEmpty() && version(before) != loadedVersion) {
        QVariantMap mine = before.isEmpty() ? QVariantMap{{QStringLiteral("id"), id}} : before;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            mine.insert(it.key(), it.value());
        throw conflict(table, id, mine, before);
    }
    if (before.isEmpty())
        throw DataError(tr("This %1 no longer exists: it may have been deleted meanwhile.")
                            .arg(RecordKinds::title(table)));
    if (table == QLatin1String("clues") && values.contains(QStringLiteral("state")))
        throw ValidationError(QStringLiteral("state"),
                              tr("A clue's state changes only through its workflow steps."));
    QVariantMap changedBefore;
    QVariantMap changedAfter;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changedBefore.insert(it.key(), before.value(it.key()));
            changedAfter.insert(it.key(), it.value());
        }
    }
    if (changedAfter.isEmpty())
        return;
    if (table == QLatin1String("cadres"))
        prepareCadre(changedAfter, false);
    QVariantMap merged = before;
    for (auto it = changedAfter.constBegin(); it != changedAfter.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    validate(table, merged);
    // Both cadres, should the record move from one dossier to another.
    Access::requireDossier(m_database, cadreOf(table, before), Permission::WriteRecords);
    Access::requireDossier(m_database, cadreOf(table, merged), Permission::WriteRecords);
    QStringList assignments;
    for (const QString &key : changedAfter.keys())
        assignments << key + QStringLiteral(" = ?");
    QSqlQuery &change
        = prepared(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                   + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
    int position = 0;
    for (auto it = changedAfter.constBegin(); it != changedAfter.constEnd(); ++it)
        change.bindValue(position++, it.value());
    change.bindValue(position, id);
    const bool changed = change.exec();
    const QSqlError error = change.lastError();
    change.finish();
    if (!changed)
        throw ValidationError(QString(), explainConstraint(table, error));
    if (table == QLatin1String("cadres") || table == QLatin1String("units"))
        refreshSearch(table, id);
    AuditLog::append(m_database, {QStringLiteral("update"), table, id, cadreOf(table, merged),
                                  toJson(changedBefore), toJson(changedAfter)});
    transaction.commit();
}

void RecordRepository::remove(const QString &table, qint64 id, const QString &loadedVersion)
{
    // A refusal is audited before the write's transaction, as in update().
    if (const QVariantMap seen = load(table, id); !seen.isEmpty())
        Access::requireDossier(m_database, cadreOf(table, seen), Permission::WriteRecords);
    Transaction transaction(m_db);
    const QVariantMap before = loadForWriting(table, id);
    if (!loadedVersion.isEmpty() && version(before) != loadedVersion)
        throw conflict(table, id, {}, before);
    if (before.isEmpty())
        throw DataError(tr("This %1 no longer exists: it may have been deleted meanwhile.")
                            .arg(RecordKinds::title(table)));
    Access::requireDossier(m_database, cadreOf(table, before), Permission::WriteRecords);
    // A unit goes only when nothing is left in it, with a message that says what is.
    if (table == QLatin1String("units")) {
        const QString name = before.value(QStringLiteral("name")).toString();
        const int cadres
            = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cadres WHERE unit_id = ?"),
                          {id})
                  .toInt();
        if (cadres > 0)
            throw DataError(
                tr("%1 still has %n cadre(s): move them to another unit first.", "", cadres)
                    .arg(name));
        if (Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM units WHERE parent_id = ?"),
                        {id})
                .toInt()
            > 0)
            throw DataError(tr("%1 has units below it: move or delete them first.").arg(name));
    }
    QSqlQuery erase = Sql::prepare(m_db, QStringLiteral("DELETE FROM ") + table
                                             + QStringLiteral(" WHERE id = ?"));
    erase.bindValue(0, id);
    if (!erase.exec())
        throw ValidationError(QString(), explainConstraint(table, erase.lastError()));
    if (table == QLatin1String("cadres"))
        CadreSearchIndex::remove(m_db, id);
    AuditLog::append(
        m_database,
        {QStringLiteral("delete"), table, id, cadreOf(table, before), toJson(before), {}});
    transaction.commit();
}

void RecordRepository::link(const QString &table, const QVariantMap &input)
{
    QVariantMap values = input;
    if (!linkTables().contains(table))
        throw DataError(tr("There is no link kind called %1.").arg(table));
    checkColumns(table, values);
    validate(table, values);
    Access::requireDossier(m_database, cadreOf(table, values), Permission::WriteRecords);
    Transaction transaction(m_db);
    insertRow(table, values);
    AuditLog::append(
        m_database,
        {QStringLiteral("create"), table, 0, cadreOf(table, values), {}, toJson(values)});
    transaction.commit();
}

void RecordRepository::unlink(const QString &table, const QVariantMap &input)
{
    QVariantMap key = input;
    if (!linkTables().contains(table))
        throw DataError(tr("There is no link kind called %1.").arg(table));
    checkColumns(table, key);
    if (key.isEmpty())
        throw DataError(tr("A link is removed by its key."));
    Access::requireDossier(m_database, cadreOf(table, key), Permission::WriteRecords);
    Transaction transaction(m_db);
    QStringList conditions;
    for (const QString &name : key.keys())
        conditions << name + QStringLiteral(" = ?");
    QSqlQuery erase
        = Sql::prepare(m_db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ")
                                 + conditions.join(QStringLiteral(" AND ")));
    int position = 0;
    for (auto it = key.constBegin(); it != key.constEnd(); ++it)
        erase.bindValue(position++, it.value());
    Sql::exec(erase);
    if (erase.numRowsAffected() == 0)
        throw DataError(tr("There is no such link to remove."));
    AuditLog::append(m_database,
                     {QStringLiteral("delete"), table, 0, cadreOf(table, key), toJson(key), {}});
    transaction.commit();
}

void RecordRepository::restore(const QVector<StoredRow> &rows)
{
    for (const StoredRow &row : rows)
        Access::requireDossier(m_database, cadreOf(row.table, row.values),
                               Permission::WriteRecords);
    Transaction transaction(m_db);
    for (const StoredRow &row : rows)
        restoreRow(row);
    transaction.commit();
}

void RecordRepository::restoreRow(const StoredRow &row)
{
    const QString &table = row.table;
    if (!tables().contains(table) && !linkTables().contains(table)
        && table != QLatin1String("clue_steps"))
        throw DataError(tr("There is no record kind called %1.").arg(table));
    const QStringList known = SchemaCatalog::columnNames(m_db, table);
    const QStringList key = SchemaCatalog::keyColumns(m_db, table);
    QVariantList keyValues;
    QStringList conditions;
    for (const QString &name : key) {
        if (!row.values.contains(name))
            throw DataError(tr("A %1 row can only be put back with its key.").arg(table));
        keyValues << row.values.value(name);
        conditions << name + QStringLiteral(" = ?");
    }
    const QString where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QStringList fields;
    QVariantList fieldValues;
    for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it) {
        if (!known.contains(it.key()))
            throw ValidationError(
                it.key(),
                tr("%1 has no field called %2.").arg(RecordKinds::title(table), it.key()));
        if (!key.contains(it.key())) {
            fields << it.key();
            fieldValues << it.value();
        }
    }
    const bool exists
        = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + table + where, keyValues)
              .toInt()
          > 0;
    QSqlQuery write;
    if (exists) {
        if (fields.isEmpty())
            return;
        write = Sql::prepare(m_db, QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                                       + fields.join(QStringLiteral(" = ?, "))
                                       + QStringLiteral(" = ?") + where);
        int position = 0;
        for (const QVariant &value : fieldValues + keyValues)
            write.bindValue(position++, value);
    } else {
        write = Sql::prepare(m_db, QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                                       + row.values.keys().join(QStringLiteral(", "))
                                       + QStringLiteral(") VALUES (")
                                       + placeholders(row.values.size()) + QLatin1Char(')'));
        int position = 0;
        for (const QVariant &value : row.values)
            write.bindValue(position++, value);
    }
    if (!write.exec())
        throw ValidationError(QString(), explainConstraint(table, write.lastError()));
    const qint64 id = row.values.value(QStringLiteral("id")).toLongLong();
    if (table == QLatin1String("cadres"))
        refreshSearch(table, id);
    // The full row now stored names the cadre even when only a field was put back.
    QSqlQuery stored = Sql::run(m_db, QStringLiteral("SELECT * FROM ") + table + where, keyValues);
    QVariantMap record;
    if (stored.next()) {
        for (int i = 0; i < stored.record().count(); ++i)
            record.insert(stored.record().fieldName(i), stored.value(i));
    }
    QVariantMap audited;
    for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it) {
        if (it->typeId() != QMetaType::QByteArray)
            audited.insert(it.key(), it.value());
    }
    AuditLog::append(
        m_database,
        {QStringLiteral("restore"), table, id, cadreOf(table, record), {}, toJson(audited)});
}
