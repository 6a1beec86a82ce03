#include "benchroster.h"

#include "spreadsheets/workbookwriter.h"

#include <QDate>
#include <QStringList>

namespace BenchRoster {

namespace {

QString identityNumber(const QDate &birth, int serial, bool male)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const QString body
        = QStringLiteral("130534") + birth.toString(QStringLiteral("yyyyMMdd"))
          + QStringLiteral("%1").arg((serial % 500) * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body.at(i).unicode() - '0') * weights[i];
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

} // namespace

void write(const QString &path, int rows)
{
    static const QStringList surnames
        = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
           QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
           QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙"),
           QStringLiteral("曾"), QStringLiteral("单"), QStringLiteral("解"), QStringLiteral("马")};
    static const QStringList given
        = {QStringLiteral("建国"), QStringLiteral("红"),   QStringLiteral("志强"),
           QStringLiteral("敏"),   QStringLiteral("凡"),   QStringLiteral("雪梅"),
           QStringLiteral("放"),   QStringLiteral("丽"),   QStringLiteral("伟"),
           QStringLiteral("晓东"), QStringLiteral("海燕"), QStringLiteral("文博"),
           QStringLiteral("国庆"), QStringLiteral("秀英"), QStringLiteral("明"),
           QStringLiteral("静")};
    static const QStringList posts
        = {QStringLiteral("科员"), QStringLiteral("副局长"), QStringLiteral("局长"),
           QStringLiteral("副镇长"), QStringLiteral("主任")};
    WorkbookWriter writer(path, QStringLiteral("花名册"),
                          {QStringLiteral("姓名"), QStringLiteral("性别"),
                           QStringLiteral("出生年月"), QStringLiteral("政治面貌"),
                           QStringLiteral("工作单位"), QStringLiteral("职务"),
                           QStringLiteral("任现职时间"), QStringLiteral("身份证号")},
                          QString());
    const QDate first(1960, 1, 1);
    for (int row = 0; row < rows; ++row) {
        const bool male = row % 3 != 0;
        const QDate birth = first.addDays((row * 7919) % 14600);
        const QString name
            = surnames.at(row % surnames.size()) + given.at((row / surnames.size()) % given.size());
        writer.addRow({name, male ? QStringLiteral("男") : QStringLiteral("女"), birth,
                       row % 4 == 0 ? QStringLiteral("群众") : QStringLiteral("中共党员"),
                       QStringLiteral("清河县/单位%1").arg(row % 100 + 1),
                       posts.at(row % posts.size()), QDate(2015 + row % 10, 1 + row % 12, 1),
                       identityNumber(birth, row, male)});
    }
    writer.finish();
}

} // namespace BenchRoster
