#include "democlues.h"

#include "democontext.h"
#include "domain/cluestatemachine.h"

#include <algorithm>

namespace {

struct Theme
{
    const char *text;
    int severity; // 0 light, 1 medium, 2 heavy
};

const Theme kClueThemes[] = {
    {"违规收受礼品礼金", 0},
    {"违规操办婚丧喜庆事宜", 0},
    {"工作日午间饮酒", 0},
    {"公车私用", 0},
    {"履职不力、作风漂浮", 0},
    {"违规发放津贴补贴", 1},
    {"违规公款吃喝", 0},
    {"违规借用管理服务对象车辆", 0},
    {"在惠民资金发放中优亲厚友", 1},
    {"违规兼职取酬", 0},
    {"违规经商办企业", 1},
    {"插手干预工程项目", 1},
    {"违规套取专项资金", 1},
    {"在招标投标中弄虚作假", 1},
    {"违规审批项目", 1},
    {"失职失责造成国有资产损失", 1},
    {"违规出借公款", 1},
    {"利用职务便利为他人谋取利益并收受财物", 2},
    {"虚报冒领衔接资金", 2},
    {"挪用公款", 2},
    {"贪污侵占集体资金", 2},
};

// Where clues come from: mostly letters and visits.
const char *kSources[]
    = {"petition", "inspection_finding", "patrol_transfer", "audit_transfer", "other"};
const std::vector<int> kSourceWeights = {66, 12, 10, 6, 6};

// Each county's serving cadres, weighted toward leaders, who draw more reports.
struct SubjectPool
{
    std::vector<int> cadres;
    std::vector<qint64> cumulative;
};

SubjectPool subjectPool(const DemoContext &context, const DemoCounty &county)
{
    static const int weights[] = {2, 4, 9, 12};
    SubjectPool pool;
    qint64 total = 0;
    for (int index : county.cadres) {
        const DemoCadre &cadre = context.cadres[size_t(index)];
        if (cadre.fixture != 0 || cadre.status != QLatin1String("serving"))
            continue;
        total += weights[cadre.level];
        pool.cadres.push_back(index);
        pool.cumulative.push_back(total);
    }
    return pool;
}

int drawSubject(DemoRandom &random, const SubjectPool &pool)
{
    const qint64 total = pool.cumulative.back();
    const qint64 draw = qint64((quint64(random.next()) * quint64(total)) >> 32);
    const auto found = std::upper_bound(pool.cumulative.begin(), pool.cumulative.end(), draw);
    return pool.cadres[size_t(found - pool.cumulative.begin())];
}

// Walks a clue through the workflow from its registration, stopping at today.
class ClueWalk
{
public:
    ClueWalk(DemoContext &context, DemoCluePlan &plan)
        : m_context(context)
        , m_plan(plan)
        , m_day(plan.received)
    {
        plan.steps.push_back({QStringLiteral("registered"), m_day});
    }

    // Moves after `days`; false (and no step) when that day has not come yet.
    bool move(const char *state, int days)
    {
        const QDate day = m_day.addDays(days);
        if (day > m_context.today)
            return false;
        Q_ASSERT(ClueStateMachine::canMove(m_plan.steps.back().first, QLatin1String(state)));
        m_day = day;
        m_plan.steps.push_back({QString::fromLatin1(state), day});
        return true;
    }
    bool moveAfterWorkingDays(const char *state, int days)
    {
        return move(state, int(m_day.daysTo(addWorkingDays(m_day, days))));
    }
    QDate day() const { return m_day; }

private:
    DemoContext &m_context;
    DemoCluePlan &m_plan;
    QDate m_day;
};

void closeFor(DemoContext &context, DemoCluePlan &plan, const std::vector<int> &weights,
              const char *const outcomes[])
{
    for (DemoClueSubjectPlan &subject : plan.subjects) {
        subject.outcome = QString::fromLatin1(outcomes[context.random.weighted(weights)]);
        if (subject.outcome == QLatin1String("first_form_measure")) {
            static const char *measures[]
                = {"talk.reminder", "admonition", "notice.written_self_examination_order"};
            subject.firstFormMeasure
                = QString::fromLatin1(measures[context.random.weighted({55, 25, 20})]);
        }
    }
}

void closeAfterInquiry(DemoContext &context, DemoCluePlan &plan)
{
    static const char *outcomes[] = {"explanation_accepted", "first_form_measure", "untrue"};
    closeFor(context, plan, {60, 30, 10}, outcomes);
}

void closeAfterVerification(DemoContext &context, DemoCluePlan &plan)
{
    static const char *outcomes[] = {"untrue", "not_verifiable", "first_form_measure"};
    closeFor(context, plan, {35, 25, 40}, outcomes);
}

void closeDirectly(DemoContext &context, DemoCluePlan &plan)
{
    static const char *outcomes[] = {"untrue", "not_verifiable"};
    closeFor(context, plan, {50, 50}, outcomes);
}

void setAll(DemoCluePlan &plan, const QString &outcome)
{
    for (DemoClueSubjectPlan &subject : plan.subjects)
        subject.outcome = outcome;
}

// The accountability check (一案三查) a closed case can open on the unit's two responsibilities.
void addAccountability(DemoContext &context, DemoCluePlan &plan, const DemoCasePlan &source)
{
    const DemoUnit &unit = context.units[size_t(source.unit)];
    const bool principal = context.random.percent(60);
    int subject = -1;
    if (principal) {
        subject = unit.topLeader;
    } else if (unit.disciplineLeader >= 0) {
        subject = unit.disciplineLeader;
    } else if (unit.supervisingUnitId > 0) {
        subject = context.units[size_t(unit.supervisingUnitId - 1)].topLeader;
    }
    if (subject < 0 || context.cadres[size_t(subject)].fixture != 0)
        return;
    for (const DemoCaseSubjectPlan &existing : source.subjects) {
        if (existing.cadre == subject)
            return;
    }
    DemoCasePlan check;
    check.unit = source.unit;
    check.accountability = principal ? QStringLiteral("principal_responsibility")
                                     : QStringLiteral("supervisory_responsibility");
    check.filed = source.closed.addDays(context.random.between(5, 40));
    if (check.filed > context.today)
        return;
    check.summary
        = QStringLiteral("一案三查：%1落实全面从严治党%2不力")
              .arg(unit.name, principal ? QStringLiteral("主体责任") : QStringLiteral("监督责任"));
    const QDate closed = check.filed.addDays(context.random.between(20, 90));
    DemoCaseSubjectPlan person;
    person.cadre = subject;
    if (closed <= context.today) {
        check.closed = closed;
        const DemoCadre &cadre = context.cadres[size_t(subject)];
        const int draw = context.random.bounded(100);
        QString measure = draw < 50   ? QStringLiteral("admonition")
                          : draw < 85 ? QStringLiteral("party.warning")
                                      : QStringLiteral("government.warning");
        if (measure == QLatin1String("party.warning")
            && cadre.partyMembership == QLatin1String("none"))
            measure = QStringLiteral("admonition");
        person.measures.push_back({measure, closed, 0, QDate()});
    }
    check.subjects.push_back(person);
    plan.cases.push_back(check);
}

void fileCase(DemoContext &context, DemoCluePlan &plan, int severity)
{
    DemoCasePlan filed;
    filed.unit = context.cadres[size_t(plan.subjects.front().cadre)].unit;
    filed.filed = plan.steps.back().second;
    filed.summary = QStringLiteral("%1等人%2案")
                        .arg(context.cadres[size_t(plan.subjects.front().cadre)].name, plan.theme);
    const QDate closed = filed.filed.addDays(context.random.between(60, 300));
    if (closed <= context.today)
        filed.closed = closed;
    for (const DemoClueSubjectPlan &subject : plan.subjects) {
        DemoCaseSubjectPlan person;
        person.cadre = subject.cadre;
        const DemoCadre &cadre = context.cadres[size_t(subject.cadre)];
        if (severity >= 1 && cadre.level < 3 && context.random.percent(12)) {
            const QDate suspended = filed.filed.addDays(context.random.between(0, 10));
            if (suspended <= context.today)
                person.measures.push_back(
                    {QStringLiteral("handling.suspension"), suspended, 0, QDate()});
        }
        if (filed.closed.isValid()) {
            const auto decided
                = DemoClues::decideMeasures(context, subject.cadre, filed.closed, severity);
            person.measures.insert(person.measures.end(), decided.begin(), decided.end());
            const bool expelled = std::any_of(decided.begin(), decided.end(), [](const auto &m) {
                return m.measure == QLatin1String("party.expulsion");
            });
            // Serious violations that look criminal go to the procuratorate before the end.
            if (expelled && context.random.percent(60))
                person.judicialTransfer
                    = context.random.dayBetween(filed.filed.addDays(30), filed.closed);
        }
        filed.subjects.push_back(person);
    }
    plan.cases.push_back(filed);
}

void walk(DemoContext &context, DemoCluePlan &plan, int severity)
{
    DemoRandom &random = context.random;
    ClueWalk clue(context, plan);
    if (!clue.move("assigned", random.between(1, 5)))
        return;
    // The proposal is due within a month; a few are late.
    if (!clue.move("disposition_proposed",
                   random.percent(5) ? random.between(32, 50) : random.between(3, 20)))
        return;
    for (int round = 0; round < 2; ++round) {
        const int choice = random.weighted({45, severity == 2 ? 45 : 25, 8, 22});
        if (choice == 0) {
            if (!clue.move("talk_or_letter_inquiry", random.between(2, 10)))
                return;
            for (;;) {
                // The written reply is due within 15 working days; some come late.
                const int reply
                    = random.percent(10) ? random.between(16, 35) : random.between(3, 14);
                if (!clue.moveAfterWorkingDays("inquiry_replied", reply))
                    return;
                const int next = random.weighted({85, 5, 10});
                if (next == 1) {
                    if (!clue.move("talk_or_letter_inquiry", random.between(3, 15)))
                        return;
                    continue;
                }
                if (next == 2)
                    break; // on to preliminary verification below
                if (clue.move("closed", random.between(3, 25)))
                    closeAfterInquiry(context, plan);
                return;
            }
        } else if (choice == 2) {
            if (!clue.move("shelved", random.between(2, 10)))
                return;
            const int next = random.weighted({35, 40, 25});
            if (next == 2)
                return; // still waiting for new leads
            if (next == 1) {
                if (clue.move("closed", random.between(60, 300)))
                    closeDirectly(context, plan);
                return;
            }
            if (!clue.move("disposition_proposed", random.between(60, 300)))
                return;
            continue;
        } else if (choice == 3) {
            if (clue.move("closed", random.between(2, 10)))
                closeDirectly(context, plan);
            return;
        }
        // Preliminary verification, chosen directly or after an inquiry.
        if (!clue.move("preliminary_verification", random.between(2, 10)))
            return;
        const int next = random.weighted({severity == 0 ? 20 : 40, 55, 5, 5});
        const int days = random.between(20, 90);
        if (next == 0) {
            if (clue.move("case_filed", days)) {
                setAll(plan, QStringLiteral("case_filed"));
                fileCase(context, plan, severity);
            }
        } else if (next == 1) {
            if (clue.move("closed", days))
                closeAfterVerification(context, plan);
        } else if (next == 2) {
            clue.move("shelved", days);
        } else if (clue.move("transferred", days)) {
            setAll(plan, QStringLiteral("transferred"));
        }
        return;
    }
}

std::vector<DemoCluePlan> drawClues(DemoContext &context, int countyIndex)
{
    const DemoCounty &county = context.counties[size_t(countyIndex)];
    const SubjectPool pool = subjectPool(context, county);
    std::vector<DemoCluePlan> plans;
    if (pool.cadres.empty())
        return plans;
    // About eight clues a year per hundred cadres.
    const int perYear = int(pool.cadres.size() * 8 / 100);
    for (int year = context.firstDay.year(); year <= context.today.year(); ++year) {
        const QDate first(year, 1, 1);
        const QDate last = std::min(QDate(year, 12, 31), context.today);
        const int count = int(qint64(perYear) * (first.daysTo(last) + 1) / 365);
        std::vector<QDate> days;
        for (int i = 0; i < count; ++i)
            days.push_back(context.random.dayBetween(first, last));
        std::sort(days.begin(), days.end());
        for (const QDate &day : days) {
            DemoCluePlan plan;
            plan.county = countyIndex;
            plan.received = day;
            plan.source = QString::fromLatin1(kSources[context.random.weighted(kSourceWeights)]);
            const Theme &theme = kClueThemes[context.random.bounded(int(std::size(kClueThemes)))];
            plan.theme = QString::fromUtf8(theme.text);
            const int main = drawSubject(context.random, pool);
            plan.subjects.push_back({main, QString(), QString()});
            const int extra = context.random.weighted({75, 18, 7});
            const DemoUnit &unit = context.units[size_t(context.cadres[size_t(main)].unit)];
            for (int i = 0; i < extra; ++i) {
                const int other = context.random.pick(unit.cadres);
                const DemoCadre &cadre = context.cadres[size_t(other)];
                const bool known = std::any_of(plan.subjects.begin(), plan.subjects.end(),
                                               [other](const auto &s) { return s.cadre == other; });
                if (!known && cadre.fixture == 0 && cadre.status == QLatin1String("serving"))
                    plan.subjects.push_back({other, QString(), QString()});
            }
            plan.summary = DemoClues::clueSummary(context, main, plan.theme, day);
            walk(context, plan, theme.severity);
            plans.push_back(std::move(plan));
        }
    }
    return plans;
}

} // namespace

namespace DemoClues {

std::vector<DemoCluePlan> randomClues(DemoContext &context, int countyIndex)
{
    return drawClues(context, countyIndex);
}

void addAccountabilityChecks(DemoContext &context, std::vector<DemoCluePlan> &plans)
{
    // About one case in twelve is an accountability check opened by an earlier case.
    int cases = 0;
    int checks = 0;
    std::vector<size_t> candidates;
    for (size_t i = 0; i < plans.size(); ++i) {
        for (const DemoCasePlan &filed : plans[i].cases)
            (filed.accountability.isEmpty() ? cases : checks) += 1;
        if (plans[i].cases.size() == 1 && plans[i].cases.front().closed.isValid())
            candidates.push_back(i);
    }
    const int wanted = (cases * 87 + 500) / 1000 - checks;
    for (int added = 0; added < wanted && !candidates.empty();) {
        const int pick = context.random.bounded(int(candidates.size()));
        DemoCluePlan &plan = plans[candidates[size_t(pick)]];
        candidates.erase(candidates.begin() + pick);
        const size_t before = plan.cases.size();
        addAccountability(context, plan, plan.cases.front());
        added += plan.cases.size() > before ? 1 : 0;
    }
}

} // namespace DemoClues
