#include "democontext.h"
#include "demostrings.h"
#include "demosupervision.h"

namespace {

const char *kReminderReasons[] = {
    "近期工作中存在苗头性、倾向性问题",
    "群众反映工作作风简单粗暴",
    "个人有关事项报告填报不认真",
    "节日期间廉洁过节提醒",
    "分管领域存在廉政风险隐患",
    "对照检查材料存在照搬照抄现象",
    "履行一岗双责不到位",
    "执行财经纪律不严格",
    "落实整改任务进度滞后",
};

const char *kCollectiveReasons[] = {
    "本单位全面从严治党主体责任落实不到位",
    "巡察反馈问题整改进度滞后",
    "监督检查发现问题较多",
    "信访举报反映问题相对集中",
};

// Who talks to a cadre for the party committee: the unit's top leader, or for the top leader
// the county's party secretary.
QString partyInterviewer(const DemoContext &context, const DemoCadre &cadre)
{
    const DemoUnit &unit = context.units[size_t(cadre.unit)];
    int interviewer = unit.topLeader;
    if (interviewer < 0 || interviewer == int(cadre.id - 1))
        interviewer = context.units[size_t(context.counties[size_t(cadre.county)].root)].topLeader;
    return interviewer >= 0 ? context.cadres[size_t(interviewer)].name : QString();
}

void writePreAppointmentTalks(DemoContext &context)
{
    DemoRandom &random = context.random;
    for (const DemoCadre &cadre : context.cadres) {
        for (const auto &appointment : cadre.appointments) {
            const QDate day = appointment.first.addDays(-random.between(1, 7));
            if (day < context.firstDay || !context.happened(day))
                continue;
            const bool commission = random.percent(60);
            const DemoCounty &county = context.counties[size_t(cadre.county)];
            context.writer.insert(
                DemoWriter::Talks,
                {cadre.id, DemoStrings::key("pre_appointment"),
                 commission ? DemoStrings::key("discipline_commission")
                            : DemoStrings::key("party_committee"),
                 DemoWriter::day(day),
                 commission ? random.pick(county.approvers) : partyInterviewer(context, cadre),
                 QStringLiteral("拟任%1任前廉政谈话").arg(appointment.second),
                 QStringLiteral("提出廉洁从政要求，本人签订廉洁从政承诺书"), DemoWriter::null()});
        }
    }
}

void writeCollectiveTalk(DemoContext &context, const DemoUnit &unit, QDate day)
{
    DemoRandom &random = context.random;
    const DemoCounty &county = context.counties[size_t(unit.county)];
    const QString reason
        = DemoStrings::text(kCollectiveReasons[random.bounded(int(std::size(kCollectiveReasons)))]);
    const QString interviewer = random.pick(county.approvers);
    for (int member : unit.team) {
        const DemoCadre &cadre = context.cadres[size_t(member)];
        if (!cadre.isTeamMember(day) || cadre.status != QLatin1String("serving"))
            continue;
        context.writer.insert(DemoWriter::Talks,
                              {cadre.id, DemoStrings::key("collective"),
                               DemoStrings::key("discipline_commission"), DemoWriter::day(day),
                               interviewer, reason,
                               QStringLiteral("对%1领导班子集体约谈，要求限期整改").arg(unit.name),
                               DemoWriter::null()});
    }
}

} // namespace

namespace DemoSupervision {

void writeTalks(DemoContext &context)
{
    writePreAppointmentTalks(context);
    DemoRandom &random = context.random;
    for (const DemoCounty &county : context.counties) {
        std::vector<int> serving;
        for (int index : county.cadres) {
            if (context.cadres[size_t(index)].status == QLatin1String("serving"))
                serving.push_back(index);
        }
        if (serving.empty())
            continue;
        const int perYear = int(serving.size() * 25 / 100);
        for (int year = context.firstDay.year(); year <= context.today.year(); ++year) {
            const QDate first(year, 1, 1);
            const QDate last = std::min(QDate(year, 12, 31), context.today);
            const int count = int(qint64(perYear) * (first.daysTo(last) + 1) / 365);
            for (int i = 0; i < count; ++i) {
                const QDate day = random.workingDayBetween(first, last);
                const DemoCadre &cadre = context.cadres[size_t(random.pick(serving))];
                const int kind = random.weighted({48, 18, 22, 8, 2});
                if (kind == 4) {
                    writeCollectiveTalk(context, context.units[size_t(cadre.unit)], day);
                    continue;
                }
                QString kindKey;
                QString heldBy = DemoStrings::key("party_committee");
                QString interviewer = partyInterviewer(context, cadre);
                QString reason;
                QString summary;
                if (kind == 0) {
                    kindKey = DemoStrings::key("reminder");
                    reason = DemoStrings::text(
                        kReminderReasons[random.bounded(int(std::size(kReminderReasons)))]);
                    summary = QStringLiteral("指出问题，提出要求，本人表示虚心接受、认真整改");
                    if (random.percent(40)) {
                        heldBy = DemoStrings::key("discipline_commission");
                        interviewer = random.pick(county.officers);
                    }
                } else if (kind == 1) {
                    kindKey = DemoStrings::key("integrity");
                    reason = QStringLiteral("%1年度廉政谈话").arg(year);
                    summary = QStringLiteral("围绕分管领域廉政风险点提出防控要求");
                } else if (kind == 2) {
                    kindKey = DemoStrings::key("heart_to_heart");
                    reason = QStringLiteral("了解思想、工作和生活情况");
                    summary = QStringLiteral("交流思想，鼓励担当作为");
                } else {
                    kindKey = DemoStrings::key("warning");
                    heldBy = DemoStrings::key("discipline_commission");
                    interviewer = random.pick(county.officers);
                    reason = QStringLiteral("以身边典型案例开展警示谈话");
                    summary = QStringLiteral("通报典型案例，要求引以为戒");
                }
                context.writer.insert(DemoWriter::Talks,
                                      {cadre.id, kindKey, heldBy, DemoWriter::day(day), interviewer,
                                       reason, summary, DemoWriter::null()});
            }
        }
    }
}

} // namespace DemoSupervision
