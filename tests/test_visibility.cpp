#include "access/accesserror.h"
#include "access/accounts.h"
#include "directory/cadredirectory.h"
#include "directory/databasesummary.h"
#include "directory/unitdirectory.h"
#include "items/changehistorymodel.h"
#include "items/cluestepsmodel.h"
#include "items/measurelistmodel.h"
#include "items/timelinemodel.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

#include <functional>
#include <vector>

// What each account sees of the directory, the unit tree, the status bar's counts and a
// dossier's lists: every role sees the cadres of its units by name, unit and position; only the
// roles that read dossiers see facts (badges, quick filters, clue and case counts, records), and
// never about their own or a close relative's dossier. A scoped account sees its units only.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

class County
{
public:
    County()
        : database(TestDatabase::inMemory())
        , repository(*database)
    {
        town = TestDatabase::addUnit(*database, text("城关镇"), text("township"));
        village = TestDatabase::addUnit(*database, text("城关镇农业站"), text("institution"), town);
        bureau = TestDatabase::addUnit(*database, text("县水利局"), text("department"));
        inTown = TestDatabase::addCadre(*database, text("张建国"), village);
        inBureau = TestDatabase::addCadre(*database, text("李明"), bureau);
        linked = TestDatabase::addCadre(*database, text("赵强"), bureau);
        spouse = TestDatabase::addCadre(*database, text("王芳"), bureau);
        repository.create(text("relatives"), {{text("cadre_id"), linked},
                                              {text("relation"), text("spouse")},
                                              {text("name"), text("王芳")},
                                              {text("relative_cadre_id"), spouse}});
        for (qint64 cadre : {inTown, inBureau, spouse}) {
            repository.create(text("talks"), {{text("cadre_id"), cadre},
                                              {text("kind"), text("reminder")},
                                              {text("held_by"), text("discipline_commission")},
                                              {text("talk_date"), text("2025-03-04")}});
            const qint64 clue
                = repository.create(text("clues"), {{text("number"), text("XS-%1").arg(cadre)},
                                                    {text("source"), text("petition")},
                                                    {text("received_date"), text("2025-02-01")},
                                                    {text("updated_date"), text("2025-02-01")}});
            repository.link(text("clue_subjects"),
                            {{text("clue_id"), clue}, {text("cadre_id"), cadre}});
            clues.insert(cadre, clue);
        }
        // The case officer works in the town only; "linked" is an officer whose own dossier is
        // 赵强's, and so may not see his wife's either.
        TestDatabase::signIn(*database, QStringLiteral("security"));
        Accounts accounts(*database);
        for (const AccountInfo &account : accounts.list()) {
            if (account.name == QLatin1String("officer"))
                accounts.setScope(account.id, false, {town});
        }
        TestDatabase::signIn(*database, QStringLiteral("admin"));
        const qint64 account = Accounts(*database).create(QStringLiteral("linked"),
                                                          QStringLiteral("linked-password-1"));
        TestDatabase::signIn(*database, QStringLiteral("security"));
        Accounts(*database).setRole(account, Role::CaseOfficer);
        Accounts(*database).linkCadre(account, linked);
        // Its owner sets a password of their own before it opens anything.
        Accounts(*database).signIn(QStringLiteral("linked"), QStringLiteral("linked-password-1"));
        Accounts(*database).changePassword(QStringLiteral("linked-password-1"),
                                           QStringLiteral("linked-own-password"));
    }

    void signIn(const QString &account)
    {
        if (account == QLatin1String("linked"))
            Accounts(*database).signIn(account, QStringLiteral("linked-own-password"));
        else
            TestDatabase::signIn(*database, account);
    }

    QSqlDatabase db() const { return database->connection(); }

    std::unique_ptr<Database> database;
    RecordRepository repository;
    qint64 town = 0, village = 0, bureau = 0;
    qint64 inTown = 0, inBureau = 0, linked = 0, spouse = 0;
    QHash<qint64, qint64> clues;
};

County &county()
{
    static County instance;
    return instance;
}

using Figure = std::function<qint64(County &)>;

int listed(County &c, const CadreFilter &filter = {})
{
    return CadreDirectory(*c.database).count(filter);
}

// A quick filter's count, or -1 when the account may not use it.
qint64 quick(County &c, const std::function<void(CadreFilter &)> &set)
{
    CadreFilter filter;
    set(filter);
    try {
        return listed(c, filter);
    } catch (const AccessError &) {
        return -1;
    }
}

qint64 badges(County &c)
{
    const CadreDirectory directory(*c.database);
    return directory.statuses({c.inTown, c.inBureau, c.linked, c.spouse}).size();
}

template<typename Model>
qint64 rows(County &c, qint64 cadre)
{
    Model model(*c.database, cadre);
    return model.rowCount();
}

// Each figure as each account sees it: admin, security, auditor, officer (town only),
// reviewer, linked.
struct Seen
{
    const char *name;
    Figure figure;
    QList<qint64> expected;
};

std::vector<Seen> figures()
{
    std::vector<Seen> table;
    const auto row = [&table](const char *name, Figure figure, QList<qint64> expected) {
        table.push_back({name, std::move(figure), std::move(expected)});
    };
    row("directory: cadres", [](County &c) { return qint64(listed(c)); }, {4, 4, 4, 1, 4, 4});
    row("directory: name search",
        [](County &c) {
            CadreFilter filter;
            filter.text = text("王");
            return qint64(listed(c, filter));
        },
        {1, 1, 1, 0, 1, 1});
    row("directory: badges", badges, {0, 0, 0, 1, 4, 2});
    row("quick filter: open clues",
        [](County &c) { return quick(c, [](CadreFilter &f) { f.openClues = true; }); },
        {-1, -1, -1, 1, 3, 2});
    row("quick filter: impact period",
        [](County &c) { return quick(c, [](CadreFilter &f) { f.insideImpactPeriod = true; }); },
        {-1, -1, -1, 0, 0, 0});
    row("quick filter: top leaders",
        [](County &c) { return quick(c, [](CadreFilter &f) { f.topLeadersOnly = true; }); },
        {0, 0, 0, 0, 0, 0});
    row("unit tree: units",
        [](County &c) { return qint64(UnitDirectory(*c.database).units().size()); },
        {3, 3, 3, 2, 3, 3});
    row("unit tree: cadres counted",
        [](County &c) {
            qint64 sum = 0;
            for (const UnitRow &unit : UnitDirectory(*c.database).units())
                sum += unit.cadres;
            return sum;
        },
        {4, 4, 4, 1, 4, 4});
    row("status bar: cadres",
        [](County &c) { return qint64(DatabaseSummary::read(*c.database).cadres); },
        {4, 4, 4, 1, 4, 4});
    row("status bar: clues",
        [](County &c) { return qint64(DatabaseSummary::read(*c.database).clues); },
        {-1, -1, -1, 1, 3, 3});
    row("dossier: timeline of the town's cadre",
        [](County &c) { return rows<TimelineModel>(c, c.inTown); }, {0, 0, 0, 2, 2, 2});
    row("dossier: timeline of the bureau's cadre",
        [](County &c) { return rows<TimelineModel>(c, c.inBureau); }, {0, 0, 0, 0, 2, 2});
    row("dossier: timeline of the linked officer's wife",
        [](County &c) { return rows<TimelineModel>(c, c.spouse); }, {0, 0, 0, 0, 2, 0});
    row("dossier: history of the wife",
        [](County &c) { return qint64(rows<ChangeHistoryModel>(c, c.spouse) > 0); },
        {0, 0, 0, 0, 1, 0});
    row("dossier: measures of the town's cadre",
        [](County &c) { return rows<MeasureListModel>(c, c.inTown); }, {0, 0, 0, 0, 0, 0});
    row("clue steps of the wife's clue",
        [](County &c) {
            ClueStepsModel model(*c.database);
            model.setClue(c.clues.value(c.spouse));
            return qint64(model.rowCount() > 0 || !model.currentState().isEmpty());
        },
        {0, 0, 0, 0, 1, 0});
    return table;
}

const QStringList accounts{QStringLiteral("admin"),    QStringLiteral("security"),
                           QStringLiteral("auditor"),  QStringLiteral("officer"),
                           QStringLiteral("reviewer"), QStringLiteral("linked")};

} // namespace

class TestVisibility : public QObject
{
    Q_OBJECT

private slots:
    void eachAccountSeesWhatItMay_data();
    void eachAccountSeesWhatItMay();
    void noOneSignedInSeesNothing();
    void statusOrderTellsNothing();
};

void TestVisibility::eachAccountSeesWhatItMay_data()
{
    QTest::addColumn<int>("account");
    for (int account = 0; account < accounts.size(); ++account)
        QTest::newRow(qPrintable(accounts.at(account))) << account;
}

void TestVisibility::eachAccountSeesWhatItMay()
{
    QFETCH(int, account);
    // One sign-in per account, then every figure: a sign-in costs two slow password hashes.
    county().signIn(accounts.at(account));
    for (const Seen &seen : figures()) {
        const qint64 got = seen.figure(county());
        const qint64 expected = seen.expected.at(account);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("%1: %2, expected %3")
                                                 .arg(QString::fromUtf8(seen.name))
                                                 .arg(got)
                                                 .arg(expected)));
    }
}

void TestVisibility::noOneSignedInSeesNothing()
{
    const auto database = TestDatabase::inMemory(QString());
    QVERIFY_THROWS_EXCEPTION(AccessError, CadreDirectory{*database});
    QVERIFY_THROWS_EXCEPTION(AccessError, UnitDirectory(*database).units());
    const DatabaseSummary summary = DatabaseSummary::read(*database);
    QCOMPARE(summary.cadres, 0);
    QCOMPARE(summary.clues, -1);
}

void TestVisibility::statusOrderTellsNothing()
{
    // Sorted by status, an account that sees no facts gets the order of the names.
    county().signIn(QStringLiteral("admin"));
    const CadreDirectory directory(*county().database);
    const auto byStatus
        = directory.page({}, CadreDirectory::SortKey::Status, Qt::DescendingOrder, 0, 10);
    const auto byName
        = directory.page({}, CadreDirectory::SortKey::Name, Qt::DescendingOrder, 0, 10);
    QCOMPARE(byStatus.size(), byName.size());
    for (size_t i = 0; i < byName.size(); ++i)
        QCOMPARE(byStatus[i].id, byName[i].id);
}

QTEST_GUILESS_MAIN(TestVisibility)
#include "test_visibility.moc"
