#pragma once

#include "demogenerator.h"
#include "demorandom.h"
#include "demowriter.h"
#include "domain/opinion.h"
#include "domain/rules.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

// The world the demo data describes, planned in memory before it is written, so that records
// written later (opinions, reports) can rely on everything planned earlier.

struct DemoUnit
{
    qint64 id = 0;
    QString name;      // full name, e.g. 清河县财政局
    QString shortName; // what its own papers call it, e.g. 财政局
    QString kind;      // units.kind
    qint64 parentId = 0;
    qint64 supervisingUnitId = 0;
    int county = 0;
    int sortOrder = 0;
    // A party committee or party group holds 民主生活会; a branch holds 组织生活会.
    bool partyCommittee = true;
    // The unit's line of business, for texts: 财政资金管理, 水利工程建设 …
    QString area;
    bool cityLevel = false; // a unit of the city itself: ranks one step higher
    QString topTitle;
    QString deputyTitle;
    QStringList sections; // 股, 科, 部 … whose heads are middle managers
    int plannedSize = 0;
    std::vector<int> cadres; // every cadre of the unit
    std::vector<int> team;   // the leadership team, the top leader first
    int topLeader = -1;
    int disciplineLeader = -1; // 纪委书记 of a town, 组长 of a stationed group
};

struct DemoCadre
{
    qint64 id = 0;
    int unit = 0;
    int county = 0;
    QString name;
    bool male = true;
    QDate birthDate;
    QString ethnicity;
    QString idNumber;
    QString nativePlace;
    QString education;
    QString partyMembership; // member, probationary, none
    QDate partyJoinDate;
    QString employment;
    QString position; // the post on the unit's roster
    QString rank;
    int level = 0; // 3 top leader, 2 team member, 1 middle manager, 0 staff
    bool disciplineRole = false;
    QDate positionStart;
    QString status = QStringLiteral("serving");
    QString dossierNumber;
    QDate dossierCreated;
    int fixture = 0; // the DemoFixture id, 0 for everyone else

    // A case took the post away: from this day the cadre holds `laterPosition` (which starts
    // with 原 when the cadre left public employment).
    QDate demotedOn;
    QString laterPosition;
    QString laterRank;

    int spouseCadre = -1; // married to another cadre
    QString spouseName;
    int children = 0;

    // Facts behind integrity opinions, filled while clues and cases are written.
    struct ClueLink
    {
        int clue = 0; // index into DemoContext::clues
        QString outcome;
    };
    std::vector<ClueLink> clues;
    std::vector<OpinionFacts::Case> cases;
    std::vector<MeasureRecord> measures;
    // Leading posts taken since 2021, for 任前廉政谈话.
    std::vector<std::pair<QDate, QString>> appointments;

    QString currentPosition() const { return demotedOn.isValid() ? laterPosition : position; }
    QString currentRank() const { return demotedOn.isValid() ? laterRank : rank; }
    bool isTopLeader() const { return level == 3 && !demotedOn.isValid(); }
    // On the leadership team on `day`: appointed by then and not demoted.
    bool isTeamMember(QDate day) const
    {
        return level >= 2 && positionStart <= day && (!demotedOn.isValid() || demotedOn > day);
    }
};

// A county (or the city's own level) and its commission.
struct DemoCounty
{
    QString name;      // 清河县, 江北区, 嘉平市
    QString shortName; // 清河
    QString prefix;    // QH, for dossier numbers
    QString areaCode;  // the first six digits of id numbers issued there
    bool cityLevel = false;
    int city = -1; // the city it is in, or is (an index of DemoContext::counties); -1 in a county
    int root = -1;
    std::vector<int> units;
    std::vector<int> cadres;
    QStringList officers;  // commission staff who operate the workflow
    QStringList approvers; // commission leaders who approve
    int dossierSequence = 0;
    QMap<QString, int> numberSequences;

    QString commissionName() const { return name + QStringLiteral("纪委监委"); }
    QString disciplineCommittee() const
    {
        return QStringLiteral("中共") + name + QStringLiteral("纪律检查委员会");
    }
    QString supervisoryCommission() const { return name + QStringLiteral("监察委员会"); }
    QString partyCommittee() const { return QStringLiteral("中共") + name + QStringLiteral("委"); }
    QString organizationDepartment() const { return partyCommittee() + QStringLiteral("组织部"); }
    // The next number of a series in a year, e.g. 清河纪线〔2025〕12号.
    QString nextNumber(const QString &series, int year)
    {
        const QString key = series + QString::number(year);
        const int number = ++numberSequences[key];
        return QStringLiteral("%1%2〔%3〕%4号").arg(shortName, series).arg(year).arg(number);
    }
};

// A clue as written, kept to answer "where did it stand on a day?" for opinions.
struct DemoClue
{
    qint64 id = 0;
    QString number;
    QDate received;
    std::vector<std::pair<QDate, QString>> steps; // date, to_state, in order
};

struct DemoContext
{
    DemoContext(const QSqlDatabase &db, const DemoOptions &options, const Rules &rules)
        : options(options)
        , today(options.today)
        , random(options.seed)
        , writer(db)
        , rules(rules)
    {}

    DemoOptions options;
    QDate today;
    QDate firstDay = QDate(2021, 1, 1);
    DemoRandom random;
    DemoWriter writer;
    Rules rules;
    std::vector<DemoCounty> counties;
    std::vector<DemoUnit> units;
    std::vector<DemoCadre> cadres;
    std::vector<DemoClue> clues;
    QSet<QString> reservedNames; // the fixtures' names, given to nobody else

    // A city or a province: many counties, each of a city's size.
    bool isCity() const { return options.scale != DemoOptions::County; }
    // Days before today stay; later ones are left out, since records cannot be in the future.
    bool happened(QDate day) const { return day.isValid() && day <= today; }
    static QString timestamp(QDate day, int minuteOfDay)
    {
        return QStringLiteral("%1T%2:%3:00Z")
            .arg(day.toString(Qt::ISODate))
            .arg(minuteOfDay / 60 % 24, 2, 10, QLatin1Char('0'))
            .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
    }
};
