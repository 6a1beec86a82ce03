#include "demo/democontext.h"
#include "demo/demogenerator.h"
#include "demo/demopeople.h"
#include "demo/demounits.h"
#include "directory/cadredirectory.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "dossier/opinionservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The county demo data: deterministic, complete, consistent with the domain rules, and holding
// the scenario cadres the documentation and other suites rely on.
namespace {

const QDate kToday(2026, 11, 20);

QString dump(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next()) {
        for (int column = 0; column < query.record().count(); ++column) {
            hash.addData(query.value(column).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

qint64 count(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    return Sql::scalar(db, statement, values).toLongLong();
}

// Share of character trigrams of `a` also found in `b`: what a copy check looks at.
double overlap(const QString &a, const QString &b)
{
    QSet<QString> grams;
    for (int i = 0; i + 3 <= b.size(); ++i)
        grams.insert(b.mid(i, 3));
    int shared = 0;
    int total = 0;
    for (int i = 0; i + 3 <= a.size(); ++i, ++total)
        shared += grams.contains(a.mid(i, 3)) ? 1 : 0;
    return total ? double(shared) / total : 0.0;
}

bool validIdNumber(const QString &number)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    if (number.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += number.at(i).digitValue() * weights[i];
    return number.at(17) == QLatin1Char("10X98765432"[sum % 11]);
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameData();
    void countsFitTheCountyScale();
    void aProvinceIsFourCitiesUnderOneRoot();
    void everyUnitHasOneTopLeader();
    void clueStepsAreLegalMoves();
    void datesAreInOrder();
    void sanctionsFollowTheRules();
    void someWorkIsOpenAndOverdue();
    void foreignKeysAndAuditChainHold();
    void scenarioCadresExist();
    void pinyinSearchFindsScenarioCadres();
    void scenarioCadresHaveTheirCategories();
    void storedOpinionsMatchTheOpinionService();
    void copiedMaterialsLookCopied();
    void cadresHaveValidIdNumbersAndPinyin();
    void refusesADatabaseWithDossiers();
    void commandRefusesBadInput();

private:
    QSqlDatabase db() const { return m_database->connection(); }

    std::unique_ptr<Database> m_database;
    DemoSummary m_summary;
};

void TestDemo::initTestCase()
{
    m_database = TestDatabase::inMemory();
    QElapsedTimer timer;
    timer.start();
    m_summary = DemoGenerator::generate(*m_database, DemoOptions());
    qInfo("county demo: %lld records in %lld ms", m_summary.records, timer.elapsed());
}

void TestDemo::sameSeedSameData()
{
    // The county the default seed gives, pinned: the same on every run, with every compiler and
    // on every platform (a call's arguments are evaluated in different orders by different
    // compilers, so no two draws may share one call). A deliberate change to the demo data
    // changes these digests; put the new ones here.
    const QList<QPair<QString, QString>> pinned
        = {{QStringLiteral("units"),
            QStringLiteral("0356bfc9be53a29f8c1ef286d0da41465902d08baff44a3126a2048ae960bb4b")},
           {QStringLiteral("cadres"),
            QStringLiteral("553addc1cfec245529fe9edc0ba70b9c3905f915b0f66f73776a5a9f63e19b8d")},
           {QStringLiteral("clues"),
            QStringLiteral("3f2a3283588d90ff49f8f8f0d1a0c1f1eb38a6e31c8cf0bb2d47abe863035fae")},
           {QStringLiteral("clue_steps"),
            QStringLiteral("6757068f264a409c93ce0b09e68e53d202494a1220c04c2abaf8cbb9d0a6d365")},
           {QStringLiteral("inspections"),
            QStringLiteral("17ea2109a2cccea02de6e6c37ffef7babbadd5c3a8741aa2025bfebd825dc10b")},
           {QStringLiteral("self_examination_materials"),
            QStringLiteral("89df6b6cdddf1aa8cb95dc1919a5fa58d920441725d53676925d8c77fc9bcacd")},
           {QStringLiteral("opinion_answers"),
            QStringLiteral("7986558df127190b9f770c8785fee6235a5d52d63200aff2c562ed8bca1060c5")}};
    for (const auto &table : pinned)
        QCOMPARE(table.first + QLatin1Char(' ') + dump(db(), table.first),
                 table.first + QLatin1Char(' ') + table.second);

    const auto other = TestDatabase::inMemory();
    DemoOptions options;
    options.seed = 7;
    DemoGenerator::generate(*other, options);
    QVERIFY(dump(other->connection(), QStringLiteral("cadres"))
            != dump(db(), QStringLiteral("cadres")));
    QVERIFY(dump(other->connection(), QStringLiteral("clues"))
            != dump(db(), QStringLiteral("clues")));
}

void TestDemo::countsFitTheCountyScale()
{
    QVERIFY2(m_summary.records >= 85000 && m_summary.records <= 115000,
             qPrintable(QString::number(m_summary.records)));
    const qint64 cadres = m_summary.counts.value(QStringLiteral("cadres"));
    QVERIFY(cadres >= 2800 && cadres <= 3200);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM cadres")), cadres);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM cadre_search")), cadres);
    for (auto it = m_summary.counts.constBegin(); it != m_summary.counts.constEnd(); ++it) {
        QVERIFY2(it.value() > 0, qPrintable(it.key()));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM %1").arg(it.key())), it.value());
    }
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM units WHERE kind = 'township'")), 18);
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM units WHERE kind = 'department'"))
            >= 35);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM units WHERE kind = "
                                        "'stationed_group'")),
             10);
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM units WHERE kind = 'department' "
                                       "AND supervising_unit_id IS NULL"))
            == 0);
    // Petitions are the main source; reminder talks the commonest talk.
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM clues WHERE source = 'petition'")) * 2
            > count(db(), QStringLiteral("SELECT count(*) FROM clues")));
    QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT kind FROM talks GROUP BY kind "
                                              "ORDER BY count(*) DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("reminder"));
    QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT value FROM settings "
                                              "WHERE key = 'commission_name'"))
                 .toString(),
             QStringLiteral("清河县纪委监委"));
}

void TestDemo::aProvinceIsFourCitiesUnderOneRoot()
{
    // Planned only: writing a province's eight million records takes minutes (bench does).
    const auto database = TestDatabase::inMemory();
    DemoOptions options;
    options.scale = DemoOptions::Province;
    DemoContext context(database->connection(), options, RulesStore::load(database->connection()));
    DemoUnits::plan(context);
    DemoPeople::plan(context);

    // Four cities of fifteen counties and districts each, and the province.
    QCOMPARE(context.counties.size(), size_t(4 * 16 + 1));
    QCOMPARE(context.counties.front().name, QStringLiteral("清河县"));
    const DemoCounty &province = context.counties.back();
    QCOMPARE(province.name, QStringLiteral("云岭省"));
    QCOMPARE(context.units[size_t(province.root)].id, qint64(1));
    QCOMPARE(context.units[size_t(province.root)].parentId, qint64(0));

    // Numbers and id numbers stay apart: each place has a prefix, short name and code of its own.
    QSet<QString> names, shortNames, prefixes, codes;
    for (const DemoCounty &county : context.counties) {
        names << county.name;
        shortNames << county.shortName;
        prefixes << county.prefix;
        codes << county.areaCode;
    }
    QCOMPARE(names.size(), int(context.counties.size()));
    QCOMPARE(shortNames.size(), int(context.counties.size()));
    QCOMPARE(prefixes.size(), int(context.counties.size()));
    QCOMPARE(codes.size(), int(context.counties.size()));

    // Each county's committee sits under its city's, each city's under the province's.
    int cities = 0;
    for (const DemoCounty &county : context.counties) {
        const DemoUnit &root = context.units[size_t(county.root)];
        if (&county == &province)
            continue;
        QVERIFY2(county.city >= 0, qPrintable(county.name));
        const DemoCounty &city = context.counties[size_t(county.city)];
        if (&city == &county) {
            ++cities;
            QCOMPARE(root.parentId, qint64(1));
        } else {
            QVERIFY2(!county.cityLevel, qPrintable(county.name));
            QCOMPARE(root.parentId, context.units[size_t(city.root)].id);
        }
        for (int index : county.units)
            QVERIFY(context.units[size_t(index)].parentId < context.units[size_t(index)].id);
    }
    QCOMPARE(cities, 4);

    // About 200,000 cadres, four times a city.
    QVERIFY2(context.cadres.size() >= 190000 && context.cadres.size() <= 210000,
             qPrintable(QString::number(context.cadres.size())));
}

void TestDemo::everyUnitHasOneTopLeader()
{
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM units u WHERE (SELECT count(*) "
                                        "FROM cadres c WHERE c.unit_id = u.id "
                                        "AND c.is_top_leader = 1) <> 1")),
             0);
}

void TestDemo::clueStepsAreLegalMoves()
{
    QSqlQuery steps = Sql::run(db(), QStringLiteral("SELECT s.clue_id, s.from_state, s.to_state, "
                                                    "s.step_date, c.state, c.updated_date, "
                                                    "c.received_date FROM clue_steps s JOIN clues "
                                                    "c ON c.id = s.clue_id ORDER BY s.clue_id, "
                                                    "s.id"));
    qint64 clue = 0;
    QString previous;
    QString previousDate;
    int checked = 0;
    auto finishClue = [&](const QString &state, const QString &updated) {
        if (clue == 0)
            return;
        QCOMPARE(previous, state);
        QCOMPARE(previousDate, updated);
    };
    QString lastState;
    QString lastUpdated;
    while (steps.next()) {
        const qint64 id = steps.value(0).toLongLong();
        const QString from = steps.value(1).toString();
        const QString to = steps.value(2).toString();
        const QString day = steps.value(3).toString();
        if (id != clue) {
            finishClue(lastState, lastUpdated);
            clue = id;
            QVERIFY(steps.value(1).isNull());
            QCOMPARE(to, QStringLiteral("registered"));
            QCOMPARE(day, steps.value(6).toString());
        } else {
            QCOMPARE(from, previous);
            QVERIFY2(ClueStateMachine::canMove(from, to), qPrintable(from + " -> " + to));
            QVERIFY(day >= previousDate);
        }
        previous = to;
        previousDate = day;
        lastState = steps.value(4).toString();
        lastUpdated = steps.value(5).toString();
        ++checked;
    }
    finishClue(lastState, lastUpdated);
    QVERIFY(checked > 5000);
    // Disposition steps carry an approval.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM clue_steps WHERE from_state = "
                                        "'disposition_proposed' AND (approved_by = '' OR "
                                        "approval_date IS NULL)")),
             0);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM clues WHERE state <> 'registered' "
                                        "AND state <> 'assigned' AND state <> "
                                        "'disposition_proposed' AND disposition IS NULL")),
             0);
    // Closed clues say how they ended for each person; open ones do not yet.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM clue_subjects s JOIN clues c ON "
                                        "c.id = s.clue_id WHERE (c.state IN ('closed', "
                                        "'case_filed', 'transferred')) <> (s.outcome IS NOT "
                                        "NULL)")),
             0);
}

void TestDemo::datesAreInOrder()
{
    const QString today = kToday.toString(Qt::ISODate);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM cases k JOIN clues c ON c.id = "
                                        "k.clue_id WHERE k.filed_date < c.received_date")),
             0);
    // A case is filed after the preliminary verification, on the step that files it.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM cases k WHERE k.clue_id IS NOT NULL "
                                        "AND k.filed_date <> (SELECT step_date FROM clue_steps "
                                        "WHERE clue_id = k.clue_id AND to_state = 'case_filed')")),
             0);
    for (const QString &table :
         {QStringLiteral("sanctions"), QStringLiteral("organizational_handlings"),
          QStringLiteral("admonitions")})
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM %1 m JOIN cases k ON k.id = "
                                            "m.case_id WHERE m.effective_date < k.filed_date")
                                 .arg(table)),
                 0);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM findings WHERE completed_date < "
                                        "found_date OR deadline < found_date")),
             0);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM case_subjects s JOIN cases k ON "
                                        "k.id = s.case_id WHERE s.transferred_to_judiciary < "
                                        "k.filed_date")),
             0);
    // Nothing happens after today, and records start in 2021.
    const QStringList dated = {QStringLiteral("clues.received_date"),
                               QStringLiteral("clue_steps.step_date"),
                               QStringLiteral("cases.filed_date"),
                               QStringLiteral("cases.closed_date"),
                               QStringLiteral("sanctions.effective_date"),
                               QStringLiteral("talks.talk_date"),
                               QStringLiteral("inspections.start_date"),
                               QStringLiteral("inspections.end_date"),
                               QStringLiteral("findings.completed_date"),
                               QStringLiteral("notices.issued_date"),
                               QStringLiteral("duty_reports.report_date"),
                               QStringLiteral("personal_matters_reports.submitted_date"),
                               QStringLiteral("self_examination_materials.submitted_date"),
                               QStringLiteral("warning_education_events.event_date"),
                               QStringLiteral("opinion_batches.as_of_date"),
                               QStringLiteral("positions.start_date")};
    for (const QString &column : dated) {
        const QString table = column.section(QLatin1Char('.'), 0, 0);
        const QString field = column.section(QLatin1Char('.'), 1);
        QVERIFY2(
            Sql::scalar(db(), QStringLiteral("SELECT max(%1) FROM %2").arg(field, table)).toString()
                <= today,
            qPrintable(column));
        if (table != QLatin1String("positions"))
            QVERIFY2(Sql::scalar(db(), QStringLiteral("SELECT min(%1) FROM %2").arg(field, table))
                             .toString()
                         >= QLatin1String("2021-01-01"),
                     qPrintable(column));
    }
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM personal_matters_reports r WHERE "
                                        "(SELECT count(*) FROM personal_matters_items WHERE "
                                        "report_id = r.id) <> 14")),
             0);
}

void TestDemo::sanctionsFollowTheRules()
{
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sanctions WHERE probation_months IS "
                                        "NOT NULL AND (kind <> 'probation' OR probation_months "
                                        "NOT IN (12, 24))")),
             0);
    // Mostly warnings, few expulsions.
    const qint64 party = count(db(), QStringLiteral("SELECT count(*) FROM sanctions WHERE "
                                                    "system = 'party'"));
    const qint64 warnings = count(db(), QStringLiteral("SELECT count(*) FROM sanctions WHERE "
                                                       "system = 'party' AND kind = 'warning'"));
    const qint64 expulsions = count(db(), QStringLiteral("SELECT count(*) FROM sanctions WHERE "
                                                         "system = 'party' AND kind = "
                                                         "'expulsion'"));
    QVERIFY(party > 50);
    QVERIFY(warnings * 3 > party);
    QVERIFY(expulsions * 8 < party);
    // About one case in twelve checks the two responsibilities (一案三查).
    const qint64 cases = count(db(), QStringLiteral("SELECT count(*) FROM cases"));
    const qint64 accountability = count(db(), QStringLiteral("SELECT count(*) FROM cases WHERE "
                                                             "accountability IS NOT NULL"));
    QVERIFY2(accountability * 100 >= cases * 3 && accountability * 100 <= cases * 15,
             qPrintable(QStringLiteral("%1 of %2").arg(accountability).arg(cases)));
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM case_subjects WHERE "
                                       "transferred_to_judiciary IS NOT NULL"))
            > 0);
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM case_subjects WHERE "
                                       "was_top_leader = 1"))
            > 0);
}

void TestDemo::someWorkIsOpenAndOverdue()
{
    QSqlQuery inquiries
        = Sql::run(db(), QStringLiteral("SELECT max(s.step_date) FROM clues c JOIN clue_steps s ON "
                                        "s.clue_id = c.id AND s.to_state = c.state WHERE c.state = "
                                        "'talk_or_letter_inquiry' GROUP BY c.id"));
    int overdueReplies = 0;
    while (inquiries.next()) {
        const QDate sent = QDate::fromString(inquiries.value(0).toString(), Qt::ISODate);
        overdueReplies
            += ClueStateMachine::isOverdue(QStringLiteral("talk_or_letter_inquiry"), sent, kToday)
                   ? 1
                   : 0;
    }
    QVERIFY(overdueReplies >= 1);
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM clues WHERE state NOT IN ('closed', "
                                       "'case_filed', 'transferred')"))
            >= 10);
    const QString today = kToday.toString(Qt::ISODate);
    QVERIFY(count(db(),
                  QStringLiteral("SELECT count(*) FROM findings WHERE status <> 'completed' "
                                 "AND deadline < ?"),
                  {today})
            >= 3);
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM findings WHERE status = 'completed' "
                                       "AND completed_date > deadline"))
            >= 10);
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM cases WHERE closed_date IS NULL"))
            >= 1);
    // Fixed supervision weeks fall in the last week of the month.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM inspections WHERE kind = "
                                        "'fixed_week' AND CAST(strftime('%d', start_date) AS "
                                        "INTEGER) < 18")),
             0);
    // Every inspection with findings sent a rectification notice the findings point to.
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM findings WHERE notice_id IS NULL")),
             0);
}

void TestDemo::foreignKeysAndAuditChainHold()
{
    QSqlQuery check = Sql::run(db(), QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(!check.next());
    QCOMPARE(Sql::scalar(db(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    const AuditLog::Verification audit = AuditLog::verify(db());
    QVERIFY(audit.intact);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'demo.generate'")),
             1);
    const QString after = Sql::scalar(db(), QStringLiteral("SELECT after FROM audit_log WHERE "
                                                           "action = 'demo.generate'"))
                              .toString();
    QVERIFY(after.contains(QStringLiteral("\"seed\":20241")));
    QVERIFY(after.contains(QStringLiteral("\"scale\":\"county\"")));
}

void TestDemo::scenarioCadresExist()
{
    QCOMPARE(m_summary.fixtures.size(), 12);
    for (const DemoFixtureInfo &fixture : m_summary.fixtures) {
        QCOMPARE(Sql::scalar(db(),
                             QStringLiteral("SELECT c.name || '|' || u.name FROM cadres c "
                                            "JOIN units u ON u.id = c.unit_id WHERE c.id = "
                                            "?"),
                             {fixture.cadreId})
                     .toString(),
                 fixture.name + QLatin1Char('|') + fixture.unit);
    }
    QCOMPARE(count(db(), QStringLiteral("SELECT is_top_leader FROM cadres WHERE id = ?"),
                   {qint64(DemoFixture::DiseaseControlDirector)}),
             1);
    QCOMPARE(count(db(), QStringLiteral("SELECT is_top_leader FROM cadres WHERE id = ?"),
                   {qint64(DemoFixture::WaterBureauDirector)}),
             1);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM cadres WHERE name = '张建国'")), 1);
    // 方志华: a party warning and a government demerit from the case filed in 2025.
    QCOMPARE(Sql::scalar(db(),
                         QStringLiteral("SELECT group_concat(system || '.' || kind) FROM "
                                        "(SELECT system, kind FROM sanctions WHERE "
                                        "cadre_id = ? ORDER BY system DESC)"),
                         {qint64(DemoFixture::DiseaseControlDirector)})
                 .toString(),
             QStringLiteral("party.warning,government.demerit"));
    QCOMPARE(Sql::scalar(db(),
                         QStringLiteral("SELECT substr(k.filed_date, 1, 4) || c.source FROM "
                                        "cases k JOIN clues c ON c.id = k.clue_id JOIN "
                                        "case_subjects s ON s.case_id = k.id WHERE "
                                        "s.cadre_id = ?"),
                         {qint64(DemoFixture::DiseaseControlDirector)})
                 .toString(),
             QStringLiteral("2025petition"));
}

void TestDemo::pinyinSearchFindsScenarioCadres()
{
    const CadreDirectory directory(*m_database);
    const QList<QPair<QString, qint64>> searches = {
        {QStringLiteral("zjg"), DemoFixture::WaterBureauDirector},
        {QStringLiteral("zengzhiwei"), DemoFixture::ClosedCluesCadre},
        {QStringLiteral("zzw"), DemoFixture::ClosedCluesCadre},
        {QStringLiteral("slj"), DemoFixture::OpenInquiryCadre},
        {QStringLiteral("方志华"), DemoFixture::DiseaseControlDirector},
        {QStringLiteral("疾病预防 主任"), DemoFixture::DiseaseControlDirector},
    };
    for (const auto &search : searches) {
        CadreFilter filter;
        filter.text = search.first;
        const auto rows
            = directory.page(filter, CadreDirectory::SortKey::Name, Qt::AscendingOrder, 0, 1000);
        bool found = false;
        for (const CadreRow &row : rows)
            found = found || row.id == search.second;
        QVERIFY2(found, qPrintable(search.first));
    }
}

void TestDemo::scenarioCadresHaveTheirCategories()
{
    const OpinionService service(*m_database);
    for (const DemoFixtureInfo &fixture : m_summary.fixtures) {
        const OpinionResult result = service.decide(fixture.cadreId, kToday);
        QVERIFY2(result.category == fixture.category,
                 qPrintable(QStringLiteral("%1: %2, expected %3 — %4")
                                .arg(fixture.name)
                                .arg(result.category)
                                .arg(fixture.category)
                                .arg(result.reasons.join(QLatin1Char(' ')))));
    }
    // One cadre for every category.
    QSet<int> categories;
    for (const DemoFixtureInfo &fixture : m_summary.fixtures)
        categories.insert(fixture.category);
    QCOMPARE(categories.size(), 6);
}

void TestDemo::storedOpinionsMatchTheOpinionService()
{
    const OpinionService service(*m_database);
    QSqlQuery answers = Sql::run(db(), QStringLiteral("SELECT a.cadre_id, b.as_of_date, "
                                                      "a.category FROM opinion_answers a JOIN "
                                                      "opinion_batches b ON b.id = a.batch_id"));
    int checked = 0;
    QSet<int> categories;
    while (answers.next()) {
        const QDate asOf = QDate::fromString(answers.value(1).toString(), Qt::ISODate);
        const int category = service.decide(answers.value(0).toLongLong(), asOf).category;
        QCOMPARE(answers.value(2).toInt(), category);
        categories.insert(category);
        ++checked;
    }
    QVERIFY(checked > 100);
    QVERIFY(categories.size() >= 4);
}

void TestDemo::copiedMaterialsLookCopied()
{
    const int latest = Sql::scalar(db(), QStringLiteral("SELECT max(year) FROM "
                                                        "self_examination_materials"))
                           .toInt();
    auto teamText = [this](const QString &unit, int year) {
        return Sql::scalar(db(),
                           QStringLiteral("SELECT m.content FROM self_examination_materials m "
                                          "JOIN units u ON u.id = m.unit_id WHERE u.name = ? "
                                          "AND m.year = ? AND m.cadre_id IS NULL"),
                           {unit, year})
            .toString();
    };
    // Scenario 5: the supply-and-marketing cooperative reused last year's team material.
    const QString cooperative = QStringLiteral("清河县供销合作社联合社");
    const double copied = overlap(teamText(cooperative, latest), teamText(cooperative, latest - 1));
    QVERIFY2(copied > 0.75 && copied < 0.97, qPrintable(QString::number(copied)));

    // ... and two of its members handed in nearly the same text.
    QSqlQuery members = Sql::run(db(),
                                 QStringLiteral("SELECT m.content FROM "
                                                "self_examination_materials m JOIN units u "
                                                "ON u.id = m.unit_id WHERE u.name = ? AND "
                                                "m.year = ? AND m.cadre_id IS NOT NULL "
                                                "ORDER BY m.id"),
                                 {cooperative, latest});
    QStringList texts;
    while (members.next())
        texts << members.value(0).toString();
    double closest = 0;
    for (int i = 0; i < texts.size(); ++i) {
        for (int j = i + 1; j < texts.size(); ++j)
            closest = std::max(closest, overlap(texts.at(i), texts.at(j)));
    }
    QVERIFY2(closest > 0.85, qPrintable(QString::number(closest)));

    // Unrelated materials share formulas, not text.
    QSqlQuery sample = Sql::run(db(),
                                QStringLiteral("SELECT content FROM "
                                               "self_examination_materials WHERE year = ? "
                                               "AND cadre_id IS NULL ORDER BY id LIMIT 40"),
                                {latest - 2});
    QStringList unrelated;
    while (sample.next())
        unrelated << sample.value(0).toString();
    double highest = 0;
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i + 1 < unrelated.size(); ++i) {
        const double value = overlap(unrelated.at(i), unrelated.at(i + 1));
        highest = std::max(highest, value);
        sum += value;
        ++pairs;
    }
    QVERIFY2(sum / pairs < 0.45, qPrintable(QString::number(sum / pairs)));
    QVERIFY2(highest < 0.7, qPrintable(QString::number(highest)));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM self_examination_materials WHERE "
                                        "length(content) < 300 OR length(content) > 800")),
             0);
}

void TestDemo::cadresHaveValidIdNumbersAndPinyin()
{
    QSqlQuery cadres = Sql::run(db(), QStringLiteral("SELECT id_number, pinyin_initials FROM "
                                                     "cadres"));
    while (cadres.next()) {
        QVERIFY2(validIdNumber(cadres.value(0).toString()), qPrintable(cadres.value(0).toString()));
        QVERIFY(!cadres.value(1).toString().isEmpty());
    }
    // Polyphonic surnames appear, read as surnames.
    QVERIFY(count(db(), QStringLiteral("SELECT count(*) FROM cadres WHERE name LIKE '曾%' AND "
                                       "pinyin_full LIKE 'zeng%'"))
            > 3);
    QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT pinyin_initials FROM cadres WHERE id = ?"),
                         {qint64(DemoFixture::OpenInquiryCadre)})
                 .toString(),
             QStringLiteral("slj"));
}

void TestDemo::refusesADatabaseWithDossiers()
{
    const qint64 before = count(db(), QStringLiteral("SELECT count(*) FROM cadres"));
    const qint64 entries = count(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY_THROWS_EXCEPTION(DataError, DemoGenerator::generate(*m_database, DemoOptions()));
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM cadres")), before);
    QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM audit_log")), entries);
}

void TestDemo::commandRefusesBadInput()
{
    const QString program = qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE");
    if (program.isEmpty() || !QFile::exists(program))
        QSKIP("The program is not built next to the tests.");
    QTemporaryDir dir;
    auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(program, QStringList{QStringLiteral("demo")} + arguments);
        process.waitForFinished(120000);
        return process.exitCode();
    };
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("--scale"), QStringLiteral("town")}),
             1);
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("--seed"), QStringLiteral("x")}), 1);
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("--today"),
                  QStringLiteral("2026-13-01")}),
             1);
    QCOMPARE(run({QStringLiteral("--db"), path}), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();
    QCOMPARE(run({QStringLiteral("--db"), path}), 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), hash);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
