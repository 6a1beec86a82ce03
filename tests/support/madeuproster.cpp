#include "madeuproster.h"

#include <QFile>

namespace MadeUpRoster {

// GB 11643: area code, birth date, a serial whose last digit is odd for a man, check character.
QString identityNumber(const QDate &birth, int serial, bool female)
{
    QString number = QStringLiteral("130534") + birth.toString(QStringLiteral("yyyyMMdd"))
                     + QStringLiteral("%1").arg(serial % 100, 2, 10, QLatin1Char('0'))
                     + QString::number((serial % 5) * 2 + (female ? 0 : 1));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += number.at(i).digitValue() * weights[i];
    return number + QLatin1Char("10X98765432"[sum % 11]);
}

// 300 made-up cadres: names distinct (a surname and a given name for each), the units in turn,
// identity numbers that agree with the birth date and the sex, as the import checks.
QVector<Cadre> make(const QStringList &units)
{
    const QStringList surnames
        = QStringLiteral("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗")
              .split(QLatin1Char(' '));
    const QStringList givenNames = QStringLiteral("建国 志强 秀英 丽华 海涛 春梅 立新 晓东 桂兰 "
                                                  "文博 玉珍 国庆 红霞 振华 雪梅")
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList positions = QStringLiteral("科员 股长 副主任 主任").split(QLatin1Char(' '));
    QVector<Cadre> cadres;
    for (int i = 0; i < surnames.size() * givenNames.size(); ++i) {
        Cadre cadre;
        cadre.name = surnames.at(i % surnames.size()) + givenNames.at(i / surnames.size());
        const bool female = i % 3 == 0;
        cadre.gender = female ? QStringLiteral("女") : QStringLiteral("男");
        cadre.birth = QDate(1965 + i % 30, 1 + i % 12, 1 + i % 28);
        cadre.unit = units.at(i % units.size());
        cadre.position = positions.at(i % positions.size());
        cadre.identityNumber = identityNumber(cadre.birth, i, female);
        cadres << cadre;
    }
    return cadres;
}

// As Excel saves a roster as CSV UTF-8: with a byte-order mark and CRLF line ends.
bool write(const QString &path, const QVector<Cadre> &cadres)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QString text = QStringLiteral("序号,姓名,性别,出生年月,工作单位,职务,身份证号\r\n");
    for (int i = 0; i < cadres.size(); ++i) {
        const Cadre &cadre = cadres.at(i);
        text += QStringList{QString::number(i + 1),
                            cadre.name,
                            cadre.gender,
                            cadre.birth.toString(QStringLiteral("yyyy.MM")),
                            cadre.unit,
                            cadre.position,
                            cadre.identityNumber}
                    .join(QLatin1Char(','))
                + QStringLiteral("\r\n");
    }
    return file.write("\xEF\xBB\xBF") == 3 && file.write(text.toUtf8()) > 0;
}

} // namespace MadeUpRoster
