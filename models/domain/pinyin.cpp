#include "pinyin.h"

#include <QHash>
#include <QMutex>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace {

constexpr int kMaxKeys = 8;

// Surnames whose reading differs from the character's everyday reading.
const QHash<QString, QStringList> &surnameTable()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("曾"), {QStringLiteral("zeng")}},
        {QStringLiteral("单"), {QStringLiteral("shan")}},
        {QStringLiteral("解"), {QStringLiteral("xie")}},
        {QStringLiteral("仇"), {QStringLiteral("qiu")}},
        {QStringLiteral("朴"), {QStringLiteral("piao")}},
        {QStringLiteral("区"), {QStringLiteral("ou")}},
        {QStringLiteral("查"), {QStringLiteral("zha")}},
        {QStringLiteral("盖"), {QStringLiteral("ge")}},
        {QStringLiteral("乐"), {QStringLiteral("yue"), QStringLiteral("le")}},
        {QStringLiteral("缪"), {QStringLiteral("miao")}},
        {QStringLiteral("繁"), {QStringLiteral("po")}},
        {QStringLiteral("覃"), {QStringLiteral("qin")}},
        {QStringLiteral("秘"), {QStringLiteral("bi")}},
        {QStringLiteral("种"), {QStringLiteral("chong")}},
        {QStringLiteral("员"), {QStringLiteral("yun")}},
        {QStringLiteral("翟"), {QStringLiteral("zhai")}},
        {QStringLiteral("召"), {QStringLiteral("shao")}},
        {QStringLiteral("祭"), {QStringLiteral("zhai")}},
        {QStringLiteral("句"), {QStringLiteral("gou")}},
        {QStringLiteral("隗"), {QStringLiteral("wei")}},
        {QStringLiteral("折"), {QStringLiteral("she")}},
        {QStringLiteral("宿"), {QStringLiteral("su")}},
        {QStringLiteral("薄"), {QStringLiteral("bo")}},
        {QStringLiteral("柏"), {QStringLiteral("bai")}},
        {QStringLiteral("尉"), {QStringLiteral("wei")}},
        {QStringLiteral("长"), {QStringLiteral("chang")}},
        {QStringLiteral("沈"), {QStringLiteral("shen")}},
        {QStringLiteral("石"), {QStringLiteral("shi")}},
        {QStringLiteral("纪"), {QStringLiteral("ji")}},
        {QStringLiteral("藏"), {QStringLiteral("zang")}},
        {QStringLiteral("重"), {QStringLiteral("chong")}},
        {QStringLiteral("华"), {QStringLiteral("hua")}},
        {QStringLiteral("黑"), {QStringLiteral("he")}},
        {QStringLiteral("尉迟"), {QStringLiteral("yu chi")}},
        {QStringLiteral("万俟"), {QStringLiteral("mo qi")}},
        {QStringLiteral("长孙"), {QStringLiteral("zhang sun")}},
        {QStringLiteral("单于"), {QStringLiteral("chan yu")}},
        {QStringLiteral("令狐"), {QStringLiteral("ling hu")}},
        {QStringLiteral("欧阳"), {QStringLiteral("ou yang")}},
        {QStringLiteral("澹台"), {QStringLiteral("tan tai")}},
    };
    return table;
}

// Characters common in given names that are read more than one way.
const QHash<QChar, QStringList> &polyphonicTable()
{
    static const QHash<QChar, QStringList> table = [] {
        const QList<QPair<const char *, QStringList>> rows = {
            {"乐", {QStringLiteral("le"), QStringLiteral("yue")}},
            {"长", {QStringLiteral("chang"), QStringLiteral("zhang")}},
            {"行", {QStringLiteral("xing"), QStringLiteral("hang")}},
            {"重", {QStringLiteral("zhong"), QStringLiteral("chong")}},
            {"朝", {QStringLiteral("zhao"), QStringLiteral("chao")}},
            {"传", {QStringLiteral("chuan"), QStringLiteral("zhuan")}},
            {"强", {QStringLiteral("qiang"), QStringLiteral("jiang")}},
            {"调", {QStringLiteral("tiao"), QStringLiteral("diao")}},
            {"都", {QStringLiteral("du"), QStringLiteral("dou")}},
            {"单", {QStringLiteral("dan"), QStringLiteral("shan")}},
            {"曾", {QStringLiteral("ceng"), QStringLiteral("zeng")}},
            {"茜", {QStringLiteral("qian"), QStringLiteral("xi")}},
            {"柏", {QStringLiteral("bai"), QStringLiteral("bo")}},
            {"解", {QStringLiteral("jie"), QStringLiteral("xie")}},
            {"参", {QStringLiteral("can"), QStringLiteral("shen")}},
            {"盛", {QStringLiteral("sheng"), QStringLiteral("cheng")}},
            {"查", {QStringLiteral("cha"), QStringLiteral("zha")}},
            {"奇", {QStringLiteral("qi"), QStringLiteral("ji")}},
            {"薄", {QStringLiteral("bo"), QStringLiteral("bao")}},
            {"降", {QStringLiteral("jiang"), QStringLiteral("xiang")}},
            {"朴", {QStringLiteral("pu"), QStringLiteral("piao")}},
            {"区", {QStringLiteral("qu"), QStringLiteral("ou")}},
            {"翟", {QStringLiteral("zhai"), QStringLiteral("di")}},
            {"员", {QStringLiteral("yuan"), QStringLiteral("yun")}},
            {"蔚", {QStringLiteral("wei"), QStringLiteral("yu")}},
            {"尉", {QStringLiteral("wei"), QStringLiteral("yu")}},
            {"仇", {QStringLiteral("chou"), QStringLiteral("qiu")}},
            {"覃", {QStringLiteral("tan"), QStringLiteral("qin")}},
            {"会", {QStringLiteral("hui"), QStringLiteral("kuai")}},
            {"和", {QStringLiteral("he"), QStringLiteral("huo")}},
            {"省", {QStringLiteral("sheng"), QStringLiteral("xing")}},
            {"厦", {QStringLiteral("xia"), QStringLiteral("sha")}},
            {"宿", {QStringLiteral("su"), QStringLiteral("xiu")}},
            {"召", {QStringLiteral("zhao"), QStringLiteral("shao")}},
        };
        QHash<QChar, QStringList> built;
        for (const auto &row : rows)
            built.insert(QString::fromUtf8(row.first).at(0), row.second);
        return built;
    }();
    return table;
}

// ICU's Han-Latin reading without tone marks, one character at a time, cached: a county has
// a few thousand distinct characters in its names.
QString icuReading(QChar character)
{
    static QMutex mutex;
    static QHash<QChar, QString> cache;
    static std::unique_ptr<icu::Transliterator> transliterator;
    QMutexLocker lock(&mutex);
    const auto cached = cache.constFind(character);
    if (cached != cache.constEnd())
        return *cached;
    if (!transliterator) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                                 UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }
    QString reading = QString(character).toLower();
    if (transliterator) {
        icu::UnicodeString text(static_cast<UChar>(character.unicode()));
        transliterator->transliterate(text);
        reading = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length())
                      .trimmed()
                      .remove(QLatin1Char(' '));
    }
    cache.insert(character, reading);
    return reading;
}

} // namespace

QStringList Pinyin::readings(QChar character)
{
    const auto polyphonic = polyphonicTable().constFind(character);
    if (polyphonic != polyphonicTable().constEnd())
        return *polyphonic;
    return {icuReading(character)};
}

QStringList Pinyin::surnameReadings(const QString &name, int *length)
{
    const auto &table = surnameTable();
    for (int size : {2, 1}) {
        if (name.size() <= size)
            continue;
        const auto found = table.constFind(name.left(size));
        if (found != table.constEnd()) {
            *length = size;
            return *found;
        }
    }
    *length = 0;
    return {};
}

PinyinKeys Pinyin::keysForName(const QString &rawName)
{
    const QString name = rawName.simplified().remove(QLatin1Char(' ')).remove(QChar(0x00B7));
    // Each position holds its alternative readings; keys are the combinations, bounded.
    QList<QStringList> syllables;
    int surnameLength = 0;
    const QStringList surname = surnameReadings(name, &surnameLength);
    if (surnameLength > 0)
        syllables << surname;
    for (int i = surnameLength; i < name.size(); ++i) {
        if (name.at(i).isSpace())
            continue;
        syllables << readings(name.at(i));
    }

    QList<QPair<QString, QString>> combinations = {{QString(), QString()}};
    for (const QStringList &options : syllables) {
        QList<QPair<QString, QString>> next;
        for (const auto &prefix : combinations) {
            for (const QString &option : options) {
                if (next.size() >= kMaxKeys)
                    break;
                // A compound surname's reading is written "ou yang": one initial per part.
                QString full = prefix.first;
                QString initials = prefix.second;
                for (const QString &part : option.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    full += part;
                    initials += part.at(0);
                }
                next.append({full, initials});
            }
        }
        combinations = next;
    }
    PinyinKeys keys;
    for (const auto &combination : combinations) {
        if (!keys.full.contains(combination.first))
            keys.full << combination.first;
        if (!keys.initials.contains(combination.second))
            keys.initials << combination.second;
    }
    return keys;
}
