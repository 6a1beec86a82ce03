#include "commands/recordcommands.h"
#include "dialogs/cadrepickerdialog.h"
#include "dialogs/cluestepdialog.h"
#include "dialogs/detailgrid.h"
#include "dialogs/recordform.h"
#include "dialogs/subjectlist.h"
#include "domain/dataerror.h"
#include "domain/opinion.h"
#include "domain/period.h"
#include "dossier/dossierheader.h"
#include "dossier/dossierwidget.h"
#include "dossier/measurepage.h"
#include "dossier/recordsection.h"
#include "dossier/recordtableview.h"
#include "dossier/timelinepage.h"
#include "items/cluestepsmodel.h"
#include "items/measurelistmodel.h"
#include "items/recordlistmodel.h"
#include "items/timelinemodel.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

// The dossier as a user drives it: header badges, adding a talk through its form, undoing it,
// and forms that refuse dates in the wrong order with a message beside the field.
class TestViewDossier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void missingCadreIsRefused();
    void headerShowsStatusBadges();
    void addTalkThroughItsFormAndUndoIt();
    void sanctionBeforeItsCaseIsRefused();
    void rectificationCompletedBeforeFoundIsRefused();
    void talkDatedNextYearIsAskedAbout();
    void clueOffersOnlyLegalNextSteps();
    void replyBeforeItsInquiryIsRefused();
    void deleteAsksAndIsUndoable();
    void undoingTheCadreLeavesTheDossierWaiting();
    void personalMattersReportWithItsItems();
    void relativeLinkedToACadreOfTheDirectory();
    void clueAboutSeveralCadres();

private:
    template<typename Form>
    Form *waitForForm();
    int count(const QString &table) const;
    int auditEntries() const;
    static void typeChinese(QWidget *widget, const QString &text);

    std::unique_ptr<Database> m_database;
    QUndoStack m_stack;
    std::unique_ptr<DossierWidget> m_dossier;
    qint64 m_cadre = 0;
    qint64 m_case = 0;
    QDate m_filed;
    QDate m_effective;
};

void TestViewDossier::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestViewDossier::init()
{
    m_database = TestDatabase::inMemory();
    const QDate today = QDate::currentDate();
    const qint64 unit = TestDatabase::addUnit(*m_database, QStringLiteral("清河县水利局"));
    m_cadre = TestDatabase::addCadre(*m_database, QStringLiteral("张建国"), unit,
                                     QStringLiteral("局长"), true);
    RecordRepository repository(*m_database);
    const qint64 clue = repository.create(QStringLiteral("clues"),
                                          {{QStringLiteral("number"), QStringLiteral("XS-1")},
                                           {QStringLiteral("source"), QStringLiteral("petition")},
                                           {QStringLiteral("received_date"), today.addMonths(-6)},
                                           {QStringLiteral("updated_date"), today.addMonths(-6)}});
    repository.link(QStringLiteral("clue_subjects"),
                    {{QStringLiteral("clue_id"), clue}, {QStringLiteral("cadre_id"), m_cadre}});
    m_filed = today.addMonths(-4);
    m_case = repository.create(QStringLiteral("cases"),
                               {{QStringLiteral("number"), QStringLiteral("清纪立〔2026〕1号")},
                                {QStringLiteral("filed_date"), m_filed.toString(Qt::ISODate)}});
    repository.link(QStringLiteral("case_subjects"),
                    {{QStringLiteral("case_id"), m_case}, {QStringLiteral("cadre_id"), m_cadre}});
    m_effective = today.addMonths(-2);
    repository.create(QStringLiteral("sanctions"),
                      {{QStringLiteral("cadre_id"), m_cadre},
                       {QStringLiteral("case_id"), m_case},
                       {QStringLiteral("system"), QStringLiteral("party")},
                       {QStringLiteral("kind"), QStringLiteral("warning")},
                       {QStringLiteral("effective_date"), m_effective.toString(Qt::ISODate)}});
    repository.create(QStringLiteral("admonitions"),
                      {{QStringLiteral("cadre_id"), m_cadre},
                       {QStringLiteral("effective_date"), today.addMonths(-1)}});
    const qint64 inspection = repository.create(
        QStringLiteral("inspections"), {{QStringLiteral("unit_id"), unit},
                                        {QStringLiteral("kind"), QStringLiteral("fixed_week")},
                                        {QStringLiteral("start_date"), today.addMonths(-3)}});
    repository.create(QStringLiteral("findings"),
                      {{QStringLiteral("inspection_id"), inspection},
                       {QStringLiteral("description"), QStringLiteral("报销无票据")},
                       {QStringLiteral("responsible_cadre_id"), m_cadre},
                       {QStringLiteral("found_date"), today.addMonths(-3)},
                       {QStringLiteral("deadline"), today.addMonths(-2)}});
    m_stack.clear();
    m_dossier = std::make_unique<DossierWidget>(*m_database, m_cadre, &m_stack);
    m_dossier->resize(1200, 800);
    m_dossier->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dossier.get()));
}

void TestViewDossier::cleanup()
{
    m_dossier.reset();
    m_stack.clear();
    m_database.reset();
}

template<typename Form>
Form *TestViewDossier::waitForForm()
{
    Form *form = nullptr;
    if (!QTest::qWaitFor([&] { return (form = m_dossier->findChild<Form *>()) != nullptr; }, 2000))
        qWarning("No form opened");
    return form;
}

int TestViewDossier::count(const QString &table) const
{
    return Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
        .toInt();
}

int TestViewDossier::auditEntries() const
{
    return count(QStringLiteral("audit_log"));
}

void TestViewDossier::typeChinese(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void TestViewDossier::missingCadreIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(DataError, DossierWidget(*m_database, 9999, &m_stack));
}

void TestViewDossier::headerShowsStatusBadges()
{
    QCOMPARE(m_dossier->title(), QStringLiteral("张建国"));
    const QDate impactEnd = lastDayAfterMonths(m_effective, 12);
    const QStringList expected{
        QStringLiteral("Impact period until %1").arg(displayDate(impactEnd)),
        QStringLiteral("Inside an admonition period"),
        QStringLiteral("Open clues 1"),
        QStringLiteral("Overdue rectifications 1"),
        QStringLiteral("Opinion 5: %1").arg(opinionCategoryLabel(5)),
    };
    QCOMPARE(m_dossier->header()->badgeTexts(), expected);
    QVERIFY(!m_dossier->header()->reasonsText().isEmpty());
    QVERIFY(m_dossier->findChild<QLabel *>(QStringLiteral("topLeader"))->isVisible());
}

void TestViewDossier::addTalkThroughItsFormAndUndoIt()
{
    m_dossier->showSection(DossierWidget::Section::Talks);
    QCOMPARE(m_dossier->currentSection(), DossierWidget::Section::Talks);
    auto *talks = m_dossier->findChild<RecordSection *>(QStringLiteral("talksSection"));
    QVERIFY(talks);
    QVERIFY(talks->isVisible());
    QCOMPARE(talks->model()->rowCount(), 0);
    const int audited = auditEntries();

    // Ctrl+N in the list opens the form, as the New button does, even where the window binds
    // Ctrl+N itself (the main window's "New Cadre").
    QAction windowNew;
    windowNew.setShortcut(QKeySequence::New);
    m_dossier->addAction(&windowNew);
    QSignalSpy windowNewTriggered(&windowNew, &QAction::triggered);
    talks->view()->setFocus();
    QTest::keyClick(talks->view(), Qt::Key_N, Qt::ControlModifier);
    QPointer<RecordForm> form = waitForForm<RecordForm>();
    QVERIFY(form);
    QCOMPARE(form->kind().table, QStringLiteral("talks"));
    QCOMPARE(windowNewTriggered.count(), 0);
    m_dossier->removeAction(&windowNew);
    auto *kind = form->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("warning")));
    form->findChild<QDateEdit *>(QStringLiteral("talk_date"))->setDate(QDate(2026, 5, 6));
    typeChinese(form->findChild<QLineEdit *>(QStringLiteral("interviewer")),
                QStringLiteral("李明"));
    auto *reason = form->findChild<QPlainTextEdit *>(QStringLiteral("reason"));
    QTest::keyClicks(reason, QStringLiteral("Late reports "));
    typeChinese(reason, QStringLiteral("迟报个人事项"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());

    QCOMPARE(count(QStringLiteral("talks")), 1);
    QCOMPARE(auditEntries(), audited + 1);
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(talks->model()->rowCount(), 1);
    QCOMPARE(talks->model()->index(0, 0).data().toDate(), QDate(2026, 5, 6));
    QCOMPARE(talks->model()->index(0, 1).data().toString(), QStringLiteral("Warning talk"));
    QCOMPARE(talks->model()->index(0, 3).data().toString(), QStringLiteral("李明"));
    QCOMPARE(talks->model()->index(0, 4).data().toString(),
             QStringLiteral("Late reports 迟报个人事项"));
    auto *sections = m_dossier->findChild<QListWidget *>(QStringLiteral("sections"));
    QCOMPARE(sections->currentItem()->text(), QStringLiteral("Talks  (1)"));

    m_dossier->showSection(DossierWidget::Section::Overview);
    auto *timeline = static_cast<TimelinePage *>(m_dossier->page(DossierWidget::Section::Overview));
    auto talkRows = [timeline] {
        QStringList details;
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            const QModelIndex index = timeline->model()->index(row, TimelineModel::DetailColumn);
            if (index.data(TimelineModel::KindRole).toString() == QLatin1String("talk"))
                details << index.data().toString();
        }
        return details;
    };
    QCOMPARE(talkRows(), QStringList{QStringLiteral("Warning talk")});
    const int entries = timeline->model()->rowCount();

    m_stack.undo();
    QCOMPARE(count(QStringLiteral("talks")), 0);
    QCOMPARE(timeline->model()->rowCount(), entries - 1);
    QVERIFY(talkRows().isEmpty());
    m_dossier->showSection(DossierWidget::Section::Talks);
    QCOMPARE(talks->model()->rowCount(), 0);
    QCOMPARE(sections->currentItem()->text(), QStringLiteral("Talks"));
}

void TestViewDossier::sanctionBeforeItsCaseIsRefused()
{
    m_dossier->showSection(DossierWidget::Section::Sanctions);
    auto *page = m_dossier->page(DossierWidget::Section::Sanctions);
    const int audited = auditEntries();
    page->findChild<QAction *>(QStringLiteral("sanctionsAction"))->trigger();
    QPointer<RecordForm> form = waitForForm<RecordForm>();
    QVERIFY(form);
    // The case the sanction most likely came from is offered already.
    QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("case_id"))->currentData().toLongLong(),
             m_case);
    auto *system = form->findChild<QComboBox *>(QStringLiteral("system"));
    auto *kind = form->findChild<QComboBox *>(QStringLiteral("kind"));
    auto *probation = form->findChild<QComboBox *>(QStringLiteral("probation_months"));
    // A probation term is asked for party probation only.
    QCOMPARE(system->currentData().toString(), QStringLiteral("party"));
    QVERIFY(!probation->isVisible());
    kind->setCurrentIndex(kind->findData(QStringLiteral("probation")));
    QVERIFY(probation->isVisible());
    system->setCurrentIndex(system->findData(QStringLiteral("government")));
    QVERIFY(!probation->isVisible());
    QVERIFY(kind->findData(QStringLiteral("demerit")) >= 0); // the government vocabulary
    kind->setCurrentIndex(kind->findData(QStringLiteral("demerit")));
    form->findChild<QDateEdit *>(QStringLiteral("effective_date"))->setDate(m_filed.addDays(-10));
    // The impact period is shown computed as the form is filled, never typed.
    const Period period{m_filed.addDays(-10), lastDayAfterMonths(m_filed.addDays(-10), 12)};
    QVERIFY2(form->findChild<QLabel *>(QStringLiteral("computedValue"))
                 ->text()
                 .startsWith(formatPeriodEnglish(period)),
             qPrintable(form->findChild<QLabel *>(QStringLiteral("computedValue"))->text()));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);

    QVERIFY(!form.isNull());
    QVERIFY(form->isVisible());
    auto *error = form->findChild<QLabel *>(QStringLiteral("effective_dateError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("before the case was filed")),
             qPrintable(error->text()));
    QCOMPARE(count(QStringLiteral("sanctions")), 1);
    QCOMPARE(auditEntries(), audited);
    QCOMPARE(m_stack.count(), 0);

    form->findChild<QDateEdit *>(QStringLiteral("effective_date"))->setDate(m_filed.addDays(10));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());
    QCOMPARE(count(QStringLiteral("sanctions")), 2);
    QCOMPARE(static_cast<MeasurePage *>(page)->model()->rowCount(), 3);
}

void TestViewDossier::rectificationCompletedBeforeFoundIsRefused()
{
    m_dossier->showSection(DossierWidget::Section::Inspections);
    auto *findings = m_dossier->findChild<RecordSection *>(QStringLiteral("findingsSection"));
    QCOMPARE(findings->model()->rowCount(), 1);
    QTest::mouseClick(findings->findChild<QPushButton *>(QStringLiteral("newButton")),
                      Qt::LeftButton);
    QPointer<RecordForm> form = waitForForm<RecordForm>();
    QVERIFY(form);
    typeChinese(form->findChild<QPlainTextEdit *>(QStringLiteral("description")),
                QStringLiteral("重大采购未经集体研究"));
    const QDate found = QDate::currentDate().addDays(-20);
    form->findChild<QDateEdit *>(QStringLiteral("found_date"))->setDate(found);
    form->findChild<QDateEdit *>(QStringLiteral("deadline"))->setDate(found.addDays(30));
    auto *status = form->findChild<QComboBox *>(QStringLiteral("status"));
    status->setCurrentIndex(status->findData(QStringLiteral("completed")));
    form->findChild<QCheckBox *>(QStringLiteral("completed_dateSet"))->setChecked(true);
    form->findChild<QDateEdit *>(QStringLiteral("completed_date"))->setDate(found.addDays(-1));
    const int audited = auditEntries();
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);

    QVERIFY(!form.isNull());
    QVERIFY(form->findChild<QLabel *>(QStringLiteral("completed_dateError"))->isVisible());
    QVERIFY2(form->errorText(QStringLiteral("completed_date"))
                 .contains(QStringLiteral("cannot be completed before")),
             qPrintable(form->errorText(QStringLiteral("completed_date"))));
    QCOMPARE(count(QStringLiteral("findings")), 1);
    QCOMPARE(auditEntries(), audited);
    // Still wrong: still said. Fixed: gone at once, before anything is saved.
    form->findChild<QDateEdit *>(QStringLiteral("completed_date"))->setDate(found.addDays(-2));
    QVERIFY(form->findChild<QLabel *>(QStringLiteral("completed_dateError"))->isVisible());
    form->findChild<QDateEdit *>(QStringLiteral("completed_date"))->setDate(found.addDays(2));
    QVERIFY(form->findChild<QLabel *>(QStringLiteral("completed_dateError"))->isHidden());
    QCOMPARE(form->errorText(QStringLiteral("completed_date")), QString());
    QCOMPARE(count(QStringLiteral("findings")), 1);
    form->reject();
}

void TestViewDossier::talkDatedNextYearIsAskedAbout()
{
    m_dossier->showSection(DossierWidget::Section::Talks);
    auto *talks = m_dossier->findChild<RecordSection *>(QStringLiteral("talksSection"));
    QTest::mouseClick(talks->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
    QPointer<RecordForm> form = waitForForm<RecordForm>();
    QVERIFY(form);
    const QDate nextYear = QDate::currentDate().addYears(1);
    form->findChild<QDateEdit *>(QStringLiteral("talk_date"))->setDate(nextYear);
    const int audited = auditEntries();
    // The question names the date; going back (its default) saves nothing and keeps the form.
    QString asked;
    const auto answer = [&asked](const char *button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->informativeText();
            box->findChild<QPushButton *>(QLatin1String(button))->click();
        });
    };
    answer("goBack");
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("after today")), qPrintable(asked));
    QVERIFY(!form.isNull());
    QCOMPARE(count(QStringLiteral("talks")), 0);
    QCOMPARE(auditEntries(), audited);
    // Saved anyway when the user says so.
    asked.clear();
    answer("saveAnyway");
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(!asked.isEmpty());
    QTRY_VERIFY(form.isNull());
    QCOMPARE(count(QStringLiteral("talks")), 1);
}

void TestViewDossier::clueOffersOnlyLegalNextSteps()
{
    m_dossier->showSection(DossierWidget::Section::Clues);
    auto *clues = m_dossier->findChild<RecordSection *>(QStringLiteral("cluesSection"));
    clues->view()->selectRow(0);
    auto *next = m_dossier->findChild<QPushButton *>(QStringLiteral("nextStepButton"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QPointer<ClueStepDialog> dialog = waitForForm<ClueStepDialog>();
    QVERIFY(dialog);
    auto *toState = dialog->findChild<QComboBox *>(QStringLiteral("to_state"));
    QCOMPARE(toState->count(), 1);
    QCOMPARE(toState->itemData(0).toString(), QStringLiteral("assigned"));
    typeChinese(dialog->findChild<QLineEdit *>(QStringLiteral("approved_by")),
                QStringLiteral("王书记"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    auto *steps = m_dossier->findChild<QTableView *>(QStringLiteral("clueStepsView"));
    // The registration step, then the assignment just made.
    QCOMPARE(steps->model()->rowCount(), 2);
    QCOMPARE(steps->model()->index(1, ClueStepsModel::ApprovedByColumn).data().toString(),
             QStringLiteral("王书记"));
    QCOMPARE(clues->model()->index(0, 3).data().toString(), QStringLiteral("Assigned"));
    m_stack.undo();
    QCOMPARE(clues->model()->index(0, 3).data().toString(), QStringLiteral("Registered"));
    QCOMPARE(steps->model()->rowCount(), 1);
}

void TestViewDossier::replyBeforeItsInquiryIsRefused()
{
    const qint64 clue
        = Sql::scalar(m_database->connection(), QStringLiteral("SELECT id FROM clues"))
              .toLongLong();
    const QDate asked = QDate::currentDate().addMonths(-5);
    RecordRepository repository(*m_database);
    repository.advanceClue(clue, QStringLiteral("assigned"), asked.addDays(-10));
    repository.advanceClue(clue, QStringLiteral("disposition_proposed"), asked.addDays(-5));
    repository.advanceClue(clue, QStringLiteral("talk_or_letter_inquiry"), asked);
    m_dossier->reload();
    m_dossier->showSection(DossierWidget::Section::Clues);
    auto *clues = m_dossier->findChild<RecordSection *>(QStringLiteral("cluesSection"));
    clues->view()->selectRow(0);
    QTest::mouseClick(m_dossier->findChild<QPushButton *>(QStringLiteral("nextStepButton")),
                      Qt::LeftButton);
    QPointer<ClueStepDialog> dialog = waitForForm<ClueStepDialog>();
    QVERIFY(dialog);
    auto *toState = dialog->findChild<QComboBox *>(QStringLiteral("to_state"));
    QCOMPARE(toState->count(), 1);
    QCOMPARE(toState->currentData().toString(), QStringLiteral("inquiry_replied"));
    dialog->findChild<QDateEdit *>(QStringLiteral("step_date"))->setDate(asked.addDays(-1));
    const int steps = count(QStringLiteral("clue_steps"));
    const int audited = auditEntries();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(!dialog.isNull());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("stepError"))->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("reply cannot come before")),
             qPrintable(dialog->errorText()));
    QCOMPARE(count(QStringLiteral("clue_steps")), steps);
    QCOMPARE(auditEntries(), audited);
    QCOMPARE(m_stack.count(), 0);
    dialog->reject();
}

void TestViewDossier::deleteAsksAndIsUndoable()
{
    m_dossier->showSection(DossierWidget::Section::Inspections);
    auto *findings = m_dossier->findChild<RecordSection *>(QStringLiteral("findingsSection"));
    findings->view()->setFocus();
    findings->view()->selectRow(0);
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(findings->view(), Qt::Key_Delete);
    QVERIFY(asked);
    QCOMPARE(count(QStringLiteral("findings")), 0);
    QCOMPARE(findings->model()->rowCount(), 0);
    QVERIFY(
        !m_dossier->header()->badgeTexts().contains(QStringLiteral("Overdue rectifications 1")));
    m_stack.undo();
    QCOMPARE(count(QStringLiteral("findings")), 1);
    QCOMPARE(findings->model()->rowCount(), 1);
    QVERIFY(m_dossier->header()->badgeTexts().contains(QStringLiteral("Overdue rectifications 1")));
}

void TestViewDossier::undoingTheCadreLeavesTheDossierWaiting()
{
    const qint64 unit
        = Sql::scalar(m_database->connection(), QStringLiteral("SELECT id FROM units"))
              .toLongLong();
    const qint64 cadre = RecordCommands::create(&m_stack, *m_database, QStringLiteral("cadres"),
                                                {{QStringLiteral("dossier_number"), "N-1"},
                                                 {QStringLiteral("name"), QStringLiteral("李卫东")},
                                                 {QStringLiteral("gender"), "male"},
                                                 {QStringLiteral("unit_id"), unit}});
    DossierWidget dossier(*m_database, cadre, &m_stack);
    QCOMPARE(dossier.title(), QStringLiteral("李卫东"));
    m_stack.undo();
    QVERIFY(!dossier.findChild<QListWidget *>(QStringLiteral("sections"))->isEnabled());
    QVERIFY(dossier.header()->badgeTexts().isEmpty());
    m_stack.redo();
    QVERIFY(dossier.findChild<QListWidget *>(QStringLiteral("sections"))->isEnabled());
    QCOMPARE(dossier.header()->badgeTexts().size(), 1); // the opinion
}

void TestViewDossier::personalMattersReportWithItsItems()
{
    m_dossier->showSection(DossierWidget::Section::PersonalMatters);
    auto *reports
        = m_dossier->findChild<RecordSection *>(QStringLiteral("personal_matters_reportsSection"));
    QVERIFY(reports);
    reports->view()->setFocus();
    QTest::keyClick(reports->view(), Qt::Key_N, Qt::ControlModifier);
    QPointer<RecordForm> form = waitForForm<RecordForm>();
    QVERIFY(form);
    auto *grid = form->findChild<DetailGrid *>();
    QVERIFY(grid);
    QCOMPARE(grid->rowCount(), 14);
    QVERIFY(grid->item(10, 0)->text().startsWith(QStringLiteral("11. ")));
    // Item 11, real estate: something to report.
    auto *mark = grid->findChild<QComboBox *>(QStringLiteral("mark10"));
    mark->setCurrentIndex(mark->findData(QStringLiteral("1")));
    typeChinese(grid->findChild<QLineEdit *>(QStringLiteral("text10")),
                QStringLiteral("本人名下住房一套"));
    const int audited = auditEntries();
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());

    QCOMPARE(count(QStringLiteral("personal_matters_items")), 14);
    QCOMPARE(auditEntries(), audited + 15);
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT item || ' ' || content FROM personal_matters_items "
                                        "WHERE reported = 1"))
                 .toString(),
             QStringLiteral("11 本人名下住房一套"));
    QCOMPARE(reports->model()->index(0, 2).data().toInt(), 1); // items with matters

    // Editing shows what was stored; clearing the item is one more undoable step.
    reports->view()->selectRow(0);
    QTest::keyClick(reports->view(), Qt::Key_Return);
    form = waitForForm<RecordForm>();
    QVERIFY(form);
    grid = form->findChild<DetailGrid *>();
    QCOMPARE(grid->findChild<QLineEdit *>(QStringLiteral("text10"))->text(),
             QStringLiteral("本人名下住房一套"));
    mark = grid->findChild<QComboBox *>(QStringLiteral("mark10"));
    mark->setCurrentIndex(mark->findData(QStringLiteral("0")));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT count(*) FROM personal_matters_items "
                                        "WHERE reported = 1"))
                 .toInt(),
             0);
    m_stack.undo();
    QCOMPARE(reports->model()->index(0, 2).data().toInt(), 1);
    m_stack.undo();
    QCOMPARE(count(QStringLiteral("personal_matters_reports")), 0);
    QCOMPARE(count(QStringLiteral("personal_matters_items")), 0);
}

void TestViewDossier::relativeLinkedToACadreOfTheDirectory()
{
    const qint64 brother
        = TestDatabase::addCadre(*m_database, QStringLiteral("张建军"),
                                 TestDatabase::addUnit(*m_database, QStringLiteral("清河县财政局")),
                                 QStringLiteral("副局长"), false);
    m_dossier->showSection(DossierWidget::Section::Family);
    auto *relatives = m_dossier->findChild<RecordSection *>(QStringLiteral("relativesSection"));
    relatives->view()->setFocus();
    QTest::keyClick(relatives->view(), Qt::Key_N, Qt::ControlModifier);
    QPointer<RecordForm> form = waitForForm<RecordForm>();
    QVERIFY(form);
    auto *relation = form->findChild<QComboBox *>(QStringLiteral("relation"));
    relation->setCurrentIndex(relation->findData(QStringLiteral("brother")));
    typeChinese(form->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("张建军"));

    // The picker searches the directory by pinyin initials; the cadre himself is not offered.
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
        auto *picker = form->findChild<CadrePickerDialog *>();
        QVERIFY(picker);
        auto *search = picker->findChild<QLineEdit *>(QStringLiteral("cadrePickerSearch"));
        QTest::keyClicks(search, QStringLiteral("zjj"));
        auto *view = picker->findChild<QTableView *>(QStringLiteral("cadrePickerView"));
        QCOMPARE(view->model()->rowCount(), 1);
        picked = true;
        QTest::keyClick(search, Qt::Key_Return);
    });
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("relative_cadre_idChoose")),
                      Qt::LeftButton);
    QVERIFY(picked);
    QVERIFY(form->findChild<QWidget *>(QStringLiteral("relative_cadre_id"))
                ->findChild<QLineEdit *>()
                ->text()
                .startsWith(QStringLiteral("张建军 · 清河县财政局")));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT relative_cadre_id FROM relatives"))
                 .toLongLong(),
             brother);
    QVERIFY(relatives->model()->index(0, 5).data().toString().startsWith(QStringLiteral("张建军")));
}

void TestViewDossier::clueAboutSeveralCadres()
{
    const qint64 unit = TestDatabase::addUnit(*m_database, QStringLiteral("清河县疾控中心"));
    const qint64 colleague = TestDatabase::addCadre(*m_database, QStringLiteral("李卫东"), unit,
                                                    QStringLiteral("副主任"), false);
    m_dossier->showSection(DossierWidget::Section::Clues);
    auto *clues = m_dossier->findChild<RecordSection *>(QStringLiteral("cluesSection"));
    clues->view()->setFocus();
    QTest::keyClick(clues->view(), Qt::Key_N, Qt::ControlModifier);
    QPointer<RecordForm> form = waitForForm<RecordForm>();
    QVERIFY(form);
    typeChinese(form->findChild<QLineEdit *>(QStringLiteral("number")), QStringLiteral("XS-2"));
    auto *subjects = form->findChild<SubjectList *>();
    QVERIFY(subjects);
    QCOMPARE(subjects->rows().size(), 1); // the dossier's own cadre, who cannot be removed
    auto *remove = subjects->findChild<QPushButton *>(QStringLiteral("removeSubject"));
    subjects->findChild<QListWidget *>()->setCurrentRow(0);
    QVERIFY(!remove->isEnabled());
    QTimer::singleShot(0, this, [&] {
        auto *picker = subjects->findChild<CadrePickerDialog *>();
        QVERIFY(picker);
        QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("cadrePickerSearch")),
                         QStringLiteral("lwd"));
        QTest::keyClick(picker->findChild<QLineEdit *>(QStringLiteral("cadrePickerSearch")),
                        Qt::Key_Return);
    });
    QTest::mouseClick(subjects->findChild<QPushButton *>(QStringLiteral("addSubject")),
                      Qt::LeftButton);
    QCOMPARE(subjects->rows().size(), 2);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());

    const qint64 clue = Sql::scalar(m_database->connection(),
                                    QStringLiteral("SELECT id FROM clues WHERE number = 'XS-2'"))
                            .toLongLong();
    QVERIFY(clue != 0);
    const QString subjectsSql
        = QStringLiteral("SELECT count(*) FROM clue_subjects WHERE clue_id = ?");
    QCOMPARE(Sql::scalar(m_database->connection(), subjectsSql, {clue}).toInt(), 2);
    TimelineModel colleagueTimeline(*m_database, colleague);
    QCOMPARE(colleagueTimeline.rowCount(), 1);
    QCOMPARE(m_stack.count(), 1);

    // Taking the colleague off the clue is one more undoable edit.
    for (int row = 0; row < clues->model()->rowCount(); ++row) {
        if (clues->model()->index(row, 1).data().toString() == QLatin1String("XS-2"))
            clues->view()->selectRow(row);
    }
    QTest::keyClick(clues->view(), Qt::Key_Return);
    form = waitForForm<RecordForm>();
    QVERIFY(form);
    subjects = form->findChild<SubjectList *>();
    QCOMPARE(subjects->rows().size(), 2);
    auto *list = subjects->findChild<QListWidget *>();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == colleague)
            list->setCurrentRow(row);
    }
    QTest::mouseClick(subjects->findChild<QPushButton *>(QStringLiteral("removeSubject")),
                      Qt::LeftButton);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());
    QCOMPARE(Sql::scalar(m_database->connection(), subjectsSql, {clue}).toInt(), 1);
    m_stack.undo();
    QCOMPARE(Sql::scalar(m_database->connection(), subjectsSql, {clue}).toInt(), 2);
    m_stack.undo();
    QCOMPARE(Sql::scalar(m_database->connection(), subjectsSql, {clue}).toInt(), 0);
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT count(*) FROM clues WHERE id = ?"), {clue})
                 .toInt(),
             0);
}

QTEST_MAIN(TestViewDossier)
#include "test_view_dossier.moc"
