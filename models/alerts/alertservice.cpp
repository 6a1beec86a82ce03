#include "alertservice.h"

#include "access/access.h"
#include "access/accounts.h"
#include "alertdeadlines.h"
#include "directory/impactperiodscreen.h"
#include "domain/cluestatemachine.h"
#include "domain/period.h"
#include "domain/reviewdeadlines.h"
#include "domain/session.h"
#include "dossier/casefileloader.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

Alert::Urgency urgencyOf(QDate due, QDate today, int horizon)
{
    if (today > due)
        return Alert::Urgency::Overdue;
    return today.daysTo(due) <= horizon ? Alert::Urgency::DueSoon : Alert::Urgency::Upcoming;
}

} // namespace

AlertService::AlertService(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

int AlertService::horizonDays() const
{
    return SettingsStore(m_db).value(Setting::AlertDays);
}

QVector<Alert> AlertService::alertsOnAConnectionOfTheirOwn(const QString &path,
                                                           const Session &session, QDate today)
{
    const auto reader = Database::open(path, Database::Mode::ReadOnly);
    Accounts::lendSession(*reader, session);
    return AlertService(*reader).alerts(today);
}

QVector<Alert> AlertService::alerts(QDate today) const
{
    return alerts(today, horizonDays());
}

QVector<Alert> AlertService::alerts(QDate today, int horizonDays) const
{
    const Session &session = Access::require(m_database, Permission::ReadDossiers);
    QVector<Alert> out;
    rectifications(today, horizonDays, out);
    clueSteps(today, horizonDays, out);
    impactPeriods(today, horizonDays, out);
    reports(today, horizonDays, out);
    fixedWeek(today, out);
    caseReviews(today, horizonDays, out);
    // Nothing is said about the account's own dossier or a close relative's.
    const Visibility visibility = Access::visibility(m_database);
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Alert &alert) {
                                 return alert.cadreId != 0
                                        && !visibility.seesFactsAbout(alert.cadreId);
                             }),
              out.end());
    // An account limited to some units is told only about those units.
    if (!session.allUnits)
        out.erase(std::remove_if(
                      out.begin(), out.end(),
                      [&](const Alert &alert) { return !session.units.contains(alert.unitId); }),
                  out.end());
    // Most urgent first, then by due day.
    std::stable_sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) {
        if (a.urgency != b.urgency)
            return int(a.urgency) < int(b.urgency);
        return a.due < b.due;
    });
    return out;
}

void AlertService::rectifications(QDate today, int horizon, QVector<Alert> &out) const
{
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT f.id, f.deadline, f.description, i.unit_id, u.name, "
            "coalesce(f.responsible_cadre_id, 0), c.name FROM findings f "
            "JOIN inspections i ON i.id = f.inspection_id JOIN units u ON u.id = i.unit_id "
            "LEFT JOIN cadres c ON c.id = f.responsible_cadre_id "
            "WHERE f.status <> 'completed' AND f.deadline <= ?"),
        {iso(today.addDays(horizon))});
    while (query.next()) {
        Alert alert;
        alert.kind = Alert::Kind::Rectification;
        alert.due = Sql::date(query.value(1));
        alert.urgency = urgencyOf(alert.due, today, horizon);
        alert.recordTable = QStringLiteral("findings");
        alert.recordId = query.value(0).toLongLong();
        alert.unitId = query.value(3).toLongLong();
        alert.cadreId = query.value(5).toLongLong();
        alert.concerning = alert.cadreId ? QStringLiteral("%1 (%2)").arg(query.value(6).toString(),
                                                                         query.value(4).toString())
                                         : query.value(4).toString();
        alert.detail = AlertText::tr("Rectify by %1: %2")
                           .arg(displayDate(alert.due), query.value(2).toString());
        out.append(alert);
    }
}

void AlertService::clueSteps(QDate today, int horizon, QVector<Alert> &out) const
{
    // Each open clue in a state with a deadline, the day it entered that state, and its first
    // subject. Registration and assignment count from the day the clue was received.
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT k.id, k.number, k.state, k.received_date, "
                       // By the clue's own steps, never by every step into the same state.
                       "(SELECT max(st.step_date) FROM clue_steps st WHERE st.clue_id = k.id "
                       "AND +st.to_state = k.state), "
                       "s.cadre_id, c.name, c.unit_id FROM clues k "
                       "LEFT JOIN clue_subjects s ON s.clue_id = k.id AND s.cadre_id = "
                       "(SELECT min(cadre_id) FROM clue_subjects WHERE clue_id = k.id) "
                       "LEFT JOIN cadres c ON c.id = s.cadre_id "
                       "WHERE k.state IN ('registered', 'assigned', 'talk_or_letter_inquiry', "
                       "'inquiry_replied')"));
    while (query.next()) {
        const QString state = query.value(2).toString();
        const bool fromReceipt
            = state == QLatin1String("registered") || state == QLatin1String("assigned");
        const QDate entered = fromReceipt || query.value(4).isNull() ? Sql::date(query.value(3))
                                                                     : Sql::date(query.value(4));
        const QDate due = ClueStateMachine::dueDate(state, entered);
        if (!due.isValid() || today.daysTo(due) > horizon)
            continue;
        Alert alert;
        alert.kind = Alert::Kind::ClueStep;
        alert.due = due;
        alert.urgency = urgencyOf(due, today, horizon);
        alert.recordTable = QStringLiteral("clues");
        alert.recordId = query.value(0).toLongLong();
        alert.cadreId = query.value(5).toLongLong();
        alert.unitId = query.value(7).toLongLong();
        alert.concerning = query.value(6).toString();
        QString next;
        if (fromReceipt)
            next = AlertText::tr("propose a disposition");
        else if (state == QLatin1String("talk_or_letter_inquiry"))
            next = AlertText::tr("the written reply (15 working days)");
        else
            next = AlertText::tr("close the inquiry");
        alert.detail = AlertText::tr("Clue %1, %2 since %3: %4 by %5")
                           .arg(query.value(1).toString(), ClueStateMachine::stateLabel(state),
                                displayDate(entered), next, displayDate(due));
        out.append(alert);
    }
}

void AlertService::impactPeriods(QDate today, int horizon, QVector<Alert> &out) const
{
    // The same screen the directory uses: exact periods for the cadres inside one today.
    ImpactPeriodScreen(m_db, RulesStore::load(m_db)).refresh(today);
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT s.cadre_id, s.until, c.name, c.unit_id, u.name FROM temp.%1 s "
                       "JOIN cadres c ON c.id = s.cadre_id JOIN units u ON u.id = c.unit_id "
                       "WHERE s.as_of = ? AND s.permanent = 0 AND s.until <= ? "
                       "AND c.status = 'serving'")
            .arg(ImpactPeriodScreen::tableName()),
        {iso(today), iso(today.addDays(horizon))});
    while (query.next()) {
        Alert alert;
        alert.kind = Alert::Kind::ImpactPeriodEnding;
        alert.due = Sql::date(query.value(1));
        alert.urgency = Alert::Urgency::DueSoon;
        alert.recordTable = QStringLiteral("cadres");
        alert.recordId = query.value(0).toLongLong();
        alert.cadreId = alert.recordId;
        alert.unitId = query.value(3).toLongLong();
        alert.concerning
            = QStringLiteral("%1 (%2)").arg(query.value(2).toString(), query.value(4).toString());
        alert.detail = AlertText::tr("Impact period ends %1; eligible again from %2")
                           .arg(displayDate(alert.due), displayDate(alert.due.addDays(1)));
        out.append(alert);
    }
}

void AlertService::reports(QDate today, int horizon, QVector<Alert> &out) const
{
    // Who is expected to report: serving cadres who reported the year before (the unit's
    // leadership team), and for the duty report every serving top leader.
    struct Due
    {
        Alert::Kind kind;
        int year;
        QDate due;
    };
    const int thisYear = today.year();
    QVector<Due> dues;
    for (int year : {thisYear - 1, thisYear}) {
        dues.append({Alert::Kind::DutyReport, year, AlertDeadlines::dutyReportDue(year)});
        dues.append({Alert::Kind::PersonalMattersReport, year,
                     AlertDeadlines::personalMattersReportDue(year)});
    }
    for (const Due &due : dues) {
        // Only the latest year whose report is already due or falls due within the horizon.
        if (today.daysTo(due.due) > horizon)
            continue;
        if (due.kind == Alert::Kind::PersonalMattersReport
            && today > AlertDeadlines::personalMattersReportDue(due.year + 1))
            continue;
        if (due.kind == Alert::Kind::DutyReport
            && today > AlertDeadlines::dutyReportDue(due.year + 1))
            continue;
        const bool duty = due.kind == Alert::Kind::DutyReport;
        const QString statement
            // As one compound set, so that the few expected ids are found by their indexes
            // and the cadres looked up by id, never every cadre read.
            = duty ? QStringLiteral(
                  "SELECT c.id, c.name, c.unit_id, u.name FROM cadres c JOIN units u ON u.id = "
                  "c.unit_id WHERE c.id IN (SELECT cadre_id FROM duty_reports WHERE year = ? AND "
                  "kind = 'duty_and_integrity' UNION SELECT id FROM cadres WHERE is_top_leader = "
                  "1 EXCEPT SELECT cadre_id FROM duty_reports WHERE year = ? AND kind = "
                  "'duty_and_integrity') AND c.status = 'serving'")
                   : QStringLiteral(
                       "SELECT c.id, c.name, c.unit_id, u.name FROM cadres c JOIN units u ON "
                       "u.id = c.unit_id WHERE c.id IN (SELECT cadre_id FROM "
                       "personal_matters_reports WHERE year = ? EXCEPT SELECT cadre_id FROM "
                       "personal_matters_reports WHERE year = ?) AND c.status = 'serving'");
        // The same words for every cadre of the set: tens of thousands in a province.
        const QString detail = duty ? AlertText::tr("No duty-and-integrity report for %1 (due %2)")
                                          .arg(due.year)
                                          .arg(displayDate(due.due))
                                    : AlertText::tr("No personal-matters report for %1 (due %2)")
                                          .arg(due.year)
                                          .arg(displayDate(due.due));
        const Alert::Urgency urgency = urgencyOf(due.due, today, horizon);
        QSqlQuery query = Sql::run(m_db, statement, {due.year - 1, due.year});
        while (query.next()) {
            Alert alert;
            alert.kind = due.kind;
            alert.due = due.due;
            alert.urgency = urgency;
            alert.recordTable = QStringLiteral("cadres");
            alert.recordId = query.value(0).toLongLong();
            alert.cadreId = alert.recordId;
            alert.unitId = query.value(2).toLongLong();
            alert.concerning = QStringLiteral("%1 (%2)").arg(query.value(1).toString(),
                                                             query.value(3).toString());
            alert.detail = detail;
            out.append(alert);
        }
    }
}

void AlertService::fixedWeek(QDate today, QVector<Alert> &out) const
{
    const QDate monday = AlertDeadlines::nextFixedSupervisionWeek(today);
    const QDate friday = monday.addDays(4);
    const QString week = AlertText::tr("Fixed supervision week %1 to %2")
                             .arg(displayDate(monday), displayDate(friday));
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT i.id, i.unit_id, u.name, i.start_date, i.team FROM inspections i "
                       "JOIN units u ON u.id = i.unit_id WHERE i.kind = 'fixed_week' "
                       "AND i.start_date BETWEEN ? AND ? ORDER BY i.start_date, u.sort_order"),
        {iso(monday), iso(monday.addDays(6))});
    bool any = false;
    while (query.next()) {
        any = true;
        Alert alert;
        alert.kind = Alert::Kind::FixedSupervisionWeek;
        alert.due = Sql::date(query.value(3));
        alert.urgency = today >= monday ? Alert::Urgency::DueSoon : Alert::Urgency::Upcoming;
        alert.recordTable = QStringLiteral("inspections");
        alert.recordId = query.value(0).toLongLong();
        alert.unitId = query.value(1).toLongLong();
        alert.concerning = query.value(2).toString();
        alert.detail
            = AlertText::tr("%1: inspection planned on %2").arg(week, displayDate(alert.due));
        out.append(alert);
    }
    if (!any) {
        Alert alert;
        alert.kind = Alert::Kind::FixedSupervisionWeek;
        alert.due = monday;
        alert.urgency = today >= monday ? Alert::Urgency::DueSoon : Alert::Urgency::Upcoming;
        alert.detail = AlertText::tr("%1: no inspection planned yet").arg(week);
        out.append(alert);
    }
}

void AlertService::caseReviews(QDate today, int horizon, QVector<Alert> &out) const
{
    // The latest review of each case not yet archived, with its first subject.
    const ReviewDeadlineDays days = CaseFileLoader::deadlineDays(m_db);
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral("SELECT r.id, r.received_date, r.extended_to, r.reported_date, "
                       "r.decided_date, r.announced_date, r.delivered_date, r.executed_date, "
                       "r.archived_date, k.number, c.id, c.name, c.unit_id FROM case_reviews r "
                       "JOIN cases k ON k.id = r.case_id "
                       "LEFT JOIN cadres c ON c.id = (SELECT min(cadre_id) FROM case_subjects "
                       "WHERE case_id = k.id) WHERE r.archived_date IS NULL AND r.id = "
                       "(SELECT max(id) FROM case_reviews WHERE case_id = r.case_id)"));
    while (query.next()) {
        CaseFile::Review review;
        review.received = Sql::date(query.value(1));
        review.extendedTo = Sql::date(query.value(2));
        review.reported = Sql::date(query.value(3));
        review.decided = Sql::date(query.value(4));
        review.announced = Sql::date(query.value(5));
        review.delivered = Sql::date(query.value(6));
        review.executed = Sql::date(query.value(7));
        review.archived = Sql::date(query.value(8));
        for (const ReviewDeadline &step : ReviewDeadlines::of(review, days)) {
            if (!step.isOpen() || today.daysTo(step.due) > horizon)
                continue;
            Alert alert;
            alert.kind = Alert::Kind::CaseReview;
            alert.due = step.due;
            alert.urgency = urgencyOf(step.due, today, horizon);
            alert.recordTable = QStringLiteral("case_reviews");
            alert.recordId = query.value(0).toLongLong();
            alert.cadreId = query.value(10).toLongLong();
            alert.unitId = query.value(12).toLongLong();
            alert.concerning = query.value(11).toString();
            alert.detail = AlertText::tr("Case %1: %2 by %3")
                               .arg(query.value(9).toString(), ReviewDeadlines::stepName(step.step),
                                    displayDate(step.due));
            out.append(alert);
        }
    }
}

QVector<CountedRecord> AlertService::recordsBehind(const Alert &alert) const
{
    const Session &session = Access::require(m_database, Permission::ReadDossiers);
    QSqlQuery query;
    if (alert.kind == Alert::Kind::Rectification) {
        query = Sql::run(
            m_db,
            QStringLiteral("SELECT 'findings', f.id, coalesce(f.responsible_cadre_id, 0), "
                           "f.deadline, i.unit_id, f.description, coalesce(c.name, ''), u.name "
                           "FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                           "JOIN units u ON u.id = i.unit_id "
                           "LEFT JOIN cadres c ON c.id = f.responsible_cadre_id "
                           "WHERE f.status <> 'completed' AND i.unit_id = ? "
                           "ORDER BY f.deadline, f.id"),
            {alert.unitId});
    } else if (alert.kind == Alert::Kind::FixedSupervisionWeek) {
        const QDate monday = alert.due.addDays(1 - alert.due.dayOfWeek());
        query = Sql::run(
            m_db,
            QStringLiteral("SELECT 'inspections', i.id, 0, i.start_date, i.unit_id, i.team, '', "
                           "u.name FROM inspections i JOIN units u ON u.id = i.unit_id "
                           "WHERE i.kind = 'fixed_week' AND i.start_date BETWEEN ? AND ? "
                           "AND (? = 0 OR i.unit_id = ?) ORDER BY i.start_date, u.sort_order"),
            {iso(monday), iso(monday.addDays(6)), alert.unitId, alert.unitId});
    } else {
        return {};
    }
    QVector<CountedRecord> records;
    while (query.next()) {
        const qint64 unitId = query.value(4).toLongLong();
        if (!session.allUnits && !session.units.contains(unitId))
            continue;
        records.append({query.value(0).toString(), query.value(1).toLongLong(),
                        query.value(2).toLongLong(), query.value(3).toString(), unitId,
                        query.value(5).toString(), query.value(6).toString(),
                        query.value(7).toString()});
    }
    return records;
}
