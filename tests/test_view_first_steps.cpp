#include "directory/unittreedialog.h"
#include "directory/unittreepanel.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "window/firststeps.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// A new database's first steps as a case officer sees them: what is done and what is not, the
// steps the officer may take offered, the others shut; adding the first unit from the list
// marks it done.
class TestViewFirstSteps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anEmptyDatabaseShowsWhatIsLeft();

private:
    QTemporaryDir m_folder;
};

void TestViewFirstSteps::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_view_first_steps"));
    QSettings().clear();
    QVERIFY(m_folder.isValid());
}

void TestViewFirstSteps::anEmptyDatabaseShowsWhatIsLeft()
{
    const QString path = m_folder.filePath(QStringLiteral("new.db"));
    TestDatabase::onDisk(m_folder, QStringLiteral("new.db")); // accounts, nothing else
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabaseFile(path));
    auto *action = window.findChild<QAction *>(QStringLiteral("firstStepsAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *guide = qobject_cast<FirstSteps *>(QApplication::activeModalWidget());
        QVERIFY(guide);
        // Done: the accounts (an officer is signed in). Not yet: the name, the tree, the roster.
        QCOMPARE(guide->stateOf(0)->text(), QStringLiteral("Not yet"));
        QCOMPARE(guide->stateOf(1)->text(), QStringLiteral("Done"));
        QCOMPARE(guide->stateOf(2)->text(), QStringLiteral("Not yet"));
        QCOMPARE(guide->stateOf(3)->text(), QStringLiteral("Not yet"));
        // The officer fills the tree and the roster; the accounts are the administrator's.
        QVERIFY(!guide->buttonOf(1)->isEnabled());
        QVERIFY(guide->buttonOf(2)->isEnabled());
        QVERIFY(guide->buttonOf(3)->isEnabled());
        // The tree typed in one go: the dialog waits in exec(), so it is filled from a timer.
        bool entered = false;
        QTimer::singleShot(0, this, [&entered] {
            auto *dialog = qobject_cast<UnitTreeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setText(QStringLiteral("清河县"));
            QCOMPARE(dialog->newUnits(), 1);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("create")),
                              Qt::LeftButton);
            entered = true;
        });
        QTest::mouseClick(guide->buttonOf(2), Qt::LeftButton);
        QVERIFY(entered);
        guide->refresh();
        QCOMPARE(guide->stateOf(2)->text(), QStringLiteral("Done"));
        checked = true;
        guide->reject();
    });
    action->trigger();
    QVERIFY(checked);
    QCOMPARE(window.unitTreePanel()->model()->rowCount(), 1);
}

QTEST_MAIN(TestViewFirstSteps)
#include "test_view_first_steps.moc"
