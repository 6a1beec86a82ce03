#include "dialogs/recordform.h"
#include "dialogs/settingsdialog.h"
#include "domain/period.h"
#include "dossier/opinionservice.h"
#include "items/measurelistmodel.h"
#include "print/printcontroller.h"
#include "reports/reportlanguage.h"
#include "reports/reviewpapers.h"
#include "review/articlesdialog.h"
#include "review/attachmentviewer.h"
#include "review/casedecisiondialog.h"
#include "review/casefilewindow.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "testpdf.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

// One case of the demo county walked through the case file window as the trial-review office
// works it: received for review, a fact citing its articles, evidence with a scan viewed inside
// the program, the defence, two proposed measures with their checks, the report, the decision,
// and its execution; then the sanctions are found in the dossier with their impact periods, and
// the opinion categories that follow.
class TestViewCaseReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDemoCaseIsReviewedAndDecided();
    void anArticleIsAddedWithItsSource();
    void cleanup();

private:
    RecordForm *waitForForm();
    void screenshot(QWidget *widget, const QString &name);
    void submit(RecordForm *form);
    static void typeChinese(QWidget *widget, const QString &text);
    static void setDate(QWidget *form, const QString &column, QDate day);
    void click(const QString &button);
    int count(const QString &table) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QUndoStack m_stack;
    std::unique_ptr<CaseFileWindow> m_window;
    QTranslator m_translator;
};

void TestViewCaseReview::initTestCase()
{
    // With INTEGRITY_DOSSIER_SCREENSHOTS set, the window is saved there for the guide, in the
    // language the program would choose here.
    if (qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_SCREENSHOTS")
        && LanguageSetting::usesChinese(LanguageSetting::load(), QLocale::system())) {
        ReportLanguage::chinese("MainWindow", QStringLiteral("Integrity Dossier")); // the resource
        QVERIFY(m_translator.load(QStringLiteral(":/reports/integrity-dossier_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    m_database = TestDatabase::demoCounty(m_dir);
}

void TestViewCaseReview::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("INTEGRITY_DOSSIER_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QVERIFY(QDir().mkpath(folder));
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name), "PNG"));
}

void TestViewCaseReview::cleanup()
{
    // A failed step may leave a form or dialog open: close it so the next waits for nothing.
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(widget) && widget != m_window.get() && widget->isVisible())
            widget->close();
}

RecordForm *TestViewCaseReview::waitForForm()
{
    // The one open now: a form closed before may not be deleted yet.
    RecordForm *form = nullptr;
    QTest::qWaitFor(
        [&] {
            for (RecordForm *each : m_window->findChildren<RecordForm *>())
                if (each->isVisible())
                    form = each;
            return form != nullptr;
        },
        2000);
    return form;
}

void TestViewCaseReview::submit(RecordForm *form)
{
    QPointer<RecordForm> watched = form;
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return watched.isNull() || !watched->isVisible(); }, 2000),
             qPrintable(watched ? watched->errorText() + QLatin1Char('|')
                                      + watched->errorText(QStringLiteral("description"))
                                : QString()));
}

void TestViewCaseReview::typeChinese(QWidget *widget, const QString &text)
{
    if (!widget)
        QFAIL("no such field");
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void TestViewCaseReview::setDate(QWidget *form, const QString &column, QDate day)
{
    if (auto *set = form->findChild<QCheckBox *>(column + QStringLiteral("Set")))
        set->setChecked(true);
    form->findChild<QDateEdit *>(column)->setDate(day);
}

void TestViewCaseReview::click(const QString &button)
{
    auto *found = m_window->findChild<QPushButton *>(button);
    QVERIFY2(found && found->isEnabled(), qPrintable(button));
    QTest::mouseClick(found, Qt::LeftButton);
}

int TestViewCaseReview::count(const QString &table) const
{
    return Sql::scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
        .toInt();
}

void TestViewCaseReview::aDemoCaseIsReviewedAndDecided()
{
    // An open case of one subject whose dossier holds no other case, measure or open clue, so
    // that what follows from the decision is this case's alone.
    const QSqlDatabase db = m_database->connection();
    QSqlQuery pick = Sql::run(
        db, QStringLiteral(
                "SELECT k.id, s.cadre_id, k.filed_date FROM cases k JOIN case_subjects s "
                "ON s.case_id = k.id WHERE k.closed_date IS NULL "
                "AND (SELECT count(*) FROM case_subjects WHERE case_id = k.id) = 1 "
                "AND (SELECT count(*) FROM case_subjects WHERE cadre_id = s.cadre_id) = 1 "
                "AND NOT EXISTS (SELECT 1 FROM sanctions WHERE cadre_id = s.cadre_id) "
                "AND NOT EXISTS (SELECT 1 FROM organizational_handlings WHERE cadre_id = "
                "s.cadre_id) AND NOT EXISTS (SELECT 1 FROM admonitions WHERE cadre_id = "
                "s.cadre_id) AND NOT EXISTS (SELECT 1 FROM clue_subjects cs JOIN clues c ON "
                "c.id = cs.clue_id WHERE cs.cadre_id = s.cadre_id AND c.state NOT IN "
                "('closed', 'case_filed', 'transferred') AND c.id IS NOT k.clue_id) "
                "AND NOT EXISTS (SELECT 1 FROM case_reviews WHERE case_id = k.id) "
                "AND (SELECT party_membership FROM cadres WHERE id = s.cadre_id) = 'member' "
                "AND (SELECT employment FROM cadres WHERE id = s.cadre_id) IN ('civil_servant', "
                "'public_institution') "
                "ORDER BY k.filed_date LIMIT 1"));
    QVERIFY2(pick.next(), "the demo county has no open case of a clean subject");
    const qint64 caseId = pick.value(0).toLongLong();
    const qint64 cadre = pick.value(1).toLongLong();
    const QDate filed = Sql::date(pick.value(2));
    const QDate received = filed.addDays(60);
    const QDate decided = received.addDays(20);

    m_window = std::make_unique<CaseFileWindow>(*m_database, &m_stack, caseId);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->caseFile().reviews.isEmpty());

    // 移送审理: the case is received for review, with the investigation report.
    click(QStringLiteral("reviewButton"));
    RecordForm *form = waitForForm();
    QVERIFY(form);
    QCOMPARE(form->kind().table, QStringLiteral("case_reviews"));
    setDate(form, QStringLiteral("received_date"), received);
    typeChinese(form->findChild<QPlainTextEdit *>(QStringLiteral("investigation_report")),
                QStringLiteral("经审查调查，该同志在工作中搞形式主义。"));
    typeChinese(form->findChild<QPlainTextEdit *>(QStringLiteral("characterisation")),
                QStringLiteral("违反工作纪律"));
    submit(form);
    QCOMPARE(m_window->caseFile().reviews.size(), 1);
    QCOMPARE(m_window->caseFile().reviews.first().received, received);

    // A fact, citing the party and the government article it violates.
    click(QStringLiteral("case_factsAdd"));
    form = waitForForm();
    QVERIFY(form);
    typeChinese(form->findChild<QPlainTextEdit *>(QStringLiteral("description")),
                QStringLiteral("多次以会议落实会议，检查考核过多过滥。"));
    setDate(form, QStringLiteral("violated_on"), filed.addDays(-30));
    auto *articles = form->findChild<QListWidget *>(QStringLiteral("articles"));
    QVERIFY(articles);
    int cited = 0;
    for (int row = 0; row < articles->count(); ++row) {
        const QString key = articles->item(row)->data(Qt::UserRole).toString();
        if (key == QStringLiteral("party 第一百三十二条")
            || key == QStringLiteral("government 第三十九条")) {
            articles->item(row)->setCheckState(Qt::Checked);
            ++cited;
        }
    }
    QCOMPARE(cited, 2);
    submit(form);
    const CaseFile::Subject *subject = m_window->caseFile().subject(cadre);
    QVERIFY(subject);
    QCOMPARE(subject->facts.size(), 1);
    QCOMPARE(subject->facts.first().articles.size(), 2);
    auto *facts = m_window->findChild<QTreeWidget *>(QStringLiteral("case_facts"));
    QVERIFY(facts->topLevelItem(0)->text(4).contains(QStringLiteral("第一百三十二条")));

    // Evidence, with a scan attached and viewed inside the program: an image and a PDF.
    click(QStringLiteral("case_evidenceAdd"));
    form = waitForForm();
    QVERIFY(form);
    auto *kind = form->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("documentary")));
    typeChinese(form->findChild<QPlainTextEdit *>(QStringLiteral("description")),
                QStringLiteral("会议记录三份，证明会议次数"));
    submit(form);
    auto *evidence = m_window->findChild<QTreeWidget *>(QStringLiteral("case_evidence"));
    QCOMPARE(evidence->topLevelItemCount(), 1);
    evidence->setCurrentItem(evidence->topLevelItem(0));
    QImage scan(400, 300, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QVERIFY(scan.save(m_dir.filePath(QStringLiteral("会议记录.png"))));
    QPdfWriter pdf(m_dir.filePath(QStringLiteral("会议记录.pdf")));
    {
        QPainter painter(&pdf);
        painter.drawText(100, 100, QStringLiteral("Minutes"));
        pdf.newPage();
        painter.drawText(100, 100, QStringLiteral("Page two"));
    }
    m_window->attachToEvidence(m_dir.filePath(QStringLiteral("会议记录.png")));
    evidence->setCurrentItem(evidence->topLevelItem(0));
    m_window->attachToEvidence(m_dir.filePath(QStringLiteral("会议记录.pdf")));
    QCOMPARE(m_window->caseFile().subject(cadre)->evidence.first().attachments.size(), 2);
    evidence->setCurrentItem(evidence->topLevelItem(0));
    m_window->viewAttachment();
    auto *viewer = m_window->findChild<AttachmentViewer *>();
    QVERIFY(viewer);
    QCOMPARE(viewer->fileCount(), 2);
    QCOMPARE(viewer->shownImage().size(), QSize(400, 300));
    viewer->showFile(1, 1);
    QVERIFY2(!viewer->shownImage().isNull(), qPrintable(viewer->message()));
    QVERIFY(viewer->message().contains(QStringLiteral("2")));
    viewer->close();

    // The defence.
    m_window->findChild<QTabWidget *>()->setCurrentIndex(2);
    click(QStringLiteral("case_statementsAdd"));
    form = waitForForm();
    QVERIFY(form);
    kind = form->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("defence")));
    setDate(form, QStringLiteral("given_date"), received.addDays(5));
    typeChinese(form->findChild<QPlainTextEdit *>(QStringLiteral("content")),
                QStringLiteral("对事实无异议，请求从轻处理。"));
    submit(form);
    QCOMPARE(m_window->caseFile().subject(cadre)->statements.size(), 1);

    // Two proposals, each with its checks beside it.
    for (const char *measure : {"party.serious_warning", "government.demerit"}) {
        click(QStringLiteral("case_proposalsAdd"));
        form = waitForForm();
        QVERIFY(form);
        auto *choice = form->findChild<QComboBox *>(QStringLiteral("measure"));
        choice->setCurrentIndex(choice->findData(QString::fromLatin1(measure)));
        QVERIFY(choice->currentIndex() >= 0);
        submit(form);
    }
    auto *proposals = m_window->findChild<QTreeWidget *>(QStringLiteral("case_proposals"));
    QCOMPARE(m_window->caseFile().subject(cadre)->proposals.size(), 2);
    QTreeWidgetItem *first = proposals->topLevelItem(0);
    QVERIFY(first->childCount() >= 3);
    QStringList checks;
    for (int row = 0; row < first->childCount(); ++row)
        checks << first->child(row)->text(0);
    QVERIFY2(checks.join(QLatin1Char('\n')).contains(QStringLiteral("幅度内")),
             qPrintable(checks.join(QLatin1Char('\n'))));
    QCOMPARE(first->child(0)->text(1), QStringLiteral("《中国共产党纪律处分条例》第一百三十二条"));
    m_window->findChild<QTabWidget *>()->setCurrentIndex(3);
    screenshot(m_window.get(), QStringLiteral("case-review-proposals.png"));
    QTreeWidgetItem *pairing = proposals->topLevelItem(2);
    QVERIFY(pairing);
    QVERIFY(pairing->child(0)->text(0).contains(QStringLiteral("相匹配")));

    // The review report is submitted: the decision comes next on the procedure timeline.
    click(QStringLiteral("reviewButton"));
    form = waitForForm();
    QVERIFY(form);
    setDate(form, QStringLiteral("reported_date"), received.addDays(10));
    submit(form);
    auto *procedure = m_window->findChild<QTreeWidget *>(QStringLiteral("procedure"));
    QCOMPARE(procedure->topLevelItemCount(), 2);

    // The review report, as printed: the fact, its articles, the proposals with their checks.
    PrintController printing(m_window.get());
    printing.setDatabase(m_database.get());
    QStringList printed;
    connect(m_window.get(), &CaseFileWindow::exportRequested, &printing,
            [&](qint64 which, int paper, qint64 subjectId) {
                const QString path = m_dir.filePath(QStringLiteral("paper%1.pdf").arg(paper));
                printing.writeReviewPaperPdf(which, paper, subjectId, path);
                printed << TestPdf::text(path);
            });
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("printMenu"));
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QList<QAction *> exports;
    bool exporting = false;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            exporting = true;
            continue;
        }
        if (exporting)
            exports << action;
    }
    QCOMPARE(exports.size(), 4);
    for (QAction *action : exports) {
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        action->trigger();
    }
    QCOMPARE(printed.size(), 4);
    const QString report
        = QString(printed.first()).remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &expected :
         {QStringLiteral("审理报告"), QStringLiteral("多次以会议落实会议"),
          QStringLiteral("《中国共产党纪律处分条例》第一百三十二条"),
          QStringLiteral("党内严重警告"), QStringLiteral("幅度内"), QStringLiteral("对事实无异议")})
        QVERIFY2(report.contains(expected), qPrintable(expected + QLatin1Char('\n') + report));
    QVERIFY(QString(printed.at(2))
                .remove(QRegularExpression(QStringLiteral("\\s")))
                .contains(QStringLiteral("（草稿）")));
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'export' AND entity = 'review_report'"))
                 .toInt(),
             1);

    // The decision: both measures go into the dossier, the case closes.
    const int sanctions = count(QStringLiteral("sanctions"));
    click(QStringLiteral("decisionButton"));
    CaseDecisionDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<CaseDecisionDialog *>()) != nullptr; }, 2000));
    dialog->setValues(
        {decided, QStringLiteral("县纪委常委会"), QStringLiteral("清纪发〔2026〕21号")});
    dialog->accept();
    QCOMPARE(count(QStringLiteral("sanctions")), sanctions + 2);
    QCOMPARE(m_window->caseFile().closed, decided);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("decisionButton"))->isEnabled());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("appealButton"))->isEnabled());
    // Execution: announcement, delivery, execution and archiving are steps with deadlines.
    QCOMPARE(procedure->topLevelItemCount(), 6);
    click(QStringLiteral("reviewButton"));
    form = waitForForm();
    QVERIFY(form);
    for (const char *column : {"announced_date", "delivered_date", "executed_date"})
        setDate(form, QString::fromLatin1(column), decided.addDays(3));
    submit(form);
    QCOMPARE(procedure->topLevelItem(2)->text(2), displayDate(decided.addDays(3)));
    m_window->findChild<QTabWidget *>()->setCurrentIndex(4);
    screenshot(m_window.get(), QStringLiteral("case-review-procedure.png"));

    // The dossier shows both sanctions with their periods, 18 and 12 months from the decision,
    // first and last day as the list shows them.
    MeasureListModel measures(*m_database, cadre);
    measures.setAsOf(decided.addDays(1));
    QStringList periods;
    for (int row = 0; row < measures.rowCount(); ++row)
        periods << measures.index(row, MeasureListModel::ImpactPeriodColumn).data().toString();
    const QString all = periods.join(QLatin1Char('|'));
    const auto shows = [&all](QDate day) {
        return all.contains(day.toString(Qt::ISODate)) || all.contains(formatChineseDate(day));
    };
    QVERIFY2(shows(lastDayAfterMonths(decided, 18)), qPrintable(all));
    QVERIFY2(shows(lastDayAfterMonths(decided, 12)), qPrintable(all));
    // And the opinion follows: deferred use while the periods run, no objection after.
    const OpinionService opinions(*m_database);
    QCOMPARE(opinions.decide(cadre, decided.addDays(1)).category, 5);
    QCOMPARE(opinions.decide(cadre, lastDayAfterMonths(decided, 18)).category, 5);
    QCOMPARE(opinions.decide(cadre, lastDayAfterMonths(decided, 18).addDays(1)).category, 3);
}

void TestViewCaseReview::anArticleIsAddedWithItsSource()
{
    ArticlesDialog dialog(*m_database, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int rows = dialog.table()->rowCount();
    QVERIFY(rows >= 20);
    ArticleForm *form = dialog.openForm();
    QVERIFY(form);
    QPointer<ArticleForm> watched = form;
    form->findChild<QLineEdit *>(QStringLiteral("number"))->setText(QStringLiteral("第九十七条"));
    form->findChild<QLineEdit *>(QStringLiteral("topic"))->setText(QStringLiteral("收受礼品礼金"));
    form->findChild<QDateEdit *>(QStringLiteral("valid_from"))->setDate(QDate(2024, 1, 1));
    auto *lighter = form->findChild<QListWidget *>(QStringLiteral("lighter"));
    QCOMPARE(lighter->count(), 5);
    lighter->item(0)->setCheckState(Qt::Checked);
    lighter->item(1)->setCheckState(Qt::Checked);
    // Without its source the article is not kept, and the form says why.
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(watched && watched->isVisible());
    QVERIFY2(form->errorText().contains(QStringLiteral("source")), qPrintable(form->errorText()));
    QCOMPARE(dialog.table()->rowCount(), rows);
    form->findChild<QLineEdit *>(QStringLiteral("source"))
        ->setText(QStringLiteral("《中国共产党纪律处分条例》（2023年12月修订）"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return watched.isNull() || !watched->isVisible(); }, 2000));
    QCOMPARE(dialog.table()->rowCount(), rows + 1);
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT lighter FROM articles WHERE number = '第九十七条'"))
                 .toString(),
             QStringLiteral("party.warning party.serious_warning"));
}

QTEST_MAIN(TestViewCaseReview)
#include "test_view_case_review.moc"
