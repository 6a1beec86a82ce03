#include "access/accesserror.h"
#include "access/accounts.h"
#include "alerts/alertservice.h"
#include "domain/dataerror.h"
#include "dossier/casefileloader.h"
#include "dossier/opinionservice.h"
#include "records/casedecision.h"
#include "records/recordrepository.h"
#include "settings/articlebook.h"
#include "storage/articlesstore.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

// Case review from the models: the articles a database starts with, the checks beside each
// proposal as the case file loads them, the decision written into the dossiers in one
// transaction, the refusals that change nothing, an appeal, the deadlines as alerts, and the
// own-dossier rule over a whole case.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

QDate day(const char *iso)
{
    return QDate::fromString(text(iso), Qt::ISODate);
}

struct Fixture
{
    Fixture()
        : database(TestDatabase::inMemory())
        , repository(*database)
    {
        unit = TestDatabase::addUnit(*database, text("县水利局"));
        zhang = TestDatabase::addCadre(*database, text("张建国"), unit, text("局长"), true);
        li = TestDatabase::addCadre(*database, text("李明"), unit, text("副局长"));
        clue = repository.create(text("clues"), {{text("number"), text("XS-2026-031")},
                                                 {text("source"), text("petition")},
                                                 {text("received_date"), text("2026-03-02")},
                                                 {text("updated_date"), text("2026-03-02")}});
        repository.link(text("clue_subjects"),
                        {{text("clue_id"), clue}, {text("cadre_id"), zhang}});
        for (const auto &step :
             {std::pair{"assigned", "2026-03-03"}, std::pair{"disposition_proposed", "2026-03-10"},
              std::pair{"preliminary_verification", "2026-03-20"}})
            repository.advanceClue(clue, text(step.first), day(step.second), text("书记"));
        caseId = repository.create(text("cases"), {{text("number"), text("XL-2026-007")},
                                                   {text("clue_id"), clue},
                                                   {text("unit_id"), unit},
                                                   {text("filed_date"), text("2026-06-01")},
                                                   {text("summary"), text("违规发放津贴补贴")}});
        repository.link(
            text("case_subjects"),
            {{text("case_id"), caseId}, {text("cadre_id"), zhang}, {text("was_top_leader"), 1}});
        review = repository.create(text("case_reviews"),
                                   {{text("case_id"), caseId},
                                    {text("received_date"), text("2026-08-20")},
                                    {text("characterisation"), text("张建国违反工作纪律")}});
        repository.create(
            text("case_facts"),
            {{text("case_id"), caseId},
             {text("cadre_id"), zhang},
             {text("ordinal"), 1},
             {text("description"), text("2026年5月，张建国搞形式主义。")},
             {text("violated_on"), text("2026-05-10")},
             {text("degree"), text("lighter")},
             {text("articles"), text("party 第一百三十二条\ngovernment 第三十九条")}});
    }

    qint64 propose(const char *measure, const char *adjustment = "none", const char *ground = "",
                   qint64 cadre = 0)
    {
        QVariantMap values = {{text("review_id"), review},
                              {text("cadre_id"), cadre ? cadre : zhang},
                              {text("measure"), text(measure)},
                              {text("degree"), text("lighter")},
                              {text("adjustment"), text(adjustment)},
                              {text("ground"), text(ground)}};
        if (text(measure) == QLatin1String("party.probation"))
            values.insert(text("probation_months"), 12);
        return repository.create(text("case_proposals"), values);
    }

    const CaseFile::Proposal &proposal(const CaseFile &file, const char *measure) const
    {
        for (const CaseFile::Proposal &each : file.subject(zhang)->proposals)
            if (each.measure == text(measure))
                return each;
        qFatal("no such proposal");
    }

    int count(const char *table) const
    {
        return Sql::scalar(database->connection(),
                           QStringLiteral("SELECT count(*) FROM %1").arg(text(table)))
            .toInt();
    }

    std::unique_ptr<Database> database;
    RecordRepository repository;
    qint64 unit = 0;
    qint64 zhang = 0;
    qint64 li = 0;
    qint64 clue = 0;
    qint64 caseId = 0;
    qint64 review = 0;
};

bool hasCheck(const QVector<MeasureCheck> &checks, MeasureCheck::Level level, const QString &what)
{
    for (const MeasureCheck &check : checks)
        if (check.level == level && check.what.contains(what))
            return true;
    return false;
}

} // namespace

class TestCaseReview : public QObject
{
    Q_OBJECT

private slots:
    void articlesComeWithTheDatabase();
    void articlesAreKeptWithTheirSourceAndDates_data();
    void articlesAreKeptWithTheirSourceAndDates();
    void aNewVersionOfAnArticleAppliesFromItsDay();
    void checksStandBesideEachProposal_data();
    void checksStandBesideEachProposal();
    void anEarlierPeriodAndAMismatchedPairAreFlagged();
    void theDecisionWritesTheDossiers();
    void refusedDecisionsChangeNothing_data();
    void refusedDecisionsChangeNothing();
    void anAppealReopensTheReview();
    void deadlinesBecomeAlerts();
    void aCaseWithOnesOwnDossierIsClosed();
};

void TestCaseReview::articlesComeWithTheDatabase()
{
    Fixture fixture;
    const QVector<Article> articles = ArticlesStore::load(fixture.database->connection());
    QVERIFY2(articles.size() >= 20, qPrintable(QString::number(articles.size())));
    for (const Article &article : articles) {
        QVERIFY2(article.source.startsWith(QLatin1String("http")), qPrintable(article.key()));
        QVERIFY(article.validFrom.isValid());
    }
    const Article *work
        = Articles::findOn(articles, text("party"), text("第一百三十二条"), day("2026-05-10"));
    QVERIFY(work);
    QCOMPARE(work->lighter, QStringList({text("party.warning"), text("party.serious_warning")}));
    // Seeding again keeps what is there: an edited article is not overwritten.
    Sql::run(fixture.database->connection(),
             QStringLiteral("UPDATE articles SET topic = 'edited' WHERE id = ?"), {work->id});
    ArticlesStore::seed(fixture.database->connection());
    QCOMPARE(ArticlesStore::load(fixture.database->connection()).size(), articles.size());
}

void TestCaseReview::articlesAreKeptWithTheirSourceAndDates_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("no source") << "source"
                               << "" << text("source");
    QTest::newRow("no number") << "number"
                               << "" << text("number");
    QTest::newRow("a government measure in a party article")
        << "lighter"
        << "government.warning" << text("party measures");
    QTest::newRow("ends before it starts") << "valid_to"
                                           << "2019-01-01" << text("before it took");
    QTest::newRow("the same version twice") << "number"
                                            << "第一百三十二条" << text("already has");
}

void TestCaseReview::articlesAreKeptWithTheirSourceAndDates()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Fixture fixture;
    Article article;
    article.regulation = text("《中国共产党纪律处分条例》");
    article.system = text("party");
    article.number = text("第九十七条");
    article.validFrom = day("2024-01-01");
    article.lighter = QStringList{text("party.warning"), text("party.serious_warning")};
    article.source = text("https://www.ccdi.gov.cn/");
    if (field == QLatin1String("source"))
        article.source = value;
    else if (field == QLatin1String("number"))
        article.number = value;
    else if (field == QLatin1String("lighter"))
        article.lighter = QStringList{value};
    else if (field == QLatin1String("valid_to"))
        article.validTo = QDate::fromString(value, Qt::ISODate);
    const int articles = fixture.count("articles");
    const int audit = fixture.count("audit_log");
    try {
        ArticleBook(*fixture.database).save(article);
        QFAIL("the article was not refused");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
    QCOMPARE(fixture.count("articles"), articles);
    QCOMPARE(fixture.count("audit_log"), audit);
}

void TestCaseReview::aNewVersionOfAnArticleAppliesFromItsDay()
{
    Fixture fixture;
    ArticleBook book(*fixture.database);
    Article old = *Articles::find(book.articles(), text("party"), text("第一百三十二条"));
    Article next = old;
    next.id = 0;
    next.validFrom = day("2027-01-01");
    next.lighter = QStringList{text("party.warning")};
    const int audit = fixture.count("audit_log");
    const qint64 id = book.save(next);
    old.validTo = day("2026-12-31");
    book.save(old);
    QCOMPARE(fixture.count("audit_log"), audit + 2);
    const QVector<Article> articles = book.articles();
    QCOMPARE(
        Articles::findOn(articles, text("party"), text("第一百三十二条"), day("2026-06-01"))->id,
        old.id);
    QCOMPARE(
        Articles::findOn(articles, text("party"), text("第一百三十二条"), day("2027-06-01"))->id,
        id);
    // A reviewer reads the articles but keeps none.
    TestDatabase::signIn(*fixture.database, text("reviewer"));
    QVERIFY_THROWS_EXCEPTION(AccessError, book.save(next));
}

void TestCaseReview::checksStandBesideEachProposal_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("adjustment");
    QTest::addColumn<QString>("ground");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("what");
    const int fits = int(MeasureCheck::Level::Fits);
    const int problem = int(MeasureCheck::Level::Problem);
    QTest::newRow("in range") << "party.serious_warning"
                              << "none"
                              << "" << fits << text("幅度内");
    QTest::newRow("out of range") << "party.probation"
                                  << "none"
                                  << "" << problem << text("超出");
    QTest::newRow("heavier without ground") << "party.serious_warning"
                                            << "heavier"
                                            << "" << problem << text("未写明从重");
    QTest::newRow("lighter with ground")
        << "government.warning"
        << "lighter" << text("主动交代") << fits << text("从轻处分在幅度内");
    QTest::newRow("mitigated below the lightest")
        << "party.warning"
        << "mitigated" << text("主动交代") << problem << text("无法再减轻");
    QTest::newRow("aggravated government")
        << "government.demotion"
        << "aggravated" << text("串供") << problem << text("没有加重");
}

void TestCaseReview::checksStandBesideEachProposal()
{
    QFETCH(QString, measure);
    QFETCH(QString, adjustment);
    QFETCH(QString, ground);
    QFETCH(int, level);
    QFETCH(QString, what);
    Fixture fixture;
    fixture.propose(measure.toUtf8().constData(), adjustment.toUtf8().constData(),
                    ground.toUtf8().constData());
    const CaseFile file = CaseFileLoader(*fixture.database).load(fixture.caseId, day("2026-09-15"));
    const CaseFile::Proposal &proposal = fixture.proposal(file, measure.toUtf8().constData());
    QVERIFY2(hasCheck(proposal.checks, MeasureCheck::Level(level), what),
             qPrintable(proposal.checks.isEmpty() ? QString() : proposal.checks.first().what));
    // Every proposal also says what follows: the period, the opinion, the four forms.
    QVERIFY(hasCheck(proposal.checks, MeasureCheck::Level::Note, text("党风廉政意见为第")));
    QVERIFY(hasCheck(proposal.checks, MeasureCheck::Level::Note, text("形态")));
}

void TestCaseReview::anEarlierPeriodAndAMismatchedPairAreFlagged()
{
    Fixture fixture;
    // A government warning from another case, in force when the conduct took place.
    fixture.repository.create(text("sanctions"), {{text("cadre_id"), fixture.zhang},
                                                  {text("system"), text("government")},
                                                  {text("kind"), text("warning")},
                                                  {text("effective_date"), text("2026-03-01")}});
    fixture.propose("party.expulsion");
    fixture.propose("government.demerit");
    const CaseFile file = CaseFileLoader(*fixture.database).load(fixture.caseId, day("2026-09-15"));
    const CaseFile::Proposal &demerit = fixture.proposal(file, "government.demerit");
    QVERIFY(hasCheck(demerit.checks, MeasureCheck::Level::Warning, text("影响期")));
    QVERIFY(hasCheck(demerit.checks, MeasureCheck::Level::Warning, text("应当从重")));
    const CaseFile::Subject *subject = file.subject(fixture.zhang);
    QVERIFY(hasCheck(subject->pairing, MeasureCheck::Level::Warning, text("通常与政务开除相匹配")));
    // With the usual pair it fits.
    fixture.repository.update(text("case_proposals"), demerit.id,
                              {{text("measure"), text("government.expulsion")}});
    const CaseFile again
        = CaseFileLoader(*fixture.database).load(fixture.caseId, day("2026-09-15"));
    QVERIFY(
        hasCheck(again.subject(fixture.zhang)->pairing, MeasureCheck::Level::Fits, text("相匹配")));
}

void TestCaseReview::theDecisionWritesTheDossiers()
{
    Fixture fixture;
    fixture.propose("party.serious_warning");
    fixture.propose("government.demerit");
    const int audit = fixture.count("audit_log");
    const CaseDecision::Outcome outcome
        = CaseDecision(*fixture.database)
              .record({fixture.review, day("2026-09-15"), text("县纪委常委会"),
                       text("清纪发〔2026〕9号")});
    QCOMPARE(outcome.written, 2);
    const QSqlDatabase db = fixture.database->connection();
    QCOMPARE(Sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM sanctions WHERE case_id = ? "
                                        "AND effective_date = '2026-09-15' AND "
                                        "decision_number = ?"),
                         {fixture.caseId, text("清纪发〔2026〕9号")})
                 .toInt(),
             2);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT closed_date FROM cases WHERE id = ?"),
                         {fixture.caseId})
                 .toString(),
             text("2026-09-15"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT state FROM clues WHERE id = ?"), {fixture.clue})
                 .toString(),
             text("case_filed"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM case_proposals WHERE "
                                            "decided_date IS NULL OR sanction_id IS NULL"))
                 .toInt(),
             0);
    // One entry per record written: two sanctions, two proposals, the review, the case, the
    // clue's step.
    QVERIFY(fixture.count("audit_log") >= audit + 7);

    // The periods follow from the rules: serious warning 18 months, demerit 12.
    const OpinionService opinions(*fixture.database);
    QCOMPARE(opinions.decide(fixture.zhang, day("2026-10-01")).category, 5);
    QCOMPARE(opinions.decide(fixture.zhang, day("2028-03-14")).category, 5);
    QCOMPARE(opinions.decide(fixture.zhang, day("2028-03-15")).category, 3);
    // Once decided, the checks no longer count the decision's own measures as earlier ones.
    const CaseFile file = CaseFileLoader(*fixture.database).load(fixture.caseId);
    QVERIFY(!hasCheck(fixture.proposal(file, "party.serious_warning").checks,
                      MeasureCheck::Level::Warning, text("本案已对其作出")));
    QCOMPARE(fixture.proposal(file, "party.serious_warning").decided, day("2026-09-15"));
}

void TestCaseReview::refusedDecisionsChangeNothing_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("message");
    QTest::newRow("no proposal") << "none" << text("No measure is proposed");
    QTest::newRow("before receipt") << "early" << text("cannot come before");
    QTest::newRow("decided already") << "twice" << text("decided on 2026-09-15 already");
}

void TestCaseReview::refusedDecisionsChangeNothing()
{
    QFETCH(QString, situation);
    QFETCH(QString, message);
    Fixture fixture;
    if (situation != QLatin1String("none"))
        fixture.propose("party.warning");
    if (situation == QLatin1String("twice"))
        CaseDecision(*fixture.database).record({fixture.review, day("2026-09-15"), {}, {}});
    const int sanctions = fixture.count("sanctions");
    const int audit = fixture.count("audit_log");
    try {
        CaseDecision(*fixture.database)
            .record({fixture.review,
                     day(situation == QLatin1String("early") ? "2026-08-01" : "2026-09-20"),
                     {},
                     {}});
        QFAIL("the decision was not refused");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
    QCOMPARE(fixture.count("sanctions"), sanctions);
    QCOMPARE(fixture.count("audit_log"), audit);
}

void TestCaseReview::anAppealReopensTheReview()
{
    Fixture fixture;
    QVERIFY_THROWS_EXCEPTION(
        DataError, CaseDecision(*fixture.database).openAppeal(fixture.caseId, day("2026-09-01")));
    fixture.propose("party.serious_warning");
    fixture.propose("government.demerit");
    CaseDecision(*fixture.database).record({fixture.review, day("2026-09-15"), {}, {}});
    const qint64 appeal
        = CaseDecision(*fixture.database).openAppeal(fixture.caseId, day("2026-10-10"));
    const QSqlDatabase db = fixture.database->connection();
    QVERIFY(Sql::scalar(db, QStringLiteral("SELECT closed_date FROM cases WHERE id = ?"),
                        {fixture.caseId})
                .isNull());
    // The appeal's review upholds the party measure and lightens the government one.
    fixture.review = appeal;
    fixture.propose("party.serious_warning");
    fixture.propose("government.warning");
    const CaseDecision::Outcome outcome
        = CaseDecision(*fixture.database).record({appeal, day("2026-11-20"), {}, {}});
    QCOMPARE(outcome.kept, 1);
    QCOMPARE(outcome.written, 1);
    QCOMPARE(outcome.removed, 1);
    QStringList measures;
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT system || '.' || kind || ' ' || "
                                                  "effective_date FROM sanctions ORDER BY 1"));
    while (query.next())
        measures << query.value(0).toString();
    QCOMPARE(measures, QStringList({text("government.warning 2026-11-20"),
                                    text("party.serious_warning 2026-09-15")}));
    // The history stays: both reviews, all four proposals, the first decision's dates.
    QCOMPARE(fixture.count("case_reviews"), 2);
    QCOMPARE(fixture.count("case_proposals"), 4);
    const CaseFile file = CaseFileLoader(*fixture.database).load(fixture.caseId);
    QCOMPARE(file.reviews.size(), 2);
    QCOMPARE(file.reviews.first().decided, day("2026-09-15"));
    QCOMPARE(file.currentReview()->kind, text("appeal"));
    QVERIFY_THROWS_EXCEPTION(
        DataError, CaseDecision(*fixture.database).openAppeal(fixture.caseId, day("2026-11-01")));
}

void TestCaseReview::deadlinesBecomeAlerts()
{
    Fixture fixture;
    const auto steps = [&fixture](const char *today) {
        QStringList found;
        for (const Alert &alert : AlertService(*fixture.database).alerts(day(today), 14))
            if (alert.kind == Alert::Kind::CaseReview)
                found << alert.due.toString(Qt::ISODate) + QLatin1Char(' ') + alert.detail;
        return found;
    };
    // Received on 20 August: the review is due by 19 September.
    QCOMPARE(steps("2026-09-10").size(), 1);
    QVERIFY(steps("2026-09-10").first().startsWith(text("2026-09-19")));
    QVERIFY(steps("2026-08-21").isEmpty());
    fixture.propose("party.warning");
    fixture.repository.update(text("case_reviews"), fixture.review,
                              {{text("reported_date"), text("2026-09-10")}});
    CaseDecision(*fixture.database).record({fixture.review, day("2026-09-15"), {}, {}});
    // Decided on Tuesday 15 September: announcement and delivery in 10 working days (29th).
    const QStringList after = steps("2026-09-25");
    QCOMPARE(after.size(), 2);
    QVERIFY(after.first().startsWith(text("2026-09-29")));
    fixture.repository.update(text("case_reviews"), fixture.review,
                              {{text("announced_date"), text("2026-09-22")},
                               {text("delivered_date"), text("2026-09-23")}});
    QVERIFY(steps("2026-09-25").isEmpty());
}

void TestCaseReview::aCaseWithOnesOwnDossierIsClosed()
{
    Fixture fixture;
    Accounts(*fixture.database).signIn(text("security"), text("demo"));
    Accounts accounts(*fixture.database);
    for (const AccountInfo &info : accounts.list())
        if (info.name == QLatin1String("officer"))
            accounts.linkCadre(info.id, fixture.zhang);
    Accounts(*fixture.database).signIn(text("officer"), text("demo"));
    QVERIFY_THROWS_EXCEPTION(AccessError, CaseFileLoader(*fixture.database).load(fixture.caseId));
    QVERIFY(CaseFileLoader(*fixture.database).cases().isEmpty());
    // The administrators see no case file at all.
    Accounts(*fixture.database).signIn(text("admin"), text("demo"));
    QVERIFY_THROWS_EXCEPTION(AccessError, CaseFileLoader(*fixture.database).load(fixture.caseId));
}

QTEST_GUILESS_MAIN(TestCaseReview)
#include "test_case_review.moc"
