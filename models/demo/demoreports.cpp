#include "demoreports.h"
#include "demostrings.h"

#include "democontext.h"

namespace {

// Whether a yearly paper is missing: a few in the latest year, hardly any before.
bool missing(DemoRandom &random, bool latest)
{
    return latest ? random.percent(4) : random.perMille(8);
}

QString itemContent(DemoRandom &random, const DemoContext &context, const DemoCadre &cadre,
                    int item, bool *reported)
{
    const QString county = context.counties[size_t(cadre.county)].name;
    *reported = true;
    switch (item) {
    case 1:
        return cadre.spouseName.isEmpty()
                   ? QStringLiteral("未婚")
                   : QStringLiteral("已婚，配偶%1，婚姻状况无变化").arg(cadre.spouseName);
    case 2:
        if (random.percent(20))
            return QStringLiteral("持有普通护照1本，已交组织统一保管");
        break;
    case 3:
        if (random.percent(12))
            return QStringLiteral("持有往来港澳通行证1本，已交组织统一保管");
        break;
    case 6:
        if (cadre.children > 0 && random.perMille(8))
            return QStringLiteral("子女在国（境）外留学一年以上");
        break;
    case 7:
        if (!cadre.spouseName.isEmpty())
            return QStringLiteral("配偶%1在本县工作，子女%2")
                .arg(cadre.spouseName,
                     cadre.children > 0 ? QStringLiteral("在读或已就业") : QStringLiteral("无"));
        break;
    case 9:
        return QStringLiteral("工资及各类奖金、津贴、补贴合计约%1万元")
            .arg(random.between(9, 16) + (cadre.level == 3 ? 2 : 0));
    case 10:
        if (random.percent(10))
            return QStringLiteral("讲课、审稿等劳务所得%1元").arg(random.between(4, 30) * 100);
        break;
    case 11:
        if (random.percent(95))
            return QStringLiteral("房产%1套，位于%2城区，建筑面积约%3平方米")
                .arg(random.percent(75) ? 1 : 2)
                .arg(county)
                .arg(random.between(80, 160));
        break;
    case 12:
        if (random.percent(30))
            return QStringLiteral("持有基金、股票市值约%1万元").arg(random.between(1, 30));
        break;
    case 13:
        if (!cadre.spouseName.isEmpty() && random.percent(3))
            return QStringLiteral("配偶经营个体商店一家，已按规定报告");
        break;
    default:
        break;
    }
    *reported = false;
    return QStringLiteral("无");
}

struct PowerItem
{
    const char *power;
    const char *basis;
    const char *responsibility;
    const char *process;
    const char *risks;
    const char *controls;
    const char *level;
};

const PowerItem kPowers[] = {
    {"重大事项决策权", "《中国共产党党组工作条例》《中国共产党支部工作条例（试行）》",
     "对%1“三重一大”事项的决策负主要责任", "提出议题→会前酝酿→集体讨论→末位表态→形成决议→督办落实",
     "个人说了算；会前酝酿不充分；以传阅、个别征求意见代替集体研究",
     "严格执行议事规则和末位表态制度；会议全程记录；决策事项纪检监督", "high"},
    {"干部选拔任用建议权", "《党政领导干部选拔任用工作条例》", "对本单位干部选拔任用工作负主要责任",
     "动议→民主推荐→考察→讨论决定→任前公示", "违规用人、带病提拔；考察失真失实",
     "全程纪实；凡提四必；纪检机关出具廉洁意见", "high"},
    {"财务审批权", "《中华人民共和国预算法》《行政事业单位内部控制规范（试行）》",
     "对%1经费支出审批负领导责任", "经办人提出→财务审核→分管领导审签→主要负责人审批",
     "超标准超范围开支；虚列支出；大额资金未集体研究",
     "分级审批限额；大额支出集体研究；定期公开财务收支", "high"},
    {"政府采购管理权", "《中华人民共和国政府采购法》", "对本单位政府采购活动负主体责任",
     "编制预算→确定方式→组织采购→验收→支付", "化整为零规避招标；指定供应商；验收走过场",
     "执行采购目录和限额标准；采购与验收分离；全程留痕", "medium"},
    {"行政执法权", "《中华人民共和国行政处罚法》", "对%1执法活动的合法性负领导责任",
     "立案→调查取证→告知→审核→决定→送达→执行", "选择性执法；随意减免处罚；吃拿卡要",
     "执法全过程记录；重大执法决定法制审核；处罚信息公开", "medium"},
    {"行政许可审批权", "《中华人民共和国行政许可法》", "对审批事项依法办理负领导责任",
     "受理→审查→决定→公开", "超时办理；违规审批；设置隐性门槛",
     "清单管理；网上办理全程留痕；办理时限监控", "medium"},
    {"项目资金分配权", "《中华人民共和国预算法》及专项资金管理办法",
     "对%1专项资金分配使用负领导责任", "申报→评审→公示→下达→绩效评价",
     "优亲厚友；虚报冒领；截留挪用", "分配结果公示；第三方评审；资金直达和绩效跟踪", "high"},
    {"国有资产管理处置权", "《行政事业单位国有资产管理办法》", "对本单位国有资产安全完整负领导责任",
     "申请→评估→集体研究→报批→公开处置", "低价处置；账实不符；出租出借不规范",
     "资产定期清查；处置公开进行；评估备案", "medium"},
    {"工程建设管理权", "《中华人民共和国招标投标法》", "对%1工程建设项目管理负领导责任",
     "立项→招标→合同→实施→变更→验收→结算", "插手招投标；违规变更签证；验收把关不严",
     "招标全流程电子化；变更集体研究；结算审计", "high"},
    {"内部管理监督权", "《中国共产党纪律检查委员会工作条例》", "对本单位干部日常监督负主体责任",
     "制定制度→日常检查→问题处置→结果运用", "监督流于形式；对问题失之于宽松软",
     "定期分析政治生态；谈话提醒常态化", "low"},
};

void cityConference(DemoContext &context, const DemoCounty &city, int year, const QString &film)
{
    const QDate day = context.random.workingDayBetween(QDate(year, 4, 1), QDate(year, 5, 28));
    if (!context.happened(day))
        return;
    const qint64 id = context.writer.insert(
        DemoWriter::WarningEducationEvents,
        {context.units[size_t(city.root)].id, DemoStrings::key("warning_meeting"),
         DemoWriter::day(day),
         QStringLiteral("%1年全市警示教育大会暨警示教育片%2观看会").arg(year).arg(film),
         QStringLiteral("市委党校主会场，各县区、各单位设分会场")});
    // Everyone serving in the city and its counties.
    for (const DemoCadre &cadre : context.cadres) {
        if (cadre.status == QLatin1String("serving") && cadre.positionStart <= day
            && context.counties[size_t(cadre.county)].city == city.city)
            context.writer.insert(DemoWriter::WarningEducationAttendance, {id, cadre.id});
    }
}

} // namespace

namespace DemoReports {

void writeDutyReports(DemoContext &context)
{
    DemoRandom &random = context.random;
    for (const DemoUnit &unit : context.units) {
        for (int member : unit.team) {
            const DemoCadre &cadre = context.cadres[size_t(member)];
            for (int year = context.firstDay.year(); year <= context.today.year(); ++year) {
                const QDate day
                    = random.workingDayBetween(QDate(year, 12, 15), QDate(year + 1, 1, 20));
                if (!context.happened(day) || !cadre.isTeamMember(QDate(year, 12, 1)))
                    continue;
                const bool latest = !context.happened(QDate(year + 1, 12, 15));
                if (missing(random, latest))
                    continue;
                const int rating = random.weighted({80, 17, 3});
                static const char *ratings[] = {"good", "fair", "poor"};
                const QString post = cadre.position;
                context.writer.insert(
                    DemoWriter::DutyReports,
                    {cadre.id, year, DemoStrings::key("duty_and_integrity"), DemoWriter::day(day),
                     DemoStrings::key(ratings[rating]),
                     QStringLiteral("%1年度述责述廉报告：本人任%2，履行%3一岗双责，"
                                    "开展廉政谈话%4人次，未发现违反廉洁纪律问题。")
                         .arg(year)
                         .arg(post, unit.area)
                         .arg(random.between(4, 30))});
                if (cadre.level == 3)
                    context.writer.insert(
                        DemoWriter::DutyReports,
                        {cadre.id, year, DemoStrings::key("principal_responsibility"),
                         DemoWriter::day(day), DemoStrings::key(ratings[rating]),
                         QStringLiteral("%1年度落实全面从严治党主体责任情况报告：%2党组织研究党风"
                                        "廉政建设%3次，开展警示教育%4次。")
                             .arg(year)
                             .arg(unit.name)
                             .arg(random.between(4, 12))
                             .arg(random.between(2, 6))});
            }
        }
    }
}

void writePersonalMattersReports(DemoContext &context)
{
    DemoRandom &random = context.random;
    for (const DemoUnit &unit : context.units) {
        for (int member : unit.team) {
            const DemoCadre &cadre = context.cadres[size_t(member)];
            // Due by 31 January of the report's year, for those leading on 1 January.
            for (int year = context.firstDay.year(); year <= context.today.year(); ++year) {
                if (!cadre.isTeamMember(QDate(year, 1, 1)))
                    continue;
                const bool late = random.percent(5);
                const QDate day
                    = late ? random.workingDayBetween(QDate(year, 2, 1), QDate(year, 3, 15))
                           : random.workingDayBetween(QDate(year, 1, 4), QDate(year, 1, 31));
                if (!context.happened(day))
                    continue;
                if (missing(random, !context.happened(QDate(year + 1, 1, 31))))
                    continue;
                const bool verified = random.percent(15);
                const qint64 report = context.writer.insert(
                    DemoWriter::PersonalMattersReports,
                    {cadre.id, year, DemoWriter::day(day), verified ? 1 : 0,
                     verified ? QStringLiteral("随机抽查核实，填报情况与查核结果一致")
                     : late ? QStringLiteral("逾期报告，已说明原因")
                            : QString()});
                for (int item = 1; item <= 14; ++item) {
                    bool reported = false;
                    const QString content = itemContent(random, context, cadre, item, &reported);
                    context.writer.insert(DemoWriter::PersonalMattersItems,
                                          {report, item, reported ? 1 : 0, content});
                }
            }
        }
    }
}

void writePowerLists(DemoContext &context)
{
    DemoRandom &random = context.random;
    for (const DemoUnit &unit : context.units) {
        if (unit.topLeader < 0 || unit.kind == QLatin1String("stationed_group"))
            continue;
        const DemoCadre &leader = context.cadres[size_t(unit.topLeader)];
        const int count = random.between(4, 8);
        const int first = random.bounded(int(std::size(kPowers)));
        const QDate published = random.percent(90) ? random.workingDayBetween(
                                    QDate(2021, 3, 1), std::min(context.today, QDate(2023, 12, 31)))
                                                   : QDate();
        for (int i = 0; i < count; ++i) {
            const PowerItem &item = kPowers[(first + i) % std::size(kPowers)];
            context.writer.insert(
                DemoWriter::PowerListItems,
                {unit.id, leader.id, QString::fromUtf8(item.power), QString::fromUtf8(item.basis),
                 QString::fromUtf8(item.responsibility).replace(QStringLiteral("%1"), unit.area),
                 QString::fromUtf8(item.process), QString::fromUtf8(item.risks),
                 QString::fromUtf8(item.controls), DemoStrings::key(item.level),
                 DemoWriter::day(published)});
        }
    }
}

void writeWarningEducation(DemoContext &context)
{
    DemoRandom &random = context.random;
    static const char *films[] = {"《正风反腐就在身边》",  "《零容忍》",       "《永远吹冲锋号》",
                                  "《持续发力 纵深推进》", "《反腐为了人民》", "《以案为鉴》"};
    static const char *topics[]
        = {"坚守廉洁底线 永葆清廉本色", "以案为鉴 警钟长鸣", "严守纪律规矩 加强作风建设",
           "学习贯彻《中国共产党纪律处分条例》", "树立正确权力观 做到公正用权"};
    // City units send most of their staff to their own sessions, not a share.
    const int share = context.isCity() ? 80 : 35;
    for (const DemoCounty &county : context.counties) {
        const DemoUnit &root = context.units[size_t(county.root)];
        std::vector<int> topLeaders;
        for (int index : county.units) {
            const int leader = context.units[size_t(index)].topLeader;
            if (leader >= 0)
                topLeaders.push_back(leader);
        }
        for (int year = context.firstDay.year(); year <= context.today.year(); ++year) {
            const QString film = QString::fromUtf8(films[std::clamp(year - 2021, 0, 5)]);
            // The city's yearly warning conference reaches every unit by video.
            if (county.cityLevel && county.city >= 0)
                cityConference(context, county, year, film);
            // The county's warning meeting for all unit heads, and a party lecture on integrity.
            for (int event = 0; event < 2; ++event) {
                const QDate day = random.workingDayBetween(QDate(year, event ? 6 : 3, 1),
                                                           QDate(year, event ? 7 : 4, 28));
                if (!context.happened(day))
                    continue;
                const qint64 id = context.writer.insert(
                    DemoWriter::WarningEducationEvents,
                    {root.id,
                     event ? DemoStrings::key("integrity_lecture")
                           : DemoStrings::key("warning_meeting"),
                     DemoWriter::day(day),
                     event ? QStringLiteral("%1讲廉政党课：%2")
                                 .arg(root.topLeader >= 0
                                          ? context.cadres[size_t(root.topLeader)].name
                                                + QStringLiteral("同志")
                                          : county.name,
                                      QString::fromUtf8(topics[random.bounded(5)]))
                           : QStringLiteral("%1年全%2领导干部警示教育大会")
                                 .arg(year)
                                 .arg(county.name.right(1)),
                     QStringLiteral("%1委党校报告厅").arg(county.name)});
                for (int leader : topLeaders) {
                    if (context.cadres[size_t(leader)].status == QLatin1String("serving"))
                        context.writer.insert(DemoWriter::WarningEducationAttendance,
                                              {id, context.cadres[size_t(leader)].id});
                }
            }
            // Each unit's own sessions, twice a year, attended by part of its people.
            for (int session = 0; session < 2; ++session) {
                for (int index : county.units) {
                    const DemoUnit &unit = context.units[size_t(index)];
                    const QDate day = random.workingDayBetween(QDate(year, session ? 7 : 1, 10),
                                                               QDate(year, session ? 12 : 6, 20));
                    if (!context.happened(day) || unit.kind == QLatin1String("county"))
                        continue;
                    const int kind = random.weighted({25, 30, 20, 20, 5});
                    static const char *kinds[] = {"warning_meeting", "integrity_lecture",
                                                  "exhibition_visit", "case_film", "other"};
                    QString title;
                    QString location = QStringLiteral("本单位会议室");
                    if (kind == 0) {
                        title = QStringLiteral("%1以案促改警示教育会").arg(unit.shortName);
                    } else if (kind == 1) {
                        title = QStringLiteral("%1主要负责人讲廉政党课：%2")
                                    .arg(unit.shortName,
                                         QString::fromUtf8(topics[random.bounded(5)]));
                    } else if (kind == 2) {
                        title = QStringLiteral("赴%1廉政教育基地参观学习").arg(county.name);
                        location = QStringLiteral("%1廉政教育基地").arg(county.name);
                    } else if (kind == 3) {
                        title = QStringLiteral("观看警示教育片%1").arg(film);
                    } else {
                        title = QStringLiteral("党纪法规知识测试");
                    }
                    const qint64 id
                        = context.writer.insert(DemoWriter::WarningEducationEvents,
                                                {unit.id, DemoStrings::key(kinds[kind]),
                                                 DemoWriter::day(day), title, location});
                    for (int member : unit.cadres) {
                        const DemoCadre &cadre = context.cadres[size_t(member)];
                        const bool team = cadre.level >= 2;
                        if (cadre.status == QLatin1String("serving")
                            && (team || random.percent(share)))
                            context.writer.insert(DemoWriter::WarningEducationAttendance,
                                                  {id, cadre.id});
                    }
                }
            }
        }
    }
}

} // namespace DemoReports
