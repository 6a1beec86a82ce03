#include "demounits.h"
#include "demostrings.h"

#include "democontext.h"
#include "demonames.h"

#include <cmath>

namespace {

struct UnitTemplate
{
    const char *name; // %1 is the county's name, e.g. 清河县
    const char *top;
    const char *deputy;
    const char *sections; // separated by 、
    int weight;           // relative size
    const char *area;
    const char *parent; // institutions: the department they belong to (its %1 name)
    bool partyCommittee;
};

const UnitTemplate kDepartments[] = {
    {"%1委办公室", "主任", "副主任", "秘书股、信息股、督查股、机要股", 25, "综合协调", "", true},
    {"%1委组织部", "部长", "副部长", "干部股、组织股、干部监督股、公务员股", 25, "干部选拔任用", "",
     true},
    {"%1委宣传部", "部长", "副部长", "理论股、新闻股、文明创建股", 18, "意识形态工作", "", true},
    {"%1委统战部", "部长", "副部长", "党派股、民族宗教股", 14, "统一战线工作", "", true},
    {"%1委政法委员会", "书记", "副书记", "综治股、执法监督股", 14, "政法工作", "", true},
    {"%1人大常委会办公室", "主任", "副主任", "秘书股、联络股", 16, "人大工作", "", true},
    {"%1人民政府办公室", "党组书记、主任", "副主任", "秘书股、督查股、金融股", 24, "政务服务", "",
     true},
    {"%1政协办公室", "主任", "副主任", "秘书股、提案股", 14, "政协工作", "", true},
    {"%1发展和改革局", "党组书记、局长", "副局长", "规划股、投资股、价格股、能源股", 26, "项目审批",
     "", true},
    {"%1教育局", "党组书记、局长", "副局长", "基础教育股、计划财务股、人事股、学校安全股", 30,
     "教育经费管理", "", true},
    {"%1科学技术局", "党组书记、局长", "副局长", "科技股、综合股", 12, "科技项目资金", "", true},
    {"%1工业和信息化局", "党组书记、局长", "副局长", "企业股、园区股", 16, "企业扶持资金", "",
     true},
    {"%1公安局", "党委书记、局长", "副局长", "指挥中心、治安大队、刑侦大队、交警大队、户政股", 70,
     "执法办案", "", true},
    {"%1民政局", "党组书记、局长", "副局长", "社会救助股、养老服务股、社会事务股", 20,
     "低保救助资金", "", true},
    {"%1司法局", "党组书记、局长", "副局长", "法治督察股、社区矫正股", 18, "法律服务", "", true},
    {"%1财政局", "党组书记、局长", "副局长", "预算股、国库股、农业股、政府采购股、会计股", 35,
     "财政资金管理", "", true},
    {"%1人力资源和社会保障局", "党组书记、局长", "副局长", "就业股、社会保险股、人才股", 26,
     "社保基金", "", true},
    {"%1自然资源局", "党组书记、局长", "副局长", "耕地保护股、国土空间规划股、矿产股、执法监察大队",
     32, "土地出让", "", true},
    {"%1住房和城乡建设局", "党组书记、局长", "副局长", "建筑市场股、城建股、房地产股、质量安全站",
     30, "工程建设", "", true},
    {"%1交通运输局", "党组书记、局长", "副局长", "公路股、运输股、建设股", 28, "交通工程建设", "",
     true},
    {"%1水利局", "党组书记、局长", "副局长", "工程建设股、水资源股、农村水利股、防汛办", 28,
     "水利工程建设", "", true},
    {"%1农业农村局", "党组书记、局长", "副局长", "农田建设股、农村经营管理股、种植业股、畜牧股", 34,
     "惠农资金", "", true},
    {"%1商务局", "党组书记、局长", "副局长", "外经贸股、市场股", 14, "商贸流通", "", true},
    {"%1文化广电和旅游局", "党组书记、局长", "副局长", "文物股、旅游股、文化市场股", 18, "文化旅游",
     "", true},
    {"%1卫生健康局", "党组书记、局长", "副局长", "医政股、公共卫生股、计划财务股", 26, "医疗卫生",
     "", true},
    {"%1退役军人事务局", "党组书记、局长", "副局长", "优抚股、安置股", 12, "优抚资金", "", true},
    {"%1应急管理局", "党组书记、局长", "副局长", "安全生产股、执法大队", 18, "安全生产执法", "",
     true},
    {"%1审计局", "党组书记、局长", "副局长", "财政审计股、经济责任审计股、投资审计股", 20,
     "审计监督", "", true},
    {"%1市场监督管理局", "党组书记、局长", "副局长",
     "执法稽查股、食品安全股、特种设备股、登记注册股", 36, "市场监管执法", "", true},
    {"%1统计局", "党组书记、局长", "副局长", "综合股、普查中心", 12, "统计数据", "", true},
    {"%1医疗保障局", "党组书记、局长", "副局长", "基金监管股、待遇保障股", 14, "医保基金", "",
     true},
    {"%1林业局", "党组书记、局长", "副局长", "造林股、资源管理股", 16, "林业项目", "", true},
    {"%1城市管理综合执法局", "党组书记、局长", "副局长", "市容股、执法大队", 30, "城市管理执法", "",
     true},
    {"%1行政审批局", "党组书记、局长", "副局长", "投资审批股、社会事务审批股", 16, "行政审批", "",
     true},
    {"%1信访局", "党组书记、局长", "副局长", "办信股、接访股", 12, "信访工作", "", true},
    {"%1乡村振兴局", "党组书记、局长", "副局长", "项目股、帮扶股", 14, "衔接资金", "", true},
    {"%1供销合作社联合社", "党组书记、主任", "副主任", "业务股、资产管理股", 12, "社有资产", "",
     true},
    {"%1总工会", "党组书记、常务副主席", "副主席", "组织部、经费审查办公室", 10, "工会经费", "",
     true},
    {"共青团%1委员会", "书记", "副书记", "组织部、青少年发展部", 8, "共青团工作", "", true},
    {"%1妇女联合会", "党组书记、主席", "副主席", "权益部、发展部", 8, "妇女儿童工作", "", true},
};

const UnitTemplate kInstitutions[] = {
    {"%1疾病预防控制中心", "党支部书记、主任", "副主任", "财务科、办公室、疾病控制科、检验科", 28,
     "公共卫生项目经费", "%1卫生健康局", false},
    {"%1人民医院", "党委书记、院长", "副院长", "医务科、财务科、药剂科、设备科、护理部", 45,
     "药品耗材采购", "%1卫生健康局", true},
    {"%1中医医院", "党委书记、院长", "副院长", "医务科、财务科、药剂科", 32, "药品耗材采购",
     "%1卫生健康局", true},
    {"%1妇幼保健院", "党支部书记、院长", "副院长", "医务科、财务科", 20, "医疗服务", "%1卫生健康局",
     false},
    {"%1第一中学", "党委书记、校长", "副校长", "教务处、政教处、总务处", 30, "学校经费", "%1教育局",
     true},
    {"%1第二中学", "党总支书记、校长", "副校长", "教务处、政教处、总务处", 24, "学校经费",
     "%1教育局", false},
    {"%1职业教育中心", "党总支书记、主任", "副主任", "教务处、招生就业处", 20, "职业培训补贴",
     "%1教育局", false},
    {"%1实验小学", "党支部书记、校长", "副校长", "教导处、总务处", 18, "学校经费", "%1教育局",
     false},
    {"%1融媒体中心", "党组书记、主任", "副主任", "新闻部、技术部", 22, "宣传经费", "%1委宣传部",
     true},
    {"%1档案馆", "党支部书记、馆长", "副馆长", "接收征集科、利用科", 10, "档案管理", "%1委办公室",
     false},
    {"%1图书馆", "党支部书记、馆长", "副馆长", "采编部、借阅部", 10, "图书采购",
     "%1文化广电和旅游局", false},
    {"%1公共资源交易中心", "党支部书记、主任", "副主任", "交易服务科、信息科", 14, "招标投标",
     "%1人民政府办公室", false},
    {"%1不动产登记中心", "党支部书记、主任", "副主任", "登记科、档案科", 18, "不动产登记",
     "%1自然资源局", false},
    {"%1农业技术推广中心", "党支部书记、主任", "副主任", "推广科、土肥站", 16, "农业项目",
     "%1农业农村局", false},
    {"%1水利工程管理中心", "党支部书记、主任", "副主任", "工程科、灌区管理科", 16, "水利工程运维",
     "%1水利局", false},
    {"%1社会保险事业服务中心", "党支部书记、主任", "副主任", "待遇核定科、基金财务科", 20,
     "社保基金", "%1人力资源和社会保障局", false},
    {"%1医疗保障服务中心", "党支部书记、主任", "副主任", "费用审核科、稽核科", 14, "医保报销",
     "%1医疗保障局", false},
    {"%1动物疫病预防控制中心", "党支部书记、主任", "副主任", "检测科、防疫科", 12, "防疫物资",
     "%1农业农村局", false},
    {"%1林业发展服务中心", "党支部书记、主任", "副主任", "营林科、林政科", 12, "林业项目",
     "%1林业局", false},
    {"%1规划编制研究中心", "党支部书记、主任", "副主任", "规划科、测绘科", 10, "规划编制",
     "%1自然资源局", false},
    {"%1住房保障服务中心", "党支部书记、主任", "副主任", "保障科、物业科", 12, "保障性住房",
     "%1住房和城乡建设局", false},
    {"%1殡仪馆", "党支部书记、馆长", "副馆长", "业务科、财务科", 10, "殡葬服务", "%1民政局", false},
    {"%1救助管理站", "党支部书记、站长", "副站长", "救助科", 8, "救助资金", "%1民政局", false},
    {"%1交通运输服务中心", "党支部书记、主任", "副主任", "运输管理科、路政科", 16, "交通运输管理",
     "%1交通运输局", false},
    {"%1检验检测中心", "党支部书记、主任", "副主任", "检测科、质量科", 12, "检验检测",
     "%1市场监督管理局", false},
};

const UnitTemplate kEnterprises[] = {
    {"%1城市建设投资有限公司", "党支部书记、董事长", "副总经理", "财务部、工程部、融资部、综合部",
     22, "工程项目", "", false},
    {"%1国有资产运营有限公司", "党支部书记、董事长", "副总经理", "财务部、资产部、综合部", 18,
     "国有资产", "", false},
    {"%1水务集团有限公司", "党委书记、董事长", "副总经理", "财务部、供水部、工程部", 24, "供水工程",
     "", true},
    {"%1交通投资有限公司", "党支部书记、董事长", "副总经理", "财务部、项目部", 16, "交通项目", "",
     false},
    {"%1农业发展投资有限公司", "党支部书记、董事长", "副总经理", "财务部、项目部", 14, "农业项目",
     "", false},
    {"%1城乡公共交通有限公司", "党支部书记、董事长", "副总经理", "财务部、营运部", 16, "公交运营",
     "", false},
};

const char *kTownNames
    = "东坝乡 西河镇 南湖镇 北山乡 柳林镇 桃园乡 石桥镇 杨庄镇 马坊乡 新集镇 王店镇 白沙乡 "
      "青龙镇 高庙乡 李屯镇 黄土岗镇 双河乡 龙泉镇 凤凰镇 大营乡 小河镇 前进乡 红旗镇 三合镇 "
      "五里铺镇 安乐乡 太平镇 永安镇 长岭乡 金山镇 银河乡 清泉镇 梨园乡 枣林镇 花园镇 古城镇 "
      "河口镇 沙河乡 荷塘镇 松林乡 杏花乡 张集镇 刘庄乡 陈楼镇 孙寨乡 兴隆镇 官桥镇 白马乡 "
      "团结乡 丰收镇 黄岗镇 临河镇 上营乡 下湾镇 中和镇 东岳乡 西岭镇 南坪乡 北湖镇 雁塔乡";
const char *kStreetNames = "城东街道 城西街道 城南街道 城北街道 新华街道 人民路街道 解放路街道 "
                           "滨江街道 东湖街道 站前街道 文化路街道 朝阳街道";

const char *kGroupOrdinals[] = {"一", "二", "三",   "四",   "五",   "六",   "七",  "八",
                                "九", "十", "十一", "十二", "十三", "十四", "十五"};

struct CountyInfo
{
    const char *name;
    const char *shortName;
    const char *prefix;
    const char *areaCode;
};

// 清河县 comes first at every scale: the scenario cadres live there.
const CountyInfo kCounties[] = {
    {"清河县", "清河", "QH", "369921"}, {"江北区", "江北", "JB", "369902"},
    {"临川县", "临川", "LC", "369922"}, {"云溪县", "云溪", "YX", "369923"},
    {"安平县", "安平", "AP", "369924"}, {"丰山县", "丰山", "FS", "369925"},
    {"长宁县", "长宁", "CN", "369926"}, {"白河县", "白河", "BH", "369927"},
    {"石城县", "石城", "SC", "369928"}, {"永和县", "永和", "YH", "369929"},
    {"南屏县", "南屏", "NP", "369930"}, {"东阳区", "东阳", "DY", "369903"},
    {"西岭县", "西岭", "XL", "369931"}, {"泰和县", "泰和", "TH", "369932"},
    {"梅江区", "梅江", "MJ", "369904"},
};
// The cities of a province, 嘉平市 first; each has as many counties as kCounties.
const CountyInfo kCities[] = {
    {"嘉平市", "嘉平", "JP", "369901"},
    {"临江市", "临江", "LJ", "369801"},
    {"安州市", "安州", "AZ", "369701"},
    {"宁川市", "宁川", "NC", "369601"},
};
const CountyInfo kLinjiangCounties[] = {
    {"青阳县", "青阳", "QY", "369821"}, {"平江区", "平江", "PJ", "369802"},
    {"桐柏县", "桐柏", "TB", "369822"}, {"宁远县", "宁远", "NY", "369823"},
    {"兴安县", "兴安", "XA", "369824"}, {"龙川县", "龙川", "LG", "369825"},
    {"华容县", "华容", "HR", "369826"}, {"汝城县", "汝城", "RC", "369827"},
    {"宜章县", "宜章", "YZ", "369828"}, {"新田县", "新田", "XT", "369829"},
    {"蓝山县", "蓝山", "LS", "369830"}, {"嘉禾县", "嘉禾", "JH", "369831"},
    {"桂东县", "桂东", "GD", "369832"}, {"安仁县", "安仁", "AR", "369833"},
    {"茶陵区", "茶陵", "CL", "369803"},
};
const CountyInfo kAnzhouCounties[] = {
    {"松阳县", "松阳", "SY", "369721"}, {"鹿城区", "鹿城", "LU", "369702"},
    {"庆元县", "庆元", "QN", "369722"}, {"景宁县", "景宁", "JN", "369723"},
    {"遂昌县", "遂昌", "SG", "369724"}, {"缙云县", "缙云", "JY", "369725"},
    {"青田县", "青田", "QT", "369726"}, {"文成县", "文成", "WC", "369727"},
    {"泰顺县", "泰顺", "TS", "369728"}, {"苍南县", "苍南", "CA", "369729"},
    {"洞头县", "洞头", "DT", "369730"}, {"瓯海区", "瓯海", "OH", "369703"},
    {"龙湾区", "龙湾", "LW", "369704"}, {"乐清县", "乐清", "YQ", "369731"},
    {"瑞安县", "瑞安", "RA", "369732"},
};
const CountyInfo kNingchuanCounties[] = {
    {"河源县", "河源", "HY", "369621"}, {"榕城区", "榕城", "RO", "369602"},
    {"和平县", "和平", "HP", "369622"}, {"连平县", "连平", "LP", "369623"},
    {"紫金县", "紫金", "ZJ", "369624"}, {"龙门县", "龙门", "LM", "369625"},
    {"博罗县", "博罗", "BL", "369626"}, {"惠东县", "惠东", "HD", "369627"},
    {"海丰县", "海丰", "HF", "369628"}, {"陆河县", "陆河", "LH", "369629"},
    {"揭西县", "揭西", "JX", "369630"}, {"普宁县", "普宁", "PN", "369631"},
    {"惠来县", "惠来", "HL", "369632"}, {"蓬江区", "蓬江", "PE", "369603"},
    {"江海区", "江海", "JG", "369604"},
};
const CountyInfo kProvince = {"云岭省", "云岭", "YL", "369000"};

static_assert(std::size(kLinjiangCounties) == std::size(kCounties)
                  && std::size(kAnzhouCounties) == std::size(kCounties)
                  && std::size(kNingchuanCounties) == std::size(kCounties),
              "every city has as many counties");

const CountyInfo (&countiesOf(int city))[std::size(kCounties)]
{
    switch (city) {
    case 1:
        return kLinjiangCounties;
    case 2:
        return kAnzhouCounties;
    case 3:
        return kNingchuanCounties;
    default:
        return kCounties;
    }
}

// 县, 区 or 市: the last character of the county's name.
QString levelOf(const DemoCounty &county)
{
    return county.name.right(1);
}

int addUnit(DemoContext &context, int county, const QString &name, const QString &kind, int parent)
{
    DemoUnit unit;
    unit.id = qint64(context.units.size()) + 1;
    unit.name = name;
    unit.kind = kind;
    unit.county = county;
    unit.parentId = parent >= 0 ? context.units[size_t(parent)].id : 0;
    unit.cityLevel = context.counties[size_t(county)].cityLevel;
    unit.sortOrder = int(context.counties[size_t(county)].units.size());
    context.units.push_back(unit);
    const int index = int(context.units.size()) - 1;
    context.counties[size_t(county)].units.push_back(index);
    return index;
}

void applyTemplate(DemoUnit &unit, const UnitTemplate &entry, const QString &countyName)
{
    unit.shortName
        = unit.name.startsWith(countyName) ? unit.name.mid(countyName.size()) : unit.name;
    unit.topTitle = DemoStrings::text(entry.top);
    unit.deputyTitle = DemoStrings::text(entry.deputy);
    unit.sections = DemoStrings::text(entry.sections).split(QStringLiteral("、"));
    unit.plannedSize = entry.weight;
    unit.area = DemoStrings::text(entry.area);
    unit.partyCommittee = entry.partyCommittee;
}

// The units of one county (or of the city's own level), under `parent` when nested.
void planCounty(DemoContext &context, int county, int parent, int towns, int departments,
                int institutions, int enterprises, int groups)
{
    DemoCounty &info = context.counties[size_t(county)];
    const QString level = levelOf(info);
    const QString name = info.name;
    // The city's root exists before its counties are planned; a county makes its own.
    const bool hasRoot = info.root >= 0;
    const int root = hasRoot ? info.root
                             : addUnit(context, county, QStringLiteral("中共%1委").arg(name),
                                       QStringLiteral("county"), parent);
    info.root = root;
    {
        DemoUnit &unit = context.units[size_t(root)];
        unit.shortName = level + QStringLiteral("委");
        unit.topTitle = level + QStringLiteral("委书记");
        unit.plannedSize = 11;
        unit.area = level + QStringLiteral("域经济社会发展");
    }

    // Towns: a county seat (城关镇) first; districts are mostly made of street offices.
    QStringList townNames;
    const bool district = level == QLatin1String("区");
    if (!info.cityLevel) {
        QStringList pool = DemoStrings::text(kTownNames).split(QLatin1Char(' '));
        QStringList streets = DemoStrings::text(kStreetNames).split(QLatin1Char(' '));
        if (district) {
            for (int i = 0; i < towns * 2 / 3 && !streets.isEmpty(); ++i)
                townNames << streets.takeAt(context.random.bounded(int(streets.size())));
        } else {
            townNames << QStringLiteral("城关镇");
        }
        // 清河县 keeps its towns in catalogue order, so 东坝乡 and friends are always there.
        while (townNames.size() < towns && !pool.isEmpty())
            townNames << pool.takeAt(county == 0 ? 0 : context.random.bounded(int(pool.size())));
    }
    for (const QString &town : townNames) {
        const int index = addUnit(context, county, name + town, QStringLiteral("township"), root);
        DemoUnit &unit = context.units[size_t(index)];
        unit.shortName = town;
        const QString suffix
            = town.endsWith(QLatin1String("街道")) ? QStringLiteral("街道") : town.right(1);
        unit.topTitle = suffix == QLatin1String("街道") ? QStringLiteral("党工委书记")
                                                        : QStringLiteral("党委书记");
        unit.deputyTitle = suffix == QLatin1String("街道")
                               ? QStringLiteral("办事处副主任")
                               : QStringLiteral("副") + suffix + QStringLiteral("长");
        unit.sections
            = DemoStrings::text("党政综合办公室、财政所、农业综合服务中心、社会事务办公室、"
                                "经济发展办公室、便民服务中心、自然资源所、综合行政执法队、"
                                "退役军人服务站、文化站")
                  .split(QStringLiteral("、"));
        unit.plannedSize = 40 + context.random.bounded(21);
        unit.area = QStringLiteral("惠民惠农资金");
    }

    // Stationed discipline groups: each supervises a share of the departments (and their
    // institutions); the last one also the state enterprises. They are written before the units
    // they supervise (foreign keys), but listed after them.
    std::vector<int> groupUnits;
    for (int i = 0; i < groups && i < int(std::size(kGroupOrdinals)); ++i) {
        const int index = addUnit(context, county,
                                  QStringLiteral("%1纪委监委派驻第%2纪检监察组")
                                      .arg(name, DemoStrings::text(kGroupOrdinals[i])),
                                  QStringLiteral("stationed_group"), root);
        DemoUnit &unit = context.units[size_t(index)];
        unit.shortName
            = QStringLiteral("派驻第%1纪检监察组").arg(DemoStrings::text(kGroupOrdinals[i]));
        unit.topTitle = QStringLiteral("组长");
        unit.deputyTitle = QStringLiteral("副组长");
        unit.sections = QStringList{QStringLiteral("综合室"), QStringLiteral("监督检查室")};
        unit.plannedSize = 6;
        unit.area = QStringLiteral("派驻监督");
        unit.sortOrder = 1000 + i;
        groupUnits.push_back(index);
    }
    std::vector<int> departmentUnits;
    const int departmentCount = std::min(departments, int(std::size(kDepartments)));
    for (int i = 0; i < departmentCount; ++i) {
        QString unitName = DemoStrings::text(kDepartments[i].name).arg(name);
        if (info.cityLevel)
            unitName.replace(QStringLiteral("发展和改革局"), QStringLiteral("发展和改革委员会"));
        const int index = addUnit(context, county, unitName, QStringLiteral("department"), root);
        applyTemplate(context.units[size_t(index)], kDepartments[i], name);
        departmentUnits.push_back(index);
    }

    // Institutions belong to their department; the first ones of the list always exist.
    const int institutionCount = std::min(institutions, int(std::size(kInstitutions)));
    for (int i = 0; i < institutionCount; ++i) {
        const QString parentName = DemoStrings::text(kInstitutions[i].parent).arg(name);
        int parentUnit = root;
        for (int department : departmentUnits) {
            if (context.units[size_t(department)].name == parentName)
                parentUnit = department;
        }
        const int index
            = addUnit(context, county, DemoStrings::text(kInstitutions[i].name).arg(name),
                      QStringLiteral("institution"), parentUnit);
        applyTemplate(context.units[size_t(index)], kInstitutions[i], name);
    }
    const int enterpriseCount = std::min(enterprises, int(std::size(kEnterprises)));
    for (int i = 0; i < enterpriseCount; ++i) {
        const int index
            = addUnit(context, county, DemoStrings::text(kEnterprises[i].name).arg(name),
                      QStringLiteral("enterprise"), root);
        applyTemplate(context.units[size_t(index)], kEnterprises[i], name);
    }

    if (groupUnits.empty())
        return;
    for (size_t i = 0; i < departmentUnits.size(); ++i) {
        const int group = groupUnits[i % groupUnits.size()];
        context.units[size_t(departmentUnits[i])].supervisingUnitId
            = context.units[size_t(group)].id;
    }
    for (int index : info.units) {
        DemoUnit &unit = context.units[size_t(index)];
        if (unit.kind == QLatin1String("institution") && unit.parentId != 0)
            unit.supervisingUnitId = context.units[size_t(unit.parentId - 1)].supervisingUnitId;
        else if (unit.kind == QLatin1String("enterprise"))
            unit.supervisingUnitId = context.units[size_t(groupUnits.back())].id;
    }
}

DemoCounty makeCounty(const CountyInfo &info, bool cityLevel)
{
    DemoCounty county;
    county.name = DemoStrings::text(info.name);
    county.shortName = DemoStrings::text(info.shortName);
    county.prefix = QString::fromLatin1(info.prefix);
    county.areaCode = QString::fromLatin1(info.areaCode);
    county.cityLevel = cityLevel;
    return county;
}

// Scales the planned sizes of a county's units so that together they come to `target`.
void scaleSizes(DemoContext &context, const DemoCounty &county, int target)
{
    int total = 0;
    for (int index : county.units)
        total += context.units[size_t(index)].plannedSize;
    if (total <= 0)
        return;
    const double factor = double(target) / double(total);
    for (int index : county.units) {
        DemoUnit &unit = context.units[size_t(index)];
        const int minimum = unit.kind == QLatin1String("township") ? 16 : 5;
        unit.plannedSize = std::max(minimum, int(std::lround(unit.plannedSize * factor)));
    }
}

void addCommissionStaff(DemoContext &context, DemoCounty &county)
{
    for (int i = 0; i < 14; ++i)
        county.officers << DemoNames::personName(context.random, context.random.percent(55));
    for (int i = 0; i < 3; ++i)
        county.approvers << DemoNames::personName(context.random, context.random.percent(75));
}

} // namespace

namespace DemoUnits {

void plan(DemoContext &context)
{
    if (context.options.scale == DemoOptions::County) {
        context.counties.push_back(makeCounty(kCounties[0], false));
        addCommissionStaff(context, context.counties.back());
        planCounty(context, 0, -1, 18, 40, 25, 5, 10);
        scaleSizes(context, context.counties[0], 3000);
        return;
    }
    // Every county and city first, the province last; then the units, roots before the units
    // under them. 嘉平市 and its counties are the city scale's; a province adds three more cities
    // under its own root, which is then unit 1.
    const bool province = context.options.scale == DemoOptions::Province;
    const int cityCount = province ? int(std::size(kCities)) : 1;
    std::vector<int> cityIndexes;
    for (int city = 0; city < cityCount; ++city) {
        for (const CountyInfo &info : countiesOf(city)) {
            context.counties.push_back(makeCounty(info, false));
            addCommissionStaff(context, context.counties.back());
        }
        context.counties.push_back(makeCounty(kCities[city], true));
        addCommissionStaff(context, context.counties.back());
        const int cityIndex = int(context.counties.size()) - 1;
        for (int county = cityIndex - int(std::size(kCounties)); county <= cityIndex; ++county)
            context.counties[size_t(county)].city = cityIndex;
        cityIndexes.push_back(cityIndex);
    }
    int provinceRoot = -1;
    if (province) {
        context.counties.push_back(makeCounty(kProvince, true));
        addCommissionStaff(context, context.counties.back());
        const int index = int(context.counties.size()) - 1;
        planCounty(context, index, -1, 0, 0, 0, 0, 0);
        provinceRoot = context.counties[size_t(index)].root;
    }
    for (int city = 0; city < cityCount; ++city) {
        const int cityIndex = cityIndexes[size_t(city)];
        DemoCounty &info = context.counties[size_t(cityIndex)];
        info.root = addUnit(context, cityIndex, QStringLiteral("中共%1委").arg(info.name),
                            QStringLiteral("county"), provinceRoot);
        const int firstCounty = cityIndex - int(std::size(kCounties));
        for (int county = firstCounty; county < cityIndex; ++county) {
            const bool district
                = context.counties[size_t(county)].name.endsWith(QStringLiteral("区"));
            planCounty(context, county, info.root, district ? 12 : 15, 40, 20, 4, 8);
            scaleSizes(context, context.counties[size_t(county)], 3150);
        }
        planCounty(context, cityIndex, -1, 0, 40, 20, 6, 12);
        scaleSizes(context, context.counties[size_t(cityIndex)], 2750);
    }
}

} // namespace DemoUnits
