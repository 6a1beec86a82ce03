#include "yearlyreport.h"

#include "reports/reporthtml.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QHash>
#include <QTextDocument>

namespace {

qint64 figure(const YearlyStatistics &statistics, const char *key)
{
    return statistics.counts.value(QLatin1String(key));
}

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + u'%'
                     : QStringLiteral("0%");
}

} // namespace

namespace YearlyReport {

QString commissionName(const QSqlDatabase &db)
{
    return SettingsStore(db).value(Setting::CommissionName);
}

QString confidentialityMarking(const QSqlDatabase &db)
{
    return SettingsStore(db).value(Setting::ConfidentialityMarking);
}

QString change(qint64 now, qint64 before)
{
    if (before <= 0)
        return QStringLiteral("—");
    const double percent = 100.0 * double(now - before) / double(before);
    return (percent >= 0 ? QStringLiteral("+") : QString()) + QString::number(percent, 'f', 1)
           + u'%';
}

QString figureName(const QString &key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("reminder_talks"), QStringLiteral("提醒谈话（人次）")},
        {QStringLiteral("admonition_talks"), QStringLiteral("诫勉谈话（人次）")},
        {QStringLiteral("inspections"), QStringLiteral("监督检查（次）")},
        {QStringLiteral("rectifications"), QStringLiteral("发现问题（个）")},
        {QStringLiteral("rectifications_completed"), QStringLiteral("完成整改（个）")},
        {QStringLiteral("recommendation_letters"), QStringLiteral("纪检监察建议书（份）")},
        {QStringLiteral("rectification_notices"), QStringLiteral("整改通知书（份）")},
        {QStringLiteral("written_self_examinations"), QStringLiteral("责令书面检查（人次）")},
        {QStringLiteral("inspection_bulletins"), QStringLiteral("督查通报（期）")},
        {QStringLiteral("clues_received"), QStringLiteral("受理问题线索（件）")},
        {QStringLiteral("clues_disposed"), QStringLiteral("处置问题线索（件）")},
        {QStringLiteral("cases_filed"), QStringLiteral("立案审查调查（人）")},
        {QStringLiteral("two_responsibilities_cases"),
         QStringLiteral("因“两个责任”落实不力问责（人）")},
        {QStringLiteral("top_leader_cases"), QStringLiteral("查处“一把手”（人）")},
        {QStringLiteral("team_member_cases"), QStringLiteral("查处班子其他成员（人）")},
        {QStringLiteral("warning_education_sessions"), QStringLiteral("警示教育（场次）")},
        {QStringLiteral("integrity_lectures"), QStringLiteral("廉政党课（场次）")},
    };
    return names.value(key, key);
}

QString paragraph(const YearlyStatistics &year, const YearlyStatistics &previous,
                  const QString &area)
{
    const qint64 cases = figure(year, "cases_filed");
    const qint64 twoResponsibilities = figure(year, "two_responsibilities_cases");
    const qint64 leaders = figure(year, "top_leader_cases");
    const qint64 leadersBefore = figure(previous, "top_leader_cases");
    // The shares are of people: the cases are counted by the cadres placed on file.
    QString text
        = QStringLiteral("%1年，%2共受理问题线索%3件，处置各类问题线索%4件，立案审查调查%5人，"
                         "其中因“两个责任”落实不力被问责%6人，占立案人数的%7")
              .arg(year.year)
              .arg(area)
              .arg(figure(year, "clues_received"))
              .arg(figure(year, "clues_disposed"))
              .arg(cases)
              .arg(twoResponsibilities)
              .arg(share(twoResponsibilities, cases));
    text += QStringLiteral("；查处“一把手”%1人").arg(leaders);
    if (leadersBefore > 0 && leaders != leadersBefore) {
        const double percent = 100.0 * double(leaders - leadersBefore) / double(leadersBefore);
        text += QStringLiteral("，同比%1%2%")
                    .arg(percent > 0 ? QStringLiteral("上升") : QStringLiteral("下降"))
                    .arg(QString::number(qAbs(percent), 'f', 1));
    } else if (leadersBefore > 0) {
        text += QStringLiteral("，与上年持平");
    }
    text += QStringLiteral("，查处班子其他成员%1人").arg(figure(year, "team_member_cases"));
    qint64 forms = 0;
    for (qint64 count : year.fourForms)
        forms += count;
    text
        += QStringLiteral("。运用监督执纪“四种形态”批评教育帮助和处理%1人次，其中第一种形态%2人次、"
                          "占%3，第二种形态%4人次、占%5，第三种形态%6人次、占%7，"
                          "第四种形态%8人次、占%9。")
               .arg(forms)
               .arg(year.fourForms[0])
               .arg(share(year.fourForms[0], forms))
               .arg(year.fourForms[1])
               .arg(share(year.fourForms[1], forms))
               .arg(year.fourForms[2])
               .arg(share(year.fourForms[2], forms))
               .arg(year.fourForms[3])
               .arg(share(year.fourForms[3], forms));
    text += QStringLiteral("开展提醒谈话%1人次、诫勉谈话%2人次；开展监督检查%3次，发现问题%4个、"
                           "完成整改%5个，")
                .arg(figure(year, "reminder_talks"))
                .arg(figure(year, "admonition_talks"))
                .arg(figure(year, "inspections"))
                .arg(figure(year, "rectifications"))
                .arg(figure(year, "rectifications_completed"));
    text += QStringLiteral("发出纪检监察建议书%1份、整改通知书%2份，责令书面检查%3人次，"
                           "印发督查通报%4期；开展警示教育%5场次、廉政党课%6场次。")
                .arg(figure(year, "recommendation_letters"))
                .arg(figure(year, "rectification_notices"))
                .arg(figure(year, "written_self_examinations"))
                .arg(figure(year, "inspection_bulletins"))
                .arg(figure(year, "warning_education_sessions"))
                .arg(figure(year, "integrity_lectures"));
    return text;
}

std::unique_ptr<QTextDocument> document(const YearlyStatistics &year,
                                        const YearlyStatistics &previous,
                                        const QString &commissionName, const QString &area)
{
    QString body = ReportHtml::title(QStringLiteral("%1年度纪检监察工作统计").arg(year.year));
    body += ReportHtml::subtitle(commissionName);
    body += ReportHtml::heading(QStringLiteral("一、总体情况"));
    body += ReportHtml::paragraph(paragraph(year, previous, area));
    body += ReportHtml::heading(QStringLiteral("二、主要数据"));
    QVector<QStringList> rows;
    for (const QString &key : YearlyStatistics::keys()) {
        const qint64 now = year.counts.value(key);
        const qint64 before = previous.counts.value(key);
        rows.append(
            {figureName(key), QString::number(now), QString::number(before), change(now, before)});
    }
    static const char *const formNames[]
        = {"第一种形态（人次）", "第二种形态（人次）", "第三种形态（人次）", "第四种形态（人次）"};
    for (int form = 0; form < 4; ++form)
        rows.append({QString::fromUtf8(formNames[form]), QString::number(year.fourForms[form]),
                     QString::number(previous.fourForms[form]),
                     change(year.fourForms[form], previous.fourForms[form])});
    body += ReportHtml::table({QStringLiteral("项目"), QStringLiteral("%1年").arg(year.year),
                               QStringLiteral("%1年").arg(previous.year), QStringLiteral("同比")},
                              rows, {46, 18, 18, 18});
    return ReportHtml::document(body);
}

} // namespace YearlyReport
