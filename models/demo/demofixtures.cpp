#include "demofixtures.h"

#include "democlues.h"
#include "democontext.h"

namespace {

const QDate kDefaultToday(2026, 11, 20);

// Builds one scenario clue; every day is given as of the default today and moved with it.
class FixtureClue
{
public:
    FixtureClue(DemoContext &context, const char *source, const char *theme, int mainCadre,
                QDate received)
        : m_context(context)
        , m_shift(kDefaultToday.daysTo(context.today))
    {
        m_plan.county = 0;
        m_plan.source = QString::fromLatin1(source);
        m_plan.theme = QString::fromUtf8(theme);
        m_plan.received = shifted(received);
        m_plan.summary = DemoClues::clueSummary(context, mainCadre, m_plan.theme, m_plan.received);
        m_plan.steps.push_back({QStringLiteral("registered"), m_plan.received});
    }

    FixtureClue &subject(int cadre, const char *outcome = "", const char *firstForm = "")
    {
        m_plan.subjects.push_back(
            {cadre, QString::fromLatin1(outcome), QString::fromLatin1(firstForm)});
        return *this;
    }
    FixtureClue &step(const char *state, QDate day)
    {
        m_plan.steps.push_back({QString::fromLatin1(state), shifted(day)});
        return *this;
    }
    FixtureClue &fileCase(int unit, QDate closed, const QString &summary)
    {
        DemoCasePlan filed;
        filed.unit = unit;
        filed.filed = m_plan.steps.back().second;
        filed.closed = shifted(closed);
        filed.summary = summary;
        for (const DemoClueSubjectPlan &subject : m_plan.subjects)
            filed.subjects.push_back({subject.cadre, QDate(), {}});
        m_plan.cases.push_back(filed);
        return *this;
    }
    FixtureClue &measure(int cadre, const char *measure, int probationMonths = 0)
    {
        for (DemoCaseSubjectPlan &subject : m_plan.cases.back().subjects) {
            if (subject.cadre == cadre)
                subject.measures.push_back({QString::fromLatin1(measure),
                                            m_plan.cases.back().closed, probationMonths, QDate()});
        }
        return *this;
    }
    FixtureClue &judicialTransfer(int cadre, QDate day)
    {
        for (DemoCaseSubjectPlan &subject : m_plan.cases.back().subjects) {
            if (subject.cadre == cadre)
                subject.judicialTransfer = shifted(day);
        }
        return *this;
    }
    FixtureClue &accountability(int unit, int cadre, QDate filed, QDate closed,
                                const QString &summary)
    {
        DemoCasePlan check;
        check.unit = unit;
        check.accountability = QStringLiteral("principal_responsibility");
        check.filed = shifted(filed);
        check.closed = shifted(closed);
        check.summary = summary;
        check.subjects.push_back(
            {cadre, QDate(), {{QStringLiteral("admonition"), check.closed, 0, QDate()}}});
        m_plan.cases.push_back(check);
        return *this;
    }

    // Leaves out whatever would come after today (when generating for an earlier day).
    DemoCluePlan take()
    {
        auto &steps = m_plan.steps;
        while (steps.size() > 1 && steps.back().second > m_context.today)
            steps.pop_back();
        const QString last = steps.back().first;
        const bool closes = last == QLatin1String("closed") || last == QLatin1String("case_filed");
        for (DemoClueSubjectPlan &subject : m_plan.subjects) {
            if (!closes) {
                subject.outcome.clear();
                subject.firstFormMeasure.clear();
            }
        }
        if (last != QLatin1String("case_filed"))
            m_plan.cases.clear();
        for (DemoCasePlan &filed : m_plan.cases) {
            if (filed.closed > m_context.today) {
                filed.closed = QDate();
                for (DemoCaseSubjectPlan &subject : filed.subjects)
                    subject.measures.clear();
            }
            for (DemoCaseSubjectPlan &subject : filed.subjects) {
                if (subject.judicialTransfer > m_context.today)
                    subject.judicialTransfer = QDate();
            }
        }
        while (!m_plan.cases.empty() && m_plan.cases.back().filed > m_context.today)
            m_plan.cases.pop_back();
        return m_plan;
    }

private:
    QDate shifted(QDate day) const { return day.addDays(m_shift); }

    DemoContext &m_context;
    qint64 m_shift;
    DemoCluePlan m_plan;
};

int indexOf(qint64 cadreId)
{
    return int(cadreId - 1);
}

int unitNamed(const DemoContext &context, const char *suffix)
{
    const QString name = context.counties[0].name + QString::fromUtf8(suffix);
    for (int index : context.counties[0].units) {
        if (context.units[size_t(index)].name == name)
            return index;
    }
    return context.cadres[0].unit;
}

} // namespace

namespace DemoFixtures {

const std::vector<DemoFixturePerson> &people()
{
    using namespace DemoFixture;
    static const std::vector<DemoFixturePerson> list = {
        {DiseaseControlDirector, "方志华", true, QDate(1972, 5, 14), "疾病预防控制中心",
         "党支部书记、主任", 3, "正科级", QDate(2019, 4, 1), 3,
         "2025年信访举报→初步核实→立案；党内警告、政务记过（2025年7月24日起，影响期已满）"},
        {DiseaseControlDeputy, "李卫东", true, QDate(1978, 9, 2), "疾病预防控制中心", "副主任", 2,
         "副科级", QDate(2020, 6, 1), 5,
         "2026年巡察移交线索→谈话函询→诫勉（2026年9月18日起，影响期内）"},
        {WaterBureauDirector, "张建国", true, QDate(1970, 11, 23), "水利局", "党组书记、局长", 3,
         "正科级", QDate(2020, 9, 1), 1, "从未收到问题线索"},
        {ClosedCluesCadre, "曾志伟", true, QDate(1975, 2, 8), "交通运输局", "副局长", 2, "副科级",
         QDate(2019, 3, 1), 2, "2022年、2024年两件线索均查无实据予以了结"},
        {OpenInquiryCadre, "单丽娟", false, QDate(1980, 7, 19), "城关镇", "副镇长", 2, "副科级",
         QDate(2021, 10, 1), 4, "2026年线索谈话函询中，回复已逾期"},
        {FirstFormCadre, "王志刚", true, QDate(1976, 3, 30), "东坝乡", "党委副书记、乡长", 2,
         "正科级", QDate(2022, 1, 1), 3, "2024年线索经谈话函询予以提醒谈话了结（第一种形态）"},
        {VerificationCadre, "陈明辉", true, QDate(1973, 12, 5), "住房和城乡建设局", "副局长", 2,
         "副科级", QDate(2020, 1, 1), 5, "2026年审计移交线索正在初步核实"},
        {ProbationCadre, "黄志强", true, QDate(1969, 8, 16), "自然资源局", "副局长", 2, "副科级",
         QDate(2018, 7, 1), 6, "2025年立案；留党察看一年、政务撤职（2026年2月10日起）"},
        {JudicialTransferCadre, "赵德胜", true, QDate(1967, 1, 27), "城市建设投资有限公司",
         "党支部副书记、总经理", 2, "正科级", QDate(2019, 5, 1), 6,
         "2025年立案；开除党籍、政务开除，移送司法机关"},
        {DiseaseControlFinanceHead, "周丽", false, QDate(1983, 4, 11), "疾病预防控制中心",
         "财务科科长", 1, "管理七级", QDate(2017, 3, 1), 3,
         "方志华案共同当事人；警告处分（2025年7月24日起，影响期已满）"},
        {DiseaseControlOfficeHead, "孙涛", true, QDate(1985, 10, 3), "疾病预防控制中心",
         "办公室主任", 1, "管理八级", QDate(2018, 8, 1), 3,
         "方志华案共同当事人；诫勉（影响期已满）"},
        {ExpiringWarningCadre, "吴晓东", true, QDate(1981, 6, 21), "市场监督管理局",
         "执法稽查股股长", 1, "一级主任科员", QDate(2019, 6, 1), 5,
         "2026年立案；政务警告（2026年5月25日起，影响期本月24日届满）"},
    };
    return list;
}

std::vector<DemoCluePlan> cluePlans(DemoContext &context)
{
    using namespace DemoFixture;
    std::vector<DemoCluePlan> plans;
    const int director = indexOf(DiseaseControlDirector);
    const int centre = unitNamed(context, "疾病预防控制中心");
    const int health = unitNamed(context, "卫生健康局");

    // Scenario 2: the petition about the disease-control centre becomes a case.
    plans.push_back(
        FixtureClue(context, "petition", "违规发放补贴和加班费", director, QDate(2025, 3, 10))
            .subject(director, "case_filed")
            .subject(indexOf(DiseaseControlFinanceHead), "case_filed")
            .subject(indexOf(DiseaseControlOfficeHead), "case_filed")
            .step("assigned", QDate(2025, 3, 12))
            .step("disposition_proposed", QDate(2025, 3, 20))
            .step("preliminary_verification", QDate(2025, 3, 27))
            .step("case_filed", QDate(2025, 4, 17))
            .fileCase(centre, QDate(2025, 7, 24),
                      QStringLiteral("方志华等人违规发放补贴和加班费案"))
            .measure(director, "party.warning")
            .measure(director, "government.demerit")
            .measure(indexOf(DiseaseControlFinanceHead), "institution.warning")
            .measure(indexOf(DiseaseControlOfficeHead), "admonition")
            .accountability(centre, context.units[size_t(health)].topLeader, QDate(2025, 8, 5),
                            QDate(2025, 9, 20),
                            QStringLiteral("一案三查：清河县卫生健康局党组对所属清河县疾病预防"
                                           "控制中心落实全面从严治党主体责任不力"))
            .take());
    plans.push_back(FixtureClue(context, "patrol_transfer", "分管财务期间审核把关不严",
                                indexOf(DiseaseControlDeputy), QDate(2026, 6, 15))
                        .subject(indexOf(DiseaseControlDeputy), "first_form_measure", "admonition")
                        .step("assigned", QDate(2026, 6, 17))
                        .step("disposition_proposed", QDate(2026, 6, 29))
                        .step("talk_or_letter_inquiry", QDate(2026, 7, 6))
                        .step("inquiry_replied", QDate(2026, 7, 24))
                        .step("closed", QDate(2026, 9, 18))
                        .take());

    const int zeng = indexOf(ClosedCluesCadre);
    plans.push_back(FixtureClue(context, "petition", "违规收受礼品礼金", zeng, QDate(2022, 4, 11))
                        .subject(zeng, "untrue")
                        .step("assigned", QDate(2022, 4, 13))
                        .step("disposition_proposed", QDate(2022, 4, 25))
                        .step("preliminary_verification", QDate(2022, 5, 6))
                        .step("closed", QDate(2022, 6, 28))
                        .take());
    plans.push_back(
        FixtureClue(context, "petition", "违规借用管理服务对象车辆", zeng, QDate(2024, 3, 4))
            .subject(zeng, "untrue")
            .step("assigned", QDate(2024, 3, 6))
            .step("disposition_proposed", QDate(2024, 3, 18))
            .step("talk_or_letter_inquiry", QDate(2024, 3, 22))
            .step("inquiry_replied", QDate(2024, 4, 9))
            .step("closed", QDate(2024, 4, 26))
            .take());

    // Scenario 1: a letter inquiry whose written reply is overdue.
    const int shan = indexOf(OpenInquiryCadre);
    plans.push_back(
        FixtureClue(context, "petition", "在惠民资金发放中优亲厚友", shan, QDate(2026, 9, 22))
            .subject(shan)
            .step("assigned", QDate(2026, 9, 24))
            .step("disposition_proposed", QDate(2026, 10, 9))
            .step("talk_or_letter_inquiry", QDate(2026, 10, 16))
            .take());

    const int wang = indexOf(FirstFormCadre);
    plans.push_back(
        FixtureClue(context, "petition", "违规操办婚丧喜庆事宜", wang, QDate(2024, 5, 8))
            .subject(wang, "first_form_measure", "talk.reminder")
            .step("assigned", QDate(2024, 5, 10))
            .step("disposition_proposed", QDate(2024, 5, 20))
            .step("talk_or_letter_inquiry", QDate(2024, 5, 24))
            .step("inquiry_replied", QDate(2024, 6, 12))
            .step("closed", QDate(2024, 7, 2))
            .take());

    const int chen = indexOf(VerificationCadre);
    plans.push_back(FixtureClue(context, "audit_transfer", "违规审批项目", chen, QDate(2026, 8, 10))
                        .subject(chen)
                        .step("assigned", QDate(2026, 8, 12))
                        .step("disposition_proposed", QDate(2026, 8, 24))
                        .step("preliminary_verification", QDate(2026, 9, 3))
                        .take());

    const int huang = indexOf(ProbationCadre);
    plans.push_back(
        FixtureClue(context, "petition", "违规审批土地出让项目并收受财物", huang, QDate(2025, 6, 3))
            .subject(huang, "case_filed")
            .step("assigned", QDate(2025, 6, 5))
            .step("disposition_proposed", QDate(2025, 6, 16))
            .step("preliminary_verification", QDate(2025, 6, 23))
            .step("case_filed", QDate(2025, 9, 15))
            .fileCase(context.cadres[size_t(huang)].unit, QDate(2026, 2, 10),
                      QStringLiteral("黄志强违规审批土地出让项目并收受财物案"))
            .measure(huang, "party.probation", 12)
            .measure(huang, "government.dismissal")
            .take());

    const int zhao = indexOf(JudicialTransferCadre);
    plans.push_back(FixtureClue(context, "audit_transfer", "利用职务便利为他人谋取利益并收受财物",
                                zhao, QDate(2024, 11, 18))
                        .subject(zhao, "case_filed")
                        .step("assigned", QDate(2024, 11, 20))
                        .step("disposition_proposed", QDate(2024, 11, 29))
                        .step("preliminary_verification", QDate(2024, 12, 6))
                        .step("case_filed", QDate(2025, 1, 15))
                        .fileCase(context.cadres[size_t(zhao)].unit, QDate(2025, 6, 18),
                                  QStringLiteral("赵德胜受贿案"))
                        .measure(zhao, "party.expulsion")
                        .measure(zhao, "government.expulsion")
                        .judicialTransfer(zhao, QDate(2025, 6, 12))
                        .take());

    const int wu = indexOf(ExpiringWarningCadre);
    plans.push_back(
        FixtureClue(context, "petition", "执法检查中收受管理服务对象礼品", wu, QDate(2025, 12, 1))
            .subject(wu, "case_filed")
            .step("assigned", QDate(2025, 12, 3))
            .step("disposition_proposed", QDate(2025, 12, 12))
            .step("preliminary_verification", QDate(2025, 12, 19))
            .step("case_filed", QDate(2026, 1, 20))
            .fileCase(context.cadres[size_t(wu)].unit, QDate(2026, 5, 25),
                      QStringLiteral("吴晓东收受管理服务对象礼品案"))
            .measure(wu, "government.warning")
            .take());
    return plans;
}

} // namespace DemoFixtures
