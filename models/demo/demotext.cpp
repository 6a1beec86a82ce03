#include "demotext.h"

#include "demorandom.h"

#include <cmath>

namespace {

// Sentence templates: {a|b|c} picks one alternative; %AREA% %UNIT% %N% %YEAR% %THEME% %SELF%
// %MEETING% %POSITION% are filled from the subject.
const char *kOpenings[] = {
    "按照{上级党组织|县委|上级纪委和组织部门}关于召开%YEAR%年度%MEETING%的{通知要求|安排部署}，"
    "%SELF%{紧扣|围绕|聚焦}%THEME%这一主题，{认真开展学习研讨|坚持学在前、查在先|把学习贯穿始终}，"
    "{广泛征求意见|多渠道听取意见建议|通过座谈、发放征求意见表等方式听取意见}"
    "，现将对照检查情况报告如下。",
    "为开好%YEAR%年度%MEETING%，%SELF%{会前|提前}{逐一开展谈心谈话|深入开展谈心交心|"
    "认真组织集中学习}，"
    "{征集到意见建议%N%条|梳理意见建议%N%条|收集各方面意见%N%条}，{对照%THEME%的要求|围绕%THEME%}，"
    "{深入查摆问题、剖析根源|认真检视差距不足|逐项对照检视}，现报告如下。",
    "{根据|依照}%YEAR%年度%MEETING%{有关安排|方案要求}，%SELF%{以|坚持以}%THEME%为{主线|重点}，"
    "{对照党章党规|对照初心使命|对照职责任务}，{结合%AREA%工作实际|结合%UNIT%实际}，{"
    "进行了深刻检视|认真查找了差距}。",
    "{今年以来|会前}，%SELF%{把学习贯穿始终|坚持边学边查边改}，{采取个别访谈、发放征求意见表等方式|"
    "通过召开座谈会、设置意见箱等方式}"
    "{收集意见建议%N%条|共征集意见建议%N%条}，并{逐条梳理分类|认真归纳汇总}。{对照|围绕}%THEME%"
    "，现将检视剖析情况报告如下。",
    "%SELF%{深刻认识|充分认识}开好%YEAR%年度%MEETING%的重要意义，{结合|紧密联系}%AREA%工作实际，{"
    "逐项对照检视|深入开展自我剖析}，"
    "{力求把问题找准、把根源挖深、把措施定实|做到见人见事见思想}。",
};

struct Section
{
    const char *heading;
    const char *sentences[4];
};

const Section kSections[] = {
    {"理论学习",
     {"{理论学习不够深入|理论武装还有差距|学习的系统性不够}，{往往满足于读原文、记笔记|"
      "有时以干代学、以会代学|"
      "学习多停留在集中学习时段}，{运用理论指导%AREA%工作的能力还不强|用以推动%AREA%的办法还不多}"
      "。",
      "全年{开展|组织}集中学习%N%次，但{联系实际研讨不够|学习成果转化不够|交流研讨深度不够}，"
      "{对新出台的政策法规跟进学习不及时|对上级新要求学习领会不透}。",
      "{自学时间难以保证|个人自学计划执行不严格|碎片化学习多、系统学习少}，"
      "{遇到%AREA%中的新情况新问题|面对复杂问题}{习惯凭经验办事|办法不多}。",
      "{学习笔记和心得体会质量不高|学习交流发言准备不够充分}，{有应付现象|深度不够}。"}},
    {"政治建设",
     {"{落实上级决策部署有时存在打折扣现象|贯彻上级部署有时存在层层传达多、具体落实少的情况}，"
      "{在%AREA%工作中|在推进%UNIT%重点任务时}{跟踪问效不够|抓落实的力度递减}。",
      "{政治敏锐性不够强|政治鉴别力还需提高}，{对%AREA%领域出现的苗头性问题|对潜在风险}"
      "{警觉不够|研判不及时}。",
      "{请示报告制度执行不够严格|重大事项请示报告不够及时}，{个别事项先办后报|存在事后补报现象}。",
      "{党内政治生活质量不高|三会一课开展不够规范}，{组织生活会批评辣味不足|谈心谈话多是工作安排}"
      "。"}},
    {"担当作为",
     {"{面对%AREA%中的难点问题|对一些历史遗留问题}{有畏难情绪|攻坚克难的劲头不足}，"
      "{习惯于按部就班|存在等靠要思想}，{创新思路不多|主动破题不够}。",
      "{抓工作落实的韧劲不足|推进工作有时前紧后松}，{全年%N%项重点任务中|部分重点任务}{"
      "有的进度滞后|未按时序推进}。",
      "{服务企业和群众|为基层解难题}{主动性不够|办法不多}，{到一线解决问题不够|调研成果转化不够}。",
      "{干事创业的精气神有所减退|工作标准不够高}，{满足于过得去|有时存在差不多思想}。"}},
    {"联系群众",
     {"{深入基层调研不够|到基层一线次数偏少}，全年{下基层|开展调研}%N%次，{多是听汇报、看材料|"
      "走访群众面不够广}。",
      "{对群众反映的诉求|对信访反映的问题}{回应不够及时|跟踪办理不够}，{群众满意度有待提高|"
      "解决问题质效不高}。",
      "{宗旨意识有所淡化|为民服务意识不够强}，{有时以会议落实会议|存在坐等上门现象}。",
      "{听取基层意见不够广泛|征求意见的渠道不够多}，{对基层困难体谅不够|解决实际困难不多}。"}},
    {"作风建设",
     {"{形式主义、官僚主义问题仍不同程度存在|文风会风有待改进}，{%UNIT%全年发文%N%件|文件会议数量}"
      "{精简压缩不够|仍然偏多}。",
      "{督查检查考核过多过频问题仍有反弹|留痕管理过多}，{基层负担减得还不够|基层反映较多}。",
      "{执行公务接待、公车管理等制度|落实中央八项规定精神}{偶有宽松软现象|还有不够严格之处}。",
      "{工作作风不够扎实|有时存在浮在面上的现象}，{抓细抓实不够|一竿子插到底不够}。"}},
    {"廉洁自律",
     {"{廉洁自律意识有所放松|对自身要求有所放松}，{认为小节无碍大局|有时碍于情面}"
      "{对身边人身边事提醒不够|管理不够严格}。",
      "{对%AREA%等领域的廉政风险|对重点岗位廉政风险}{排查不够深入|防控措施不够有力}。",
      "{对亲属和身边工作人员|对分管股室人员}{教育约束不够经常|要求不够严格}。",
      "{执行财经纪律|执行财务报销制度}{把关不够严|审核不够细}，{部分支出|个别票据}{手续不够完备|"
      "不够规范}。"}},
    {"全面从严治党",
     {"{落实全面从严治党主体责任|履行一岗双责}{压力传导不够|存在上热中温下冷现象}，"
      "{研究党风廉政建设工作|专题研究全面从严治党}%N%次，{多是部署多检查少|督促落实不够}。",
      "{对%UNIT%干部的日常监督|对干部八小时外的监督}{不够到位|失之于宽}，{提醒谈话开展不多|"
      "红脸出汗不够}。",
      "{巡察和审计反馈问题整改|监督检查发现问题整改}{有的不够彻底|存在一改了之现象}，{"
      "长效机制建设不够|制度完善滞后}。",
      "{对苗头性倾向性问题|对轻微违纪问题}{抓早抓小不够|运用第一种形态不够}。"}},
    {"意识形态",
     {"{意识形态工作责任制落实不够到位|对意识形态工作重视不够}，{研判不够经常|阵地管理不够严格}。",
      "{网络舆情应对|对%AREA%相关舆情}{处置能力不足|预判不够}，{正面宣传%UNIT%工作成效不够|"
      "宣传声音不够响亮}。",
      "{对干部职工思想动态|对干部思想状况}{掌握不够及时|分析不够深入}。",
      "{理论宣讲形式比较单一|宣传阵地作用发挥不够}，{吸引力感染力不强|覆盖面不够广}。"}},
};

const char *kCauses[] = {
    "{剖析问题产生的根源|深挖问题根源}，{主要是理想信念有所弱化|根本在于理论学习不够深入}，"
    "{政治站位还不够高|党性修养有所放松}，{宗旨意识有所淡化|群众观念有所弱化}。",
    "{究其原因|分析原因}，一是党性锤炼不够经常，二是{纪律规矩意识有所松懈|自我要求有所放松}，"
    "三是{担当精神还有差距|责任意识还需增强}。",
    "{究其原因|分析原因}，既有{主观认识不到位|思想认识不够深}的问题，也有{工作方法不够科学|"
    "制度执行不够严格}的问题。",
    "{从思想上看|从根子上看}，{对自身要求逐渐降低|自我革命精神不够强}，{满足于完成任务|"
    "缺乏只争朝夕的紧迫感}。",
    "{从作风上看|从工作层面看}，{调查研究不够深入|抓落实的机制不够健全}，{对%AREA%规律把握不够|"
    "统筹谋划不够}。",
};

const char *kMeasures[] = {
    "{加强理论武装|强化理论学习}，{制定个人学习计划|完善学习制度}，{每月至少开展集中学习%N%次|"
    "坚持周学习制度}，"
    "{推动学习成果转化为推进%AREA%的实际成效|做到学思用贯通}。",
    "{强化责任担当|提升履职能力}，{对%N%项整改任务建立台账|逐项列出问题清单、任务清单、责任清单}，"
    "{明确时限、对账销号|定期调度、跟踪问效}。",
    "{严守纪律规矩|坚持廉洁自律}，{严格执行中央八项规定精神|带头落实廉洁从政各项规定}，"
    "{管好亲属和身边工作人员|自觉接受监督}。",
    "{改进工作作风|转变工作作风}，{每季度深入基层调研不少于%N%天|建立基层联系点制度}，"
    "{切实为基层减负|真心实意为群众办实事}。",
    "{压实全面从严治党责任|履行好一岗双责}，{定期分析%UNIT%政治生态|每半年专题研究党风廉政建设}，"
    "{加强对%AREA%等重点领域的监督|抓早抓小、防微杜渐}。",
    "{健全长效机制|完善制度体系}，{修订完善%UNIT%内部管理制度%N%项|扎紧制度笼子}，"
    "{用制度管权管事管人|推动整改常态化长效化}。",
};

const char *kClosings[] = {
    "{今后|下一步}，%SELF%将以此次%MEETING%为{契机|新起点}，{以钉钉子精神抓好整改落实|"
    "以更高标准推动整改}，"
    "{以实际行动推动%UNIT%各项工作再上新台阶|为全县高质量发展作出新贡献}。",
    "{恳请|诚恳希望}{各位同志|大家}{多提批评意见|继续帮助监督}，%SELF%{一定虚心接受|将认真抓好整改}"
    "。",
    "{总之|以上对照检查}，{如有不妥之处|不足之处}，{请同志们批评指正|敬请大家批评帮助}。",
    "%SELF%将{对照问题清单逐项整改|把整改作为重要政治任务}，{做到件件有着落、事事有回音|"
    "确保整改到位、群众满意}。",
};

const char *kStudyThemes[]
    = {"学习贯彻党的十九届五中全会精神", "学史明理、学史增信、学史崇德、学史力行",
       "深入学习贯彻党的二十大精神",     "深化运用主题教育成果",
       "严守党的纪律规矩、加强党性修养", "深入贯彻中央八项规定精神",
       "学思想、强党性、重实践、建新功"};

const char *kPointOrdinals[] = {"一是", "二是", "三是", "四是", "五是", "六是"};

class Filler
{
public:
    Filler(DemoRandom &random, const DemoText::MaterialSubject &subject)
        : m_random(random)
        , m_subject(subject)
    {}

    QString fill(const char *pattern)
    {
        const QString source = QString::fromUtf8(pattern);
        QString result;
        for (int i = 0; i < source.size(); ++i) {
            if (source.at(i) != QLatin1Char('{')) {
                result += source.at(i);
                continue;
            }
            const int end = int(source.indexOf(QLatin1Char('}'), i));
            const QStringList options = source.mid(i + 1, end - i - 1).split(QLatin1Char('|'));
            result += options.at(m_random.bounded(int(options.size())));
            i = end;
        }
        const int themeIndex
            = std::clamp(m_subject.year - 2020, 0, int(std::size(kStudyThemes)) - 1);
        result.replace(QStringLiteral("%AREA%"), m_subject.area);
        result.replace(QStringLiteral("%UNIT%"),
                       m_subject.team ? QStringLiteral("本单位") : m_subject.unitShort);
        result.replace(QStringLiteral("%YEAR%"), QString::number(m_subject.year));
        result.replace(QStringLiteral("%THEME%"), QString::fromUtf8(kStudyThemes[themeIndex]));
        result.replace(QStringLiteral("%MEETING%"), m_subject.meeting);
        result.replace(QStringLiteral("%SELF%"),
                       m_subject.team ? QStringLiteral("领导班子") : QStringLiteral("本人"));
        result.replace(QStringLiteral("%POSITION%"), m_subject.position);
        result.replace(QStringLiteral("工作工作"), QStringLiteral("工作"));
        while (result.contains(QStringLiteral("%N%")))
            result.replace(result.indexOf(QStringLiteral("%N%")), 3,
                           QString::number(m_random.between(3, 24)));
        return result;
    }

private:
    DemoRandom &m_random;
    const DemoText::MaterialSubject &m_subject;
};

template<size_t N>
std::vector<int> shuffled(DemoRandom &random, const char *const (&)[N])
{
    std::vector<int> order;
    for (size_t i = 0; i < N; ++i)
        order.push_back(int(i));
    for (size_t i = N; i > 1; --i)
        std::swap(order[i - 1], order[size_t(random.bounded(int(i)))]);
    return order;
}

std::vector<int> shuffledSections(DemoRandom &random)
{
    std::vector<int> order;
    for (size_t i = 0; i < std::size(kSections); ++i)
        order.push_back(int(i));
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(random.bounded(int(i)))]);
    return order;
}

} // namespace

namespace DemoText {

QString material(DemoRandom &random, const MaterialSubject &subject)
{
    Filler filler(random, subject);
    const int target = random.between(320, 760);
    QString text = filler.fill(kOpenings[random.bounded(int(std::size(kOpenings)))]);
    if (!subject.team)
        text += QStringLiteral("本人作为%1，").arg(subject.position)
                + filler.fill("{对照岗位职责|结合分管工作}{认真查摆|深入检视}，主要存在以下问题。");
    else
        text += filler.fill("{经认真查摆|经过深入查找|经班子成员共同梳理}，主要存在以下问题。");

    const std::vector<int> sections = shuffledSections(random);
    int ordinal = 0;
    for (int section : sections) {
        if (text.size() >= target * 55 / 100 || ordinal >= 5)
            break;
        const Section &info = kSections[section];
        text += QString::fromUtf8(kPointOrdinals[ordinal++]) + QStringLiteral("在")
                + QString::fromUtf8(info.heading) + QStringLiteral("方面。");
        const int count = random.between(1, 2);
        const int first = random.bounded(4);
        for (int i = 0; i < count; ++i)
            text += filler.fill(info.sentences[(first + i) % 4]);
    }
    text += filler.fill(kCauses[random.bounded(int(std::size(kCauses)))]);
    text += filler.fill("{针对上述问题|下一步}，{提出以下整改措施|%SELF%将着力抓好以下整改}：");
    for (int measure : shuffled(random, kMeasures)) {
        if (text.size() >= target * 92 / 100)
            break;
        text += filler.fill(kMeasures[measure]);
    }
    text += filler.fill(kClosings[random.bounded(int(std::size(kClosings)))]);
    while (text.size() < 300)
        text += filler.fill(kMeasures[random.bounded(int(std::size(kMeasures)))]);
    if (text.size() > 800)
        text = text.left(text.lastIndexOf(QStringLiteral("。"), 799) + 1);
    return text;
}

QStringList sentences(const QString &text)
{
    QStringList result;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QStringLiteral("。").at(0) || c == QStringLiteral("：").at(0)) {
            result << text.mid(start, i - start + 1);
            start = i + 1;
        }
    }
    if (start < text.size())
        result << text.mid(start);
    return result;
}

QString copied(DemoRandom &random, const QString &original, const MaterialSubject &subject,
               double share)
{
    Filler filler(random, subject);
    QStringList parts = sentences(original);
    // Problems come before the line that introduces the measures (ending in ：), measures after
    // it; headings, the opening and the closing stay as they were.
    int measuresFrom = int(parts.size());
    for (int i = 0; i < int(parts.size()); ++i) {
        if (parts.at(i).endsWith(QStringLiteral("：")))
            measuresFrom = i + 1;
    }
    std::vector<int> candidates;
    for (int i = 2; i + 1 < int(parts.size()); ++i) {
        const QString &part = parts.at(i);
        const bool heading = part.endsWith(QStringLiteral("方面。")) && part.size() < 16;
        if (!heading && i != measuresFrom - 1)
            candidates.push_back(i);
    }
    // Rewrite whole sentences until about `share` of the characters is new.
    const int goal = int(std::lround(original.size() * share));
    int rewritten = 0;
    while (rewritten < goal && !candidates.empty()) {
        const int pick = random.bounded(int(candidates.size()));
        const int index = candidates[size_t(pick)];
        candidates.erase(candidates.begin() + pick);
        QString replacement;
        if (index >= measuresFrom) {
            replacement = filler.fill(kMeasures[random.bounded(int(std::size(kMeasures)))]);
        } else {
            const Section &section = kSections[random.bounded(int(std::size(kSections)))];
            replacement = filler.fill(section.sentences[random.bounded(4)]);
        }
        rewritten += int(std::max(parts.at(index).size(), replacement.size()));
        parts[index] = replacement;
    }
    QString text = parts.join(QString());
    text.replace(QString::number(subject.year - 1) + QStringLiteral("年度"),
                 QString::number(subject.year) + QStringLiteral("年度"));
    return text;
}

} // namespace DemoText
