#include "democasereviews.h"
#include "democlues.h"
#include "demostrings.h"

#include "democontext.h"
#include "domain/cluestatemachine.h"

namespace {

// The system of government sanctions for a person: public-institution staff below the leadership
// fall under the institution rules, everyone else under the law on public servants.
QString governmentSystem(const DemoCadre &cadre)
{
    return cadre.employment == QLatin1String("public_institution") && cadre.level <= 1
               ? DemoStrings::key("institution")
               : DemoStrings::key("government");
}

QString reasonFor(const QString &measure, const QString &theme)
{
    if (measure.startsWith(QLatin1String("party.")))
        return QStringLiteral("%1，违反廉洁纪律，依据《中国共产党纪律处分条例》给予处分")
            .arg(theme);
    if (measure.startsWith(QLatin1String("government.")))
        return QStringLiteral("%1，依据《中华人民共和国公职人员政务处分法》给予政务处分")
            .arg(theme);
    if (measure.startsWith(QLatin1String("institution.")))
        return QStringLiteral("%1，依据《事业单位工作人员处分规定》给予处分").arg(theme);
    if (measure.startsWith(QLatin1String("handling.")))
        return QStringLiteral("%1，依据《中国共产党组织处理规定（试行）》作出组织处理").arg(theme);
    return QStringLiteral("%1，情节较轻，予以诫勉").arg(theme);
}

class ClueWriter
{
public:
    explicit ClueWriter(DemoContext &context)
        : m_context(context)
        , m_writer(context.writer)
    {}

    void write(const DemoCluePlan &plan);

private:
    void writeFirstForm(const DemoCluePlan &plan, qint64 clueId, const DemoClueSubjectPlan &subject,
                        QDate day);
    void writeCase(const DemoCluePlan &plan, const DemoCasePlan &filed, qint64 clueId);
    // The table and id of the record written.
    std::pair<QString, qint64> writeMeasure(const DemoCluePlan &plan, const DemoCasePlan &filed,
                                            int cadreIndex, const DemoMeasurePlan &measure,
                                            qint64 caseId);
    QString officer(const DemoCluePlan &plan) const
    {
        return m_context.random.pick(m_context.counties[size_t(plan.county)].officers);
    }

    DemoContext &m_context;
    DemoWriter &m_writer;
};

void ClueWriter::write(const DemoCluePlan &plan)
{
    DemoCounty &county = m_context.counties[size_t(plan.county)];
    DemoRandom &random = m_context.random;
    const qint64 clueId = m_writer.nextId(DemoWriter::Clues);
    QString disposition;
    QString from;
    for (const auto &step : plan.steps) {
        const auto decided = ClueStateMachine::dispositionOf(from, step.first);
        if (decided)
            disposition = *decided;
        from = step.first;
    }
    const QDate updated = plan.steps.back().second;
    m_writer.insert(DemoWriter::Clues,
                    {plan.number, plan.source, DemoWriter::day(plan.received), plan.summary,
                     plan.steps.back().first,
                     disposition.isEmpty() ? DemoWriter::null() : QVariant(disposition),
                     DemoWriter::day(updated)});

    DemoClue clue;
    clue.id = clueId;
    clue.number = plan.number;
    clue.received = plan.received;
    const int clueIndex = int(m_context.clues.size());
    for (const DemoClueSubjectPlan &subject : plan.subjects) {
        m_writer.insert(
            DemoWriter::ClueSubjects,
            {clueId, m_context.cadres[size_t(subject.cadre)].id,
             subject.outcome.isEmpty() ? DemoWriter::null() : QVariant(subject.outcome)});
        m_context.cadres[size_t(subject.cadre)].clues.push_back({clueIndex, subject.outcome});
    }

    // The petitions office registers; one case officer carries the clue from there.
    from.clear();
    const QString registrar = officer(plan);
    const QString handler = officer(plan);
    for (const auto &step : plan.steps) {
        const QString &state = step.first;
        const bool approved
            = from == QLatin1String("disposition_proposed") || state == QLatin1String("case_filed")
              || state == QLatin1String("closed") || state == QLatin1String("transferred")
              || state == QLatin1String("preliminary_verification");
        QString note;
        if (state == QLatin1String("inquiry_replied"))
            note = QStringLiteral("本人已按期书面说明");
        else if (state == QLatin1String("talk_or_letter_inquiry"))
            note = QStringLiteral("发函询问，要求十五个工作日内书面说明");
        m_writer.insert(DemoWriter::ClueSteps,
                        {clueId, from.isEmpty() ? DemoWriter::null() : QVariant(from), state,
                         DemoWriter::day(step.second),
                         state == QLatin1String("registered") ? registrar : handler,
                         approved ? random.pick(county.approvers) : QString(),
                         approved ? DemoWriter::day(step.second) : DemoWriter::null(), note});
        clue.steps.push_back({step.second, state});
        from = state;
    }
    m_context.clues.push_back(clue);

    for (const DemoClueSubjectPlan &subject : plan.subjects) {
        if (!subject.firstFormMeasure.isEmpty())
            writeFirstForm(plan, clueId, subject, updated);
    }
    for (size_t i = 0; i < plan.cases.size(); ++i)
        writeCase(plan, plan.cases[i],
                  i == 0 && plan.steps.back().first == QLatin1String("case_filed") ? clueId : 0);
}

void ClueWriter::writeFirstForm(const DemoCluePlan &plan, qint64 clueId,
                                const DemoClueSubjectPlan &subject, QDate day)
{
    DemoCounty &county = m_context.counties[size_t(plan.county)];
    DemoCadre &cadre = m_context.cadres[size_t(subject.cadre)];
    const qint64 unitId = m_context.units[size_t(cadre.unit)].id;
    const QString reason = QStringLiteral("线索%1反映的%2问题").arg(plan.number, plan.theme);
    if (subject.firstFormMeasure == QLatin1String("talk.reminder")) {
        m_writer.insert(DemoWriter::Talks,
                        {cadre.id, DemoStrings::key("reminder"),
                         DemoStrings::key("discipline_commission"), DemoWriter::day(day),
                         officer(plan), reason,
                         QStringLiteral("指出苗头性问题，本人表示接受并整改"), clueId});
    } else if (subject.firstFormMeasure == QLatin1String("admonition")) {
        const qint64 id = m_writer.insert(DemoWriter::Admonitions,
                                          {cadre.id, DemoWriter::null(), clueId,
                                           county.disciplineCommittee(), DemoWriter::day(day),
                                           reasonFor(DemoStrings::key("admonition"), plan.theme)});
        m_writer.insert(DemoWriter::Talks, {cadre.id, DemoStrings::key("admonition"),
                                            DemoStrings::key("discipline_commission"),
                                            DemoWriter::day(day), county.approvers.first(), reason,
                                            QStringLiteral("诫勉谈话，本人作出书面检查"), clueId});
        MeasureRecord record;
        record.id = id;
        record.measure = DemoStrings::key("admonition");
        record.effectiveDate = day;
        cadre.measures.push_back(record);
    } else {
        m_writer.insert(DemoWriter::Notices,
                        {DemoStrings::key("written_self_examination_order"),
                         county.nextNumber(QStringLiteral("纪责检"), day.year()), unitId, cadre.id,
                         DemoWriter::null(), DemoWriter::day(day), DemoWriter::day(day.addDays(15)),
                         QStringLiteral("责令%1同志就%2作出书面检查").arg(cadre.name, reason)});
    }
}

void ClueWriter::writeCase(const DemoCluePlan &plan, const DemoCasePlan &filed, qint64 clueId)
{
    const qint64 caseId = m_writer.insert(
        DemoWriter::Cases,
        {filed.number, clueId ? QVariant(clueId) : DemoWriter::null(),
         m_context.units[size_t(filed.unit)].id, DemoWriter::day(filed.filed),
         DemoWriter::day(filed.closed), filed.summary,
         filed.accountability.isEmpty() ? DemoWriter::null() : QVariant(filed.accountability)});
    std::vector<DemoCaseReviews::Subject> reviewedSubjects;
    for (const DemoCaseSubjectPlan &subject : filed.subjects) {
        DemoCadre &cadre = m_context.cadres[size_t(subject.cadre)];
        // The leadership team when the case was filed: the top leader, or another member.
        const bool top = cadre.level == 3;
        m_writer.insert(DemoWriter::CaseSubjects,
                        {caseId, cadre.id, top ? 1 : 0, DemoWriter::day(subject.judicialTransfer),
                         !top && cadre.isTeamMember(filed.filed) ? 1 : 0});
        OpinionFacts::Case fact;
        fact.id = caseId;
        fact.number = filed.number;
        fact.filed = filed.filed;
        fact.closed = filed.closed;
        fact.transferredToJudiciary = subject.judicialTransfer;
        cadre.cases.push_back(fact);
        DemoCaseReviews::Subject reviewed{subject.cadre, {}};
        for (const DemoMeasurePlan &measure : subject.measures) {
            const auto written = writeMeasure(plan, filed, subject.cadre, measure, caseId);
            reviewed.decided.push_back({measure, written.first, written.second});
        }
        reviewedSubjects.push_back(reviewed);
    }
    // Cases of the two responsibilities are checks on a unit, not cases the office reviews.
    if (filed.accountability.isEmpty())
        DemoCaseReviews::write(m_context, caseId, plan.theme, filed.filed, filed.closed,
                               reviewedSubjects);
}

std::pair<QString, qint64> ClueWriter::writeMeasure(const DemoCluePlan &plan,
                                                    const DemoCasePlan &filed, int cadreIndex,
                                                    const DemoMeasurePlan &measure, qint64 caseId)
{
    DemoCounty &county = m_context.counties[size_t(plan.county)];
    DemoCadre &cadre = m_context.cadres[size_t(cadreIndex)];
    const QString theme = filed.accountability.isEmpty() ? plan.theme : filed.summary;
    const QString reason = reasonFor(measure.measure, theme);
    const int dot = int(measure.measure.indexOf(QLatin1Char('.')));
    const QString system = measure.measure.left(dot);
    const QString kind = measure.measure.mid(dot + 1);
    const int year = measure.effective.year();
    MeasureRecord record;
    QString table;
    record.measure = measure.measure;
    record.effectiveDate = measure.effective;
    if (system == QLatin1String("party") || system == QLatin1String("government")
        || system == QLatin1String("institution")) {
        QString number;
        QString decidedBy;
        if (system == QLatin1String("party")) {
            number = county.nextNumber(QStringLiteral("纪处"), year);
            decidedBy = county.disciplineCommittee();
        } else if (system == QLatin1String("government")) {
            number = county.nextNumber(QStringLiteral("监处"), year);
            decidedBy = county.supervisoryCommission();
        } else {
            // An institution's department decides; a town decides for its own service stations.
            number = county.nextNumber(QStringLiteral("人社处"), year);
            const DemoUnit &unit = m_context.units[size_t(cadre.unit)];
            decidedBy = unit.kind == QLatin1String("institution") && unit.parentId > 0
                            ? m_context.units[size_t(unit.parentId - 1)].name
                            : unit.name;
        }
        table = QStringLiteral("sanctions");
        record.id = m_writer.insert(
            DemoWriter::Sanctions,
            {cadre.id, caseId, system, kind, number, decidedBy, DemoWriter::day(measure.effective),
             measure.probationMonths > 0 ? QVariant(measure.probationMonths) : DemoWriter::null(),
             DemoWriter::day(measure.rightsRestored), reason});
        if (measure.probationMonths > 0)
            record.probationMonths = measure.probationMonths;
        record.rightsRestoredDate = measure.rightsRestored;
    } else if (system == QLatin1String("handling")) {
        table = QStringLiteral("organizational_handlings");
        record.id = m_writer.insert(DemoWriter::OrganizationalHandlings,
                                    {cadre.id, caseId, kind, county.organizationDepartment(),
                                     DemoWriter::day(measure.effective), reason});
    } else {
        table = QStringLiteral("admonitions");
        record.id
            = m_writer.insert(DemoWriter::Admonitions,
                              {cadre.id, caseId, DemoWriter::null(), county.disciplineCommittee(),
                               DemoWriter::day(measure.effective), reason});
        m_writer.insert(DemoWriter::Talks,
                        {cadre.id, DemoStrings::key("admonition"),
                         DemoStrings::key("discipline_commission"),
                         DemoWriter::day(measure.effective), county.approvers.first(),
                         QStringLiteral("案件%1").arg(filed.number),
                         QStringLiteral("诫勉谈话，本人作出书面检查"), DemoWriter::null()});
    }
    cadre.measures.push_back(record);
    return {table, record.id};
}

} // namespace

namespace DemoClues {

std::vector<DemoMeasurePlan> decideMeasures(DemoContext &context, int cadreIndex, QDate effective,
                                            int severity)
{
    DemoRandom &random = context.random;
    const DemoCadre &cadre = context.cadres[size_t(cadreIndex)];
    std::vector<DemoMeasurePlan> measures;
    const QString system = governmentSystem(cadre);
    auto add = [&](const QString &measure) {
        measures.push_back({measure, effective, 0, QDate()});
    };

    // Top leaders here only receive what leaves them in post; heavier outcomes go to others.
    if (cadre.level == 3) {
        if (cadre.partyMembership != QLatin1String("none"))
            add(random.percent(65) ? DemoStrings::key("party.warning")
                                   : DemoStrings::key("party.serious_warning"));
        if (random.percent(40))
            add(system
                + (random.percent(50) ? DemoStrings::key(".warning")
                                      : DemoStrings::key(".demerit")));
        if (measures.empty())
            add(DemoStrings::key("admonition"));
        return measures;
    }

    const bool member = cadre.partyMembership != QLatin1String("none");
    if (!member) {
        if (random.percent(85)) {
            const QStringList kinds
                = system == QLatin1String("institution")
                      ? QStringList{DemoStrings::key("warning"), DemoStrings::key("demerit"),
                                    DemoStrings::key("post_grade_lowering"),
                                    DemoStrings::key("dismissal"), DemoStrings::key("expulsion")}
                      : QStringList{
                          DemoStrings::key("warning"),       DemoStrings::key("demerit"),
                          DemoStrings::key("major_demerit"), DemoStrings::key("demotion"),
                          DemoStrings::key("dismissal"),     DemoStrings::key("expulsion")};
            const std::vector<int> weights = system == QLatin1String("institution")
                                                 ? std::vector<int>{40, 35, 12, 8, 5}
                                                 : std::vector<int>{35, 35, 15, 8, 5, 2};
            add(system + QLatin1Char('.') + kinds.at(random.weighted(weights)));
        } else {
            add(DemoStrings::key("admonition"));
        }
        return measures;
    }

    static const char *partyKinds[]
        = {"party.warning",   "party.serious_warning", "party.removal_from_party_post",
           "party.probation", "party.expulsion",       "admonition"};
    const std::vector<int> weights = severity == 2   ? std::vector<int>{20, 32, 10, 20, 18, 0}
                                     : severity == 1 ? std::vector<int>{42, 27, 5, 8, 4, 14}
                                                     : std::vector<int>{55, 20, 2, 3, 0, 20};
    const QString party = DemoStrings::key(partyKinds[random.weighted(weights)]);
    if (party == QLatin1String("party.probation")) {
        DemoMeasurePlan probation{party, effective, random.percent(75) ? 12 : 24, QDate()};
        const QDate restored = effective.addMonths(probation.probationMonths);
        if (restored <= context.today)
            probation.rightsRestored = restored;
        measures.push_back(probation);
    } else {
        add(party);
    }

    // The matching government or institution sanction.
    const bool institution = system == QLatin1String("institution");
    if (party == QLatin1String("party.expulsion")) {
        add(system
            + (random.percent(80) ? DemoStrings::key(".expulsion")
                                  : DemoStrings::key(".dismissal")));
    } else if (party == QLatin1String("party.probation")) {
        add(system
            + (random.percent(60) ? DemoStrings::key(".dismissal")
               : institution      ? DemoStrings::key(".post_grade_lowering")
                                  : DemoStrings::key(".demotion")));
    } else if (party == QLatin1String("party.removal_from_party_post")) {
        add(system
            + (random.percent(50) || institution ? DemoStrings::key(".dismissal")
                                                 : DemoStrings::key(".major_demerit")));
    } else if (party == QLatin1String("party.serious_warning") && random.percent(40)) {
        add(system
            + (random.percent(60) || institution ? DemoStrings::key(".demerit")
                                                 : DemoStrings::key(".major_demerit")));
    } else if (party == QLatin1String("party.warning") && random.percent(25)) {
        add(system
            + (random.percent(50) ? DemoStrings::key(".warning") : DemoStrings::key(".demerit")));
    }

    // Leaders who keep their party standing may still be moved.
    if (cadre.level >= 1 && party != QLatin1String("party.expulsion")
        && party != QLatin1String("admonition") && party != QLatin1String("party.warning")
        && random.percent(35)) {
        static const char *handlings[] = {"handling.post_adjustment", "handling.removal",
                                          "handling.ordered_resignation", "handling.demotion"};
        add(DemoStrings::key(handlings[random.weighted({40, 30, 10, 20})]));
    }
    return measures;
}

void write(DemoContext &context, const std::vector<DemoCluePlan> &plans)
{
    ClueWriter writer(context);
    for (const DemoCluePlan &plan : plans)
        writer.write(plan);
}

} // namespace DemoClues
