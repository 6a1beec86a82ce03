#include "cadredirectory.h"

#include "domain/cluestatemachine.h"
#include "impactperiodscreen.h"
#include "records/cadresearchindex.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/rulesstore.h"
#include "storage/sql.h"

#include <QAtomicInt>
#include <QSqlQuery>

namespace {

// "?, ?, ?" for the clue states that are not final, with their keys as values.
QString openStatePlaceholders(QVariantList &values)
{
    QStringList marks;
    for (const QString &state : ClueStateMachine::states()) {
        if (ClueStateMachine::isOpen(state)) {
            marks << QStringLiteral("?");
            values << state;
        }
    }
    return marks.join(QStringLiteral(", "));
}

// The duty-and-integrity report of a year, the one every leading cadre files.
const QString kDutyReportKind = QStringLiteral("duty_and_integrity");

} // namespace

CadreDirectory::CadreDirectory(const Database &database, QDate asOf)
    : m_database(database)
    , m_db(database.connection())
    , m_visibility(Access::visibility(database))
    , m_asOf(asOf.isValid() ? asOf : QDate::currentDate())
    , m_followsToday(!asOf.isValid())
{
    static QAtomicInt counter;
    m_matchTable = QStringLiteral("directory_matches_%1").arg(counter.fetchAndAddRelaxed(1));
}

CadreDirectory::~CadreDirectory()
{
    // Never throws: the connection may already be closed.
    if (m_matchTableCreated && m_db.isOpen()) {
        QSqlQuery drop(m_db);
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS temp.") + m_matchTable);
    }
}

void CadreDirectory::forgetFilterResults()
{
    m_matchedFilter.clear();
    m_matchesReady = false;
}

CadreDirectory::Where CadreDirectory::matches(const CadreFilter &filter) const
{
    const Where where = whereClause(filter, QStringLiteral("c.id"));
    if (where.sql.isEmpty())
        return {};
    const QString key = QStringList{filter.text,
                                    QString::number(filter.unitId),
                                    filter.unitKind,
                                    QString::number(filter.topLeadersOnly),
                                    QString::number(filter.insideImpactPeriod),
                                    QString::number(filter.openClues),
                                    QString::number(filter.overdueRectifications),
                                    QString::number(filter.missingDutyReport)}
                            .join(QChar(0x1f));
    if (!m_matchesReady || m_matchedFilter != key) {
        Sql::run(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (cadre_id INTEGER "
                                      "PRIMARY KEY)")
                           .arg(m_matchTable));
        m_matchTableCreated = true;
        Sql::run(m_db, QStringLiteral("DELETE FROM temp.") + m_matchTable);
        const QString gram = Dialects::of(m_db) == Dialect::Sqlite
                                 ? CadreSearchIndex::leadingGram(filter.text)
                                 : QString();
        if (!gram.isEmpty() && !where.readsRows) {
            // Straight from a short word's grams, in the order of their key: looking up each
            // cadre a surname matches takes longer than everything else a keystroke does.
            const Where byGram = whereClause(filter, QStringLiteral("g.cadre_id"), true);
            Sql::run(m_db,
                     QStringLiteral("INSERT INTO temp.%1 (cadre_id) SELECT g.cadre_id FROM "
                                    "cadre_grams g WHERE g.gram = ?")
                             .arg(m_matchTable)
                         + (byGram.sql.isEmpty() ? QString()
                                                 : QStringLiteral(" AND ")
                                                       + byGram.sql.mid(int(qstrlen(" WHERE ")))),
                     QVariantList{gram} + byGram.values);
        } else {
            Sql::run(m_db,
                     QStringLiteral("INSERT INTO temp.%1 (cadre_id) SELECT c.id FROM cadres c")
                             .arg(m_matchTable)
                         + where.sql,
                     where.values);
        }
        // The server plans the page's join by what it knows of the matches: told, it reads a
        // few matches by their keys instead of every cadre.
        if (Dialects::of(m_db) == Dialect::PostgreSql)
            Sql::run(m_db, QStringLiteral("ANALYZE temp.") + m_matchTable);
        m_matchedFilter = key;
        m_matchesReady = true;
    }
    return {QStringLiteral(" WHERE c.id IN (SELECT cadre_id FROM temp.%1)").arg(m_matchTable), {}};
}

int CadreDirectory::dutyReportYear() const
{
    return dutyReportYear(m_asOf);
}

int CadreDirectory::dutyReportYear(QDate asOf)
{
    return asOf.month() >= 2 ? asOf.year() - 1 : asOf.year() - 2;
}

void CadreDirectory::refresh()
{
    if (m_followsToday)
        m_asOf = QDate::currentDate();
    m_impactPeriodsReady = false;
    forgetFilterResults();
}

void CadreDirectory::ensureImpactPeriods() const
{
    if (m_impactPeriodsReady)
        return;
    ImpactPeriodScreen(m_db, RulesStore::load(m_db)).refresh(m_asOf);
    m_impactPeriodsReady = true;
}

CadreDirectory::Where CadreDirectory::whereClause(const CadreFilter &filter,
                                                  const QString &idColumn, bool gramsRead) const
{
    QStringList conditions;
    Where where;
    const bool asksFacts = filter.insideImpactPeriod || filter.openClues
                           || filter.overdueRectifications || filter.missingDutyReport;
    if (asksFacts && !m_visibility.facts)
        Access::require(m_database, Permission::ReadDossiers); // refused, audited and thrown
    if (!m_visibility.allUnits) {
        conditions << m_visibility.unitTest(QStringLiteral("c.unit_id")).mid(5);
        where.readsRows = true;
    }
    // A quick filter is a fact about each cadre it finds: never about the account's own
    // dossier or a close relative's.
    if (asksFacts && !m_visibility.barred.isEmpty())
        conditions << m_visibility.barredTest(idColumn).mid(5);
    const auto search
        = CadreSearchIndex::condition(filter.text, idColumn, Dialects::of(m_db), gramsRead);
    if (!search.isEmpty()) {
        conditions << search.sql;
        where.values << search.values;
    }
    where.readsRows = where.readsRows || filter.unitId != 0 || filter.topLeadersOnly
                      || filter.missingDutyReport;
    if (filter.unitId != 0 && filter.unitKind.isEmpty()) {
        conditions << QStringLiteral(
            "c.unit_id IN (WITH RECURSIVE subtree(id) AS (SELECT ? UNION ALL SELECT u2.id FROM "
            "units u2 JOIN subtree s ON u2.parent_id = s.id) SELECT id FROM subtree)");
        where.values << filter.unitId;
    } else if (filter.unitId != 0) {
        conditions << QStringLiteral(
            "c.unit_id IN (WITH RECURSIVE subtree(id) AS (SELECT id FROM units WHERE parent_id = ? "
            "AND kind = ? UNION ALL SELECT u2.id FROM units u2 JOIN subtree s "
            "ON u2.parent_id = s.id) SELECT id FROM subtree)");
        where.values << filter.unitId << filter.unitKind;
    }
    if (filter.topLeadersOnly)
        conditions << QStringLiteral("c.is_top_leader = 1");
    const QString day = m_asOf.toString(Qt::ISODate);
    if (filter.insideImpactPeriod) {
        ensureImpactPeriods();
        conditions << QStringLiteral("%1 IN (SELECT cadre_id FROM temp.%2 WHERE as_of = ?)")
                          .arg(idColumn, ImpactPeriodScreen::tableName());
        where.values << day;
    }
    if (filter.openClues) {
        // Few clues are open at any time: the subquery is small and read through clues_state.
        const QString states = openStatePlaceholders(where.values);
        conditions << QStringLiteral("%1 IN (SELECT s.cadre_id FROM clue_subjects s JOIN clues l "
                                     "ON l.id = s.clue_id WHERE l.state IN (%2))")
                          .arg(idColumn, states);
    }
    if (filter.overdueRectifications) {
        conditions << idColumn
                          + QStringLiteral(" IN (SELECT responsible_cadre_id FROM findings "
                                           "WHERE status <> 'completed' AND deadline < ?)");
        where.values << day;
    }
    if (filter.missingDutyReport) {
        // Expected from serving top leaders and from everyone who reported the year before. As
        // one compound set, so that the few ids are found first and the cadres looked up by id.
        conditions << QStringLiteral(
            "c.id IN (SELECT cadre_id FROM duty_reports WHERE year = ? AND kind = ? UNION SELECT "
            "id FROM cadres WHERE is_top_leader = 1 EXCEPT SELECT cadre_id FROM duty_reports "
            "WHERE year = ? AND kind = ?) AND c.status = 'serving'");
        const int year = dutyReportYear();
        where.values << year - 1 << kDutyReportKind << year << kDutyReportKind;
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

CadreDirectory::Where CadreDirectory::orderBy(SortKey sort, Qt::SortOrder order,
                                              bool ofMatches) const
{
    // A page of everyone walks the directory-order index (pinyin, id). A page of a search's
    // matches sorts the matches instead: walking the index to find them reads every cadre
    // before the first Zhang when thousands match.
    const QString byName
        = ofMatches ? QStringLiteral("(c.pinyin_full || '')") : QStringLiteral("c.pinyin_full");
    const QString direction
        = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    Where result;
    QStringList columns;
    switch (sort) {
    case SortKey::Name:
        columns << byName;
        break;
    case SortKey::Unit:
        columns << QStringLiteral("u.sort_order") << QStringLiteral("u.id");
        break;
    case SortKey::Position:
        columns << QStringLiteral("c.position");
        break;
    case SortKey::Rank:
        columns << QStringLiteral("c.rank");
        break;
    case SortKey::DossierNumber:
        columns << QStringLiteral("c.dossier_number");
        break;
    case SortKey::TopLeader:
        columns << QStringLiteral("c.is_top_leader");
        break;
    case SortKey::Status: {
        // Most serious first when descending: inside an impact period, open clues, overdue.
        // An account that sees no facts gets the names' order: the order would tell them.
        if (!m_visibility.facts) {
            columns << byName;
            break;
        }
        ensureImpactPeriods();
        columns << QStringLiteral("(c.id IN (SELECT cadre_id FROM temp.%1 WHERE as_of = ?))")
                       .arg(ImpactPeriodScreen::tableName());
        result.values << m_asOf.toString(Qt::ISODate);
        const QString states = openStatePlaceholders(result.values);
        columns << QStringLiteral("(SELECT count(*) FROM clue_subjects s JOIN clues l ON l.id = "
                                  "s.clue_id WHERE s.cadre_id = c.id AND l.state IN (%1))")
                       .arg(states);
        columns << QStringLiteral("(SELECT count(*) FROM findings f WHERE f.responsible_cadre_id "
                                  "= c.id AND f.status <> 'completed' AND f.deadline < ?)");
        result.values << m_asOf.toString(Qt::ISODate);
        break;
    }
    }
    columns << QStringLiteral("c.id");
    result.sql
        = QStringLiteral(" ORDER BY ") + columns.join(direction + QStringLiteral(", ")) + direction;
    return result;
}

bool CadreDirectory::contains(qint64 cadreId) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT 1 FROM cadres c WHERE c.id = ?")
                           + m_visibility.unitTest(QStringLiteral("c.unit_id")),
                       {cadreId})
        .isValid();
}

QString CadreDirectory::nameOf(qint64 cadreId) const
{
    return Sql::scalar(m_db,
                       QStringLiteral("SELECT c.name FROM cadres c WHERE c.id = ?")
                           + m_visibility.unitTest(QStringLiteral("c.unit_id")),
                       {cadreId})
        .toString();
}

std::vector<qint64> CadreDirectory::idsInUnit(qint64 unitId) const
{
    std::vector<qint64> ids;
    if (!m_visibility.seesUnit(unitId))
        return ids;
    QSqlQuery query = Sql::run(
        m_db, QStringLiteral("SELECT id FROM cadres WHERE unit_id = ? ORDER BY id"), {unitId});
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

int CadreDirectory::count(const CadreFilter &filter) const
{
    if (matches(filter).sql.isEmpty())
        return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cadres")).toInt();
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM temp.") + m_matchTable).toInt();
}

bool CadreDirectory::hasPageIndex() const
{
    if (m_pageIndex < 0)
        m_pageIndex = Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = "
                                                       "'index' AND name = 'cadres_page_order'"))
                          .isValid();
    return m_pageIndex == 1;
}

std::vector<CadreRow> CadreDirectory::page(const CadreFilter &filter, SortKey sort,
                                           Qt::SortOrder order, int offset, int limit) const
{
    const Where where = matches(filter);
    const Where ordering = orderBy(sort, order, !where.sql.isEmpty());
    QVariantList values = where.values;
    values << ordering.values << limit << offset;
    const QString columns = QStringLiteral(
        "SELECT c.id, c.dossier_number, c.name, u.name, c.position, c.rank, c.is_top_leader, "
        "c.status FROM ");
    QString statement = columns + QStringLiteral("cadres c JOIN units u ON u.id = c.unit_id")
                        + where.sql + ordering.sql + QStringLiteral(" LIMIT ? OFFSET ?");
    if (sort == SortKey::Name && !where.sql.isEmpty() && Dialects::of(m_db) == Dialect::Sqlite
        && hasPageIndex()) {
        // The page's ids first, sorted from the index that holds each id with its pinyin, then
        // the rows of those alone: a surname's matches are never read whole.
        const QString direction
            = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        statement = columns
                    + QStringLiteral("(SELECT c.id AS id FROM cadres c INDEXED BY "
                                     "cadres_page_order")
                    + where.sql
                    + QStringLiteral(" ORDER BY c.pinyin_full%1, c.id%1 LIMIT ? "
                                     "OFFSET ?) p JOIN cadres c ON c.id = p.id JOIN "
                                     "units u ON u.id = c.unit_id ORDER BY "
                                     "(c.pinyin_full || '')%1, c.id%1")
                          .arg(direction);
    }
    QSqlQuery query = Sql::run(m_db, statement, values);
    std::vector<CadreRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        CadreRow row;
        row.id = query.value(0).toLongLong();
        row.dossierNumber = query.value(1).toString();
        row.name = query.value(2).toString();
        row.unitName = query.value(3).toString();
        row.position = query.value(4).toString();
        row.rank = query.value(5).toString();
        row.topLeader = query.value(6).toBool();
        row.status = query.value(7).toString();
        rows.push_back(row);
    }
    return rows;
}

QHash<qint64, CadreStatus> CadreDirectory::statuses(const std::vector<qint64> &visible) const
{
    QHash<qint64, CadreStatus> result;
    std::vector<qint64> cadreIds;
    for (const qint64 id : visible) {
        if (m_visibility.seesFactsAbout(id))
            cadreIds.push_back(id);
    }
    if (cadreIds.empty())
        return result;
    ensureImpactPeriods();
    const QString day = m_asOf.toString(Qt::ISODate);
    const int year = dutyReportYear();
    QVariantList values;
    const QString states = openStatePlaceholders(values);
    values << day << year - 1 << kDutyReportKind << year << kDutyReportKind << day;
    QStringList marks;
    for (const qint64 id : cadreIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT c.id, (SELECT count(*) FROM clue_subjects s JOIN clues l ON l.id = s.clue_id "
            "WHERE s.cadre_id = c.id AND l.state IN (%1)), (SELECT count(*) FROM findings f "
            "WHERE f.responsible_cadre_id = c.id AND f.status <> 'completed' AND f.deadline < ?), "
            "c.status = 'serving' AND (c.is_top_leader = 1 OR EXISTS (SELECT 1 FROM duty_reports "
            "d WHERE d.cadre_id = c.id AND d.year = ? AND d.kind = ?)) AND NOT EXISTS (SELECT 1 "
            "FROM duty_reports d WHERE d.cadre_id = c.id AND d.year = ? AND d.kind = ?), "
            "i.cadre_id IS NOT NULL, i.until, i.permanent FROM cadres c LEFT JOIN temp.%2 i "
            "ON i.cadre_id = c.id AND i.as_of = ? WHERE c.id IN (%3)%4")
            .arg(states, ImpactPeriodScreen::tableName(), marks.join(QStringLiteral(", ")),
                 m_visibility.unitTest(QStringLiteral("c.unit_id"))),
        values);
    while (query.next()) {
        CadreStatus status;
        status.openClues = query.value(1).toInt();
        status.overdueRectifications = query.value(2).toInt();
        status.missingDutyReport = query.value(3).toBool();
        status.insideImpactPeriod = query.value(4).toBool();
        status.impactUntil = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        status.permanentImpact = query.value(6).toBool();
        result.insert(query.value(0).toLongLong(), status);
    }
    return result;
}
