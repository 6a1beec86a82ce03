#include "casefileloader.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "dossier/opinionservice.h"
#include "storage/articlesstore.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QSet>
#include <QSqlQuery>

namespace CaseFileRows {

// A measure already decided for a subject, with the table it lives in and the case it came from.
struct Decided
{
    QString table;
    MeasureRecord record;
    qint64 caseId = 0;
};

std::vector<Decided> decidedMeasures(const QSqlDatabase &db, qint64 cadreId)
{
    std::vector<Decided> measures;
    QSqlQuery query = Sql::run(
        db,
        QStringLiteral("SELECT 'sanctions', id, system || '.' || kind, effective_date, "
                       "probation_months, rights_restored_date, NULL, case_id FROM sanctions "
                       "WHERE cadre_id = ? UNION ALL SELECT 'organizational_handlings', id, "
                       "'handling.' || kind, effective_date, NULL, NULL, lifted_date, case_id "
                       "FROM organizational_handlings WHERE cadre_id = ? UNION ALL SELECT "
                       "'admonitions', id, 'admonition', effective_date, NULL, NULL, NULL, "
                       "case_id FROM admonitions WHERE cadre_id = ? ORDER BY 4"),
        {cadreId, cadreId, cadreId});
    while (query.next()) {
        Decided decided;
        decided.table = query.value(0).toString();
        decided.record.id = query.value(1).toLongLong();
        decided.record.measure = query.value(2).toString();
        decided.record.effectiveDate = Sql::date(query.value(3));
        if (!query.value(4).isNull())
            decided.record.probationMonths = query.value(4).toInt();
        decided.record.rightsRestoredDate = Sql::date(query.value(5));
        decided.record.liftedDate = Sql::date(query.value(6));
        decided.caseId = query.value(7).toLongLong();
        measures.push_back(decided);
    }
    return measures;
}

} // namespace CaseFileRows

CaseFileLoader::CaseFileLoader(const Database &database)
    : m_database(database)
    , m_db(database.connection())
    , m_articles(ArticlesStore::load(database.connection()))
    , m_rules(RulesStore::load(database.connection()))
{}

ReviewDeadlineDays CaseFileLoader::deadlineDays(const QSqlDatabase &db)
{
    const SettingsStore settings(db);
    ReviewDeadlineDays days;
    days.decision = settings.value(Setting::ReviewDecisionDays);
    days.announcement = settings.value(Setting::ReviewAnnouncementDays);
    days.delivery = settings.value(Setting::ReviewDeliveryDays);
    days.execution = settings.value(Setting::ReviewExecutionDays);
    days.archive = settings.value(Setting::ReviewArchiveDays);
    return days;
}

QVector<QPair<qint64, QString>> CaseFileLoader::cases() const
{
    Access::require(m_database, Permission::ReadDossiers);
    const Visibility visibility = Access::visibility(m_database);
    QVector<QPair<qint64, QString>> cases;
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT c.id, c.number, c.summary, c.closed_date, "
                       "(SELECT r.decided_date IS NULL FROM case_reviews r WHERE r.case_id = c.id "
                       "ORDER BY r.received_date DESC, r.id DESC LIMIT 1) FROM cases c "
                       "ORDER BY coalesce((SELECT 0 FROM case_reviews r WHERE r.case_id = c.id "
                       "AND r.decided_date IS NULL LIMIT 1), 1), c.closed_date IS NOT NULL, "
                       "c.filed_date DESC, c.id DESC"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        // A case with a subject the account may not read is not offered at all.
        bool readable = true;
        QSqlQuery subjects = Sql::run(
            m_db,
            QStringLiteral("SELECT s.cadre_id, c.unit_id FROM case_subjects s JOIN cadres c "
                           "ON c.id = s.cadre_id WHERE s.case_id = ?"),
            {id});
        while (subjects.next())
            readable = readable && visibility.seesFactsAbout(subjects.value(0).toLongLong())
                       && visibility.seesUnit(subjects.value(1).toLongLong());
        if (!readable)
            continue;
        QString state;
        if (query.value(4).isNull())
            state = query.value(3).isNull() ? tr("not yet received for review") : tr("closed");
        else
            state = query.value(4).toBool() ? tr("under review") : tr("decided");
        cases.append({id, QStringLiteral("%1 · %2 · %3")
                              .arg(query.value(1).toString(), state, query.value(2).toString())});
    }
    return cases;
}

CaseFile CaseFileLoader::load(qint64 caseId, QDate asOf) const
{
    Access::require(m_database, Permission::ReadDossiers);
    QSqlQuery row = Sql::run(
        m_db,
        QStringLiteral("SELECT c.number, u.name, c.filed_date, c.closed_date, c.summary, "
                       "l.number FROM cases c LEFT JOIN units u ON u.id = c.unit_id "
                       "LEFT JOIN clues l ON l.id = c.clue_id WHERE c.id = ?"),
        {caseId});
    if (!row.next())
        throw DataError(tr("There is no such case."));
    CaseFile file;
    file.caseId = caseId;
    file.number = row.value(0).toString();
    file.unit = row.value(1).toString();
    file.filed = Sql::date(row.value(2));
    file.closed = Sql::date(row.value(3));
    file.summary = row.value(4).toString();
    file.clueNumber = row.value(5).toString();

    loadSubjects(file);
    // Every subject's dossier, or none: a refusal names no one and is audited.
    for (const CaseFile::Subject &subject : file.subjects)
        Access::requireDossier(m_database, subject.cadreId, Permission::ReadDossiers);
    loadReviews(file);
    loadFacts(file);
    loadEvidence(file);
    loadStatements(file);
    loadProposals(file);
    const CaseFile::Review *review = file.currentReview();
    const QDate day = review && review->decided.isValid()
                          ? review->decided
                          : (asOf.isValid() ? asOf : QDate::currentDate());
    for (CaseFile::Subject &subject : file.subjects)
        check(file, subject, day);
    for (const CaseFile::Subject &subject : file.subjects)
        Access::recordView(m_database, subject.cadreId);
    return file;
}

void CaseFileLoader::loadSubjects(CaseFile &file) const
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT c.id, c.name, u.name, c.position, c.party_membership, "
                       "c.employment, s.was_top_leader, s.was_team_member, "
                       "s.transferred_to_judiciary FROM case_subjects s "
                       "JOIN cadres c ON c.id = s.cadre_id JOIN units u ON u.id = c.unit_id "
                       "WHERE s.case_id = ? ORDER BY s.was_top_leader DESC, "
                       "s.was_team_member DESC, c.id"),
        {file.caseId});
    while (query.next()) {
        CaseFile::Subject subject;
        subject.cadreId = query.value(0).toLongLong();
        subject.name = query.value(1).toString();
        subject.unit = query.value(2).toString();
        subject.position = query.value(3).toString();
        subject.partyMember = query.value(4).toString() != QLatin1String("none");
        const QString employment = query.value(5).toString();
        subject.publicOfficial = employment == QLatin1String("civil_servant")
                                 || employment == QLatin1String("public_institution");
        subject.topLeader = query.value(6).toBool();
        subject.teamMember = query.value(7).toBool();
        subject.transferredToJudiciary = Sql::date(query.value(8));
        file.subjects.append(subject);
    }
}

void CaseFileLoader::loadReviews(CaseFile &file) const
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT id, kind, received_date, extended_to, extension_approved_by, "
                       "investigation_report, characterisation, review_opinion, reported_date, "
                       "decided_date, decided_by, decision_number, announced_date, "
                       "delivered_date, executed_date, execution_note, archived_date "
                       "FROM case_reviews WHERE case_id = ? ORDER BY received_date, id"),
        {file.caseId});
    while (query.next()) {
        CaseFile::Review review;
        review.id = query.value(0).toLongLong();
        review.kind = query.value(1).toString();
        review.received = Sql::date(query.value(2));
        review.extendedTo = Sql::date(query.value(3));
        review.extensionApprovedBy = query.value(4).toString();
        review.investigationReport = query.value(5).toString();
        review.characterisation = query.value(6).toString();
        review.opinion = query.value(7).toString();
        review.reported = Sql::date(query.value(8));
        review.decided = Sql::date(query.value(9));
        review.decidedBy = query.value(10).toString();
        review.decisionNumber = query.value(11).toString();
        review.announced = Sql::date(query.value(12));
        review.delivered = Sql::date(query.value(13));
        review.executed = Sql::date(query.value(14));
        review.executionNote = query.value(15).toString();
        review.archived = Sql::date(query.value(16));
        file.reviews.append(review);
    }
}

void CaseFileLoader::loadFacts(CaseFile &file) const
{
    QSqlQuery query = Sql::run(m_db,
                               QStringLiteral("SELECT cadre_id, id, ordinal, description, "
                                              "violated_on, degree, articles FROM case_facts "
                                              "WHERE case_id = ? ORDER BY ordinal, id"),
                               {file.caseId});
    while (query.next()) {
        CaseFile::Fact fact;
        fact.id = query.value(1).toLongLong();
        fact.ordinal = query.value(2).toInt();
        fact.description = query.value(3).toString();
        fact.violatedOn = Sql::date(query.value(4));
        fact.degree = Articles::degreeFromKey(query.value(5).toString());
        const QDate day = fact.violatedOn.isValid() ? fact.violatedOn : file.filed;
        fact.articles
            = Articles::cited(m_articles, query.value(6).toString(), day, &fact.unknownArticles);
        for (CaseFile::Subject &subject : file.subjects)
            if (subject.cadreId == query.value(0).toLongLong())
                subject.facts.append(fact);
    }
}

void CaseFileLoader::loadEvidence(CaseFile &file) const
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT e.cadre_id, e.id, e.ordinal, e.kind, e.description, "
                       "e.collected_date, e.fact_id, (SELECT group_concat(a.file_name, char(10)) "
                       "FROM attachments a WHERE a.entity = 'case_evidence' AND "
                       "a.entity_id = e.id) FROM case_evidence e WHERE e.case_id = ? "
                       "ORDER BY e.ordinal, e.id"),
        {file.caseId});
    while (query.next()) {
        CaseFile::Evidence item;
        item.id = query.value(1).toLongLong();
        item.ordinal = query.value(2).toInt();
        item.kind = query.value(3).toString();
        item.description = query.value(4).toString();
        item.collected = Sql::date(query.value(5));
        item.factId = query.value(6).toLongLong();
        item.attachments = query.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (CaseFile::Subject &subject : file.subjects)
            if (subject.cadreId == query.value(0).toLongLong())
                subject.evidence.append(item);
    }
}

void CaseFileLoader::loadStatements(CaseFile &file) const
{
    QSqlQuery query = Sql::run(m_db,
                               QStringLiteral("SELECT cadre_id, id, kind, given_date, content, "
                                              "adopted FROM case_statements WHERE case_id = ? "
                                              "ORDER BY given_date, id"),
                               {file.caseId});
    while (query.next()) {
        CaseFile::Statement statement;
        statement.id = query.value(1).toLongLong();
        statement.kind = query.value(2).toString();
        statement.given = Sql::date(query.value(3));
        statement.content = query.value(4).toString();
        statement.adopted = query.value(5).toString();
        for (CaseFile::Subject &subject : file.subjects)
            if (subject.cadreId == query.value(0).toLongLong())
                subject.statements.append(statement);
    }
}

void CaseFileLoader::loadProposals(CaseFile &file) const
{
    const CaseFile::Review *review = file.currentReview();
    if (!review)
        return;
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT cadre_id, id, measure, probation_months, degree, adjustment, "
                       "ground, decided_date FROM case_proposals WHERE review_id = ? "
                       "ORDER BY id"),
        {review->id});
    while (query.next()) {
        CaseFile::Proposal proposal;
        proposal.id = query.value(1).toLongLong();
        proposal.reviewId = review->id;
        proposal.measure = query.value(2).toString();
        proposal.probationMonths = query.value(3).toInt();
        proposal.degree = Articles::degreeFromKey(query.value(4).toString());
        proposal.adjustment = adjustmentFromKey(query.value(5).toString());
        proposal.ground = query.value(6).toString();
        proposal.decided = Sql::date(query.value(7));
        for (CaseFile::Subject &subject : file.subjects)
            if (subject.cadreId == query.value(0).toLongLong())
                subject.proposals.append(proposal);
    }
}

void CaseFileLoader::check(CaseFile &file, CaseFile::Subject &subject, QDate day) const
{
    using namespace CaseFileRows;
    const CaseFile::Review *review = file.currentReview();
    // What this review's decision wrote is not an earlier measure of its own proposals.
    QSet<QString> writtenHere;
    QSqlQuery written = Sql::run(
        m_db,
        QStringLiteral("SELECT sanction_id, handling_id, admonition_id FROM case_proposals "
                       "WHERE review_id = ? AND cadre_id = ?"),
        {review ? review->id : 0, subject.cadreId});
    while (written.next()) {
        if (!written.value(0).isNull())
            writtenHere << QStringLiteral("sanctions/") + written.value(0).toString();
        if (!written.value(1).isNull())
            writtenHere << QStringLiteral("organizational_handlings/")
                               + written.value(1).toString();
        if (!written.value(2).isNull())
            writtenHere << QStringLiteral("admonitions/") + written.value(2).toString();
    }
    std::vector<MeasureRecord> prior;
    std::vector<qint64> priorCases;
    QSet<qint64> priorIds;
    for (const Decided &decided : decidedMeasures(m_db, subject.cadreId)) {
        if (writtenHere.contains(decided.table + QLatin1Char('/')
                                 + QString::number(decided.record.id)))
            continue;
        prior.push_back(decided.record);
        priorCases.push_back(decided.caseId);
    }

    // The subject's facts: every article cited, the gravest degree, the last day of conduct.
    QVector<Article> articles;
    QDate violatedOn;
    for (const CaseFile::Fact &fact : subject.facts) {
        for (const Article &article : fact.articles)
            if (!Articles::find(articles, article.system, article.number))
                articles.append(article);
        if (fact.violatedOn.isValid() && (!violatedOn.isValid() || violatedOn < fact.violatedOn))
            violatedOn = fact.violatedOn;
    }

    // The opinion as it would stand on the decision day: this case closed, its measures taken.
    OpinionFacts facts = OpinionService(m_database).facts(subject.cadreId, day);
    facts.measures.clear();
    for (const MeasureRecord &record : prior)
        if (record.effectiveDate <= day)
            facts.measures.push_back(record);
    for (OpinionFacts::Case &each : facts.cases)
        if (each.id == file.caseId && !each.closed.isValid())
            each.closed = day;

    QString party;
    QString government;
    QString institution;
    for (int i = 0; i < subject.proposals.size(); ++i) {
        CaseFile::Proposal &proposal = subject.proposals[i];
        ProposedMeasure measure;
        measure.measure = proposal.measure;
        measure.probationMonths = proposal.probationMonths;
        measure.degree = proposal.degree;
        measure.articles = articles;
        measure.adjustment = proposal.adjustment;
        measure.ground = proposal.ground;
        measure.violatedOn = violatedOn;
        measure.decisionDate = day;
        measure.caseId = file.caseId;
        const QString system = MeasureChecks::systemOf(proposal.measure);
        proposal.checks.clear();
        if (system == QLatin1String("party") || system == QLatin1String("government"))
            proposal.checks << MeasureChecks::range(measure);
        proposal.checks << MeasureChecks::priorMeasures(measure, prior, priorCases, m_rules);
        // The opinion follows from every measure proposed, not from this one alone.
        OpinionFacts withOthers = facts;
        for (int other = 0; other < subject.proposals.size(); ++other) {
            if (other == i)
                continue;
            MeasureRecord record;
            record.id = -2 - other;
            record.measure = subject.proposals.at(other).measure;
            record.effectiveDate = day;
            if (subject.proposals.at(other).probationMonths > 0)
                record.probationMonths = subject.proposals.at(other).probationMonths;
            withOthers.measures.push_back(record);
        }
        proposal.checks << MeasureChecks::opinionAfter(measure, withOthers, m_rules);
        proposal.checks << MeasureChecks::fourForms(measure, m_rules);
        if (system == QLatin1String("party"))
            party = proposal.measure;
        else if (system == QLatin1String("government"))
            government = proposal.measure;
        else if (system == QLatin1String("institution"))
            institution = proposal.measure;
    }
    subject.pairing.clear();
    const bool sanctioned = !party.isEmpty() || !government.isEmpty() || !institution.isEmpty();
    if (subject.partyMember && subject.publicOfficial && sanctioned && institution.isEmpty())
        subject.pairing = MeasureChecks::pairing(party, government, m_rules, day);
}
