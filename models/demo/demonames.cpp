#include "demonames.h"

#include "demorandom.h"

#include <QStringList>

#include <vector>

namespace {

struct WeightedText
{
    std::vector<QString> texts;
    std::vector<int> weights;
};

// "王710 李700 …": surname and weight in hundredths of a percent of the population.
WeightedText parseWeighted(const char *table)
{
    WeightedText result;
    const QStringList items = QString::fromUtf8(table).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        int digits = 0;
        while (digits < item.size() && item.at(item.size() - 1 - digits).isDigit())
            ++digits;
        result.texts.push_back(item.left(item.size() - digits));
        result.weights.push_back(item.right(digits).toInt());
    }
    return result;
}

const WeightedText &surnames()
{
    // The hundred commonest surnames at roughly their census frequency, then rarer ones whose
    // reading as a surname differs from the everyday reading, at their real low rates.
    static const WeightedText table = parseWeighted(
        "王710 李700 张670 刘540 陈450 杨310 黄220 赵200 吴190 周190 徐130 孙120 马120 朱110 "
        "胡100 郭100 何90 高90 林90 罗90 郑80 梁70 谢60 宋60 唐60 许60 韩60 冯50 邓50 曹50 "
        "彭50 曾50 肖50 田40 董40 袁40 潘40 于40 蒋40 蔡40 余40 杜40 叶40 程30 苏30 魏30 "
        "吕30 丁30 任30 沈30 姚30 卢30 姜30 崔30 钟30 谭30 陆30 汪20 范20 金20 石20 廖20 "
        "贾20 夏20 韦20 付20 方20 白20 邹20 孟20 熊20 秦20 邱20 江20 尹20 薛20 闫20 段20 "
        "雷20 侯20 龙20 史20 陶10 黎10 贺10 顾10 毛10 郝10 龚10 邵10 万10 钱10 严10 覃8 "
        "武10 戴10 莫8 孔8 向8 汤8 常8 温8 康8 施6 文6 牛6 樊6 葛6 邢6 安6 齐6 易6 "
        "单3 解3 乐1 朴1 仇1 查2 翟3 区1 欧阳2 诸葛1 司马1");
    return table;
}

const QString &maleCharacters()
{
    static const QString characters = QString::fromUtf8(
        "伟强军建国明华平志勇斌杰涛波辉刚健峰磊林海东文俊鹏宇浩亮春成新民永德庆兵飞龙超云旭"
        "昌忠学卫宏光锋洪胜荣力金喜福生贵全安祥鑫晨阳振兴家立军彬凯威博毅松柏山川江河泽润"
        "宁远航长朝乐传正清治中和维庆良利群友厚坤鸿达");
    return characters;
}

const QString &femaleCharacters()
{
    static const QString characters = QString::fromUtf8(
        "丽芳娟敏静艳霞燕玲红梅萍英华慧秀琳颖婷雪洁莉兰凤玉琴云晶丹娜倩蓉佳欣悦怡雯璐瑶"
        "茜薇萌菲雅婉淑惠珍翠琼莹露岚虹晓春秋月彩霞素芬桂香宁静");
    return characters;
}

} // namespace

namespace DemoNames {

QString surname(DemoRandom &random)
{
    const WeightedText &table = surnames();
    return table.texts[size_t(random.weighted(table.weights))];
}

QString givenName(DemoRandom &random, bool male)
{
    const QString &characters = male ? maleCharacters() : femaleCharacters();
    // Among people born 1965–1995 about a quarter have a one-character given name.
    const int length = random.percent(25) ? 1 : 2;
    QString name;
    for (int i = 0; i < length; ++i) {
        QChar next = characters.at(random.bounded(int(characters.size())));
        // A repeated character (婷婷) is a nickname style, rarer in official names.
        if (i == 1 && next == name.at(0) && random.percent(80))
            next = characters.at(random.bounded(int(characters.size())));
        name += next;
    }
    return name;
}

QString personName(DemoRandom &random, bool male)
{
    const QString family = surname(random);
    return family + givenName(random, male);
}

QString ethnicity(DemoRandom &random)
{
    static const QStringList minorities
        = {QStringLiteral("回族"), QStringLiteral("满族"),   QStringLiteral("土家族"),
           QStringLiteral("苗族"), QStringLiteral("蒙古族"), QStringLiteral("壮族"),
           QStringLiteral("彝族"), QStringLiteral("朝鲜族")};
    return random.percent(95) ? QStringLiteral("汉族") : random.pick(minorities);
}

QString education(DemoRandom &random, int birthYear, int level)
{
    // Older cadres more often studied part-time or at vocational schools; leaders often later
    // took a degree through the party school, which the roster records as the highest one.
    const int young = birthYear >= 1985 ? 1 : 0;
    const std::vector<int> weights = {
        young ? 2 : 8,      // 中专
        young ? 15 : 30,    // 大学专科
        young ? 63 : 50,    // 大学本科
        young ? 18 : 8,     // 硕士研究生
        level >= 2 ? 6 : 1, // 中央党校研究生
    };
    static const QStringList names
        = {QStringLiteral("中专"), QStringLiteral("大学专科"), QStringLiteral("大学本科"),
           QStringLiteral("硕士研究生"), QStringLiteral("省委党校研究生")};
    return names.at(random.weighted(weights));
}

QChar idCheckCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char characters[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(characters[sum % 11]);
}

QString idNumber(const QString &areaCode, QDate birthDate, int sequence, bool male)
{
    // The sequence's last digit is odd for men and even for women.
    int order = sequence % 1000;
    if ((order % 2 == 1) != male)
        order = order % 2 == 1 ? order - 1 : order + 1;
    if (order > 999)
        order = 998;
    const QString first17 = areaCode + birthDate.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    return first17 + idCheckCharacter(first17);
}

Place distantPlace(DemoRandom &random)
{
    static const std::vector<Place> places = {
        {QStringLiteral("河北保定"), QStringLiteral("130602")},
        {QStringLiteral("山东菏泽"), QStringLiteral("371702")},
        {QStringLiteral("河南周口"), QStringLiteral("411602")},
        {QStringLiteral("安徽阜阳"), QStringLiteral("341202")},
        {QStringLiteral("湖北黄冈"), QStringLiteral("421102")},
        {QStringLiteral("湖南邵阳"), QStringLiteral("430502")},
        {QStringLiteral("江西赣州"), QStringLiteral("360702")},
        {QStringLiteral("四川南充"), QStringLiteral("511302")},
        {QStringLiteral("山西运城"), QStringLiteral("140802")},
        {QStringLiteral("江苏徐州"), QStringLiteral("320302")},
    };
    return random.pick(places);
}

} // namespace DemoNames
