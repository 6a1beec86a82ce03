#include "interchange/interchangeformat.h"
#include "items/displaydate.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The Chinese translation is complete: every message of the .ts file is translated, keeps the
// source's place markers, and the file holds every string the sources have today.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMessageIsTranslated();
    void translationsKeepThePlaceMarkers();
    void coversEveryStringInTheSources();
    void compilesAndTranslates();
    void showsDatesTheChineseWay();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one per numerus form
        bool unfinished = false;
        bool obsolete = false;
    };
    static QList<Message> read(const QString &path);
    static QString describe(const Message &message);
    static QString linguistTool(const QString &name);

    QString m_tsPath;
    QList<Message> m_messages;
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message"))
                   && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const QStringView type = xml.attributes().value(QLatin1String("type"));
                    message.unfinished = type == QLatin1String("unfinished");
                    message.obsolete
                        = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                    QString text;
                    bool numerus = false;
                    while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                           && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters())
                            text += xml.text();
                        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                            numerus = true;
                            message.translations << xml.readElementText();
                        }
                    }
                    if (!numerus)
                        message.translations << text;
                }
            }
            messages << message;
        }
    }
    return messages;
}

QString TestTranslations::describe(const Message &message)
{
    return message.context + QStringLiteral(": ") + message.source.left(80);
}

QString TestTranslations::linguistTool(const QString &name)
{
    const QStringList folders = {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                                 QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath)};
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name + QStringLiteral("6"));
}

void TestTranslations::initTestCase()
{
    m_tsPath = TestDatabase::sourcePath(
        QStringLiteral("resources/translations/integrity-dossier_zh_CN.ts"));
    QVERIFY2(QFile::exists(m_tsPath), qPrintable(m_tsPath));
    m_messages = read(m_tsPath);
    QVERIFY(m_messages.size() > 500);
}

void TestTranslations::everyMessageIsTranslated()
{
    QStringList missing;
    for (const Message &message : std::as_const(m_messages)) {
        if (message.obsolete)
            continue;
        bool empty = message.translations.isEmpty();
        for (const QString &translation : message.translations)
            empty = empty || translation.trimmed().isEmpty();
        if (message.unfinished || empty)
            missing << describe(message);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated (run scripts/update-translations, then "
                                       "translate):\n")
                            .arg(missing.size())
                        + missing.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::translationsKeepThePlaceMarkers()
{
    static const QRegularExpression marker(QStringLiteral("%(\\d|n)"));
    QStringList broken;
    for (const Message &message : std::as_const(m_messages)) {
        if (message.obsolete || message.unfinished)
            continue;
        QSet<QString> expected;
        for (auto it = marker.globalMatch(message.source); it.hasNext();)
            expected << it.next().captured(0);
        for (const QString &translation : message.translations) {
            QSet<QString> found;
            for (auto it = marker.globalMatch(translation); it.hasNext();)
                found << it.next().captured(0);
            // A Chinese numerus form may leave %n out; every numbered marker must stay.
            QSet<QString> wanted = expected;
            if (!found.contains(QStringLiteral("%n")))
                wanted.remove(QStringLiteral("%n"));
            if (found != wanted)
                broken << describe(message) + QStringLiteral(" → ") + translation;
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestTranslations::coversEveryStringInTheSources()
{
    const QString lupdate = linguistTool(QStringLiteral("lupdate"));
    if (lupdate.isEmpty())
        QSKIP("lupdate (qt6-l10n-tools) is not installed");
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("check_zh_CN.ts"));
    QVERIFY(QFile::copy(m_tsPath, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess process;
    process.setWorkingDirectory(TestDatabase::sourcePath(QString()));
    process.start(lupdate,
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h"), QStringLiteral("models"), QStringLiteral("views"),
                   QStringLiteral("app"), QStringLiteral("-ts"), copy});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    // A tr() lupdate cannot place in a class is never translated: say where.
    const QString warnings = QString::fromUtf8(process.readAllStandardError());
    QStringList unplaced;
    for (const QString &line : warnings.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("cannot be called without context")))
            unplaced << line;
    }
    QVERIFY2(unplaced.isEmpty(),
             qPrintable(QStringLiteral("tr() outside a class is never translated; use "
                                       "QCoreApplication::translate(\"Context\", …):\n")
                        + unplaced.join(QLatin1Char('\n'))));
    QStringList missing;
    for (const Message &message : read(copy)) {
        if (message.unfinished)
            missing << describe(message);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) in the sources are not in the translation "
                                       "(run scripts/update-translations, then translate):\n")
                            .arg(missing.size())
                        + missing.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::compilesAndTranslates()
{
    const QString lrelease = linguistTool(QStringLiteral("lrelease"));
    if (lrelease.isEmpty())
        QSKIP("lrelease (qt6-l10n-tools) is not installed");
    QTemporaryDir folder;
    const QString qm = folder.filePath(QStringLiteral("zh_CN.qm"));
    QProcess process;
    process.start(lrelease, {QStringLiteral("-silent"), m_tsPath, QStringLiteral("-qm"), qm});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCOMPARE(translator.translate("DossierTabs", "Cadre Directory"), QStringLiteral("干部名录"));
    QCOMPARE(translator.translate("Rules", "Admonition"), QStringLiteral("诫勉"));
    QCOMPARE(translator.translate("Vocabulary", "Preliminary verification"), QString());
    QCOMPARE(translator.translate("ClueStateMachine", "Preliminary verification"),
             QStringLiteral("初步核实"));

    // The interchange code's messages, filed under the class or namespace each is written in,
    // reach the user translated.
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(InterchangeFormat::translate("the unit would be above itself"),
             QStringLiteral("该单位将成为其自身的上级"));
    QCOMPARE(InterchangeFormat::translate("a whole number"), QStringLiteral("整数"));
    QCOMPARE(InterchangeFormat::translate("%1 cannot be written: %2"),
             QStringLiteral("无法写入 %1：%2"));
    QCOMPARE(InterchangeFormat::translate("duty report"),
             translator.translate("Interchange", "duty report"));
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::showsDatesTheChineseWay()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(displayDate(QDate(2024, 3, 1)), QStringLiteral("2024年3月1日"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(displayDate(QDate(2024, 3, 1)), QStringLiteral("1 Mar 2024"));
    QLocale::setDefault(before);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
