#include "access/accountsdialog.h"
#include "dashboard/dashboardwindow.h"
#include "dialogs/recordform.h"
#include "dialogs/settingsdialog.h"
#include "directory/directoryfilterbar.h"
#include "directory/directorypanel.h"
#include "domain/recorddetails.h"
#include "domain/recordkinds.h"
#include "mainwindow.h"
#include "records/recordrepository.h"
#include "records/referencechoices.h"
#include "reports/reportlanguage.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "window/dossiertabs.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

// The window speaks one language: under the English interface no menu, button, column header,
// list of sections, filter or placeholder shows Chinese, and under the Chinese one none shows an
// English word. The records themselves (names, units) are Chinese in both and are not looked at.
class TestViewLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theWindowSpeaksOneLanguage_data();
    void theWindowSpeaksOneLanguage();
    void theFormsAndDialogsSpeakOneLanguage_data();
    void theFormsAndDialogsSpeakOneLanguage();

private:
    QTemporaryDir m_folder;
    QString m_path;
    qint64 m_cadre = 0;
};

namespace {

// "&File" → "File", "文件(&F)" → "文件".
QString withoutMnemonic(QString text)
{
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(chineseMnemonic);
    return text.remove(QLatin1Char('&'));
}

void collectMenu(const QMenu *menu, QStringList &texts)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            collectMenu(action->menu(), texts);
        const QString text = withoutMnemonic(action->text());
        // The recent databases are file names, not words of the interface.
        if (text.contains(QLatin1Char('/')) || text.contains(QLatin1String(".db")))
            continue;
        texts << QStringLiteral("menu: ") + text;
    }
}

// The interface's own words on screen: menus, buttons, column headers, section lists, filter
// choices, placeholders and dock titles.
QStringList chromeOf(const QWidget *window, const QMenuBar *menus)
{
    QStringList texts;
    for (const QAction *action : menus->actions()) {
        texts << QStringLiteral("menu: ") + withoutMnemonic(action->text());
        if (action->menu())
            collectMenu(action->menu(), texts);
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisible() && !button->text().isEmpty())
            texts << QStringLiteral("button: ") + withoutMnemonic(button->text());
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        const QAbstractItemModel *model = view->model();
        for (int column = 0; column < model->columnCount(); ++column)
            texts << QStringLiteral("header: ")
                         + model->headerData(column, Qt::Horizontal).toString();
    }
    // The articles a fact cites are the regulations' own words, in Chinese whatever the
    // interface speaks.
    for (const QListWidget *list : window->findChildren<QListWidget *>())
        if (list->isVisible() && list->objectName() != QLatin1String("articles"))
            for (int row = 0; row < list->count(); ++row)
                texts << QStringLiteral("list: ") + list->item(row)->text();
    for (const QComboBox *box : window->findChildren<QComboBox *>())
        if (box->isVisible() && !box->isEditable())
            for (int row = 0; row < box->count(); ++row)
                texts << QStringLiteral("choice: ") + box->itemText(row);
    for (const QLineEdit *edit : window->findChildren<QLineEdit *>())
        if (edit->isVisible() && !edit->placeholderText().isEmpty())
            texts << QStringLiteral("placeholder: ") + edit->placeholderText();
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>())
        if (dock->isVisible())
            texts << QStringLiteral("dock: ") + dock->windowTitle();
    texts.removeDuplicates();
    return texts;
}

// A dialog's own words: its chrome, and its labels, group titles, tabs and title.
QStringList dialogTextsOf(const QWidget *dialog)
{
    QMenuBar none;
    QStringList texts = chromeOf(dialog, &none);
    texts << QStringLiteral("title: ") + dialog->windowTitle();
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            texts << QStringLiteral("label: ")
                         + withoutMnemonic(QString(label->text()).remove(tag)).trimmed();
    for (const QGroupBox *group : dialog->findChildren<QGroupBox *>())
        if (group->isVisible() && !group->title().isEmpty())
            texts << QStringLiteral("group: ") + group->title();
    for (const QTabWidget *tabs : dialog->findChildren<QTabWidget *>())
        for (int tab = 0; tab < tabs->count(); ++tab)
            texts << QStringLiteral("tab: ") + withoutMnemonic(tabs->tabText(tab));
    texts.removeDuplicates();
    return texts;
}

// Words that stay as they are in Chinese: a shortcut's keys, pinyin typed as an example, the
// names of file formats.
bool isEnglishWord(const QString &word)
{
    static const QStringList kept
        = {QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("zjg"),
           QStringLiteral("PDF"),  QStringLiteral("Excel"), QStringLiteral("JSON")};
    return !kept.contains(word);
}

// Texts in the other language: Chinese under the English interface, English words under the
// Chinese one.
QStringList inTheOtherLanguage(const QStringList &texts, bool chinese)
{
    // The records' own names offered as choices, and each language named in itself.
    static const QStringList data
        = {QStringLiteral("choice: 清河县"), QStringLiteral("choice: 清河县水利局"),
           QStringLiteral("choice: 张建国"), QStringLiteral("choice: 中文（简体）"),
           QStringLiteral("choice: English")};
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList wrong;
    for (const QString &text : texts) {
        if (data.contains(text) || text.startsWith(QLatin1String("choice: 张建国")))
            continue;
        if (!chinese) {
            if (han.match(text).hasMatch())
                wrong << text;
            continue;
        }
        auto words = word.globalMatch(text.section(QLatin1String(": "), 1));
        while (words.hasNext())
            if (isEnglishWord(words.next().captured())) {
                wrong << text;
                break;
            }
    }
    return wrong;
}

// The interface's language for the life of the object: the compiled Chinese translation the
// models carry for printed papers is the whole interface's.
class Language
{
public:
    explicit Language(bool chinese)
    {
        if (chinese) {
            ReportLanguage::chinese("DossierTabs", QStringLiteral("Cadre Directory"));
            m_loaded = m_translator.load(QStringLiteral(":/reports/integrity-dossier_zh_CN.qm"));
            QCoreApplication::installTranslator(&m_translator);
            // Qt's own words (standard buttons), as the program loads them.
            const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
            m_loaded = m_loaded
                       && (m_qt.load(QStringLiteral("qt_zh_CN"), qtFolder)
                           || m_qt.load(QStringLiteral("qtbase_zh_CN"), qtFolder));
            QCoreApplication::installTranslator(&m_qt);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        } else {
            m_loaded = true;
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::system());
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    QTranslator m_qt;
    bool m_loaded = false;
};

} // namespace

void TestViewLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegrityDossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_view_language"));
    QSettings().clear();
    m_path = m_folder.filePath(QStringLiteral("county.db"));
    auto database = TestDatabase::onDisk(m_folder, QStringLiteral("county.db"));
    const qint64 county
        = TestDatabase::addUnit(*database, QStringLiteral("清河县"), QStringLiteral("county"));
    const qint64 bureau = TestDatabase::addUnit(*database, QStringLiteral("清河县水利局"),
                                                QStringLiteral("department"), county);
    const qint64 zhang = m_cadre = TestDatabase::addCadre(*database, QStringLiteral("张建国"),
                                                          bureau, QStringLiteral("局长"), true);
    RecordRepository(*database).create(
        QStringLiteral("talks"), {{QStringLiteral("cadre_id"), zhang},
                                  {QStringLiteral("kind"), QStringLiteral("reminder")},
                                  {QStringLiteral("held_by"), QStringLiteral("party_committee")},
                                  {QStringLiteral("talk_date"), QStringLiteral("2025-03-04")}});
}

void TestViewLanguage::theWindowSpeaksOneLanguage_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::newRow("English") << false;
    QTest::newRow("Chinese") << true;
}

void TestViewLanguage::theWindowSpeaksOneLanguage()
{
    QFETCH(bool, chinese);
    QStringList texts;
    {
        const Language language(chinese);
        QVERIFY(language.loaded());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabaseFile(m_path));
        texts = chromeOf(&window, window.menuBar());
        // A dossier open, with its sections and its timeline.
        QLineEdit *search = window.directoryPanel()->filterBar()->searchField();
        QTest::keyClicks(search, QStringLiteral("zjg"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(window.directoryPanel()->table()->hasFocus());
        QTest::keyClick(window.directoryPanel()->table(), Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 2);
        texts << chromeOf(&window, window.menuBar());
    }
    texts.removeDuplicates();
    QVERIFY(texts.size() > 40);
    // The interface was in the language asked for.
    QVERIFY(texts.contains(chinese ? QStringLiteral("menu: 文件") : QStringLiteral("menu: File")));
    QVERIFY(
        texts.contains(chinese ? QStringLiteral("list: 概览") : QStringLiteral("list: Overview")));
    if (qEnvironmentVariableIsSet("SHOW_TEXTS"))
        qInfo().noquote() << texts.join(QLatin1Char('\n'));

    const QStringList wrong = inTheOtherLanguage(texts, chinese);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestViewLanguage::theFormsAndDialogsSpeakOneLanguage_data()
{
    theWindowSpeaksOneLanguage_data();
}

// Every record kind's form with its details and subjects, the dashboard's pages, the settings
// page and the accounts.
void TestViewLanguage::theFormsAndDialogsSpeakOneLanguage()
{
    QFETCH(bool, chinese);
    QStringList texts;
    {
        const Language language(chinese);
        QVERIFY(language.loaded());
        auto database = Database::open(m_path);
        TestDatabase::signIn(*database, QStringLiteral("officer"));
        const ReferenceChoices references(*database, m_cadre);
        for (const QString &table : RecordKinds::tables()) {
            const RecordKind kind = RecordKinds::kind(table);
            RecordForm form(kind, database->connection(), references, RecordKinds::defaults(table),
                            true, [](const QVariantMap &, const QVector<QVariantMap> &) {});
            const DetailKind details = RecordDetailKinds::of(table);
            if (details.isValid())
                form.setDetails(details, details.rowsFor({}));
            if (!kind.linkTable.isEmpty())
                form.setSubjects(kind.linkTable, references, {});
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            texts << dialogTextsOf(&form);
        }
        {
            DashboardWindow dashboard(*database, 2025);
            dashboard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
            for (int tab = 0; tab < dashboard.tabs()->count(); ++tab) {
                dashboard.tabs()->setCurrentIndex(tab);
                texts << dialogTextsOf(&dashboard);
            }
        }
        TestDatabase::signIn(*database, QStringLiteral("admin"));
        {
            SettingsDialog settings(database.get());
            settings.show();
            QVERIFY(QTest::qWaitForWindowExposed(&settings));
            texts << dialogTextsOf(&settings);
        }
        {
            AccountsDialog accounts(*database);
            accounts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&accounts));
            texts << dialogTextsOf(&accounts);
        }
    }
    texts.removeDuplicates();
    QVERIFY(texts.size() > 100);
    // The forms were in the language asked for.
    QVERIFY(!texts.filter(chinese ? QStringLiteral("谈话类型") : QStringLiteral("Kind of talk"))
                 .isEmpty());
    if (qEnvironmentVariableIsSet("SHOW_TEXTS"))
        qInfo().noquote() << texts.join(QLatin1Char('\n'));
    const QStringList wrong = inTheOtherLanguage(texts, chinese);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestViewLanguage)
#include "test_view_language.moc"
