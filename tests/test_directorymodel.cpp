#include "items/cadredirectorymodel.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The directory as an item model: lazy pages, SQL filtering and sorting on raw values, and the
// structural checks every model must pass.
class TestDirectoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void fetchesLazilyInPages();
    void filtersInSql();
    void sortsOnRawValues();
    void filtersTopLeadersAndShowsTheMark();
    void filtersInsideAnImpactPeriod();
    void filtersOpenClues();
    void filtersOverdueRectifications();
    void filtersMissingDutyReports();
    void combinesQuickFiltersWithSearchAndUnit();
    void sortsByStatus();
    void refreshSeesNewRecords();

private:
    struct QuickFixtures;
    static QStringList names(const CadreDirectoryModel &model);

    std::unique_ptr<Database> m_database;
    static constexpr int kCadres = 450;
};

void TestDirectoryModel::initTestCase()
{
    m_database = TestDatabase::inMemory();
    const qint64 town
        = TestDatabase::addUnit(*m_database, QStringLiteral("城关镇"), QStringLiteral("township"));
    const qint64 bureau = TestDatabase::addUnit(*m_database, QStringLiteral("县水利局"));
    const QStringList surnames = {QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"),
                                  QStringLiteral("赵"), QStringLiteral("曾")};
    const QStringList given
        = {QStringLiteral("建国"), QStringLiteral("丽"),   QStringLiteral("志伟"),
           QStringLiteral("海"),   QStringLiteral("秀英"), QStringLiteral("明"),
           QStringLiteral("红"),   QStringLiteral("军"),   QStringLiteral("平")};
    for (int i = 0; i < kCadres; ++i)
        TestDatabase::addCadre(
            *m_database, surnames.at(i % surnames.size()) + given.at(i % given.size()),
            i % 3 == 0 ? bureau : town,
            i % 10 == 0 ? QStringLiteral("局长") : QStringLiteral("科员"), i % 10 == 0);
}

void TestDirectoryModel::passesTheModelTester()
{
    CadreDirectoryModel model(*m_database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CadreFilter filter;
    filter.text = QStringLiteral("zjg");
    model.setFilter(filter);
    model.sort(CadreDirectoryModel::UnitColumn, Qt::DescendingOrder);
    filter.text.clear();
    filter.topLeadersOnly = true;
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
}

void TestDirectoryModel::fetchesLazilyInPages()
{
    CadreDirectoryModel model(*m_database);
    QCOMPARE(model.totalCount(), kCadres);
    QCOMPARE(model.rowCount(), CadreDirectoryModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * CadreDirectoryModel::pageSize);
    QCOMPARE(inserted.count(), 1);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), kCadres);
    QVERIFY(!model.canFetchMore({}));
}

void TestDirectoryModel::filtersInSql()
{
    CadreDirectoryModel model(*m_database);
    CadreFilter filter;
    filter.text = QStringLiteral("张建国");
    model.setFilter(filter);
    // 张 is every fifth cadre, 建国 every ninth: together every 45th.
    QCOMPARE(model.totalCount(), kCadres / 45);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, CadreDirectoryModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("张建国")));
    filter.text = QStringLiteral("水利");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), kCadres / 3);
    filter.text.clear();
    filter.topLeadersOnly = true;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), kCadres / 10);
    QCOMPARE(model.index(0, CadreDirectoryModel::TopLeaderColumn).data().toString(),
             QStringLiteral("★"));
    QVERIFY(model.cadreId(model.index(0, 0)) > 0);
}

void TestDirectoryModel::sortsOnRawValues()
{
    CadreDirectoryModel model(*m_database);
    model.sort(CadreDirectoryModel::NameColumn, Qt::AscendingOrder);
    // By pinyin, not by code point: 李 (li) before 王 (wang) before 张 (zhang).
    QCOMPARE(model.index(0, 0).data(CadreDirectoryModel::SortValueRole).toString().left(1),
             QStringLiteral("李"));
    model.sort(CadreDirectoryModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data(CadreDirectoryModel::SortValueRole).toString().left(1),
             QStringLiteral("赵"));
    model.sort(CadreDirectoryModel::DossierNumberColumn, Qt::AscendingOrder);
    const QString first
        = model.index(0, CadreDirectoryModel::DossierNumberColumn).data().toString();
    const QString second
        = model.index(1, CadreDirectoryModel::DossierNumberColumn).data().toString();
    QVERIFY(first < second);
}

// Hand-made records around today, one or two cadres for each quick filter and its near miss.
struct TestDirectoryModel::QuickFixtures
{
    std::unique_ptr<Database> database = TestDatabase::inMemory();
    RecordRepository repository{*database};
    QDate today = QDate::currentDate();
    qint64 town
        = TestDatabase::addUnit(*database, QStringLiteral("城关镇"), QStringLiteral("township"));
    qint64 bureau = TestDatabase::addUnit(*database, QStringLiteral("县水利局"));
    QHash<QString, qint64> ids;

    QuickFixtures()
    {
        for (const char *name : {"方影响", "吴期满", "郑诫勉", "钱线索", "孙了结", "李逾期",
                                 "周按期", "陈已改", "褚往年", "卫按时", "蒋科员"})
            cadre(QString::fromUtf8(name), town);
        cadre(QStringLiteral("冯一把"), bureau, true);
        const qint64 retired = cadre(QStringLiteral("沈退休"), bureau, true);
        repository.update(QStringLiteral("cadres"), retired,
                          {{QStringLiteral("status"), QStringLiteral("retired")}});

        measure(QStringLiteral("sanctions"), QStringLiteral("方影响"), today.addMonths(-3),
                {{QStringLiteral("system"), QStringLiteral("party")},
                 {QStringLiteral("kind"), QStringLiteral("warning")}});
        measure(QStringLiteral("sanctions"), QStringLiteral("吴期满"), today.addMonths(-8),
                {{QStringLiteral("system"), QStringLiteral("government")},
                 {QStringLiteral("kind"), QStringLiteral("warning")}});
        measure(QStringLiteral("admonitions"), QStringLiteral("郑诫勉"), today.addMonths(-2), {});

        clue(QStringLiteral("X-1"), QStringLiteral("钱线索"), today.addDays(-10), {});
        clue(QStringLiteral("X-2"), QStringLiteral("钱线索"), today.addDays(-40),
             {QStringLiteral("assigned"), QStringLiteral("disposition_proposed"),
              QStringLiteral("shelved")});
        clue(QStringLiteral("X-3"), QStringLiteral("孙了结"), today.addDays(-30),
             {QStringLiteral("assigned"), QStringLiteral("disposition_proposed"),
              QStringLiteral("closed")});

        const qint64 inspection
            = repository.create(QStringLiteral("inspections"),
                                {{QStringLiteral("unit_id"), town},
                                 {QStringLiteral("kind"), QStringLiteral("fixed_week")},
                                 {QStringLiteral("start_date"), iso(today.addDays(-60))}});
        finding(inspection, QStringLiteral("李逾期"), today.addDays(-5), QStringLiteral("open"));
        finding(inspection, QStringLiteral("周按期"), today.addDays(20),
                QStringLiteral("in_progress"));
        finding(inspection, QStringLiteral("陈已改"), today.addDays(-10),
                QStringLiteral("completed"));

        const int year = CadreDirectory::dutyReportYear(today);
        dutyReport(QStringLiteral("褚往年"), year - 1);
        dutyReport(QStringLiteral("卫按时"), year - 1);
        dutyReport(QStringLiteral("卫按时"), year);
    }

    static QString iso(QDate day) { return day.toString(Qt::ISODate); }

    qint64 cadre(const QString &name, qint64 unit, bool topLeader = false)
    {
        const qint64 id = TestDatabase::addCadre(*database, name, unit, QString(), topLeader);
        ids.insert(name, id);
        return id;
    }

    void measure(const QString &table, const QString &name, QDate effective, QVariantMap values)
    {
        values.insert(QStringLiteral("cadre_id"), ids.value(name));
        values.insert(QStringLiteral("effective_date"), iso(effective));
        repository.create(table, values);
    }

    void clue(const QString &number, const QString &name, QDate received, const QStringList &steps)
    {
        const qint64 clueId = repository.create(
            QStringLiteral("clues"), {{QStringLiteral("number"), number},
                                      {QStringLiteral("source"), QStringLiteral("petition")},
                                      {QStringLiteral("received_date"), iso(received)},
                                      {QStringLiteral("updated_date"), iso(received)}});
        repository.link(
            QStringLiteral("clue_subjects"),
            {{QStringLiteral("clue_id"), clueId}, {QStringLiteral("cadre_id"), ids.value(name)}});
        QDate day = received;
        for (const QString &step : steps) {
            day = day.addDays(3);
            repository.advanceClue(clueId, step, day, QStringLiteral("书记"), QString(),
                                   step == QLatin1String("closed") ? QStringLiteral("untrue")
                                                                   : QString());
        }
    }

    void finding(qint64 inspection, const QString &name, QDate deadline, const QString &status)
    {
        QVariantMap values{{QStringLiteral("inspection_id"), inspection},
                           {QStringLiteral("description"), name},
                           {QStringLiteral("responsible_cadre_id"), ids.value(name)},
                           {QStringLiteral("found_date"), iso(today.addDays(-50))},
                           {QStringLiteral("deadline"), iso(deadline)},
                           {QStringLiteral("status"), status}};
        if (status == QLatin1String("completed"))
            values.insert(QStringLiteral("completed_date"), iso(today.addDays(-20)));
        repository.create(QStringLiteral("findings"), values);
    }

    void dutyReport(const QString &name, int year)
    {
        repository.create(QStringLiteral("duty_reports"),
                          {{QStringLiteral("cadre_id"), ids.value(name)},
                           {QStringLiteral("year"), year},
                           {QStringLiteral("kind"), QStringLiteral("duty_and_integrity")},
                           {QStringLiteral("report_date"), iso(QDate(year, 12, 20))}});
    }

    QStringList filtered(const CadreFilter &filter) const
    {
        CadreDirectoryModel model(*database);
        model.setFilter(filter);
        return names(model);
    }
};

QStringList TestDirectoryModel::names(const CadreDirectoryModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, CadreDirectoryModel::NameColumn).data().toString();
    result.sort();
    return result;
}

static QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

static QStringList badgeTexts(const CadreDirectoryModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CadreDirectoryModel::NameColumn).data().toString() != name)
            continue;
        QStringList texts;
        const QVariantList badges = model.index(row, CadreDirectoryModel::StatusColumn)
                                        .data(CadreDirectoryModel::BadgesRole)
                                        .toList();
        for (const QVariant &badge : badges)
            texts << badge.toMap().value(QStringLiteral("text")).toString();
        return texts;
    }
    return {};
}

void TestDirectoryModel::filtersTopLeadersAndShowsTheMark()
{
    QuickFixtures fixtures;
    CadreFilter filter;
    filter.topLeadersOnly = true;
    QCOMPARE(fixtures.filtered(filter),
             sorted({QStringLiteral("冯一把"), QStringLiteral("沈退休")}));
    CadreDirectoryModel model(*fixtures.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    QCOMPARE(model.index(0, CadreDirectoryModel::TopLeaderColumn).data().toString(),
             QStringLiteral("★"));
    QVERIFY(badgeTexts(model, QStringLiteral("沈退休")).contains(QStringLiteral("Retired")));
}

void TestDirectoryModel::filtersInsideAnImpactPeriod()
{
    QuickFixtures fixtures;
    CadreFilter filter;
    filter.insideImpactPeriod = true;
    // The party warning (12 months) and the admonition (6) are running; the government warning
    // (6 months, from 8 months ago) has ended.
    QCOMPARE(fixtures.filtered(filter),
             sorted({QStringLiteral("方影响"), QStringLiteral("郑诫勉")}));
    CadreDirectoryModel model(*fixtures.database);
    QCOMPARE(badgeTexts(model, QStringLiteral("方影响")),
             QStringList{QStringLiteral("Impact period")});
    QVERIFY(badgeTexts(model, QStringLiteral("吴期满")).isEmpty());
    const int row = model.rowOf(fixtures.ids.value(QStringLiteral("方影响")));
    const QString tip
        = model.index(row, CadreDirectoryModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QString::number(fixtures.today.addMonths(9).year())), qPrintable(tip));
}

void TestDirectoryModel::filtersOpenClues()
{
    QuickFixtures fixtures;
    CadreFilter filter;
    filter.openClues = true;
    // A registered clue and a shelved one are both still open; a closed one is not.
    QCOMPARE(fixtures.filtered(filter), QStringList{QStringLiteral("钱线索")});
    CadreDirectoryModel model(*fixtures.database);
    QCOMPARE(badgeTexts(model, QStringLiteral("钱线索")), QStringList{QStringLiteral("Clues 2")});
    QVERIFY(badgeTexts(model, QStringLiteral("孙了结")).isEmpty());
}

void TestDirectoryModel::filtersOverdueRectifications()
{
    QuickFixtures fixtures;
    CadreFilter filter;
    filter.overdueRectifications = true;
    QCOMPARE(fixtures.filtered(filter), QStringList{QStringLiteral("李逾期")});
    CadreDirectoryModel model(*fixtures.database);
    QCOMPARE(badgeTexts(model, QStringLiteral("李逾期")), QStringList{QStringLiteral("Overdue 1")});
    QVERIFY(badgeTexts(model, QStringLiteral("周按期")).isEmpty());
    QVERIFY(badgeTexts(model, QStringLiteral("陈已改")).isEmpty());
}

void TestDirectoryModel::filtersMissingDutyReports()
{
    QuickFixtures fixtures;
    CadreFilter filter;
    filter.missingDutyReport = true;
    // Expected from serving top leaders and from who reported the year before.
    QCOMPARE(fixtures.filtered(filter),
             sorted({QStringLiteral("冯一把"), QStringLiteral("褚往年")}));
    CadreDirectoryModel model(*fixtures.database);
    QCOMPARE(badgeTexts(model, QStringLiteral("褚往年")),
             QStringList{QStringLiteral("No duty report")});
    QVERIFY(badgeTexts(model, QStringLiteral("卫按时")).isEmpty());
    QVERIFY(badgeTexts(model, QStringLiteral("蒋科员")).isEmpty());
    QCOMPARE(CadreDirectory::dutyReportYear(QDate(2026, 11, 20)), 2025);
    QCOMPARE(CadreDirectory::dutyReportYear(QDate(2026, 1, 20)), 2024);
}

void TestDirectoryModel::combinesQuickFiltersWithSearchAndUnit()
{
    QuickFixtures fixtures;
    CadreFilter filter;
    filter.unitId = fixtures.bureau;
    filter.missingDutyReport = true;
    QCOMPARE(fixtures.filtered(filter), QStringList{QStringLiteral("冯一把")});
    filter.topLeadersOnly = true;
    QCOMPARE(fixtures.filtered(filter), QStringList{QStringLiteral("冯一把")});
    filter = CadreFilter();
    filter.insideImpactPeriod = true;
    filter.text = QStringLiteral("fyx"); // 方影响 by pinyin initials
    QCOMPARE(fixtures.filtered(filter), QStringList{QStringLiteral("方影响")});
    filter.openClues = true;
    QCOMPARE(fixtures.filtered(filter), QStringList());
    filter = CadreFilter();
    filter.unitId = fixtures.town;
    filter.unitKind = QStringLiteral("township"); // no township below a township
    QCOMPARE(fixtures.filtered(filter), QStringList());
}

void TestDirectoryModel::sortsByStatus()
{
    QuickFixtures fixtures;
    CadreDirectoryModel model(*fixtures.database);
    model.sort(CadreDirectoryModel::StatusColumn, Qt::DescendingOrder);
    // Inside a period first; of those, the one with more of the other badges.
    const QString first = model.index(0, CadreDirectoryModel::NameColumn).data().toString();
    QVERIFY2(first == QStringLiteral("方影响") || first == QStringLiteral("郑诫勉"),
             qPrintable(first));
    QCOMPARE(model.index(2, CadreDirectoryModel::NameColumn).data().toString(),
             QStringLiteral("钱线索"));
    QCOMPARE(model.index(3, CadreDirectoryModel::NameColumn).data().toString(),
             QStringLiteral("李逾期"));
}

void TestDirectoryModel::refreshSeesNewRecords()
{
    QuickFixtures fixtures;
    CadreDirectoryModel model(*fixtures.database);
    CadreFilter filter;
    filter.insideImpactPeriod = true;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 2);
    fixtures.measure(QStringLiteral("admonitions"), QStringLiteral("蒋科员"),
                     fixtures.today.addDays(-1), {});
    QCOMPARE(model.totalCount(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.totalCount(), 3);
}

QTEST_GUILESS_MAIN(TestDirectoryModel)
#include "test_directorymodel.moc"
