#include "help/helpdialog.h"
#include "mainwindow.h"
#include "window/mainwindowactions.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeWidget>
#include <QtTest>

// Help → User Guide opens the guide offline, in the interface's language: every chapter is there,
// every screenshot comes from the program's resources, every link inside the guide leads to a
// heading, the contents scroll to their chapter and Ctrl+F finds words.
class TestViewHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void helpMenuHasTheGuideAndAboutQt();
    void userGuideOpensTheChineseGuide();
    void guideHasEveryChapter_data();
    void guideHasEveryChapter();
    void everyImageLoadsFromResources_data();
    void everyImageLoadsFromResources();
    void everyLinkLeadsToAHeading_data();
    void everyLinkLeadsToAHeading();
    void contentsScrollToTheirChapter();
    void findsWordsAndSaysWhenNot();
    void anchorsFollowGitHub();

private:
    static void useLanguage(QLocale::Language language);
    static QStringList headings(const QTextDocument *document);
};

namespace {

struct Fragment
{
    QTextCharFormat format;
    QString text;
};

QVector<Fragment> fragments(const QTextDocument *document)
{
    QVector<Fragment> all;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            all.append({it.fragment().charFormat(), it.fragment().text()});
    }
    return all;
}

void addLanguages()
{
    QTest::addColumn<int>("language");
    QTest::newRow("Chinese") << int(QLocale::Chinese);
    QTest::newRow("English") << int(QLocale::English);
}

} // namespace

void TestViewHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_view_help"));
    QSettings().clear();
}

void TestViewHelp::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestViewHelp::useLanguage(QLocale::Language language)
{
    QLocale::setDefault(language == QLocale::Chinese
                            ? QLocale(QLocale::Chinese, QLocale::China)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
}

QStringList TestViewHelp::headings(const QTextDocument *document)
{
    QStringList texts;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            texts << block.text();
    }
    return texts;
}

void TestViewHelp::helpMenuHasTheGuideAndAboutQt()
{
    MainWindow window;
    MainWindowActions *actions = window.actions();
    QVERIFY(actions->userGuide);
    QVERIFY(actions->aboutQt);
    QCOMPARE(actions->userGuide->shortcut(), QKeySequence(QKeySequence::HelpContents));

    QMenu *help = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(actions->userGuide))
            help = menu->menu();
    }
    QVERIFY(help);
    QVERIFY(help->actions().contains(actions->aboutQt));
    QVERIFY(help->actions().contains(actions->about));
    // Help stays the last menu, after the menus other parts of the window add.
    QCOMPARE(window.menuBar()->actions().constLast(), help->menuAction());
    QVERIFY(window.menuBar()->actions().size() > 4);
}

void TestViewHelp::userGuideOpensTheChineseGuide()
{
    useLanguage(QLocale::Chinese);
    MainWindow window;
    window.show();
    QVERIFY(!window.findChild<HelpDialog *>());
    window.actions()->userGuide->trigger();
    auto *dialog = window.findChild<HelpDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->browser()->source(), HelpDialog::guideFor(QLocale()));
    QVERIFY(dialog->browser()->source().toString().contains(QLatin1String("zh_CN")));
    const QStringList titles = headings(dialog->browser()->document());
    QVERIFY(!titles.isEmpty());
    QCOMPARE(titles.constFirst(), QStringLiteral("廉政档案 用户手册"));

    // Asked again, the same guide comes forward rather than a second one.
    window.actions()->userGuide->trigger();
    QCOMPARE(window.findChildren<HelpDialog *>().size(), 1);
}

void TestViewHelp::guideHasEveryChapter_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("chapters");
    QTest::newRow("Chinese")
        << int(QLocale::Chinese)
        << QStringList{QStringLiteral("安装"),           QStringLiteral("首次启动与管理员"),
                       QStringLiteral("账户与三员分立"), QStringLiteral("日常录入"),
                       QStringLiteral("问题线索处置"),   QStringLiteral("党风廉政意见回复"),
                       QStringLiteral("打印"),           QStringLiteral("分析研判与提醒"),
                       QStringLiteral("备份与恢复"),     QStringLiteral("数据导入导出"),
                       QStringLiteral("常见问题")};
    QTest::newRow("English") << int(QLocale::English)
                             << QStringList{QStringLiteral("Installing"),
                                            QStringLiteral("First start and the administrator"),
                                            QStringLiteral("Accounts and the separated "
                                                           "administrators"),
                                            QStringLiteral("Everyday recording"),
                                            QStringLiteral("Disposing of problem clues"),
                                            QStringLiteral("Integrity opinion replies"),
                                            QStringLiteral("Printing"),
                                            QStringLiteral("Analysis and alerts"),
                                            QStringLiteral("Backup and restore"),
                                            QStringLiteral("Importing and exporting data"),
                                            QStringLiteral("Questions and answers")};
}

void TestViewHelp::guideHasEveryChapter()
{
    QFETCH(int, language);
    QFETCH(QStringList, chapters);
    useLanguage(QLocale::Language(language));
    HelpDialog dialog;
    QStringList chapterHeadings;
    for (int i = 0; i < dialog.contents()->topLevelItemCount(); ++i)
        chapterHeadings << dialog.contents()->topLevelItem(i)->text(0);
    QCOMPARE(chapterHeadings.size(), chapters.size() + 1); // and the keys
    for (int i = 0; i < chapters.size(); ++i) {
        QVERIFY2(chapterHeadings.at(i).endsWith(chapters.at(i)),
                 qPrintable(QStringLiteral("chapter %1 is \"%2\", not \"%3\"")
                                .arg(i + 1)
                                .arg(chapterHeadings.at(i), chapters.at(i))));
    }
    // The words of the chapter titles are headings of the document too.
    const QStringList titles = headings(dialog.browser()->document());
    for (const QString &chapter : chapters) {
        QVERIFY2(std::any_of(titles.cbegin(), titles.cend(),
                             [&](const QString &title) { return title.contains(chapter); }),
                 qPrintable(chapter));
    }
}

void TestViewHelp::everyImageLoadsFromResources_data()
{
    addLanguages();
}

void TestViewHelp::everyImageLoadsFromResources()
{
    QFETCH(int, language);
    useLanguage(QLocale::Language(language));
    HelpDialog dialog;
    dialog.show();
    QTextBrowser *browser = dialog.browser();
    int images = 0;
    for (const Fragment &fragment : fragments(browser->document())) {
        if (!fragment.format.isImageFormat())
            continue;
        ++images;
        const QString name = fragment.format.toImageFormat().name();
        const QUrl resolved = browser->source().resolved(QUrl(name));
        QCOMPARE(resolved.scheme(), QStringLiteral("qrc"));
        const QImage fromResources(QLatin1Char(':') + resolved.path());
        QVERIFY2(!fromResources.isNull(), qPrintable(name + QStringLiteral(" is not compiled in")));
        // The browser finds it the same way when it lays the page out.
        QImage shown;
        QVERIFY(shown.loadFromData(
            browser->loadResource(QTextDocument::ImageResource, QUrl(name)).toByteArray()));
        QCOMPARE(shown.size(), fromResources.size());
        // Shrunk to the window when wider than it, never enlarged.
        const QTextImageFormat placed = fragment.format.toImageFormat();
        if (placed.hasProperty(QTextFormat::ImageWidth))
            QVERIFY(placed.width() < fromResources.width());
    }
    QVERIFY2(images >= 20, qPrintable(QString::number(images)));
}

void TestViewHelp::everyLinkLeadsToAHeading_data()
{
    addLanguages();
}

void TestViewHelp::everyLinkLeadsToAHeading()
{
    QFETCH(int, language);
    useLanguage(QLocale::Language(language));
    HelpDialog dialog;
    dialog.show();
    QTextBrowser *browser = dialog.browser();
    const QStringList anchors = dialog.anchors();
    QCOMPARE(anchors.size(), headings(browser->document()).size());
    int links = 0;
    for (const Fragment &fragment : fragments(browser->document())) {
        const QString href = fragment.format.anchorHref();
        if (!fragment.format.isAnchor() || href.isEmpty())
            continue;
        ++links;
        // The guide is read offline: it links only to its own headings.
        QVERIFY2(href.startsWith(QLatin1Char('#')), qPrintable(href));
        const QString target = QUrl(href).fragment(QUrl::FullyDecoded);
        QVERIFY2(anchors.contains(target),
                 qPrintable(QStringLiteral("\"%1\" links to %2, which is no heading")
                                .arg(fragment.text, href)));
    }
    QVERIFY(links >= 12);

    // Clicking the contents' link to the last chapter keeps the guide and scrolls down to it.
    const QString last = QLatin1Char('#') + anchors.constLast();
    int position = -1;
    for (QTextBlock block = browser->document()->begin(); block.isValid() && position < 0;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == last) {
                position = it.fragment().position() + 1;
                break;
            }
        }
    }
    QVERIFY(position > 0);
    const QUrl source = browser->source();
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    QTextCursor cursor(browser->document());
    cursor.setPosition(position);
    const QPoint link = browser->cursorRect(cursor).center() - QPoint(2, 0);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, link);
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
    QCOMPARE(browser->source(), source);
    QCOMPARE(dialog.anchors().size(), anchors.size());
}

void TestViewHelp::contentsScrollToTheirChapter()
{
    useLanguage(QLocale::Chinese);
    HelpDialog dialog;
    dialog.show();
    QTreeWidget *contents = dialog.contents();
    QVERIFY(contents->topLevelItemCount() > 10);
    // A chapter lists its sections below it.
    QVERIFY(contents->topLevelItem(0)->childCount() > 0);
    QTextBrowser *browser = dialog.browser();
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    QTreeWidgetItem *backups = contents->topLevelItem(8);
    QVERIFY(backups->text(0).contains(QStringLiteral("备份与恢复")));
    emit contents->itemActivated(backups, 0);
    QTRY_VERIFY(browser->verticalScrollBar()->value() > 0);
    const int atBackups = browser->verticalScrollBar()->value();
    emit contents->itemActivated(contents->topLevelItem(0), 0);
    QTRY_VERIFY(browser->verticalScrollBar()->value() < atBackups);
}

void TestViewHelp::findsWordsAndSaysWhenNot()
{
    useLanguage(QLocale::Chinese);
    HelpDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keySequence(&dialog, QKeySequence::Find);
    QTRY_VERIFY(dialog.findField()->hasFocus());
    dialog.findField()->setText(QStringLiteral("影响期"));
    QVERIFY(dialog.findNext());
    QCOMPARE(dialog.browser()->textCursor().selectedText(), QStringLiteral("影响期"));
    const int first = dialog.browser()->textCursor().position();
    QVERIFY(dialog.findNext());
    QVERIFY(dialog.browser()->textCursor().position() > first);
    QVERIFY(dialog.findNext(true));
    QCOMPARE(dialog.browser()->textCursor().position(), first);

    dialog.findField()->setText(QStringLiteral("没有这个词语"));
    QVERIFY(!dialog.findNext());
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == HelpDialog::tr("Not found.");
    }));
}

void TestViewHelp::anchorsFollowGitHub()
{
    QCOMPARE(HelpDialog::anchorFor(QStringLiteral("一、安装")), QStringLiteral("一安装"));
    QCOMPARE(HelpDialog::anchorFor(QStringLiteral("附：快捷键")), QStringLiteral("附快捷键"));
    QCOMPARE(HelpDialog::anchorFor(QStringLiteral("1. Installing")),
             QStringLiteral("1-installing"));
    QCOMPARE(HelpDialog::anchorFor(QStringLiteral("Debian 12 及同类系统")),
             QStringLiteral("debian-12-及同类系统"));
    QCOMPARE(HelpDialog::anchorFor(QStringLiteral("Back up_now-2")),
             QStringLiteral("back-up_now-2"));
}

QTEST_MAIN(TestViewHelp)
#include "test_view_help.moc"
