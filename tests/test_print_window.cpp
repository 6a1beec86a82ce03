#include "demo/demogenerator.h"
#include "directory/directorypanel.h"
#include "dossier/dossierwidget.h"
#include "mainwindow.h"
#include "print/printcontroller.h"
#include "print/printsettings.h"
#include "print/summaryoptionsdialog.h"
#include "print/templatesettings.h"
#include "reports/reportfonts.h"
#include "reports/summarytemplates.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "window/dossiertabs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

// Printing from the window: summary options and their named templates (shared in the database,
// changed by case officers, moved once from a user's own settings), the printer set-up
// remembered, a batch exported or printed with its audit entries, a cancelled batch leaving
// nothing behind, the preview's pages, and File → Print taking the directory's selection.
namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

qint64 auditCount(const Database &database, const QString &action)
{
    return Sql::scalar(database.connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
        .toLongLong();
}

// Runs `look` at the print preview once it is open, and closes it. Not before: while the
// preview makes its first pages, its progress dialog may run the event loop, and the preview
// must not be asked to make them again then.
void whenPreviewOpens(QWidget &window, const std::function<void(QPrintPreviewDialog *)> &look)
{
    auto *poll = new QTimer(&window);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, &window, [poll, &window, look] {
        auto *dialog = window.findChild<QPrintPreviewDialog *>();
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        look(dialog);
        dialog->reject();
    });
    poll->start();
}

} // namespace

// Counts the paint events that reach the widgets it watches.
struct PaintCounter : QObject
{
    int paints = 0;
    bool counting = true;
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += counting && event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

class TestPrintWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void templatesKeepTheOptions();
    void reviewerOnlyAppliesTemplates();
    void settingsTemplatesMoveOnce();
    void reversedRangeCannotBeAccepted();
    void printerSetUpIsRemembered();
    void exportWritesOneFileAndAuditsEachCadre();
    void optionsShowTheTypefacesAndExportForArchives();
    void cancelledBatchLeavesNothing();
    void printingToAPrinterIsAudited();
    void previewShowsThePages();
    void previewOfABatchCanBeCancelled();
    void printTargetsFollowTheWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestPrintWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = TestDatabase::demoCounty(m_dir);
}

void TestPrintWindow::init()
{
    QSettings().clear();
}

void TestPrintWindow::templatesKeepTheOptions()
{
    SummaryTemplates shared(*m_database);
    SummaryOptionsDialog dialog(m_database.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A box is hit on its indicator, at its left edge.
    const auto click = [](QCheckBox *box) {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    };
    click(dialog.sectionBox(QStringLiteral("warning_education")));
    click(dialog.sectionBox(QStringLiteral("duty_reports")));
    click(dialog.findChild<QCheckBox *>(QStringLiteral("includeClosedClues")));
    QVERIFY(!dialog.options().includeClosedClues);
    QVERIFY(!dialog.options().includes(QStringLiteral("duty_reports")));
    QVERIFY(!dialog.saveTemplate(QStringLiteral("  ")));
    QVERIFY(shared.names().isEmpty());
    QVERIFY(dialog.saveTemplate(QStringLiteral("提拔考察")));
    QCOMPARE(dialog.templates()->currentText(), QStringLiteral("提拔考察"));

    const auto stored = shared.load(QStringLiteral("提拔考察"));
    QVERIFY(stored);
    QVERIFY(!stored->includeClosedClues);
    QVERIFY(!stored->includes(QStringLiteral("warning_education")));
    QVERIFY(!stored->includes(QStringLiteral("duty_reports")));
    QVERIFY(stored->includes(QStringLiteral("clues")));

    // A new dialog offers the template and puts its options back.
    SummaryOptionsDialog again(m_database.get());
    QCOMPARE(again.templates()->count(), 1);
    QVERIFY(again.sectionBox(QStringLiteral("warning_education"))->isChecked());
    again.applyTemplate(QStringLiteral("提拔考察"));
    QVERIFY(!again.sectionBox(QStringLiteral("warning_education"))->isChecked());
    QVERIFY(again.sectionBox(QStringLiteral("clues"))->isChecked());
    QCOMPARE(again.options(), *stored);

    QVERIFY(again.renameTemplate(QStringLiteral("提拔考察"), QStringLiteral("提拔任用考察")));
    QCOMPARE(shared.names(), QStringList{QStringLiteral("提拔任用考察")});
    QCOMPARE(again.templates()->currentText(), QStringLiteral("提拔任用考察"));
    QCOMPARE(*shared.load(QStringLiteral("提拔任用考察")), *stored);

    QVERIFY(again.removeTemplate(QStringLiteral("提拔任用考察")));
    QVERIFY(shared.names().isEmpty());
    QCOMPARE(again.templates()->count(), 0);
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("removeTemplate"))->isEnabled());
}

void TestPrintWindow::reviewerOnlyAppliesTemplates()
{
    SummaryOptions options;
    options.sections = {QStringLiteral("measures")};
    SummaryTemplates(*m_database).save(QStringLiteral("案件审理"), options);
    TestDatabase::signIn(*m_database, QStringLiteral("reviewer"));
    {
        SummaryOptionsDialog dialog(m_database.get());
        QCOMPARE(dialog.templates()->count(), 1);
        dialog.applyTemplate(QStringLiteral("案件审理"));
        QCOMPARE(dialog.options(), options);
        for (const char *name : {"saveTemplate", "renameTemplate", "removeTemplate"})
            QVERIFY(!dialog.findChild<QPushButton *>(QLatin1String(name))->isEnabled());
    }
    TestDatabase::signIn(*m_database, QStringLiteral("officer"));
    SummaryTemplates(*m_database).remove(QStringLiteral("案件审理"));
}

void TestPrintWindow::settingsTemplatesMoveOnce()
{
    // Templates an earlier version kept in the user's own settings.
    {
        QSettings settings;
        settings.beginWriteArray(QStringLiteral("summaryTemplates"), 2);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("name"), QStringLiteral("评先评优"));
        settings.setValue(QStringLiteral("sections"),
                          QStringList{QStringLiteral("talks"), QStringLiteral("measures")});
        settings.setValue(QStringLiteral("from"), QDate(2021, 1, 1));
        settings.setValue(QStringLiteral("includeClosedClues"), false);
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("name"), QStringLiteral("交流"));
        settings.endArray();
    }
    SummaryOptions commissions;
    commissions.sections = {QStringLiteral("clues")};
    SummaryTemplates shared(*m_database);
    shared.save(QStringLiteral("交流"), commissions);

    // A reviewer may not write them: they wait in the settings.
    TestDatabase::signIn(*m_database, QStringLiteral("reviewer"));
    QCOMPARE(TemplateSettings::moveToDatabase(*m_database), 0);
    QVERIFY(QSettings().childGroups().contains(QStringLiteral("summaryTemplates")));
    TestDatabase::signIn(*m_database, QStringLiteral("officer"));

    const qint64 audited = auditCount(*m_database, QStringLiteral("create"));
    QWidget window;
    PrintController controller(&window);
    controller.setDatabase(m_database.get()); // a case officer opens the database
    QCOMPARE(shared.names(), (QStringList{QStringLiteral("交流"), QStringLiteral("评先评优")}));
    const auto moved = shared.load(QStringLiteral("评先评优"));
    QVERIFY(moved);
    QCOMPARE(moved->sections, (QStringList{QStringLiteral("talks"), QStringLiteral("measures")}));
    QCOMPARE(moved->from, QDate(2021, 1, 1));
    QVERIFY(!moved->until.isValid());
    QVERIFY(!moved->includeClosedClues);
    // The commission's template of the same name stays as it was.
    QCOMPARE(*shared.load(QStringLiteral("交流")), commissions);
    QCOMPARE(auditCount(*m_database, QStringLiteral("create")), audited + 1);
    // Once: the settings hold none now, and a template deleted later does not come back.
    QVERIFY(!QSettings().childGroups().contains(QStringLiteral("summaryTemplates")));
    shared.remove(QStringLiteral("评先评优"));
    QCOMPARE(TemplateSettings::moveToDatabase(*m_database), 0);
    QCOMPARE(shared.names(), QStringList{QStringLiteral("交流")});
    shared.remove(QStringLiteral("交流"));
}

void TestPrintWindow::reversedRangeCannotBeAccepted()
{
    SummaryOptionsDialog dialog(m_database.get());
    SummaryOptions options;
    options.from = QDate(2026, 5, 1);
    options.until = QDate(2026, 1, 1);
    dialog.setOptions(options);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    options.until = QDate(2026, 6, 1);
    dialog.setOptions(options);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.options().from, QDate(2026, 5, 1));
}

void TestPrintWindow::printerSetUpIsRemembered()
{
    QPrinter chosen;
    chosen.setPageSize(QPageSize(QPageSize::A3));
    chosen.setPageOrientation(QPageLayout::Landscape);
    PrintSettings::remember(chosen);

    QPrinter next;
    PrintSettings::restore(next);
    QCOMPARE(next.pageLayout().pageSize().id(), QPageSize::A3);
    QCOMPARE(next.pageLayout().orientation(), QPageLayout::Landscape);

    // The controller starts from the remembered set-up.
    QWidget window;
    PrintController controller(&window);
    QCOMPARE(controller.printer().pageLayout().pageSize().id(), QPageSize::A3);
}

void TestPrintWindow::exportWritesOneFileAndAuditsEachCadre()
{
    QWidget window;
    PrintController controller(&window);
    controller.setDatabase(m_database.get());
    controller.setWatermark(true);
    const QList<qint64> cadres{DemoFixture::WaterBureauDirector, DemoFixture::ProbationCadre,
                               DemoFixture::OpenInquiryCadre};
    const qint64 before = auditCount(*m_database, QStringLiteral("export"));
    const QString path = m_dir.filePath(QStringLiteral("three.pdf"));
    QList<int> progress;
    const int pages = controller.writePdf(path, cadres, [&](int done) {
        progress << done;
        return true;
    });
    QVERIFY(pages >= 3);
    QCOMPARE(progress, (QList<int>{1, 2, 3}));
    const QString text = pdfText(path);
    QCOMPARE(text.count(QStringLiteral("廉政档案摘要")), 3);
    QVERIFY(text.contains(QStringLiteral("张建国")));
    QVERIFY(text.contains(QStringLiteral("黄志强")));
    QVERIFY(text.contains(m_database->actor())); // the watermark
    QCOMPARE(auditCount(*m_database, QStringLiteral("export")), before + 3);
}

void TestPrintWindow::optionsShowTheTypefacesAndExportForArchives()
{
    SummaryOptionsDialog dialog(m_database.get());
    auto *typefaces = dialog.findChild<QGroupBox *>(QStringLiteral("typefaces"));
    QVERIFY(typefaces);
    const QList<QLabel *> labels = typefaces->findChildren<QLabel *>(QStringLiteral("typeface"));
    QCOMPARE(labels.size(), ReportFonts::choices().size());
    const ReportFonts::Choice body = ReportFonts::choice(ReportFonts::Role::Body);
    const auto bodyLabel = std::find_if(labels.begin(), labels.end(), [&](QLabel *label) {
        return label->text().contains(body.family) && label->text().contains(body.official);
    });
    QVERIFY2(bodyLabel != labels.end(), qPrintable(body.family));

    // Chosen in the dialog, kept by the controller, written into the exported PDF.
    auto *archival = dialog.findChild<QCheckBox *>(QStringLiteral("archival"));
    QVERIFY(archival && !archival->isChecked());
    dialog.setArchival(true);
    QVERIFY(dialog.archival());
    QWidget window;
    PrintController controller(&window);
    controller.setDatabase(m_database.get());
    controller.setArchival(dialog.archival());
    const QString path = m_dir.filePath(QStringLiteral("archive.pdf"));
    QVERIFY(controller.writePdf(path, {DemoFixture::WaterBureauDirector}) > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("pdfaid:part=\"1\""));
    QVERIFY(bytes.contains("<dc:creator>"));
}

void TestPrintWindow::cancelledBatchLeavesNothing()
{
    QWidget window;
    PrintController controller(&window);
    controller.setDatabase(m_database.get());
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const qint64 exports = auditCount(*m_database, QStringLiteral("export"));
    const qint64 prints = auditCount(*m_database, QStringLiteral("print"));
    QCOMPARE(controller.writePdf(path, {1, 2, 3, 4}, [](int done) { return done < 2; }), -1);
    QVERIFY(!QFile::exists(path));

    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(QStringLiteral("cancelled-print.pdf"));
    printer.setOutputFileName(printed);
    QCOMPARE(controller.printTo(printer, {1, 2, 3}, [](int) { return false; }), -1);
    QCOMPARE(auditCount(*m_database, QStringLiteral("export")), exports);
    QCOMPARE(auditCount(*m_database, QStringLiteral("print")), prints);
}

void TestPrintWindow::printingToAPrinterIsAudited()
{
    QWidget window;
    PrintController controller(&window);
    controller.setDatabase(m_database.get());
    SummaryOptions options;
    options.sections = {QStringLiteral("measures")};
    controller.setOptions(options);
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    const qint64 before = auditCount(*m_database, QStringLiteral("print"));
    QCOMPARE(controller.printTo(printer, {DemoFixture::ProbationCadre}), 1);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("留党察看")));
    QVERIFY(!text.contains(QStringLiteral("警示教育")));
    QCOMPARE(auditCount(*m_database, QStringLiteral("print")), before + 1);
    QCOMPARE(Sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT cadre_id FROM audit_log WHERE action = 'print' "
                                        "ORDER BY id DESC LIMIT 1"))
                 .toLongLong(),
             qint64(DemoFixture::ProbationCadre));
}

void TestPrintWindow::previewShowsThePages()
{
    QWidget window;
    PrintController controller(&window);
    controller.setDatabase(m_database.get());
    int pages = -1;
    const qint64 prints = auditCount(*m_database, QStringLiteral("print"));
    whenPreviewOpens(window, [&](QPrintPreviewDialog *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        preview->updatePreview();
        pages = preview->pageCount();
    });
    controller.preview({DemoFixture::DiseaseControlDirector, DemoFixture::WaterBureauDirector});
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    // Looking at the preview prints nothing.
    QCOMPARE(auditCount(*m_database, QStringLiteral("print")), prints);
}

void TestPrintWindow::previewOfABatchCanBeCancelled()
{
    // A batch's preview shows its progress while its pages are made: when it opens, and again
    // when the open preview makes them anew (as after a change of page set-up). Meanwhile the
    // open preview takes no keys or clicks and paints nothing; Cancel closes it, printing
    // nothing.
    QWidget window;
    PrintController controller(&window);
    controller.setDatabase(m_database.get());
    SummaryOptions options;
    options.sections = {QStringLiteral("talks")};
    controller.setOptions(options);
    QList<qint64> cadres;
    for (qint64 id = 1; id <= 150; ++id)
        cadres << id;
    const qint64 prints = auditCount(*m_database, QStringLiteral("print"));
    int progressWhileOpen = 0;
    PaintCounter counter;
    QTimer poll;
    poll.setInterval(10);
    bool madeAgain = false;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = window.findChild<QPrintPreviewDialog *>();
        if (!dialog || !dialog->isVisible())
            return; // not open yet: its first pages are being made
        auto *progress = dialog->findChild<QProgressDialog *>();
        if (!madeAgain) {
            // The preview is open, its pages made: they are made again (outside this timer's
            // slot, so that it fires while they are).
            madeAgain = true;
            QTimer::singleShot(0, dialog, [dialog] {
                dialog->findChild<QPrintPreviewWidget *>()->updatePreview();
                // Not cancelled: the checks below fail, and the test goes on.
                QTimer::singleShot(0, dialog, &QDialog::reject);
            });
            return;
        }
        if (!progress || !progress->isVisible())
            return;
        if (++progressWhileOpen == 1) {
            const auto widgets = dialog->findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (widget->window() == dialog) // not the progress dialog's
                    widget->installEventFilter(&counter);
            }
        }
        // Escape would close the preview while it is making its pages: it is held back.
        QTest::keyClick(dialog->findChild<QPrintPreviewWidget *>(), Qt::Key_Escape);
        dialog->update();
        QVERIFY(dialog->isVisible());
        if (progressWhileOpen == 2) {
            counter.counting = false; // the preview paints again once it is cancelled
            progress->cancel();
        }
    });
    poll.start();
    controller.preview(cadres);
    poll.stop();
    QCOMPARE(progressWhileOpen, 2);
    QCOMPARE(counter.paints, 0);
    QCOMPARE(auditCount(*m_database, QStringLiteral("print")), prints);
}

void TestPrintWindow::printTargetsFollowTheWindow()
{
    MainWindow window;
    auto database = TestDatabase::demoCounty(m_dir, QStringLiteral("window.db"));
    window.setDatabase(std::move(database));
    QTableView *table = window.directoryPanel()->table();
    QVERIFY(table->model()->rowCount() > 3);
    table->selectionModel()->clearSelection();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table->visualRect(table->model()->index(2, 0)).center());
    const QList<qint64> selected = window.printTargets();
    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected, window.directoryPanel()->selectedCadreIds());

    QVERIFY(window.openDossier(DemoFixture::ProbationCadre));
    QCOMPARE(window.printTargets(), QList<qint64>{DemoFixture::ProbationCadre});

    // The dossier's own button previews its summary.
    int pages = -1;
    whenPreviewOpens(window, [&](QPrintPreviewDialog *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        preview->updatePreview();
        pages = preview->pageCount();
    });
    auto *button
        = window.tabs()->currentDossier()->findChild<QToolButton *>(QStringLiteral("printPreview"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(pages >= 1);
}

QTEST_MAIN(TestPrintWindow)
#include "test_print_window.moc"
