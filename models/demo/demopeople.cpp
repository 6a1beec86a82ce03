#include "demopeople.h"

#include "democontext.h"
#include "demofixtures.h"
#include "demonames.h"
#include "demounits.h"

namespace {

QString staffRank(DemoRandom &random, const QString &employment, int birthYear)
{
    if (employment == QLatin1String("enterprise"))
        return QString();
    if (employment == QLatin1String("public_institution")) {
        if (birthYear <= 1978)
            return random.percent(50) ? QStringLiteral("专业技术八级") : QStringLiteral("管理八级");
        if (birthYear <= 1988)
            return random.percent(50) ? QStringLiteral("专业技术十级") : QStringLiteral("管理九级");
        return random.percent(60) ? QStringLiteral("专业技术十二级") : QStringLiteral("管理十级");
    }
    if (birthYear <= 1975) {
        const int draw = random.bounded(10);
        return draw < 3   ? QStringLiteral("一级主任科员")
               : draw < 7 ? QStringLiteral("二级主任科员")
                          : QStringLiteral("三级主任科员");
    }
    if (birthYear <= 1985)
        return random.percent(40) ? QStringLiteral("三级主任科员") : QStringLiteral("四级主任科员");
    if (birthYear <= 1990)
        return random.percent(50) ? QStringLiteral("四级主任科员") : QStringLiteral("一级科员");
    return random.percent(60) ? QStringLiteral("一级科员") : QStringLiteral("二级科员");
}

QDate birthDateFor(DemoRandom &random, int level)
{
    const int first = level == 3 ? 1966 : level == 2 ? 1968 : level == 1 ? 1968 : 1965;
    const int last = level == 3 ? 1982 : level == 2 ? 1988 : level == 1 ? 1992 : 1995;
    return random.dayBetween(QDate(first, 1, 1), QDate(last, 12, 31));
}

QString freshName(DemoContext &context, bool male)
{
    for (;;) {
        const QString name = DemoNames::personName(context.random, male);
        if (!context.reservedNames.contains(name))
            return name;
    }
}

void fillPerson(DemoContext &context, DemoCadre &cadre, DemoRandom &random)
{
    const DemoCounty &county = context.counties[size_t(cadre.county)];
    const int birthYear = cadre.birthDate.year();
    cadre.ethnicity = DemoNames::ethnicity(random);
    cadre.education = DemoNames::education(random, birthYear, cadre.level);

    QString areaCode = county.areaCode;
    const int place = random.bounded(100);
    if (place < 75) {
        cadre.nativePlace = county.name;
    } else if (place < 88 && context.counties.size() > 1) {
        const DemoCounty &other = random.pick(context.counties);
        cadre.nativePlace = other.name;
        areaCode = other.areaCode;
    } else {
        const DemoNames::Place distant = DemoNames::distantPlace(random);
        cadre.nativePlace = distant.name;
        areaCode = distant.areaCode;
    }
    cadre.idNumber
        = DemoNames::idNumber(areaCode, cadre.birthDate, random.bounded(1000), cadre.male);

    // Leaders are party members; most others too.
    const int memberChance = cadre.level >= 2                                          ? 100
                             : cadre.level == 1                                        ? 95
                             : cadre.employment == QLatin1String("enterprise")         ? 60
                             : cadre.employment == QLatin1String("public_institution") ? 75
                                                                                       : 85;
    const QDate latestJoin = context.today.addYears(-1);
    if (random.percent(memberChance)) {
        cadre.partyMembership = QStringLiteral("member");
        QDate joined
            = cadre.birthDate.addYears(random.between(20, 32)).addDays(random.bounded(365));
        if (joined > latestJoin)
            joined = random.dayBetween(cadre.birthDate.addYears(19), latestJoin);
        cadre.partyJoinDate = joined;
    } else if (cadre.level == 0 && random.percent(15)) {
        cadre.partyMembership = QStringLiteral("probationary");
        cadre.partyJoinDate = context.today.addDays(-random.between(30, 330));
    } else {
        cadre.partyMembership = QStringLiteral("none");
    }

    if (cadre.rank.isEmpty())
        cadre.rank = staffRank(random, cadre.employment, birthYear);
}

QDate positionStartFor(DemoContext &context, DemoRandom &random, const DemoCadre &cadre)
{
    const QDate earliest = cadre.birthDate.addYears(23);
    const QDate from = std::max(earliest, cadre.level >= 2   ? QDate(2015, 1, 1)
                                          : cadre.level == 1 ? QDate(2012, 1, 1)
                                                             : QDate(2004, 1, 1));
    return random.dayBetween(from, context.today.addDays(-20));
}

void assignDossier(DemoContext &context, DemoCadre &cadre, DemoRandom &random)
{
    DemoCounty &county = context.counties[size_t(cadre.county)];
    // The dossier library was built in 2018–2019; later arrivals got theirs on arrival.
    QDate created;
    if (cadre.positionStart < QDate(2019, 6, 1))
        created = random.dayBetween(QDate(2018, 3, 1), QDate(2019, 6, 30));
    else
        created = std::min(context.today, cadre.positionStart.addDays(random.between(0, 20)));
    cadre.dossierCreated = created;
    cadre.dossierNumber = QStringLiteral("%1-%2-%3")
                              .arg(county.prefix)
                              .arg(created.year())
                              .arg(++county.dossierSequence, 5, 10, QLatin1Char('0'));
}

// A few couples where both are cadres, in different units of the same county.
void marryCadres(DemoContext &context)
{
    for (DemoCounty &county : context.counties) {
        std::vector<int> women;
        for (int index : county.cadres) {
            const DemoCadre &cadre = context.cadres[size_t(index)];
            if (!cadre.male && cadre.fixture == 0 && cadre.birthDate.year() <= 1992)
                women.push_back(index);
        }
        for (int index : county.cadres) {
            DemoCadre &husband = context.cadres[size_t(index)];
            if (!husband.male || husband.fixture != 0 || husband.spouseCadre >= 0
                || !context.random.perMille(12) || women.empty())
                continue;
            const int pick = context.random.bounded(int(women.size()));
            DemoCadre &wife = context.cadres[size_t(women[size_t(pick)])];
            if (wife.spouseCadre >= 0 || wife.unit == husband.unit
                || qAbs(wife.birthDate.year() - husband.birthDate.year()) > 8)
                continue;
            husband.spouseCadre = women[size_t(pick)];
            wife.spouseCadre = index;
            women.erase(women.begin() + pick);
        }
    }
}

} // namespace

namespace DemoPeople {

void plan(DemoContext &context)
{
    // Rosters first, then the scenario cadres take their posts, then everyone else.
    std::vector<std::vector<DemoSlot>> rosters(context.units.size());
    for (size_t unit = 0; unit < context.units.size(); ++unit)
        rosters[unit] = DemoUnits::roster(context, int(unit), context.units[unit].plannedSize);

    const std::vector<DemoFixturePerson> &fixtures = DemoFixtures::people();
    for (const DemoFixturePerson &person : fixtures)
        context.reservedNames.insert(QString::fromUtf8(person.name));
    std::vector<std::vector<qint64>> takenBy(context.units.size());
    for (size_t unit = 0; unit < context.units.size(); ++unit)
        takenBy[unit].assign(rosters[unit].size(), 0);

    DemoRandom fixtureRandom(20240501);
    const DemoCounty &home = context.counties[0];
    for (const DemoFixturePerson &person : fixtures) {
        const QString unitName = home.name + QString::fromUtf8(person.unit);
        int unit = -1;
        for (int index : home.units) {
            if (context.units[size_t(index)].name == unitName)
                unit = index;
        }
        Q_ASSERT(unit >= 0);
        const QString title = QString::fromUtf8(person.title);
        std::vector<DemoSlot> &posts = rosters[size_t(unit)];
        int slotIndex = -1;
        for (size_t i = 0; i < posts.size() && slotIndex < 0; ++i) {
            if (posts[i].title == title && takenBy[size_t(unit)][i] == 0)
                slotIndex = int(i);
        }
        if (slotIndex < 0) {
            DemoSlot extra = posts.back();
            extra.title = title;
            posts.push_back(extra);
            takenBy[size_t(unit)].push_back(0);
            slotIndex = int(posts.size()) - 1;
        }
        takenBy[size_t(unit)][size_t(slotIndex)] = person.id;
        DemoSlot &slot = posts[size_t(slotIndex)];
        slot.level = person.level;
        slot.rank = QString::fromUtf8(person.rank);

        DemoCadre cadre;
        cadre.id = person.id;
        cadre.fixture = int(person.id);
        cadre.unit = unit;
        cadre.county = 0;
        cadre.name = QString::fromUtf8(person.name);
        cadre.male = person.male;
        cadre.birthDate = person.birthDate;
        cadre.position = title;
        cadre.rank = slot.rank;
        cadre.level = person.level;
        cadre.employment = slot.employment;
        cadre.disciplineRole = slot.disciplineRole;
        cadre.positionStart = person.positionStart;
        fillPerson(context, cadre, fixtureRandom);
        assignDossier(context, cadre, fixtureRandom);
        context.cadres.push_back(cadre);
    }

    for (size_t unit = 0; unit < context.units.size(); ++unit) {
        const DemoUnit &info = context.units[unit];
        for (size_t i = 0; i < rosters[unit].size(); ++i) {
            if (takenBy[unit][i] != 0)
                continue;
            const DemoSlot &slot = rosters[unit][i];
            DemoCadre cadre;
            cadre.id = qint64(context.cadres.size()) + 1;
            cadre.unit = int(unit);
            cadre.county = info.county;
            const int maleShare = slot.level == 3 ? 85 : slot.level == 2 ? 75 : 55;
            cadre.male = context.random.percent(maleShare);
            cadre.name = freshName(context, cadre.male);
            cadre.birthDate = birthDateFor(context.random, slot.level);
            cadre.position = slot.title;
            cadre.rank = slot.rank;
            cadre.level = slot.level;
            cadre.employment = slot.employment;
            cadre.disciplineRole = slot.disciplineRole;
            cadre.positionStart = positionStartFor(context, context.random, cadre);
            fillPerson(context, cadre, context.random);
            // Staff near sixty have partly retired; a few moved away or died.
            if (slot.level == 0) {
                if (cadre.birthDate.year() <= 1966 && context.random.percent(40))
                    cadre.status = QStringLiteral("retired");
                else if (context.random.perMille(20))
                    cadre.status = QStringLiteral("transferred");
                else if (context.random.perMille(2))
                    cadre.status = QStringLiteral("deceased");
            }
            assignDossier(context, cadre, context.random);
            context.cadres.push_back(cadre);
        }
    }

    // Index the people by unit and county: the top leader and the team first.
    for (size_t index = 0; index < context.cadres.size(); ++index) {
        const DemoCadre &cadre = context.cadres[index];
        DemoUnit &unit = context.units[size_t(cadre.unit)];
        unit.cadres.push_back(int(index));
        context.counties[size_t(cadre.county)].cadres.push_back(int(index));
        if (cadre.level == 3)
            unit.topLeader = int(index);
        if (cadre.disciplineRole)
            unit.disciplineLeader = int(index);
    }
    for (DemoUnit &unit : context.units) {
        if (unit.topLeader >= 0)
            unit.team.push_back(unit.topLeader);
        for (int index : unit.cadres) {
            if (context.cadres[size_t(index)].level == 2)
                unit.team.push_back(index);
        }
    }
    marryCadres(context);
}

} // namespace DemoPeople
