#include "directory/cadredirectory.h"
#include "domain/dataerror.h"
#include "items/unittreemodel.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The unit tree: units by their parent links, grouped by kind, with the cadres of every unit
// counted together with the units below it.
class TestUnitTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void groupsUnitsByKind();
    void countsCadresWithSubunits();
    void scopesFilterTheDirectory();
    void reloadKeepsRowsWhenOnlyCountsChange();
    void reloadResetsWhenUnitsChange();
    void survivesALoopInTheParentLinks();

private:
    QModelIndex child(const QModelIndex &parent, const QString &name) const;
    void addCadres(qint64 unitId, int count);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<UnitTreeModel> m_model;
    qint64 m_county = 0;
    qint64 m_town = 0;
    qint64 m_townCentre = 0;
    qint64 m_village = 0;
    qint64 m_bureau = 0;
    qint64 m_station = 0;
    qint64 m_centre = 0;
    qint64 m_group = 0;
};

void TestUnitTreeModel::addCadres(qint64 unitId, int count)
{
    static int serial = 0;
    for (int i = 0; i < count; ++i)
        TestDatabase::addCadre(*m_database, QStringLiteral("干部%1").arg(++serial), unitId);
}

void TestUnitTreeModel::init()
{
    m_database = TestDatabase::inMemory();
    Database &db = *m_database;
    using TestDatabase::addUnit;
    m_county = addUnit(db, QStringLiteral("清河县"), QStringLiteral("county"));
    m_town = addUnit(db, QStringLiteral("城关镇"), QStringLiteral("township"), m_county);
    m_townCentre
        = addUnit(db, QStringLiteral("城关镇便民服务中心"), QStringLiteral("institution"), m_town);
    m_village = addUnit(db, QStringLiteral("东坝乡"), QStringLiteral("township"), m_county);
    m_bureau = addUnit(db, QStringLiteral("县水利局"), QStringLiteral("department"), m_county);
    m_station = addUnit(db, QStringLiteral("县水文站"), QStringLiteral("institution"), m_bureau);
    m_centre = addUnit(db, QStringLiteral("县疾控中心"), QStringLiteral("institution"), m_county);
    m_group = addUnit(db, QStringLiteral("派驻第一纪检监察组"), QStringLiteral("stationed_group"),
                      m_county);
    addCadres(m_county, 2);
    addCadres(m_town, 3);
    addCadres(m_townCentre, 2);
    addCadres(m_village, 1);
    addCadres(m_bureau, 4);
    addCadres(m_station, 1);
    addCadres(m_centre, 2);
    addCadres(m_group, 1);
    m_model = std::make_unique<UnitTreeModel>(*m_database);
}

void TestUnitTreeModel::cleanup()
{
    m_model.reset();
    m_database.reset();
}

QModelIndex TestUnitTreeModel::child(const QModelIndex &parent, const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

void TestUnitTreeModel::passesTheModelTester()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->reload();
    addCadres(m_village, 1);
    m_model->reload();
    TestDatabase::addUnit(*m_database, QStringLiteral("县城投公司"), QStringLiteral("enterprise"),
                          m_county);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 1);
}

void TestUnitTreeModel::groupsUnitsByKind()
{
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex county = m_model->index(0, 0);
    QCOMPARE(county.data().toString(), QStringLiteral("清河县"));
    QCOMPARE(county.data(UnitTreeModel::UnitKindRole).toString(), QStringLiteral("county"));
    // Four kinds below the county: four groups, in the order towns, departments, institutions,
    // stationed groups.
    QCOMPARE(m_model->rowCount(county), 4);
    const QStringList kinds = {QStringLiteral("township"), QStringLiteral("department"),
                               QStringLiteral("institution"), QStringLiteral("stationed_group")};
    for (int row = 0; row < kinds.size(); ++row) {
        const QModelIndex group = m_model->index(row, 0, county);
        QVERIFY(group.data(UnitTreeModel::IsGroupRole).toBool());
        QCOMPARE(group.data(UnitTreeModel::UnitKindRole).toString(), kinds.at(row));
        QCOMPARE(group.data().toString(), UnitTreeModel::groupLabel(kinds.at(row)));
    }
    const QModelIndex towns = m_model->index(0, 0, county);
    QCOMPARE(m_model->rowCount(towns), 2);
    QCOMPARE(m_model->index(0, 0, towns).data().toString(), QStringLiteral("城关镇"));
    // A unit with units of one kind below it lists them without a group.
    const QModelIndex town = m_model->index(0, 0, towns);
    QCOMPARE(m_model->rowCount(town), 1);
    QCOMPARE(m_model->index(0, 0, town).data().toString(), QStringLiteral("城关镇便民服务中心"));
    QVERIFY(!m_model->index(0, 0, town).data(UnitTreeModel::IsGroupRole).toBool());
}

void TestUnitTreeModel::countsCadresWithSubunits()
{
    const QModelIndex county = m_model->index(0, 0);
    QCOMPARE(county.data(UnitTreeModel::CadreCountRole).toInt(), 16);
    QCOMPARE(m_model->index(0, UnitTreeModel::CadresColumn).data().toInt(), 16);
    const QModelIndex towns = child(county, UnitTreeModel::groupLabel(QStringLiteral("township")));
    QCOMPARE(towns.data(UnitTreeModel::CadreCountRole).toInt(), 6);
    const QModelIndex town = child(towns, QStringLiteral("城关镇"));
    QCOMPARE(town.data(UnitTreeModel::CadreCountRole).toInt(), 5);
    QCOMPARE(child(town, QStringLiteral("城关镇便民服务中心"))
                 .data(UnitTreeModel::CadreCountRole)
                 .toInt(),
             2);
    const QModelIndex departments
        = child(county, UnitTreeModel::groupLabel(QStringLiteral("department")));
    QCOMPARE(
        child(departments, QStringLiteral("县水利局")).data(UnitTreeModel::CadreCountRole).toInt(),
        5);
    const QModelIndex institutions
        = child(county, UnitTreeModel::groupLabel(QStringLiteral("institution")));
    QCOMPARE(institutions.data(UnitTreeModel::CadreCountRole).toInt(), 2);
}

void TestUnitTreeModel::scopesFilterTheDirectory()
{
    const CadreDirectory directory(*m_database);
    const QModelIndex county = m_model->index(0, 0);
    // Every row's count is what the directory finds for its scope.
    std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            const UnitScope scope = m_model->scope(index);
            CadreFilter filter;
            filter.unitId = scope.unitId;
            filter.unitKind = scope.kind;
            QCOMPARE(directory.count(filter), index.data(UnitTreeModel::CadreCountRole).toInt());
            QCOMPARE(m_model->indexOf(scope), index);
            check(index);
        }
    };
    check({});
    const UnitScope towns = m_model->scope(m_model->index(0, 0, county));
    QCOMPARE(towns.unitId, m_county);
    QCOMPARE(towns.kind, QStringLiteral("township"));
    QVERIFY(m_model->scopeName(towns).contains(QStringLiteral("清河县")));
    QCOMPARE(m_model->scopeName(UnitScope{m_bureau, {}}), QStringLiteral("县水利局"));
    QVERIFY(!m_model->indexOf(UnitScope{}).isValid());
}

void TestUnitTreeModel::reloadKeepsRowsWhenOnlyCountsChange()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    addCadres(m_station, 3);
    m_model->reload();
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);
    const QModelIndex county = m_model->index(0, 0);
    QCOMPARE(county.data(UnitTreeModel::CadreCountRole).toInt(), 19);
    const QModelIndex departments
        = child(county, UnitTreeModel::groupLabel(QStringLiteral("department")));
    QCOMPARE(departments.data(UnitTreeModel::CadreCountRole).toInt(), 8);
}

void TestUnitTreeModel::reloadResetsWhenUnitsChange()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    TestDatabase::addUnit(*m_database, QStringLiteral("县城投公司"), QStringLiteral("enterprise"),
                          m_county);
    m_model->reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 5);
}

void TestUnitTreeModel::survivesALoopInTheParentLinks()
{
    RecordRepository repository(*m_database);
    const qint64 first = TestDatabase::addUnit(*m_database, QStringLiteral("甲"));
    const qint64 second = TestDatabase::addUnit(*m_database, QStringLiteral("乙"),
                                                QStringLiteral("department"), first);
    // The repository refuses a loop; a file written elsewhere may still hold one.
    QVERIFY_THROWS_EXCEPTION(DataError, repository.update(QStringLiteral("units"), first,
                                                          {{QStringLiteral("parent_id"), second}}));
    Sql::run(m_database->connection(),
             QStringLiteral("UPDATE units SET parent_id = ? WHERE id = ?"), {second, first});
    addCadres(second, 2);
    m_model->reload();
    // The loop cannot hang the tree; the county keeps its count.
    QCOMPARE(m_model->index(0, 0).data(UnitTreeModel::CadreCountRole).toInt(), 16);
}

QTEST_GUILESS_MAIN(TestUnitTreeModel)
#include "test_unittreemodel.moc"
