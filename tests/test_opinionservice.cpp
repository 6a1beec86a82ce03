#include "domain/dataerror.h"
#include "dossier/dossier.h"
#include "dossier/opinionservice.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QHash>
#include <QTest>

#include <memory>
#include <stdexcept>
#include <utility>

// Integrity opinions and dossiers read from the database: one cadre per category, the facts as
// they stood on a date (from the clue steps), and the dossier header, counts and timeline.
namespace {

const QDate asOfDay(2025, 6, 1);

QString iso(const char *day)
{
    return QString::fromLatin1(day);
}

QDate date(const char *day)
{
    return QDate::fromString(iso(day), Qt::ISODate);
}

using Step = std::pair<const char *, const char *>; // to_state, date

class Records
{
public:
    Records()
        : m_database(TestDatabase::inMemory())
        , m_repository(*m_database)
    {
        m_unit = m_repository.create(QStringLiteral("units"),
                                     {{QStringLiteral("name"), QStringLiteral("城关镇")},
                                      {QStringLiteral("kind"), QStringLiteral("township")}});
    }

    QSqlDatabase connection() const { return m_database->connection(); }
    Database &database() const { return *m_database; }
    qint64 unit() const { return m_unit; }
    qint64 id(const QString &label) const { return m_ids.value(label, -1); }
    bool has(const QString &label) const { return m_ids.contains(label); }

    qint64 add(const QString &label, const QString &table, const QVariantMap &values)
    {
        if (m_ids.contains(label))
            throw std::logic_error("two fixture records share a label");
        const qint64 id = m_repository.create(table, values);
        m_ids.insert(label, id);
        return id;
    }

    qint64 cadre(const QString &label, const QVariantMap &extra = {})
    {
        QVariantMap values{{QStringLiteral("dossier_number"), QStringLiteral("DA-") + label},
                           {QStringLiteral("name"), label},
                           {QStringLiteral("gender"), QStringLiteral("male")},
                           {QStringLiteral("unit_id"), m_unit}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            values.insert(it.key(), it.value());
        return add(label, QStringLiteral("cadres"), values);
    }

    qint64 talk(const QString &label, const QString &cadre, const char *kind, const char *day)
    {
        return add(label, QStringLiteral("talks"),
                   {{QStringLiteral("cadre_id"), id(cadre)},
                    {QStringLiteral("kind"), iso(kind)},
                    {QStringLiteral("held_by"), QStringLiteral("party_committee")},
                    {QStringLiteral("talk_date"), iso(day)}});
    }

    // Registers a clue about `cadre` and walks it through `steps`; the last step carries
    // `outcome`.
    qint64 clue(const QString &number, const QString &cadre, const char *received,
                std::initializer_list<Step> steps, const char *outcome = "")
    {
        const qint64 clueId = add(number, QStringLiteral("clues"),
                                  {{QStringLiteral("number"), number},
                                   {QStringLiteral("source"), QStringLiteral("petition")},
                                   {QStringLiteral("received_date"), iso(received)},
                                   {QStringLiteral("updated_date"), iso(received)}});
        m_repository.link(
            QStringLiteral("clue_subjects"),
            {{QStringLiteral("clue_id"), clueId}, {QStringLiteral("cadre_id"), id(cadre)}});
        int remaining = int(steps.size());
        for (const Step &step : steps)
            m_repository.advanceClue(clueId, iso(step.first), date(step.second),
                                     QStringLiteral("书记"), QString(),
                                     --remaining == 0 ? iso(outcome) : QString());
        return clueId;
    }

    qint64 dossierCase(const QString &number, const QString &cadre, const char *filed,
                       const char *closed = "", const char *transferred = "")
    {
        QVariantMap values{{QStringLiteral("number"), number},
                           {QStringLiteral("filed_date"), iso(filed)}};
        if (*closed)
            values.insert(QStringLiteral("closed_date"), iso(closed));
        const qint64 caseId = add(number, QStringLiteral("cases"), values);
        QVariantMap subject{{QStringLiteral("case_id"), caseId},
                            {QStringLiteral("cadre_id"), id(cadre)}};
        if (*transferred)
            subject.insert(QStringLiteral("transferred_to_judiciary"), iso(transferred));
        m_repository.link(QStringLiteral("case_subjects"), subject);
        return caseId;
    }

    qint64 sanction(const QString &label, const QString &cadre, const char *system,
                    const char *kind, const char *effective, int probationMonths = 0)
    {
        QVariantMap values{{QStringLiteral("cadre_id"), id(cadre)},
                           {QStringLiteral("system"), iso(system)},
                           {QStringLiteral("kind"), iso(kind)},
                           {QStringLiteral("effective_date"), iso(effective)}};
        if (probationMonths > 0)
            values.insert(QStringLiteral("probation_months"), probationMonths);
        return add(label, QStringLiteral("sanctions"), values);
    }

    qint64 handling(const QString &label, const QString &cadre, const char *kind,
                    const char *effective)
    {
        return add(label, QStringLiteral("organizational_handlings"),
                   {{QStringLiteral("cadre_id"), id(cadre)},
                    {QStringLiteral("kind"), iso(kind)},
                    {QStringLiteral("effective_date"), iso(effective)}});
    }

    qint64 admonition(const QString &label, const QString &cadre, const char *effective)
    {
        return add(label, QStringLiteral("admonitions"),
                   {{QStringLiteral("cadre_id"), id(cadre)},
                    {QStringLiteral("effective_date"), iso(effective)}});
    }

    qint64 finding(const QString &label, qint64 inspectionId, const QString &cadre,
                   const char *found, const char *deadline, const char *status,
                   const char *completed = "")
    {
        QVariantMap values{{QStringLiteral("inspection_id"), inspectionId},
                           {QStringLiteral("description"), label},
                           {QStringLiteral("responsible_cadre_id"), id(cadre)},
                           {QStringLiteral("found_date"), iso(found)},
                           {QStringLiteral("deadline"), iso(deadline)},
                           {QStringLiteral("status"), iso(status)}};
        if (*completed)
            values.insert(QStringLiteral("completed_date"), iso(completed));
        return add(label, QStringLiteral("findings"), values);
    }

private:
    std::unique_ptr<Database> m_database;
    RecordRepository m_repository;
    qint64 m_unit = 0;
    QHash<QString, qint64> m_ids;
};

const std::initializer_list<Step> inquiryUntilClosed2024
    = {{"assigned", "2024-02-02"},
       {"disposition_proposed", "2024-02-10"},
       {"talk_or_letter_inquiry", "2024-02-20"},
       {"inquiry_replied", "2024-03-05"},
       {"closed", "2024-03-20"}};

// One cadre for each way into each category.
void buildCadres(Records &records)
{
    // 1: nothing but an ordinary integrity talk.
    records.cadre(QStringLiteral("no clue"));
    records.talk(QStringLiteral("no clue talk"), QStringLiteral("no clue"), "integrity",
                 "2025-01-15");

    // 2: closed as untrue after an inquiry; and closed with the explanation accepted.
    records.cadre(QStringLiteral("untrue"));
    records.clue(QStringLiteral("XS-2024-002"), QStringLiteral("untrue"), "2024-02-01",
                 inquiryUntilClosed2024, "untrue");
    records.cadre(QStringLiteral("explained"));
    records.clue(QStringLiteral("XS-2024-003"), QStringLiteral("explained"), "2024-02-01",
                 inquiryUntilClosed2024, "explanation_accepted");

    // 3: closed with a first-form measure; a party warning whose period has ended.
    records.cadre(QStringLiteral("first form"));
    records.clue(QStringLiteral("XS-2024-010"), QStringLiteral("first form"), "2024-05-01",
                 {{"assigned", "2024-05-02"},
                  {"disposition_proposed", "2024-05-10"},
                  {"talk_or_letter_inquiry", "2024-05-20"},
                  {"inquiry_replied", "2024-06-01"},
                  {"closed", "2024-06-15"}},
                 "first_form_measure");
    records.cadre(QStringLiteral("warning ended"));
    records.sanction(QStringLiteral("ended warning"), QStringLiteral("warning ended"), "party",
                     "warning", "2024-01-10");

    // 4: a clue in talk-or-letter inquiry.
    records.cadre(QStringLiteral("in inquiry"));
    records.clue(QStringLiteral("XS-2025-020"), QStringLiteral("in inquiry"), "2025-04-01",
                 {{"assigned", "2025-04-02"},
                  {"disposition_proposed", "2025-04-15"},
                  {"talk_or_letter_inquiry", "2025-05-01"}});

    // 5: preliminary verification; an open case; an admonition two months old; a handling; a
    // party warning inside its period.
    records.cadre(QStringLiteral("in verification"));
    records.clue(QStringLiteral("XS-2025-030"), QStringLiteral("in verification"), "2025-03-01",
                 {{"assigned", "2025-03-02"},
                  {"disposition_proposed", "2025-03-20"},
                  {"preliminary_verification", "2025-04-01"}});
    records.cadre(QStringLiteral("open case"));
    records.dossierCase(QStringLiteral("LA-2025-007"), QStringLiteral("open case"), "2025-02-01");
    records.cadre(QStringLiteral("admonished"));
    records.admonition(QStringLiteral("admonition"), QStringLiteral("admonished"), "2025-04-01");
    records.cadre(QStringLiteral("adjusted"));
    records.handling(QStringLiteral("post adjustment"), QStringLiteral("adjusted"),
                     "post_adjustment", "2025-02-10");
    records.cadre(QStringLiteral("warned"));
    records.sanction(QStringLiteral("open warning"), QStringLiteral("warned"), "party", "warning",
                     "2025-03-15");

    // 6: party probation of 12 months; transferred to the judiciary; expelled.
    records.cadre(QStringLiteral("probation"));
    records.sanction(QStringLiteral("probation sanction"), QStringLiteral("probation"), "party",
                     "probation", "2025-01-10", 12);
    records.cadre(QStringLiteral("transferred"));
    records.dossierCase(QStringLiteral("LA-2025-009"), QStringLiteral("transferred"), "2025-01-05",
                        "", "2025-03-01");
    records.cadre(QStringLiteral("expelled"));
    records.sanction(QStringLiteral("expulsion"), QStringLiteral("expelled"), "party", "expulsion",
                     "2025-02-01");

    // Several facts: the highest category wins and every fact is listed.
    records.cadre(QStringLiteral("mixed"));
    records.clue(QStringLiteral("XS-2024-040"), QStringLiteral("mixed"), "2024-02-01",
                 inquiryUntilClosed2024, "untrue");
    records.clue(QStringLiteral("XS-2025-041"), QStringLiteral("mixed"), "2025-05-01",
                 {{"assigned", "2025-05-02"},
                  {"disposition_proposed", "2025-05-10"},
                  {"talk_or_letter_inquiry", "2025-05-15"}});
    records.admonition(QStringLiteral("mixed admonition"), QStringLiteral("mixed"), "2025-04-01");

    // For the as-of checks.
    records.cadre(QStringLiteral("verified then closed"));
    records.clue(QStringLiteral("XS-2024-050"), QStringLiteral("verified then closed"),
                 "2024-09-01",
                 {{"assigned", "2024-09-02"},
                  {"disposition_proposed", "2024-09-10"},
                  {"preliminary_verification", "2024-10-01"},
                  {"closed", "2024-12-01"}},
                 "untrue");
    records.cadre(QStringLiteral("late clue"));
    records.clue(QStringLiteral("XS-2025-060"), QStringLiteral("late clue"), "2025-07-01", {});
    records.cadre(QStringLiteral("late sanction"));
    records.sanction(QStringLiteral("late serious warning"), QStringLiteral("late sanction"),
                     "party", "serious_warning", "2025-08-01");
    records.cadre(QStringLiteral("closed case"));
    records.dossierCase(QStringLiteral("LA-2024-011"), QStringLiteral("closed case"), "2024-03-01",
                        "2024-08-01");

    // Clues that came in with their state but without their steps (an older import): read as
    // they stand from the day they last changed, not as registered.
    const auto imported = [&records](const char *number, const char *cadre, const char *state,
                                     const char *changed, const char *outcome) {
        const QString label = QString::fromLatin1(cadre);
        records.cadre(label);
        const qint64 clue = records.clue(QString::fromLatin1(number), label, "2024-01-05", {});
        const QSqlDatabase db = records.connection();
        Sql::run(db, QStringLiteral("DELETE FROM clue_steps WHERE clue_id = ?"), {clue});
        Sql::run(db, QStringLiteral("UPDATE clues SET state = ?, updated_date = ? WHERE id = ?"),
                 {QString::fromLatin1(state), QString::fromLatin1(changed), clue});
        if (*outcome)
            Sql::run(db, QStringLiteral("UPDATE clue_subjects SET outcome = ? WHERE clue_id = ?"),
                     {QString::fromLatin1(outcome), clue});
    };
    imported("XS-2024-070", "imported verification", "preliminary_verification", "2024-03-01", "");
    imported("XS-2024-071", "imported untrue", "closed", "2024-05-01", "untrue");
    imported("XS-2024-072", "imported closed later", "closed", "2099-05-01", "untrue");

    // A suspension holds until it is lifted.
    records.cadre(QStringLiteral("suspended"));
    records.handling(QStringLiteral("suspension"), QStringLiteral("suspended"), "suspension",
                     "2025-04-01");
    records.cadre(QStringLiteral("suspension lifted"));
    const qint64 lifted
        = records.handling(QStringLiteral("lifted suspension"), QStringLiteral("suspension lifted"),
                           "suspension", "2025-01-01");
    Sql::run(records.connection(),
             QStringLiteral("UPDATE organizational_handlings SET lifted_date = '2025-02-01' "
                            "WHERE id = ?"),
             {lifted});
}

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestOpinionService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decide_data();
    void decide();
    void highestCategoryWinsAndEveryFactIsListed();
    void asOf_data();
    void asOf();
    void factsAsOf();
    void dossier();
    void dossierOfNoOne();

private:
    std::unique_ptr<Records> m_records;
};

void TestOpinionService::initTestCase()
{
    m_records = std::make_unique<Records>();
    buildCadres(*m_records);
}

void TestOpinionService::decide_data()
{
    QTest::addColumn<QString>("cadre");
    QTest::addColumn<int>("category");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QDate>("impactUntil");

    const QDate none;
    auto row = [](const char *cadre, int category, const char *mentions, QDate until) {
        QTest::newRow(cadre) << QString::fromLatin1(cadre) << category << words(mentions) << until;
    };
    row("no clue", 1, "未收到", none);
    row("untrue", 2, "XS-2024-002|不属实|2024年3月20日", none);
    row("explained", 2, "XS-2024-003|采信", none);
    row("first form", 3, "XS-2024-010|第一种形态", none);
    // 12 months from 2024-01-10: last day 2025-01-09.
    row("warning ended", 3, "党内警告|2024年1月10日至2025年1月9日|影响期已满", none);
    row("in inquiry", 4, "XS-2025-020|谈话函询", none);
    row("in verification", 5, "XS-2025-030|初步核实", none);
    row("open case", 5, "LA-2025-007|尚未审结", none);
    // Six months (the default setting) from 2025-04-01.
    row("admonished", 5, "诫勉|2025年4月1日至2025年9月30日", QDate(2025, 9, 30));
    row("adjusted", 5, "调整职务|2025年2月10日至2026年2月9日", QDate(2026, 2, 9));
    row("warned", 5, "党内警告|2025年3月15日至2026年3月14日", QDate(2026, 3, 14));
    // Rights restored 2026-01-10 after the 12-month term, then two years: last day 2028-01-09.
    row("probation", 6, "留党察看|2025年1月10日至2028年1月9日", QDate(2028, 1, 9));
    row("transferred", 6, "LA-2025-009|移送司法机关", none);
    // Five years barred from rejoining.
    row("expelled", 6, "开除党籍|2025年2月1日至2030年1月31日", QDate(2030, 1, 31));
    row("imported verification", 5, "XS-2024-070|正在初步核实", none);
    row("imported untrue", 2, "XS-2024-071|不属实|2024年5月1日", none);
    // Closed after the day asked about: where it stood then is unknown, so it is open.
    row("imported closed later", 4, "XS-2024-072|尚在处置中", none);
    row("suspended", 5, "停职检查|尚未解除停职", none);
    row("suspension lifted", 3, "停职检查|已于2025年2月1日解除停职", none);
}

void TestOpinionService::decide()
{
    QFETCH(QString, cadre);
    QFETCH(int, category);
    QFETCH(QStringList, mentions);
    QFETCH(QDate, impactUntil);

    QVERIFY(m_records->has(cadre));
    const OpinionService service(m_records->database());
    const OpinionResult result = service.decide(m_records->id(cadre), asOfDay);
    QCOMPARE(result.category, category);
    QCOMPARE(result.label, opinionCategoryLabel(category));
    QVERIFY(!result.label.isEmpty());
    QCOMPARE(result.reasons.size(), 1);
    const QString reasons = result.reasons.join(QLatin1Char('\n'));
    for (const QString &mention : mentions)
        QVERIFY2(reasons.contains(mention), qPrintable(mention + QStringLiteral(" in ") + reasons));
    QCOMPARE(result.impactUntil.has_value(), impactUntil.isValid());
    if (impactUntil.isValid())
        QCOMPARE(*result.impactUntil, impactUntil);
    QVERIFY(!result.permanent);
}

void TestOpinionService::highestCategoryWinsAndEveryFactIsListed()
{
    const OpinionService service(m_records->database());
    const OpinionResult result = service.decide(m_records->id(QStringLiteral("mixed")), asOfDay);
    // Untrue clue (2), clue in inquiry (4), admonition in its period (5).
    QCOMPARE(result.category, 5);
    QCOMPARE(result.reasons.size(), 3);
    QVERIFY(result.reasons.at(0).contains(QLatin1String("XS-2024-040")));
    QVERIFY(result.reasons.at(1).contains(QLatin1String("XS-2025-041")));
    QVERIFY(result.reasons.at(2).contains(QString::fromUtf8("诫勉")));
    QCOMPARE(result.impactUntil, std::optional<QDate>(QDate(2025, 9, 30)));

    // After the admonition's period the open clue still defers the opinion.
    const OpinionResult later
        = service.decide(m_records->id(QStringLiteral("mixed")), QDate(2025, 10, 1));
    QCOMPARE(later.category, 4);
    QVERIFY(!later.impactUntil.has_value());
}

void TestOpinionService::asOf_data()
{
    QTest::addColumn<QString>("cadre");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QDate>("impactUntil");

    const QDate none;
    auto row = [](const char *name, const char *cadre, QDate asOf, int category,
                  const char *mention, QDate until) {
        QTest::newRow(name) << QString::fromLatin1(cadre) << asOf << category
                            << QString::fromUtf8(mention) << until;
    };
    // XS-2024-002: received 2024-02-01, inquiry 2024-02-20, replied 2024-03-05, closed
    // 2024-03-20 as untrue.
    row("clue not yet received", "untrue", QDate(2024, 1, 31), 1, "未收到", none);
    row("clue just registered", "untrue", QDate(2024, 2, 1), 4, "XS-2024-002", none);
    row("clue in inquiry", "untrue", QDate(2024, 2, 25), 4, "谈话函询", none);
    row("clue replied", "untrue", QDate(2024, 3, 10), 4, "XS-2024-002", none);
    row("clue closed that day", "untrue", QDate(2024, 3, 20), 2, "不属实", none);
    // XS-2024-050: verification from 2024-10-01, closed 2024-12-01.
    row("verification proposed", "verified then closed", QDate(2024, 9, 15), 4, "XS-2024-050",
        none);
    row("under verification", "verified then closed", QDate(2024, 11, 1), 5, "初步核实", none);
    row("verification closed", "verified then closed", QDate(2024, 12, 1), 2, "不属实", none);
    // XS-2025-060 arrives on 2025-07-01.
    row("clue after as-of ignored", "late clue", asOfDay, 1, "未收到", none);
    row("clue on as-of counts", "late clue", QDate(2025, 7, 1), 4, "XS-2025-060", none);
    // A serious warning effective 2025-08-01: 18 months.
    row("sanction after as-of ignored", "late sanction", asOfDay, 1, "未收到", none);
    row("sanction on its day", "late sanction", QDate(2025, 8, 1), 5, "党内严重警告",
        QDate(2027, 1, 31));
    row("sanction's last day", "late sanction", QDate(2027, 1, 31), 5, "党内严重警告",
        QDate(2027, 1, 31));
    row("sanction period over", "late sanction", QDate(2027, 2, 1), 3, "影响期已满", none);
    // LA-2024-011: filed 2024-03-01, closed 2024-08-01.
    row("case before filing", "closed case", QDate(2024, 2, 28), 1, "未收到", none);
    row("case open", "closed case", QDate(2024, 5, 1), 5, "LA-2024-011", none);
    row("case closed", "closed case", QDate(2024, 8, 1), 3, "审结", none);
    // LA-2025-009: filed 2025-01-05, transferred 2025-03-01.
    row("before transfer", "transferred", QDate(2025, 2, 1), 5, "尚未审结", none);
    row("after transfer", "transferred", QDate(2025, 3, 1), 6, "移送司法机关", none);
    // The party warning of 2025-03-15 ends on 2026-03-14.
    row("warning's last day", "warned", QDate(2026, 3, 14), 5, "党内警告", QDate(2026, 3, 14));
    row("warning over", "warned", QDate(2026, 3, 15), 3, "影响期已满", none);
    row("before the warning", "warned", QDate(2025, 3, 14), 1, "未收到", none);
    // Probation: not suitable until 2028-01-09, the end of the two years after restoration.
    row("probation's last day", "probation", QDate(2028, 1, 9), 6, "留党察看", QDate(2028, 1, 9));
    row("probation over", "probation", QDate(2028, 1, 10), 3, "影响期已满", none);
}

void TestOpinionService::asOf()
{
    QFETCH(QString, cadre);
    QFETCH(QDate, asOf);
    QFETCH(int, category);
    QFETCH(QString, mention);
    QFETCH(QDate, impactUntil);

    QVERIFY(m_records->has(cadre));
    const OpinionService service(m_records->database());
    const OpinionResult result = service.decide(m_records->id(cadre), asOf);
    QCOMPARE(result.category, category);
    const QString reasons = result.reasons.join(QLatin1Char('\n'));
    QVERIFY2(reasons.contains(mention), qPrintable(mention + QStringLiteral(" in ") + reasons));
    QCOMPARE(result.impactUntil.has_value(), impactUntil.isValid());
    if (impactUntil.isValid())
        QCOMPARE(*result.impactUntil, impactUntil);
}

void TestOpinionService::factsAsOf()
{
    const OpinionService service(m_records->database());
    const qint64 cadre = m_records->id(QStringLiteral("untrue"));

    // In inquiry on 2024-02-25: the state then, no outcome yet, closed later.
    OpinionFacts facts = service.facts(cadre, QDate(2024, 2, 25));
    QCOMPARE(facts.asOf, QDate(2024, 2, 25));
    QCOMPARE(int(facts.clues.size()), 1);
    QCOMPARE(facts.clues.front().number, QStringLiteral("XS-2024-002"));
    QCOMPARE(facts.clues.front().id, m_records->id(QStringLiteral("XS-2024-002")));
    QCOMPARE(facts.clues.front().received, QDate(2024, 2, 1));
    QCOMPARE(facts.clues.front().state, QStringLiteral("talk_or_letter_inquiry"));
    QVERIFY(facts.clues.front().outcome.isEmpty());
    QCOMPARE(facts.clues.front().closedOn, QDate(2024, 3, 20));

    facts = service.facts(cadre, QDate(2024, 3, 20));
    QCOMPARE(facts.clues.front().state, QStringLiteral("closed"));
    QCOMPARE(facts.clues.front().outcome, QStringLiteral("untrue"));

    // Registered, no step yet.
    facts = service.facts(cadre, QDate(2024, 2, 1));
    QCOMPARE(facts.clues.front().state, QStringLiteral("registered"));

    // A probation record carries its term; a later restoration date is not yet known.
    facts = service.facts(m_records->id(QStringLiteral("probation")), asOfDay);
    QCOMPARE(int(facts.measures.size()), 1);
    QCOMPARE(facts.measures.front().measure, QStringLiteral("party.probation"));
    QCOMPARE(facts.measures.front().probationMonths, std::optional<int>(12));
    QCOMPARE(facts.measures.front().effectiveDate, QDate(2025, 1, 10));

    // Measures of all three kinds are gathered, and nothing of another cadre.
    facts = service.facts(m_records->id(QStringLiteral("admonished")), asOfDay);
    QCOMPARE(int(facts.measures.size()), 1);
    QCOMPARE(facts.measures.front().measure, QStringLiteral("admonition"));
    facts = service.facts(m_records->id(QStringLiteral("adjusted")), asOfDay);
    QCOMPARE(int(facts.measures.size()), 1);
    QCOMPARE(facts.measures.front().measure, QStringLiteral("handling.post_adjustment"));
    QVERIFY(facts.clues.empty());
    QVERIFY(facts.cases.empty());
}

void TestOpinionService::dossier()
{
    Records records;
    records.cadre(QStringLiteral("张建国"),
                  {{QStringLiteral("dossier_number"), QStringLiteral("DA-2025-0001")},
                   {QStringLiteral("birth_date"), QStringLiteral("1975-04-12")},
                   {QStringLiteral("position"), QStringLiteral("党委书记")},
                   {QStringLiteral("rank"), QStringLiteral("正科级")},
                   {QStringLiteral("party_membership"), QStringLiteral("member")},
                   {QStringLiteral("is_top_leader"), 1}});
    const QString zhang = QStringLiteral("张建国");
    records.cadre(QStringLiteral("other"));

    const qint64 talk = records.talk(QStringLiteral("talk"), zhang, "reminder", "2025-01-15");
    // Open: in inquiry; closed after as-of. Not open: closed before; received after as-of.
    const qint64 inInquiry = records.clue(QStringLiteral("XS-D-1"), zhang, "2025-02-01",
                                          {{"assigned", "2025-02-02"},
                                           {"disposition_proposed", "2025-02-10"},
                                           {"talk_or_letter_inquiry", "2025-02-20"}});
    const qint64 closedBefore = records.clue(QStringLiteral("XS-D-2"), zhang, "2024-06-01",
                                             {{"assigned", "2024-06-02"},
                                              {"disposition_proposed", "2024-06-10"},
                                              {"closed", "2024-08-01"}},
                                             "untrue");
    const qint64 closedAfter = records.clue(QStringLiteral("XS-D-3"), zhang, "2025-03-01",
                                            {{"assigned", "2025-03-02"},
                                             {"disposition_proposed", "2025-03-10"},
                                             {"closed", "2025-07-01"}},
                                            "not_verifiable");
    const qint64 receivedLater = records.clue(QStringLiteral("XS-D-4"), zhang, "2025-07-10", {});
    const qint64 warning
        = records.sanction(QStringLiteral("warning"), zhang, "party", "warning", "2025-03-15");

    const qint64 inspection
        = records.add(QStringLiteral("inspection"), QStringLiteral("inspections"),
                      {{QStringLiteral("unit_id"), records.unit()},
                       {QStringLiteral("kind"), QStringLiteral("fixed_week")},
                       {QStringLiteral("start_date"), iso("2025-03-25")}});
    records.finding(QStringLiteral("overdue open"), inspection, zhang, "2025-03-31", "2025-05-01",
                    "open");
    records.finding(QStringLiteral("overdue in progress"), inspection, zhang, "2025-03-31",
                    "2025-05-31", "in_progress");
    records.finding(QStringLiteral("completed late"), inspection, zhang, "2025-03-31", "2025-04-15",
                    "completed", "2025-04-20");
    records.finding(QStringLiteral("due on as-of"), inspection, zhang, "2025-03-31", "2025-06-01",
                    "open");
    records.finding(QStringLiteral("due later"), inspection, zhang, "2025-03-31", "2025-07-01",
                    "open");
    records.finding(QStringLiteral("someone else's"), inspection, QStringLiteral("other"),
                    "2025-03-31", "2025-04-01", "open");

    const Dossier dossier = DossierLoader(records.database()).load(records.id(zhang), asOfDay);
    QCOMPARE(dossier.cadreId, records.id(zhang));
    QCOMPARE(dossier.dossierNumber, QStringLiteral("DA-2025-0001"));
    QCOMPARE(dossier.name, zhang);
    QCOMPARE(dossier.gender, QStringLiteral("male"));
    QCOMPARE(dossier.birthDate, QDate(1975, 4, 12));
    QCOMPARE(dossier.unitName, QStringLiteral("城关镇"));
    QCOMPARE(dossier.position, QStringLiteral("党委书记"));
    QCOMPARE(dossier.rank, QStringLiteral("正科级"));
    QCOMPARE(dossier.partyMembership, QStringLiteral("member"));
    QVERIFY(dossier.topLeader);
    QCOMPARE(dossier.status, QStringLiteral("serving"));

    QCOMPARE(dossier.openClues, 2);
    QCOMPARE(dossier.overdueRectifications, 2);

    // Clue in inquiry (4) and a party warning inside its period (5).
    QCOMPARE(dossier.opinion.category, 5);
    QCOMPARE(dossier.opinion.impactUntil, std::optional<QDate>(QDate(2026, 3, 14)));
    QCOMPARE(dossier.opinion.reasons,
             OpinionService(records.database()).decide(records.id(zhang), asOfDay).reasons);

    // Newest first, everything linked to the cadre: 1 talk, 4 clues and the 9 steps they took
    // after registration, 1 sanction, 5 findings.
    QCOMPARE(int(dossier.timeline.size()), 20);
    for (size_t i = 1; i < dossier.timeline.size(); ++i)
        QVERIFY2(dossier.timeline[i - 1].date >= dossier.timeline[i].date,
                 qPrintable(dossier.timeline[i].date.toString(Qt::ISODate)));
    QCOMPARE(dossier.timeline.front().kind, QStringLiteral("clue"));
    QCOMPARE(dossier.timeline.front().recordId, receivedLater);
    QCOMPARE(dossier.timeline.back().kind, QStringLiteral("clue"));
    QCOMPARE(dossier.timeline.back().recordId, closedBefore);

    auto find = [&](const QString &kind, qint64 recordId) -> const TimelineEntry * {
        for (const TimelineEntry &entry : dossier.timeline) {
            if (entry.kind == kind && entry.recordId == recordId)
                return &entry;
        }
        return nullptr;
    };
    const TimelineEntry *talkEntry = find(QStringLiteral("talk"), talk);
    QVERIFY(talkEntry);
    QCOMPARE(talkEntry->date, QDate(2025, 1, 15));
    QCOMPARE(talkEntry->detail, QStringLiteral("reminder"));
    const TimelineEntry *sanctionEntry = find(QStringLiteral("sanction"), warning);
    QVERIFY(sanctionEntry);
    QCOMPARE(sanctionEntry->date, QDate(2025, 3, 15));
    QCOMPARE(sanctionEntry->detail, QStringLiteral("party.warning"));
    const TimelineEntry *clueEntry = find(QStringLiteral("clue"), inInquiry);
    QVERIFY(clueEntry);
    QCOMPARE(clueEntry->date, QDate(2025, 2, 1));
    QCOMPARE(clueEntry->detail, QStringLiteral("talk_or_letter_inquiry"));
    QVERIFY(find(QStringLiteral("clue"), closedAfter));
    QVERIFY(!find(QStringLiteral("finding"), records.id(QStringLiteral("someone else's"))));

    // The other cadre's dossier holds only their finding.
    const Dossier other
        = DossierLoader(records.database()).load(records.id(QStringLiteral("other")), asOfDay);
    QCOMPARE(other.openClues, 0);
    QCOMPARE(other.overdueRectifications, 1);
    QCOMPARE(other.opinion.category, 1);
    QCOMPARE(int(other.timeline.size()), 1);
    QCOMPARE(other.timeline.front().kind, QStringLiteral("finding"));
}

void TestOpinionService::dossierOfNoOne()
{
    QVERIFY_THROWS_EXCEPTION(DataError, DossierLoader(m_records->database()).load(999999, asOfDay));
}

QTEST_GUILESS_MAIN(TestOpinionService)
#include "test_opinionservice.moc"
