#include "access/accounts.h"
#include "dialogs/recordform.h"
#include "domain/recordkinds.h"
#include "domain/session.h"
#include "mainwindow.h"
#include "records/recordrepository.h"
#include "review/casefilewindow.h"
#include "review/mergedialog.h"
#include "review/openpackagedialog.h"
#include "review/packagefields.h"
#include "review/returnpackagedialog.h"
#include "review/reviewcontroller.h"
#include "review/reviewcopy.h"
#include "review/reviewcopybanner.h"
#include "review/reviewpackagedialog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"
#include "window/mainwindowactions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

// Offline review driven through the window, across two database files: a case is sent for
// review from its case file window, the package is opened as a review copy (marked as one),
// the reviewer adds a fact and writes the review opinion there and makes the return package;
// back in the commission's database, where the opinion was written differently meanwhile, the
// merge shows the conflict with both values and merges only once it is decided. Refusals are
// shown in the dialogs and change nothing.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

// Typed with key clicks, which carry no Chinese.
const QString kPassphrase = QStringLiteral("review package 2026 great wall");
const QString kReturnPassphrase = QStringLiteral("return package 2026 calm seas");
const QString kReviewerFact = text("2026年4月，张建国违规接受管理服务对象宴请。");
const QString kReviewerOpinion = text("事实清楚，证据确凿，建议给予党内警告处分。");
const QString kOfficeOpinion = text("建议给予诫勉。");
const QString kCaseNumber = text("XL-2026-007");

} // namespace

class TestViewReviewPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aCaseGoesForReviewAndComesBack();
    void anExpiredCopyRefusesEdits();

private:
    // The commission's database: a case of one subject received for review, a reviewer account
    // with its own key, and an account linked to the subject.
    std::unique_ptr<Database> makeOffice();
    // The package sent to the reviewer account through the models, for the second suite.
    void sendThroughTheModels(Database &office);
    RecordForm *waitForForm(QWidget *window);
    static void submit(RecordForm *form);
    static void typeChinese(QWidget *widget, const QString &text);
    template<typename Dialog>
    static Dialog *shown(Dialog *dialog);
    static QStringList state(const Database &database);
    QString path(const char *name) const { return m_dir->filePath(text(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_caseId = 0;
    qint64 m_subject = 0;
    qint64 m_review = 0;
};

void TestViewReviewPackage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestViewReviewPackage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestViewReviewPackage::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(widget) && widget->isVisible())
            widget->close();
}

std::unique_ptr<Database> TestViewReviewPackage::makeOffice()
{
    auto office = TestDatabase::onDisk(*m_dir, QStringLiteral("office.db"));
    Sql::run(office->connection(),
             QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                            "('commission_name', ?)"),
             {text("青山县纪委监委")});
    const auto accountId = [&office](const QString &name) {
        return Sql::scalar(office->connection(),
                           QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {name})
            .toLongLong();
    };
    const qint64 county = TestDatabase::addUnit(*office, text("青山县"), QStringLiteral("county"));
    const qint64 unit
        = TestDatabase::addUnit(*office, text("县水利局"), QStringLiteral("department"), county);
    m_subject = TestDatabase::addCadre(*office, text("张建国"), unit, text("局长"), true);
    RecordRepository repository(*office);
    m_caseId = repository.create(QStringLiteral("cases"),
                                 {{QStringLiteral("number"), kCaseNumber},
                                  {QStringLiteral("unit_id"), unit},
                                  {QStringLiteral("filed_date"), QStringLiteral("2026-06-01")},
                                  {QStringLiteral("summary"), text("违规发放津贴补贴")}});
    repository.link(QStringLiteral("case_subjects"), {{QStringLiteral("case_id"), m_caseId},
                                                      {QStringLiteral("cadre_id"), m_subject}});
    m_review = repository.create(QStringLiteral("case_reviews"),
                                 {{QStringLiteral("case_id"), m_caseId},
                                  {QStringLiteral("received_date"), QStringLiteral("2026-08-20")},
                                  {QStringLiteral("characterisation"), text("违反工作纪律")}});
    repository.create(QStringLiteral("case_facts"),
                      {{QStringLiteral("case_id"), m_caseId},
                       {QStringLiteral("cadre_id"), m_subject},
                       {QStringLiteral("ordinal"), 1},
                       {QStringLiteral("description"), text("2026年5月，张建国搞形式主义。")}});

    // The reviewer: a person's name, and the key made at the first sign-in with their own
    // password. And 刘洋, the subject's own account, who may review nothing of his.
    TestDatabase::signIn(*office, QStringLiteral("admin"));
    Accounts(*office).setProfile(accountId(QStringLiteral("reviewer")), text("王芳"),
                                 text("审理室主任"));
    const QString first = text("临时密码12345");
    const qint64 liu = Accounts(*office).create(QStringLiteral("liuyang"), first);
    TestDatabase::signIn(*office, QStringLiteral("security"));
    Accounts(*office).setRole(liu, Role::Reviewer);
    Accounts(*office).linkCadre(liu, m_subject);
    Accounts(*office).signIn(QStringLiteral("liuyang"), first);
    Accounts(*office).changePassword(first, text("刘洋自己的密码2026"));
    TestDatabase::signIn(*office, QStringLiteral("reviewer"));
    TestDatabase::signIn(*office, QStringLiteral("officer"));
    return office;
}

RecordForm *TestViewReviewPackage::waitForForm(QWidget *window)
{
    RecordForm *form = nullptr;
    const bool found = QTest::qWaitFor(
        [&] {
            for (RecordForm *each : window->findChildren<RecordForm *>())
                if (each->isVisible())
                    form = each;
            return form != nullptr;
        },
        2000);
    return found ? form : nullptr;
}

void TestViewReviewPackage::submit(RecordForm *form)
{
    QPointer<RecordForm> watched = form;
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return watched.isNull() || !watched->isVisible(); }, 2000),
             qPrintable(watched ? watched->errorText() : QString()));
}

void TestViewReviewPackage::typeChinese(QWidget *widget, const QString &text)
{
    QVERIFY(widget);
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

template<typename Dialog>
Dialog *TestViewReviewPackage::shown(Dialog *dialog)
{
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QStringList TestViewReviewPackage::state(const Database &database)
{
    QStringList parts;
    for (const char *table : {"case_reviews", "case_facts", "audit_log", "review_packages"})
        parts << Sql::scalar(database.connection(),
                             QStringLiteral("SELECT count(*) FROM %1").arg(text(table)))
                     .toString();
    parts << Sql::scalar(database.connection(),
                         QStringLiteral("SELECT group_concat(state) FROM review_packages"))
                 .toString();
    parts << Sql::scalar(database.connection(),
                         QStringLiteral("SELECT group_concat(review_opinion) FROM case_reviews"))
                 .toString();
    return parts;
}

void TestViewReviewPackage::aCaseGoesForReviewAndComesBack()
{
    MainWindow window;
    window.opener().setSignIn([](Database &database, bool) {
        Accounts(database).signIn(QStringLiteral("officer"), QStringLiteral("demo"));
        return true;
    });
    window.setDatabase(makeOffice());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString officePath = window.database()->path();
    ReviewController *review = window.review();
    QVERIFY(review->sendAction()->isEnabled());
    QVERIFY(review->mergeAction()->isEnabled());
    QVERIFY(review->openPackageAction()->isEnabled());
    QVERIFY(!review->returnAction()->isEnabled());
    auto *bannerBar = window.findChild<QToolBar *>(QStringLiteral("reviewCopyBar"));
    QVERIFY(bannerBar);
    QVERIFY(!bannerBar->isVisible());

    // Sent from the case file window, the case chosen already.
    CaseFileWindow *caseFile = review->openCase(m_caseId);
    QVERIFY(QTest::qWaitForWindowExposed(caseFile));
    auto *offline = caseFile->findChild<QPushButton *>(QStringLiteral("offlineReviewButton"));
    QVERIFY(offline && offline->isVisible());
    QTest::mouseClick(offline, Qt::LeftButton);
    ReviewPackageDialog *send = shown(caseFile->findChild<ReviewPackageDialog *>());
    QVERIFY(send);
    QListWidget *cases = send->caseList();
    int checked = 0;
    for (int row = 0; row < cases->count(); ++row)
        if (cases->item(row)->checkState() == Qt::Checked) {
            ++checked;
            QCOMPARE(cases->item(row)->data(Qt::UserRole).toLongLong(), m_caseId);
            QVERIFY(cases->item(row)->text().contains(kCaseNumber));
        }
    QCOMPARE(checked, 1);
    QCOMPARE(send->expiryEdit()->date(), QDate::currentDate().addDays(30));
    QComboBox *reviewer = send->reviewerBox();
    QCOMPARE(reviewer->currentIndex(), -1);
    QVERIFY(reviewer->findData(QStringLiteral("auditor")) < 0);
    const QString packagePath = path("case.idrpkg");
    send->fileField()->setPath(packagePath);
    QTest::keyClicks(send->passphraseField(), kPassphrase);
    QTest::keyClicks(send->repeatField(), kPassphrase + QStringLiteral("x"));
    reviewer->setCurrentIndex(reviewer->findData(QStringLiteral("liuyang")));
    QTest::mouseClick(send->sendButton(), Qt::LeftButton);
    QVERIFY2(send->messageLabel()->text().contains(QStringLiteral("differ")),
             qPrintable(send->messageLabel()->text()));
    // The subject's own account is refused with the models' reason.
    send->repeatField()->clear();
    QTest::keyClicks(send->repeatField(), kPassphrase);
    QTest::mouseClick(send->sendButton(), Qt::LeftButton);
    QVERIFY2(send->messageLabel()->text().contains(QStringLiteral("own dossier")),
             qPrintable(send->messageLabel()->text()));
    QVERIFY(!send->isSent());
    QVERIFY(!QFile::exists(packagePath));
    reviewer->setCurrentIndex(reviewer->findData(QStringLiteral("reviewer")));
    QVERIFY(reviewer->currentText().contains(text("王芳")));
    QTest::mouseClick(send->sendButton(), Qt::LeftButton);
    QVERIFY2(send->isSent(), qPrintable(send->messageLabel()->text()));
    QVERIFY(QFile::exists(packagePath));
    const QString summary = send->summaryLabel()->text();
    QVERIFY2(summary.contains(kCaseNumber), qPrintable(summary));
    QVERIFY2(summary.contains(PackageFields::shortHash(send->result().fileSha256)),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Records: %1").arg(send->result().rows)),
             qPrintable(summary));
    QTest::mouseClick(send->sendButton(), Qt::LeftButton); // now Close
    QVERIFY(QTest::qWaitFor([&] { return caseFile->findChild<ReviewPackageDialog *>() == nullptr; },
                            2000));

    // On the stand-alone PC: the package becomes a review copy, signed in with the reviewer's
    // own name and password.
    OpenPackageDialog *open = shown(review->openReviewPackage());
    QVERIFY(open);
    open->packageField()->setPath(packagePath);
    QVERIFY2(open->packageLabel()->text().contains(kCaseNumber),
             qPrintable(open->packageLabel()->text()));
    QVERIFY(open->copyField()->path().endsWith(QStringLiteral(".db")));
    const QString copyPath = path("review-copy.db");
    open->copyField()->setPath(copyPath);
    QTest::keyClicks(open->passphraseField(), kPassphrase);
    QTest::keyClicks(open->nameField(), QStringLiteral("reviewer"));
    QTest::keyClicks(open->passwordField(), QStringLiteral("wrong password"));
    QTest::mouseClick(open->findChild<QPushButton *>(QStringLiteral("openButton")), Qt::LeftButton);
    QVERIFY2(open->messageLabel()->text().contains(QStringLiteral("not the password")),
             qPrintable(open->messageLabel()->text()));
    QVERIFY(!QFile::exists(copyPath));
    QCOMPARE(window.database()->path(), officePath);
    QTest::keyClicks(open->passwordField(), QStringLiteral("demo"));
    QTest::mouseClick(open->findChild<QPushButton *>(QStringLiteral("openButton")), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return window.database()->path() == copyPath; }, 5000),
             qPrintable(open->messageLabel()->text()));

    // The copy is marked: the banner, the title, and what the Review menu offers.
    Database &copy = *window.database();
    QCOMPARE(copy.session()->accountName, QStringLiteral("reviewer"));
    const ReviewCopy::Info info = ReviewCopy::info(copy.connection());
    QVERIFY(info.isValid());
    auto *banner = bannerBar->findChild<ReviewCopyBanner *>();
    QVERIFY(bannerBar->isVisible() && banner->isVisible());
    QCOMPARE(banner->text(), info.banner());
    QVERIFY(banner->text().contains(kCaseNumber));
    QVERIFY(banner->text().contains(text("青山县纪委监委")));
    QVERIFY2(window.windowTitle().contains(info.banner()), qPrintable(window.windowTitle()));
    QVERIFY(review->returnAction()->isEnabled());
    QVERIFY(!review->sendAction()->isEnabled());
    QVERIFY(!review->mergeAction()->isEnabled());

    // The reviewer adds a fact and writes the review opinion in the case file window.
    caseFile = review->openCase(m_caseId);
    QVERIFY(QTest::qWaitForWindowExposed(caseFile));
    QVERIFY(
        !caseFile->findChild<QPushButton *>(QStringLiteral("offlineReviewButton"))->isVisible());
    QVERIFY(caseFile->findChild<ReviewCopyBanner *>()->isVisible());
    QVERIFY(caseFile->windowTitle().contains(kCaseNumber));
    QTest::mouseClick(caseFile->findChild<QPushButton *>(QStringLiteral("case_factsAdd")),
                      Qt::LeftButton);
    RecordForm *form = waitForForm(caseFile);
    QVERIFY(form);
    QCOMPARE(form->kind().table, QStringLiteral("case_facts"));
    typeChinese(form->findChild<QPlainTextEdit *>(QStringLiteral("description")), kReviewerFact);
    submit(form);
    const CaseFile::Subject *subject = caseFile->caseFile().subject(m_subject);
    QVERIFY(subject);
    QCOMPARE(subject->facts.size(), 2);
    QTest::mouseClick(caseFile->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                      Qt::LeftButton);
    form = waitForForm(caseFile);
    QVERIFY(form);
    QCOMPARE(form->kind().table, QStringLiteral("case_reviews"));
    typeChinese(form->findChild<QPlainTextEdit *>(QStringLiteral("review_opinion")),
                kReviewerOpinion);
    submit(form);
    QCOMPARE(Sql::scalar(copy.connection(),
                         QStringLiteral("SELECT review_opinion FROM case_reviews WHERE id = ?"),
                         {m_review})
                 .toString(),
             kReviewerOpinion);

    // The return package, signed with the reviewer's own key.
    ReturnPackageDialog *giveBack = shown(review->makeReturnPackage());
    QVERIFY(giveBack);
    const QString returnPath = path("case.idrret");
    giveBack->fileField()->setPath(returnPath);
    QTest::keyClicks(giveBack->passphraseField(), kReturnPassphrase);
    QTest::keyClicks(giveBack->repeatField(), kReturnPassphrase);
    QTest::mouseClick(giveBack->makeButton(), Qt::LeftButton);
    QVERIFY2(giveBack->isMade(), qPrintable(giveBack->messageLabel()->text()));
    QVERIFY(QFile::exists(returnPath));
    QCOMPARE(giveBack->result().header.signerPublicKey, copy.session()->signingKey->publicKey());
    QVERIFY2(giveBack->messageLabel()->text().contains(
                 PackageFields::shortHash(giveBack->result().fileSha256)),
             qPrintable(giveBack->messageLabel()->text()));
    giveBack->close();

    // Back in the commission's database, where the opinion was written differently meanwhile.
    QVERIFY(window.openDatabaseFile(officePath));
    Database &office = *window.database();
    QVERIFY(!bannerBar->isVisible());
    QVERIFY(!window.windowTitle().contains(info.banner()));
    RecordRepository(office).update(QStringLiteral("case_reviews"), m_review,
                                    {{QStringLiteral("review_opinion"), kOfficeOpinion}});

    // A wrong passphrase is refused, and nothing changes.
    const QStringList before = state(office);
    MergeDialog *merge = shown(review->mergeReturnPackage());
    QVERIFY(merge);
    merge->packageField()->setPath(returnPath);
    QTest::keyClicks(merge->passphraseField(), kPassphrase);
    QTest::mouseClick(merge->openButton(), Qt::LeftButton);
    QVERIFY2(merge->messageLabel()->text().contains(QStringLiteral("passphrase is wrong")),
             qPrintable(merge->messageLabel()->text()));
    QVERIFY(merge->messageLabel()->text().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(!merge->preview());
    QCOMPARE(state(office), before);

    // The preview: the reviewer's fact, and the opinion in conflict with both values.
    merge->passphraseField()->clear();
    QTest::keyClicks(merge->passphraseField(), kReturnPassphrase);
    QTest::mouseClick(merge->openButton(), Qt::LeftButton);
    QVERIFY2(merge->preview(), qPrintable(merge->messageLabel()->text()));
    QVERIFY(merge->previewLabel()->text().contains(text("王芳")));
    QStringList changes;
    for (int row = 0; row < merge->changeList()->count(); ++row)
        changes << merge->changeList()->item(row)->text();
    QVERIFY2(changes.filter(QStringLiteral("Added by the reviewer")).size() == 1,
             qPrintable(changes.join(QLatin1Char('\n'))));
    QCOMPARE(merge->conflictCount(), 1);
    auto *conflict = merge->findChild<QWidget *>(QStringLiteral("conflict0"));
    QVERIFY(conflict && conflict->isVisible());
    QCOMPARE(conflict->findChild<QLabel *>(QStringLiteral("officeValue"))->text(), kOfficeOpinion);
    QCOMPARE(conflict->findChild<QLabel *>(QStringLiteral("reviewerValue"))->text(),
             kReviewerOpinion);
    const QString field
        = RecordKinds::fieldLabel(QStringLiteral("case_reviews"), QStringLiteral("review_opinion"));
    bool fieldShown = false;
    for (QLabel *label : conflict->findChildren<QLabel *>())
        fieldShown = fieldShown || label->text() == field;
    QVERIFY(fieldShown);
    QVERIFY(merge->mergeButton()->isVisible());
    QVERIFY(!merge->mergeButton()->isEnabled());
    QCOMPARE(state(office), before);

    // Decided for the reviewer: Merge is offered, and writes.
    QTest::mouseClick(conflict->findChild<QRadioButton *>(QStringLiteral("takeReviewer")),
                      Qt::LeftButton);
    QVERIFY(merge->mergeButton()->isEnabled());
    QTest::mouseClick(merge->mergeButton(), Qt::LeftButton);
    QVERIFY2(merge->isMerged(), qPrintable(merge->messageLabel()->text()));
    const QString result = merge->resultLabel()->text();
    QVERIFY2(result.contains(QStringLiteral("Merged: 2 record(s) written.")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("taken from the reviewer: 1")), qPrintable(result));
    QCOMPARE(Sql::scalar(office.connection(),
                         QStringLiteral("SELECT review_opinion FROM case_reviews WHERE id = ?"),
                         {m_review})
                 .toString(),
             kReviewerOpinion);
    QCOMPARE(Sql::scalar(office.connection(),
                         QStringLiteral("SELECT count(*) FROM case_facts WHERE description = ?"),
                         {kReviewerFact})
                 .toInt(),
             1);
    merge->close();

    // Merged once: the same file again is refused, and nothing changes.
    const QStringList merged = state(office);
    merge = shown(review->mergeReturnPackage());
    QVERIFY(merge);
    merge->packageField()->setPath(returnPath);
    QTest::keyClicks(merge->passphraseField(), kReturnPassphrase);
    QTest::mouseClick(merge->openButton(), Qt::LeftButton);
    QVERIFY2(merge->messageLabel()->text().contains(QStringLiteral("merged already")),
             qPrintable(merge->messageLabel()->text()));
    QVERIFY(!merge->preview());
    QCOMPARE(state(office), merged);
    merge->close();
    window.close();
}

void TestViewReviewPackage::sendThroughTheModels(Database &office)
{
    ReviewPackageRequest request;
    request.caseIds = {m_caseId};
    request.expiresOn = QDate::currentDate().addDays(3);
    request.reviewerAccount = QStringLiteral("reviewer");
    request.seal.passphrase = kPassphrase;
    ReviewPackageExport(office).exportToFile(request, path("case.idrpkg"));
}

void TestViewReviewPackage::anExpiredCopyRefusesEdits()
{
    {
        auto office = makeOffice();
        sendThroughTheModels(*office);
    }
    PackageFile::Key key;
    key.passphrase = kPassphrase;
    auto copy = ReviewCopy::open(path("case.idrpkg"), key, path("review-copy.db"),
                                 {QStringLiteral("reviewer"), QStringLiteral("demo"), {}});
    // The days have passed (the copy's own mark moved back, as no clock can be here).
    Sql::run(copy->connection(),
             QStringLiteral("UPDATE settings SET value = ? WHERE key = 'review_copy_expires_on'"),
             {QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    const int facts
        = Sql::scalar(copy->connection(), QStringLiteral("SELECT count(*) FROM case_facts"))
              .toInt();

    MainWindow window;
    window.setDatabase(std::move(copy));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReviewController *review = window.review();
    QVERIFY(review->isExpiredCopy());
    auto *banner = window.findChild<QToolBar *>(QStringLiteral("reviewCopyBar"))
                       ->findChild<ReviewCopyBanner *>();
    QVERIFY2(banner->isVisible() && banner->text().contains(QStringLiteral("expired")),
             qPrintable(banner->text()));
    QVERIFY(!window.actions()->newItem->isEnabled());

    // The case file window says why and opens no form.
    CaseFileWindow *caseFile = review->openCase(m_caseId);
    QVERIFY(QTest::qWaitForWindowExposed(caseFile));
    QTest::mouseClick(caseFile->findChild<QPushButton *>(QStringLiteral("case_factsAdd")),
                      Qt::LeftButton);
    QMessageBox *message = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            return (message = caseFile->findChild<QMessageBox *>(QStringLiteral("expiredMessage")))
                   != nullptr;
        },
        2000));
    QVERIFY2(message->text().contains(QStringLiteral("expired")), qPrintable(message->text()));
    message->close();
    QVERIFY(caseFile->findChildren<RecordForm *>().isEmpty());
    QCOMPARE(Sql::scalar(window.database()->connection(),
                         QStringLiteral("SELECT count(*) FROM case_facts"))
                 .toInt(),
             facts);

    // Nor is a return package made.
    ReturnPackageDialog *giveBack = shown(review->makeReturnPackage());
    QVERIFY(giveBack);
    giveBack->fileField()->setPath(path("late.idrret"));
    QTest::keyClicks(giveBack->passphraseField(), kReturnPassphrase);
    QTest::keyClicks(giveBack->repeatField(), kReturnPassphrase);
    QTest::mouseClick(giveBack->makeButton(), Qt::LeftButton);
    QVERIFY2(giveBack->messageLabel()->text().contains(QStringLiteral("expired")),
             qPrintable(giveBack->messageLabel()->text()));
    QVERIFY(!QFile::exists(path("late.idrret")));
    giveBack->close();
    window.close();
}

QTEST_MAIN(TestViewReviewPackage)
#include "test_view_review_package.moc"
