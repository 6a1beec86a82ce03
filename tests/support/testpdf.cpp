#include "testpdf.h"

#include "testdatabase.h"

#include <QMap>
#include <QProcess>
#include <QStringList>

namespace {

QMap<char32_t, int> counted(const QString &text)
{
    QMap<char32_t, int> counts;
    for (const char32_t character : text.toUcs4()) {
        if (QChar::isSpace(character) || QChar::category(character) == QChar::Other_Format)
            continue;
        ++counts[character];
    }
    return counts;
}

} // namespace

namespace TestPdf {

QString text(const QString &path, bool layout)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout)
        arguments << QStringLiteral("-layout");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString font()
{
    const QString key = qEnvironmentVariable("INTEGRITY_DOSSIER_TEST_FONT");
    return key.isEmpty() ? QStringLiteral("uming") : key;
}

QString goldenPath(const QString &name)
{
    return TestDatabase::sourcePath(QStringLiteral("tests/golden/%1/%2").arg(font(), name));
}

QString lookAlikes(const QString &text)
{
    QString found;
    for (const char32_t character : text.toUcs4()) {
        if ((character >= 0x2E80 && character <= 0x2FDF)
            || (character >= 0x31C0 && character <= 0x31EF))
            found += QString::fromUcs4(&character, 1);
    }
    return found;
}

QString characterDifference(const QString &expected, const QString &printed)
{
    const QMap<char32_t, int> want = counted(expected);
    const QMap<char32_t, int> got = counted(printed);
    QStringList differences;
    QMap<char32_t, int> all = want;
    for (auto it = got.cbegin(); it != got.cend(); ++it)
        all.insert(it.key(), 0);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const int wanted = want.value(it.key());
        const int printedCount = got.value(it.key());
        if (printedCount < wanted || (wanted == 0 && printedCount > 0)) {
            const char32_t character = it.key();
            differences << QStringLiteral("'%1' (U+%2) printed %3 times, expected %4")
                               .arg(QString::fromUcs4(&character, 1))
                               .arg(uint(character), 4, 16, QLatin1Char('0'))
                               .arg(printedCount)
                               .arg(wanted);
        }
    }
    return differences.join(QStringLiteral("; "));
}

} // namespace TestPdf
