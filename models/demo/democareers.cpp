#include "democontext.h"
#include "demonames.h"
#include "demopeople.h"
#include "demounits.h"
#include "domain/pinyin.h"
#include "records/cadresearchindex.h"

namespace {

// A unit of the same county where an earlier post could have been held.
const DemoUnit &earlierUnit(DemoContext &context, DemoRandom &random, const DemoCadre &cadre)
{
    const DemoCounty &county = context.counties[size_t(cadre.county)];
    if (random.percent(35))
        return context.units[size_t(cadre.unit)];
    for (int attempt = 0; attempt < 8; ++attempt) {
        const DemoUnit &unit = context.units[size_t(random.pick(county.units))];
        if (unit.kind == QLatin1String("township") || unit.kind == QLatin1String("department"))
            return unit;
    }
    return context.units[size_t(cadre.unit)];
}

struct EarlierPost
{
    QString title;
    QString rank;
};

EarlierPost earlierPost(DemoRandom &random, const DemoUnit &unit, int level)
{
    const QString section
        = unit.sections.isEmpty() ? QStringLiteral("办公室") : random.pick(unit.sections);
    if (level >= 2) {
        const bool town = unit.kind == QLatin1String("township");
        // A unit without a deputy of its own (the county committee) had one in a section.
        const QString deputy
            = unit.deputyTitle.isEmpty() ? section + QStringLiteral("副主任") : unit.deputyTitle;
        return {town && random.percent(50) ? QStringLiteral("党委委员、") + deputy : deputy,
                unit.cityLevel ? QStringLiteral("副处级") : QStringLiteral("副科级")};
    }
    const bool enterprise = unit.kind == QLatin1String("enterprise");
    const bool institution = unit.kind == QLatin1String("institution");
    if (level == 1)
        return {DemoUnits::headOf(section, enterprise), enterprise    ? QString()
                                                        : institution ? QStringLiteral("管理八级")
                                                        : unit.cityLevel
                                                            ? QStringLiteral("正科级")
                                                            : QStringLiteral("二级主任科员")};
    if (enterprise)
        return {section + QStringLiteral("职员"), QString()};
    if (institution)
        return {section + QStringLiteral("干事"), QStringLiteral("管理九级")};
    return {section + QStringLiteral("科员"),
            random.percent(50) ? QStringLiteral("四级主任科员") : QStringLiteral("一级科员")};
}

void writePositions(DemoContext &context, DemoRandom &random, DemoCadre &cadre)
{
    DemoWriter &writer = context.writer;
    const DemoUnit &unit = context.units[size_t(cadre.unit)];
    QDate end; // of the post the cadre holds (or held last)
    if (cadre.status == QLatin1String("retired"))
        end = std::min(cadre.birthDate.addYears(60), context.today.addDays(-10));
    else if (cadre.status != QLatin1String("serving") && !cadre.demotedOn.isValid())
        end = random.dayBetween(cadre.positionStart, context.today.addDays(-5));
    if (cadre.demotedOn.isValid())
        end = cadre.demotedOn.addDays(-1);
    if (end.isValid() && end < cadre.positionStart)
        end = cadre.positionStart;

    // The post from the roster, and after a case the lower one the cadre holds now.
    writer.insert(DemoWriter::Positions,
                  {cadre.id, unit.id, cadre.position, cadre.rank,
                   DemoWriter::day(cadre.positionStart), DemoWriter::day(end)});
    if (cadre.level >= 2 && cadre.positionStart >= context.firstDay)
        cadre.appointments.push_back({cadre.positionStart, cadre.position});
    if (cadre.demotedOn.isValid() && !cadre.laterPosition.startsWith(QStringLiteral("原")))
        writer.insert(DemoWriter::Positions,
                      {cadre.id, unit.id, cadre.laterPosition, cadre.laterRank,
                       DemoWriter::day(cadre.demotedOn), DemoWriter::null()});

    // Earlier posts, one level lower each, back to the first job at about 23.
    const int earlier = cadre.level == 3   ? random.between(2, 3)
                        : cadre.level == 2 ? random.between(1, 3)
                        : cadre.level == 1 ? random.between(1, 2)
                                           : random.between(0, 2);
    // At most four posts in all; a demotion after a case is one of them.
    const int earlierPosts = std::min(earlier, cadre.demotedOn.isValid() ? 2 : 3);
    const QDate firstJob = cadre.birthDate.addYears(22).addDays(random.bounded(700));
    QDate nextStart = cadre.positionStart;
    int level = cadre.level;
    for (int i = 0; i < earlierPosts; ++i) {
        const QDate postEnd = nextStart.addDays(-1);
        QDate postStart = postEnd.addDays(-random.between(540, 2200));
        const bool last = postStart <= firstJob;
        if (last)
            postStart = firstJob;
        if (postStart > postEnd)
            break;
        level = std::max(0, level - 1);
        const DemoUnit &where = earlierUnit(context, random, cadre);
        const EarlierPost post = earlierPost(random, where, level);
        writer.insert(DemoWriter::Positions,
                      {cadre.id, where.id, post.title, post.rank, DemoWriter::day(postStart),
                       DemoWriter::day(postEnd)});
        if (level >= 2 && postStart >= context.firstDay)
            cadre.appointments.push_back({postStart, post.title});
        nextStart = postStart;
        if (last)
            break;
    }
}

QString workPlace(DemoContext &context, DemoRandom &random, const DemoCadre &cadre,
                  QString *position)
{
    const QString county = context.counties[size_t(cadre.county)].name;
    static const QList<QPair<const char *, const char *>> jobs = {
        {"%1第一中学", "教师"},
        {"%1实验小学", "教师"},
        {"%1人民医院", "医生"},
        {"%1人民医院", "护士"},
        {"%1农村商业银行", "职员"},
        {"%1供电公司", "职员"},
        {"个体经营", "个体工商户"},
        {"%1城关镇中心小学", "教师"},
        {"中国移动%1分公司", "职员"},
        {"%1自来水公司", "职员"},
        {"务农", ""},
        {"无", ""},
    };
    const auto &job = random.pick(jobs);
    *position = QString::fromUtf8(job.second);
    return QString::fromUtf8(job.first).replace(QStringLiteral("%1"), county);
}

void writeRelatives(DemoContext &context, DemoRandom &random, DemoCadre &cadre)
{
    DemoWriter &writer = context.writer;
    const int age = cadre.birthDate.daysTo(context.today) / 365;
    const QString surname = cadre.name.left(cadre.name.startsWith(QStringLiteral("欧阳"))
                                                    || cadre.name.startsWith(QStringLiteral("诸葛"))
                                                    || cadre.name.startsWith(QStringLiteral("司马"))
                                                ? 2
                                                : 1);
    QString spouseSurname;
    if (cadre.spouseCadre >= 0) {
        const DemoCadre &spouse = context.cadres[size_t(cadre.spouseCadre)];
        cadre.spouseName = spouse.name;
        spouseSurname = spouse.name.left(1);
        writer.insert(DemoWriter::Relatives,
                      {cadre.id, QStringLiteral("spouse"), spouse.name, spouse.id,
                       context.units[size_t(spouse.unit)].name, spouse.currentPosition(), 1});
    } else if (age >= 26 && random.percent(88)) {
        cadre.spouseName = DemoNames::personName(random, !cadre.male);
        spouseSurname = cadre.spouseName.left(1);
        QString position;
        const QString place = workPlace(context, random, cadre, &position);
        writer.insert(DemoWriter::Relatives, {cadre.id, QStringLiteral("spouse"), cadre.spouseName,
                                              DemoWriter::null(), place, position, 1});
    }
    if (!cadre.spouseName.isEmpty()) {
        const int maxChildren = age >= 34 ? 2 : 1;
        cadre.children = random.weighted({15, 55, maxChildren > 1 ? 30 : 0});
        const QString childSurname = cadre.male ? surname : spouseSurname;
        for (int i = 0; i < cadre.children; ++i) {
            const bool son = random.percent(52);
            const int childAge = std::max(0, age - random.between(25, 33) - i * 3);
            QString place;
            QString position;
            if (childAge >= 23) {
                place = workPlace(context, random, cadre, &position);
            } else if (childAge >= 6) {
                place = childAge >= 18 ? QStringLiteral("在读大学生")
                                       : context.counties[size_t(cadre.county)].name
                                             + QStringLiteral("第一中学");
                position = QStringLiteral("学生");
            }
            writer.insert(DemoWriter::Relatives,
                          {cadre.id, son ? QStringLiteral("son") : QStringLiteral("daughter"),
                           childSurname + DemoNames::givenName(random, son), DemoWriter::null(),
                           place, position, 1});
        }
    }
    // Parents of older cadres have often died; the dossier lists the living ones.
    const int parentsAlive = age >= 50 ? 50 : 85;
    if (random.percent(parentsAlive))
        writer.insert(DemoWriter::Relatives,
                      {cadre.id, QStringLiteral("father"),
                       surname + DemoNames::givenName(random, true), DemoWriter::null(),
                       random.percent(60) ? QStringLiteral("务农") : QStringLiteral("退休"),
                       QString(), 1});
    if (random.percent(parentsAlive + 5))
        writer.insert(DemoWriter::Relatives,
                      {cadre.id, QStringLiteral("mother"), DemoNames::personName(random, false),
                       DemoWriter::null(),
                       random.percent(60) ? QStringLiteral("务农") : QStringLiteral("退休"),
                       QString(), 1});
    if (random.percent(30)) {
        const bool brother = random.percent(50);
        QString position;
        const QString place = workPlace(context, random, cadre, &position);
        writer.insert(DemoWriter::Relatives,
                      {cadre.id, brother ? QStringLiteral("brother") : QStringLiteral("sister"),
                       surname + DemoNames::givenName(random, brother), DemoWriter::null(), place,
                       position, 0});
    }
}

} // namespace

namespace DemoPeople {

void write(DemoContext &context)
{
    DemoWriter &writer = context.writer;
    DemoRandom fixtureRandom(20240502);
    for (DemoCadre &cadre : context.cadres) {
        Q_ASSERT(writer.nextId(DemoWriter::Cadres) == cadre.id);
        const DemoUnit &unit = context.units[size_t(cadre.unit)];
        DemoRandom &random = cadre.fixture ? fixtureRandom : context.random;
        const PinyinKeys keys = Pinyin::keysForName(cadre.name);
        QDate updated = std::max(cadre.dossierCreated, cadre.positionStart);
        if (cadre.demotedOn.isValid())
            updated = std::max(updated, cadre.demotedOn);
        updated = std::min(updated, context.today);
        writer.insert(DemoWriter::Cadres,
                      {cadre.dossierNumber,
                       cadre.name,
                       cadre.male ? QStringLiteral("male") : QStringLiteral("female"),
                       DemoWriter::day(cadre.birthDate),
                       cadre.ethnicity,
                       cadre.idNumber,
                       cadre.nativePlace,
                       cadre.education,
                       cadre.partyMembership,
                       DemoWriter::day(cadre.partyJoinDate),
                       cadre.employment,
                       unit.id,
                       cadre.currentPosition(),
                       cadre.currentRank(),
                       cadre.isTopLeader() ? 1 : 0,
                       cadre.status,
                       keys.full.join(QLatin1Char(' ')),
                       keys.initials.join(QLatin1Char(' ')),
                       DemoContext::timestamp(cadre.dossierCreated, random.between(60, 540)),
                       DemoContext::timestamp(updated, random.between(60, 540)),
                       !cadre.isTopLeader() && cadre.isTeamMember(context.today) ? 1 : 0});
        writer.insert(DemoWriter::CadreSearch,
                      {cadre.id, CadreSearchIndex::haystack(cadre.name, unit.name,
                                                            cadre.currentPosition(), keys)});
    }
    // Careers and families after all cadres exist, so a spouse who is a cadre can be linked.
    for (DemoCadre &cadre : context.cadres) {
        DemoRandom &random = cadre.fixture ? fixtureRandom : context.random;
        writePositions(context, random, cadre);
        writeRelatives(context, random, cadre);
    }
}

} // namespace DemoPeople
