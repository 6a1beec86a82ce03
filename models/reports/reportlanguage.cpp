#include "reportlanguage.h"

#include "domain/vocabulary.h"

#include <QTranslator>

static void initReportTranslations()
{
    // The resource lives in a static library: make sure its initializer is linked in.
    Q_INIT_RESOURCE(report_translations);
}

namespace {

const QTranslator &translator()
{
    static QTranslator *const loaded = [] {
        initReportTranslations();
        auto *result = new QTranslator;
        // Missing only when the build was made without the translation; labels stay English.
        (void)result->load(QStringLiteral(":/reports/integrity-dossier_zh_CN.qm"));
        return result;
    }();
    return *loaded;
}

} // namespace

namespace ReportLanguage {

QString chinese(const char *context, const QString &text)
{
    const QString translated = translator().translate(context, text.toUtf8().constData());
    return translated.isEmpty() ? text : translated;
}

QString vocabularyLabel(const QString &vocabulary, const QString &key)
{
    if (key.isEmpty())
        return {};
    return chinese("Vocabulary", Vocabulary::label(vocabulary, key));
}

QString chineseNumber(int number)
{
    static const char *const digits[]
        = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (number <= 10)
        return QString::fromUtf8(digits[number]);
    if (number < 20)
        return QString::fromUtf8("十") + QString::fromUtf8(digits[number - 10]);
    return QString::number(number);
}

} // namespace ReportLanguage
