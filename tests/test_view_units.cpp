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

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

// The unit tree edited in the window: a new unit under the one clicked, moved, refused under
// itself, merged, retired and restored, deleted only when empty — each undoable and audited.
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
    void aUnitIsRetiredAndRestored();
    void aUnitTreeIsPastedInOneGo();

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

void TestViewUnits::aUnitIsRetiredAndRestored()
{
    const qint64 old = TestDatabase::addUnit(*m_database, QStringLiteral("王官庄镇"),
                                             QStringLiteral("township"), m_county);
    const qint64 office = TestDatabase::addUnit(*m_database, QStringLiteral("王官庄镇财政所"),
                                                QStringLiteral("institution"), old);
    const qint64 mayor = TestDatabase::addCadre(*m_database, QStringLiteral("王志强"), old);
    const QDate day(2026, 11, 30);
    const auto retiredOn = [this](qint64 unit) {
        return Sql::scalar(m_database->connection(),
                           QStringLiteral("SELECT retired_on FROM units WHERE id = ?"), {unit})
            .toString();
    };
    const auto refused = [&](qint64 unit, const QDate &when, const char *expected) {
        try {
            m_actions->retire(unit, when);
            QFAIL(qPrintable(QStringLiteral("retiring was accepted, not: ") + expected));
        } catch (const DataError &error) {
            QVERIFY2(error.message().contains(QLatin1String(expected)),
                     qPrintable(error.message()));
        }
    };

    // Not while a cadre serves in it, nor while a unit below it is in use.
    refused(old, day, "1 serving cadre");
    RecordRepository(*m_database)
        .update(QStringLiteral("cadres"), mayor, {{QStringLiteral("unit_id"), m_bureau}});
    refused(old, day, "1 unit(s) in use below it");
    QCOMPARE(m_stack.count(), 0);

    // Retired from the menu's dialog, with the day asked.
    QTimer::singleShot(0, this, [day] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QDateEdit *>(QStringLiteral("retiredOn"));
        QVERIFY(edit);
        edit->setDate(day);
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *button : buttons)
            if (button->text() == QLatin1String("Retire"))
                QTest::mouseClick(button, Qt::LeftButton);
    });
    QVERIFY(m_actions->retireUnit(office));
    m_actions->retire(old, day);
    QCOMPARE(retiredOn(old), QStringLiteral("2026-11-30"));
    QCOMPARE(retiredOn(office), QStringLiteral("2026-11-30"));
    QCOMPARE(m_stack.count(), 2);

    // The tree keeps it, marked retired.
    m_panel->reload();
    const QModelIndexList found
        = m_panel->model()->match(m_panel->model()->index(0, 0), UnitTreeModel::UnitIdRole, old, 1,
                                  Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().data().toString(), QStringLiteral("王官庄镇 (retired)"));
    QCOMPARE(found.first().data(UnitTreeModel::RetiredOnRole).toDate(), day);

    // It takes no serving cadre and no unit in use, by any way in.
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             TestDatabase::addCadre(*m_database, QStringLiteral("新人"), old));
    QVERIFY_THROWS_EXCEPTION(ValidationError, RecordRepository(*m_database)
                                                  .update(QStringLiteral("cadres"), mayor,
                                                          {{QStringLiteral("unit_id"), old}}));
    QVERIFY_THROWS_EXCEPTION(ValidationError,
                             TestDatabase::addUnit(*m_database, QStringLiteral("新所"),
                                                   QStringLiteral("institution"), old));
    // A unit below it comes back only after it.
    refused(office, QDate(), "was retired on");

    // Undone and redone as one step each; restored from the menu's action.
    m_stack.undo();
    QVERIFY(retiredOn(old).isEmpty());
    m_stack.redo();
    QCOMPARE(retiredOn(old), QStringLiteral("2026-11-30"));
    m_actions->restoreUnit(old);
    m_actions->retire(office, QDate());
    QVERIFY(retiredOn(old).isEmpty());
    QVERIFY(retiredOn(office).isEmpty());
    // Each retiring and restoring is in the trail with the day before and after.
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'units' "
                                        "AND entity_id = ? AND action IN ('update', 'restore') AND "
                                        "json_extract(after, '$.retired_on') = '2026-11-30'"),
                         {old})
                 .toInt(),
             2); // retired, then redone
}

void TestViewUnits::aUnitTreeIsPastedInOneGo()
{
    // Cells copied from a spreadsheet: the county's units one column further in, the bureau
    // already in the tree.
    const QString pasted = QStringLiteral("清河县\n\t城关镇\n\t\t城关中心\n\t清河县水利局\n"
                                          "\t清河县人民医院\t事业单位\n");
    QTimer::singleShot(0, this, [pasted] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("text"));
        QVERIFY(text);
        text->setPlainText(pasted);
        // The preview follows the text a moment after it pauses.
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summary"));
        QTRY_VERIFY(summary->text().contains(QLatin1String("3 unit(s) new")));
        QVERIFY2(summary->text().contains(QLatin1String("2 already in the tree")),
                 qPrintable(summary->text()));
        auto *preview = dialog->findChild<QTreeWidget *>(QStringLiteral("preview"));
        const QList<QTreeWidgetItem *> centre
            = preview->findItems(QStringLiteral("城关中心"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(centre.size(), 1);
        QCOMPARE(centre.first()->text(2), QStringLiteral("New"));
        // 中心 reads as a public institution; this one is a department.
        auto *kind = qobject_cast<QComboBox *>(preview->itemWidget(centre.first(), 1));
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("institution"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("department")));
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("create"));
        QVERIFY(create->isEnabled());
        QCOMPARE(create->text(), QStringLiteral("Create 3 Unit(s)"));
        QTest::mouseClick(create, Qt::LeftButton);
    });
    QCOMPARE(m_actions->enterUnits(), 3);
    const auto kindOf = [this](const char *name) {
        return Sql::scalar(m_database->connection(),
                           QStringLiteral("SELECT kind FROM units WHERE name = ?"),
                           {QString::fromUtf8(name)})
            .toString();
    };
    QCOMPARE(kindOf("城关镇"), QStringLiteral("township"));
    QCOMPARE(kindOf("城关中心"), QStringLiteral("department"));
    QCOMPARE(kindOf("清河县人民医院"), QStringLiteral("institution"));
    QCOMPARE(unitNamed(QStringLiteral("清河县水利局")), m_bureau);
    // One step of the undo history takes the whole tree back, and brings it again.
    QCOMPARE(m_stack.count(), 1);
    m_stack.undo();
    QCOMPARE(unitNamed(QStringLiteral("城关中心")), 0);
    QCOMPARE(unitNamed(QStringLiteral("城关镇")), 0);
    m_stack.redo();
    QVERIFY(unitNamed(QStringLiteral("城关中心")) != 0);
    QCOMPARE(kindOf("城关中心"), QStringLiteral("department"));
    // The same text again finds every unit there and adds no step.
    QCOMPARE(m_actions->enterUnits(pasted), 0);
    QCOMPARE(m_stack.count(), 1);
}

QTEST_MAIN(TestViewUnits)
#include "test_view_units.moc"
