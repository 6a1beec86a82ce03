#include "democontext.h"
#include "demostrings.h"
#include "demosupervision.h"

namespace {

const char *kItems[]
    = {"principal_responsibility", "dual_duty", "major_decisions", "democratic_centralism"};

const char *kFindings[4][6] = {
    {"党组织研究部署党风廉政建设工作次数不足", "全面从严治党主体责任清单未及时更新",
     "对下属单位廉政风险防控督促指导不够", "部分费用报销无原始票据", "专项资金使用台账不健全",
     "意识形态工作责任制落实不到位"},
    {"班子成员对分管领域廉政风险排查不深入", "分管领导履行一岗双责谈话提醒记录缺失",
     "分管股室内控制度执行不严格", "班子成员廉政谈话流于形式", "分管领域整改责任未压实到人",
     "对分管股室人员日常教育管理不到位"},
    {"重大物资采购未经党组会集体研究决定", "大额资金使用未按规定集体决策",
     "工程项目变更未履行集体研究程序", "三重一大事项会议记录不完整", "干部任用事项会前酝酿不充分",
     "对外投资事项未进行风险评估"},
    {"民主生活会批评与自我批评辣味不足", "议事规则未按要求修订", "主要负责人末位表态制度执行不到位",
     "班子会议研究事项会前沟通不充分", "重要事项请示报告不及时", "班子成员之间谈心谈话开展不经常"},
};

const char *kSpecialThemes[] = {
    "落实中央八项规定精神专项检查",       "惠民惠农财政补贴资金专项检查",
    "工程建设项目招投标专项检查",         "医保基金使用专项检查",
    "校园食品安全和膳食经费管理专项检查", "乡村振兴衔接资金使用专项检查",
};

const char *kReminderLetters[] = {
    "节日期间廉洁过节提醒", "个人有关事项报告逾期未报提醒", "整改任务临近期限提醒",
    "述责述廉报告报送提醒", "婚丧喜庆事宜报备提醒",
};

// The fixed supervision week: the last Monday-to-Friday that lies wholly inside the month.
QDate fixedWeekStart(int year, int month)
{
    QDate day = QDate(year, month, 1).addMonths(1).addDays(-1);
    while (day.dayOfWeek() != Qt::Friday)
        day = day.addDays(-1);
    return day.addDays(-4);
}

class InspectionWriter
{
public:
    explicit InspectionWriter(DemoContext &context)
        : m_context(context)
        , m_writer(context.writer)
        , m_random(context.random)
    {}

    // One inspection with its checklist; returns the number of findings.
    int write(int unitIndex, const QString &kind, QDate start, int days, const QString &team,
              const QString &theme, int problemChance, int deadlineDays,
              const std::vector<std::pair<int, int>> &scripted = {});

private:
    QDate completion(QDate found, QDate deadline);

    DemoContext &m_context;
    DemoWriter &m_writer;
    DemoRandom &m_random;
};

QDate InspectionWriter::completion(QDate found, QDate deadline)
{
    const QDate today = m_context.today;
    if (deadline < today) {
        // Older rectifications are nearly all done; recent ones are sometimes late or open.
        const bool old = deadline.daysTo(today) > 365;
        const int draw = m_random.bounded(100);
        if (draw < (old ? 85 : 72))
            return m_random.dayBetween(found.addDays(3), deadline);
        if (draw < (old ? 99 : 88)) {
            const QDate late = deadline.addDays(m_random.between(3, 60));
            return late <= today ? late : QDate();
        }
        return QDate();
    }
    if (m_random.percent(35) && found.addDays(3) <= today)
        return m_random.dayBetween(found.addDays(3), today);
    return QDate();
}

int InspectionWriter::write(int unitIndex, const QString &kind, QDate start, int days,
                            const QString &team, const QString &theme, int problemChance,
                            int deadlineDays, const std::vector<std::pair<int, int>> &scripted)
{
    const QDate today = m_context.today;
    if (start > today)
        return 0;
    const DemoUnit &unit = m_context.units[size_t(unitIndex)];
    DemoCounty &county = m_context.counties[size_t(unit.county)];
    const QDate planned = start.addDays(days);
    const QDate end = planned <= today ? planned : QDate();
    const QDate found = end.isValid() ? end : start;

    // Which checklist items turn up problems, and what.
    std::vector<std::pair<int, int>> findings = scripted;
    bool problems[4] = {false, false, false, false};
    for (const auto &finding : scripted)
        problems[finding.first] = true;
    if (scripted.empty()) {
        for (int item = 0; item < 4; ++item) {
            if (!m_random.percent(problemChance))
                continue;
            problems[item] = true;
            const int count = m_random.between(1, 2);
            for (int i = 0; i < count; ++i)
                findings.push_back({item, m_random.bounded(6)});
        }
    }
    const QString summary
        = QStringLiteral("%1%2，发现问题%3个")
              .arg(theme.isEmpty() ? QString() : theme + QStringLiteral("："), unit.name)
              .arg(findings.size());
    const qint64 inspectionId
        = m_writer.insert(DemoWriter::Inspections, {unit.id, kind, DemoWriter::day(start),
                                                    DemoWriter::day(end), team, summary});
    for (int item = 0; item < 4; ++item) {
        int count = 0;
        for (const auto &finding : findings)
            count += finding.first == item ? 1 : 0;
        m_writer.insert(
            DemoWriter::InspectionItems,
            {inspectionId, DemoStrings::key(kItems[item]),
             problems[item] ? DemoStrings::key("problems_found") : DemoStrings::key("satisfactory"),
             problems[item] ? QStringLiteral("发现问题%1个").arg(count)
                            : QStringLiteral("查阅会议记录和相关台账，未发现明显问题")});
    }
    if (findings.empty() || !end.isValid())
        return 0;

    // A rectification notice goes to the unit, addressed to its top leader.
    const int top = unit.topLeader;
    const QVariant topId
        = top >= 0 ? QVariant(m_context.cadres[size_t(top)].id) : DemoWriter::null();
    const QDate issued = std::min(today, found.addDays(m_random.between(0, 3)));
    const QDate deadline = found.addDays(deadlineDays);
    const qint64 noticeId = m_writer.insert(
        DemoWriter::Notices,
        {DemoStrings::key("rectification_notice"),
         county.nextNumber(QStringLiteral("纪整改"), issued.year()), unit.id, topId, inspectionId,
         DemoWriter::day(issued), DemoWriter::day(std::max(deadline, issued)),
         QStringLiteral("针对%1发现的%2个问题，限于%3前完成整改并书面报告")
             .arg(kind == QLatin1String("patrol") ? QStringLiteral("巡察")
                                                  : QStringLiteral("监督检查"))
             .arg(findings.size())
             .arg(deadline.toString(Qt::ISODate))});
    for (const auto &finding : findings) {
        int responsible = top;
        if (finding.first == 1 && unit.team.size() > 1)
            responsible = unit.team[size_t(1 + m_random.bounded(int(unit.team.size()) - 1))];
        const QDate completed = scripted.empty() ? completion(found, deadline) : QDate();
        const QString status = completed.isValid()    ? DemoStrings::key("completed")
                               : m_random.percent(60) ? DemoStrings::key("in_progress")
                                                      : DemoStrings::key("open");
        m_writer.insert(DemoWriter::Findings,
                        {inspectionId, QString::fromUtf8(kFindings[finding.first][finding.second]),
                         responsible >= 0 ? QVariant(m_context.cadres[size_t(responsible)].id)
                                          : DemoWriter::null(),
                         noticeId, DemoWriter::day(found), DemoWriter::day(deadline), status,
                         DemoWriter::day(completed),
                         completed.isValid()
                             ? QStringLiteral("已报送整改报告及会议记录、制度文件等佐证材料")
                             : QString()});
    }
    if ((kind == QLatin1String("special") || kind == QLatin1String("patrol"))
        && m_random.percent(30))
        m_writer.insert(DemoWriter::Notices,
                        {DemoStrings::key("supervision_recommendation"),
                         county.nextNumber(QStringLiteral("纪建"), issued.year()), unit.id, topId,
                         inspectionId, DemoWriter::day(issued), DemoWriter::day(issued.addDays(60)),
                         QStringLiteral("建议%1健全内控制度，堵塞管理漏洞").arg(unit.name)});
    if (kind == QLatin1String("fixed_week") && top >= 0 && m_random.percent(10))
        m_writer.insert(DemoWriter::Notices,
                        {DemoStrings::key("written_self_examination_order"),
                         county.nextNumber(QStringLiteral("纪责检"), issued.year()), unit.id, topId,
                         inspectionId, DemoWriter::day(issued), DemoWriter::day(issued.addDays(15)),
                         QStringLiteral("责令就固定监督周发现问题作出书面检查")});
    return int(findings.size());
}

} // namespace

namespace DemoSupervision {

void writeInspections(DemoContext &context)
{
    DemoRandom &random = context.random;
    InspectionWriter inspections(context);
    for (int countyIndex = 0; countyIndex < int(context.counties.size()); ++countyIndex) {
        DemoCounty &county = context.counties[size_t(countyIndex)];
        std::vector<int> groups;
        std::vector<int> towns;
        std::vector<int> inspected; // every unit but the committee and the groups
        for (int index : county.units) {
            const QString &kind = context.units[size_t(index)].kind;
            if (kind == QLatin1String("stationed_group"))
                groups.push_back(index);
            else if (kind != QLatin1String("county"))
                inspected.push_back(index);
            if (kind == QLatin1String("township"))
                towns.push_back(index);
        }
        if (inspected.empty())
            continue;
        auto supervisedBy = [&](int group) {
            std::vector<int> units;
            for (int index : inspected) {
                if (context.units[size_t(index)].supervisingUnitId
                    == context.units[size_t(group)].id)
                    units.push_back(index);
            }
            return units;
        };
        const QString office = QStringLiteral("%1纪委监委第一监督检查室").arg(county.name);
        for (int year = context.firstDay.year(); year <= context.today.year(); ++year) {
            for (int month = 1; month <= 12; ++month) {
                const QDate week = fixedWeekStart(year, month);
                if (week > context.today)
                    break;
                int found = 0;
                for (int group : groups) {
                    const std::vector<int> units = supervisedBy(group);
                    if (units.empty() || !random.percent(50))
                        continue;
                    found += inspections.write(random.pick(units), DemoStrings::key("fixed_week"),
                                               week, 4, context.units[size_t(group)].name,
                                               QString(), 25, 30);
                }
                for (int i = 0; i < 2 && !towns.empty(); ++i)
                    found += inspections.write(random.pick(towns), DemoStrings::key("fixed_week"),
                                               week, 4, office, QString(), 25, 30);
                const QDate bulletin = week.addDays(random.between(7, 11));
                if (found > 0 && context.happened(bulletin))
                    context.writer.insert(
                        DemoWriter::Notices,
                        {DemoStrings::key("inspection_bulletin"),
                         county.nextNumber(QStringLiteral("纪督通"), year),
                         context.units[size_t(county.root)].id, DemoWriter::null(),
                         DemoWriter::null(), DemoWriter::day(bulletin), DemoWriter::null(),
                         QStringLiteral("关于%1年%2月固定监督周发现问题的通报：共发现问题%3个")
                             .arg(year)
                             .arg(month)
                             .arg(found)});
            }
            const QDate first(year, 1, 1);
            const QDate last(year, 12, 31);
            const int routine = int(inspected.size() * 4 / 10);
            for (int i = 0; i < routine; ++i) {
                const int unit = random.pick(inspected);
                const DemoUnit &info = context.units[size_t(unit)];
                const QString team = info.supervisingUnitId > 0
                                         ? context.units[size_t(info.supervisingUnitId - 1)].name
                                         : office;
                // Drawn one statement at a time: the order in which a call's arguments are
                // evaluated differs between compilers, and the same seed must give the same
                // county whichever compiled the program.
                const int findings = random.between(0, 2);
                const QDate day = random.workingDayBetween(first, last);
                inspections.write(unit, DemoStrings::key("routine"), day, findings, team, QString(),
                                  20, 30);
            }
            for (int i = 0; i < 12; ++i) {
                const QString theme = QString::fromUtf8(kSpecialThemes[random.bounded(6)]);
                const int findings = random.between(3, 10);
                const QDate day = random.workingDayBetween(first, last);
                const int unit = random.pick(inspected);
                inspections.write(unit, DemoStrings::key("special"), day, findings,
                                  QStringLiteral("%1纪委监委专项检查组").arg(county.name), theme,
                                  40, 30);
            }
            // Two patrol rounds a year, spring and autumn, four units each.
            for (int round = 0; round < 2; ++round) {
                const QDate start = random.workingDayBetween(QDate(year, round ? 9 : 3, 1),
                                                             QDate(year, round ? 9 : 3, 20));
                for (int team = 1; team <= 4; ++team) {
                    const int findings = random.between(30, 45);
                    const int unit = random.pick(inspected);
                    inspections.write(unit, DemoStrings::key("patrol"), start, findings,
                                      QStringLiteral("%1委第%2巡察组").arg(county.name).arg(team),
                                      QString(), 60, 60);
                }
            }
            const int letters = std::max(3, int(county.cadres.size() / 100));
            for (int i = 0; i < letters; ++i) {
                const QDate day = random.workingDayBetween(first, last);
                const DemoCadre &cadre = context.cadres[size_t(random.pick(county.cadres))];
                if (!context.happened(day) || cadre.status != QLatin1String("serving"))
                    continue;
                context.writer.insert(DemoWriter::Notices,
                                      {DemoStrings::key("reminder_letter"),
                                       county.nextNumber(QStringLiteral("纪提"), year),
                                       context.units[size_t(cadre.unit)].id, cadre.id,
                                       DemoWriter::null(), DemoWriter::day(day),
                                       DemoWriter::day(day.addDays(10)),
                                       QString::fromUtf8(kReminderLetters[random.bounded(5)])});
            }
        }
        // Scenario 4: last month's fixed week at the county water bureau, still being rectified.
        if (countyIndex == 0) {
            const QDate lastMonth = context.today.addMonths(-1);
            int bureau = -1;
            for (int index : inspected) {
                if (context.units[size_t(index)].name == county.name + QStringLiteral("水利局"))
                    bureau = index;
            }
            if (bureau >= 0) {
                const DemoUnit &unit = context.units[size_t(bureau)];
                inspections.write(bureau, DemoStrings::key("fixed_week"),
                                  fixedWeekStart(lastMonth.year(), lastMonth.month()), 4,
                                  context.units[size_t(unit.supervisingUnitId - 1)].name, QString(),
                                  0, 30, {{2, 0}, {0, 3}});
            }
        }
    }
}

} // namespace DemoSupervision
