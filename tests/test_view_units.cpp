#include "access/accounts.h"
#include "dialogs/recordform.h"
#include "directory/unitactions.h"
#include "directory/unittreepanel.h"
#include "domain/dataerror.h"
#include "dossier/transferdialog.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

// The unit tree edited in the window: a new unit under the one clicked, moved, refused under
// itself, deleted only when empty — each undoable and audited.
class TestViewUnits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aNewUnitGoesUnderTheOneClicked();
    void aUnitCannotGoUnderItself();
    void onlyAnEmptyUnitIsDeleted();
    void aReviewerGetsNoUnitEdits();
    void twoUnitsAreMergedAndUnmerged();
    void aCadreIsTransferredWithThePostHistoryKept();

private:
    qint64 unitNamed(const QString &name) const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<UnitTreePanel> m_panel;
    QUndoStack m_stack;
    UnitActions *m_actions = nullptr;
    qint64 m_county = 0;
    qint64 m_bureau = 0;
};

qint64 TestViewUnits::unitNamed(const QString &name) const
{
    return Sql::scalar(m_database->connection(),
                       QStringLiteral("SELECT id FROM units WHERE name = ?"), {name})
        .toLongLong();
}

void TestViewUnits::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestViewUnits::init()
{
    m_database = TestDatabase::inMemory();
    m_county
        = TestDatabase::addUnit(*m_database, QStringLiteral("清河县"), QStringLiteral("county"));
    m_bureau = TestDatabase::addUnit(*m_database, QStringLiteral("清河县水利局"),
                                     QStringLiteral("department"), m_county);
    m_panel = std::make_unique<UnitTreePanel>();
    m_panel->setDatabase(m_database.get());
    m_actions = new UnitActions(m_panel.get(), &m_stack);
    m_actions->setDatabase(m_database.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestViewUnits::cleanup()
{
    m_stack.clear();
    m_panel.reset();
    m_database.reset();
}

void TestViewUnits::aNewUnitGoesUnderTheOneClicked()
{
    QPointer<RecordForm> form = m_actions->newUnit(m_county);
    QVERIFY(form);
    QCOMPARE(form->kind().table, QStringLiteral("units"));
    form->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("城关镇"));
    auto *kind = form->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("township")));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());
    const qint64 town = unitNamed(QStringLiteral("城关镇"));
    QVERIFY(town != 0);
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT parent_id FROM units WHERE id = ?"), {town})
                 .toLongLong(),
             m_county);
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add Unit"));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT action || ' ' || entity FROM audit_log ORDER "
                                            "BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("create units"));
    m_stack.undo();
    QCOMPARE(unitNamed(QStringLiteral("城关镇")), 0);
    m_stack.redo();
    QVERIFY(unitNamed(QStringLiteral("城关镇")) != 0);
}

void TestViewUnits::aUnitCannotGoUnderItself()
{
    const qint64 office = TestDatabase::addUnit(*m_database, QStringLiteral("水政监察大队"),
                                                QStringLiteral("institution"), m_bureau);
    // The bureau under its own office: refused, with the field named, and nothing changed.
    try {
        RecordRepository(*m_database)
            .update(QStringLiteral("units"), m_bureau, {{QStringLiteral("parent_id"), office}});
        QFAIL("a unit went under a unit below it");
    } catch (const ValidationError &error) {
        QCOMPARE(error.field(), QStringLiteral("parent_id"));
        QVERIFY(error.message().contains(QStringLiteral("under itself")));
    }
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT parent_id FROM units WHERE id = ?"), {m_bureau})
                 .toLongLong(),
             m_county);
    // Through the form, the message stays on the form and the unit where it was.
    QPointer<RecordForm> form = m_actions->editUnit(m_bureau);
    QVERIFY(form);
    auto *parent = form->findChild<QComboBox *>(QStringLiteral("parent_id"));
    QVERIFY(parent);
    parent->setCurrentIndex(parent->findData(office));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(!form.isNull());
    QCOMPARE(m_stack.count(), 0);
    // Moved somewhere sound, it goes.
    parent->setCurrentIndex(parent->findData(QVariant()));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());
    QVERIFY(Sql::scalar(m_database->connection(),
                        QStringLiteral("SELECT parent_id FROM units WHERE id = ?"), {m_bureau})
                .isNull());
    QCOMPARE(m_stack.count(), 1);
}

void TestViewUnits::onlyAnEmptyUnitIsDeleted()
{
    TestDatabase::addCadre(*m_database, QStringLiteral("张建国"), m_bureau);
    RecordRepository repository(*m_database);
    try {
        repository.remove(QStringLiteral("units"), m_bureau);
        QFAIL("a unit with a cadre was deleted");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("清河县水利局 still has 1 cadre")),
                 qPrintable(error.message()));
    }
    try {
        repository.remove(QStringLiteral("units"), m_county);
        QFAIL("a unit with units below it was deleted");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("units below it")),
                 qPrintable(error.message()));
    }
    const qint64 empty = TestDatabase::addUnit(*m_database, QStringLiteral("撤并科室"),
                                               QStringLiteral("department"), m_county);
    repository.remove(QStringLiteral("units"), empty);
    QCOMPARE(unitNamed(QStringLiteral("撤并科室")), 0);
    QCOMPARE(unitNamed(QStringLiteral("清河县水利局")), m_bureau);
}

void TestViewUnits::aReviewerGetsNoUnitEdits()
{
    TestDatabase::signIn(*m_database, QStringLiteral("reviewer"));
    m_actions->setDatabase(m_database.get());
    QVERIFY(!m_actions->newUnit(m_county));
    QVERIFY(!m_actions->editUnit(m_bureau));
    QVERIFY_THROWS_EXCEPTION(DataError,
                             RecordRepository(*m_database)
                                 .create(QStringLiteral("units"),
                                         {{QStringLiteral("name"), QStringLiteral("x")},
                                          {QStringLiteral("kind"), QStringLiteral("department")}}));
}

// Two townships become one: the cadres, the units under it and its records go to the other,
// the unit goes, and Undo puts everything back as it was.
void TestViewUnits::twoUnitsAreMergedAndUnmerged()
{
    const qint64 old = TestDatabase::addUnit(*m_database, QStringLiteral("王官庄镇"),
                                             QStringLiteral("township"), m_county);
    const qint64 office = TestDatabase::addUnit(*m_database, QStringLiteral("王官庄镇财政所"),
                                                QStringLiteral("institution"), old);
    const qint64 town = TestDatabase::addUnit(*m_database, QStringLiteral("城关镇"),
                                              QStringLiteral("township"), m_county);
    const qint64 mayor = TestDatabase::addCadre(*m_database, QStringLiteral("王志强"), old);
    RecordRepository repository(*m_database);
    const qint64 inspection
        = repository.create(QStringLiteral("inspections"),
                            {{QStringLiteral("unit_id"), old},
                             {QStringLiteral("kind"), QStringLiteral("special")},
                             {QStringLiteral("start_date"), QStringLiteral("2026-05-06")}});
    const auto unitOf = [this](const char *table, qint64 id, const char *column) {
        return Sql::scalar(m_database->connection(),
                           QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                               .arg(QLatin1String(column), QLatin1String(table)),
                           {id})
            .toLongLong();
    };

    // Not into itself, not into a unit below it.
    QVERIFY_THROWS_EXCEPTION(DataError, m_actions->merge(old, old));
    QVERIFY_THROWS_EXCEPTION(DataError, m_actions->merge(old, office));
    QCOMPARE(m_stack.count(), 0);

    // Not while an account is limited to it: its units are the security administrator's.
    const auto reviewerScope = [this](bool allUnits, const QList<qint64> &units) {
        TestDatabase::signIn(*m_database, QStringLiteral("security"));
        Accounts accounts(*m_database);
        for (const AccountInfo &account : accounts.list())
            if (account.name == QLatin1String("reviewer"))
                accounts.setScope(account.id, allUnits, units);
        TestDatabase::signIn(*m_database, QStringLiteral("officer"));
    };
    reviewerScope(false, {old});
    try {
        m_actions->merge(old, town);
        QFAIL("a unit an account is limited to was merged away");
    } catch (const DataError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("security administrator")),
                 qPrintable(error.message()));
    }
    QCOMPARE(unitNamed(QStringLiteral("王官庄镇")), old);
    reviewerScope(true, {});

    m_actions->merge(old, town);
    QCOMPARE(unitNamed(QStringLiteral("王官庄镇")), 0);
    QCOMPARE(unitOf("cadres", mayor, "unit_id"), town);
    QCOMPARE(unitOf("units", office, "parent_id"), town);
    QCOMPARE(unitOf("inspections", inspection, "unit_id"), town);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Merge 王官庄镇 into 城关镇"));

    m_stack.undo();
    QCOMPARE(unitNamed(QStringLiteral("王官庄镇")), old);
    QCOMPARE(unitOf("cadres", mayor, "unit_id"), old);
    QCOMPARE(unitOf("units", office, "parent_id"), old);
    QCOMPARE(unitOf("inspections", inspection, "unit_id"), old);
    m_stack.redo();
    QCOMPARE(unitNamed(QStringLiteral("王官庄镇")), 0);
    QCOMPARE(unitOf("cadres", mayor, "unit_id"), town);
}

// 调任: the old post ends the day before the new one begins, the cadre's unit and post follow,
// and Undo takes it back; a new post before the present one began is refused in the dialog.
void TestViewUnits::aCadreIsTransferredWithThePostHistoryKept()
{
    const qint64 town = TestDatabase::addUnit(*m_database, QStringLiteral("城关镇"),
                                              QStringLiteral("township"), m_county);
    const qint64 cadre = TestDatabase::addCadre(*m_database, QStringLiteral("周伟"), m_bureau,
                                                QStringLiteral("科员"));
    RecordRepository repository(*m_database);
    const qint64 post
        = repository.create(QStringLiteral("positions"),
                            {{QStringLiteral("cadre_id"), cadre},
                             {QStringLiteral("unit_id"), m_bureau},
                             {QStringLiteral("title"), QStringLiteral("科员")},
                             {QStringLiteral("start_date"), QStringLiteral("2020-01-01")}});
    const auto value = [this](const QString &sql, const QVariantList &bound) {
        return Sql::scalar(m_database->connection(), sql, bound).toString();
    };

    TransferDialog early(*m_database, cadre, &m_stack);
    early.unit()->setCurrentIndex(early.unit()->findData(town));
    early.position()->setText(QStringLiteral("副镇长"));
    early.date()->setDate(QDate(2019, 6, 1));
    early.accept();
    QVERIFY2(early.message()->text().contains(QStringLiteral("2020")),
             qPrintable(early.message()->text()));
    QCOMPARE(m_stack.count(), 0);

    TransferDialog dialog(*m_database, cadre, &m_stack);
    QCOMPARE(dialog.unit()->currentText(), QStringLiteral("清河县/清河县水利局"));
    dialog.unit()->setCurrentIndex(dialog.unit()->findData(town));
    dialog.position()->setText(QStringLiteral("副镇长"));
    dialog.date()->setDate(QDate(2026, 3, 1));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(value(QStringLiteral("SELECT end_date FROM positions WHERE id = ?"), {post}),
             QStringLiteral("2026-02-28"));
    QCOMPARE(value(QStringLiteral("SELECT unit_id || ' ' || start_date FROM positions WHERE "
                                  "cadre_id = ? AND end_date IS NULL"),
                   {cadre}),
             QStringLiteral("%1 2026-03-01").arg(town));
    QCOMPARE(value(QStringLiteral("SELECT unit_id || ' ' || position FROM cadres WHERE id = ?"),
                   {cadre}),
             QStringLiteral("%1 副镇长").arg(town));

    m_stack.undo();
    QCOMPARE(value(QStringLiteral("SELECT coalesce(end_date, 'open') FROM positions WHERE id = ?"),
                   {post}),
             QStringLiteral("open"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM positions WHERE cadre_id = ?"), {cadre}),
             QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("SELECT unit_id || ' ' || position FROM cadres WHERE id = ?"),
                   {cadre}),
             QStringLiteral("%1 科员").arg(m_bureau));
}

QTEST_MAIN(TestViewUnits)
#include "test_view_units.moc"
