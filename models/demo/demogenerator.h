#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

class Database;

struct DemoOptions
{
    enum Scale { County, City, Province } scale = County;
    quint32 seed = 20241;
    // Records run from 2021 up to this day; nothing is dated later.
    QDate today = QDate(2026, 11, 20);
};

// The scenario cadres (SCENARIOS.md), at the same ids at every scale and seed, in 清河县.
// Their integrity-opinion categories hold as of the default day, 2026-11-20.
namespace DemoFixture {
enum CadreId : qint64 {
    // 方志华, director of 清河县疾病预防控制中心 (top leader): petition clue 2025 → preliminary
    // verification → case filed; party warning and government demerit effective 2025 (category 3).
    DiseaseControlDirector = 1,
    // 李卫东, his deputy: admonition (诫勉) effective 2026-09-18, inside its period (category 5).
    DiseaseControlDeputy = 2,
    // 张建国, top leader of 清河县水利局, never a clue: `zjg` finds him (category 1).
    WaterBureauDirector = 3,
    // 曾志伟, 清河县交通运输局: two clues, both closed as untrue / explained (category 2), `zzw`.
    ClosedCluesCadre = 4,
    // 单丽娟, 清河县城关镇: letter inquiry sent, reply overdue (category 4), `slj`.
    OpenInquiryCadre = 5,
    // 王志刚, 清河县东坝乡: clue closed with a first-form measure (category 3).
    FirstFormCadre = 6,
    // 陈明辉, 清河县住房和城乡建设局: under preliminary verification (category 5).
    VerificationCadre = 7,
    // 黄志强, 清河县自然资源局: party probation (留党察看) 12 months from 2026-02-10 (category 6).
    ProbationCadre = 8,
    // 赵德胜, 清河县城市建设投资有限公司: expelled and transferred to the judiciary (category 6).
    JudicialTransferCadre = 9,
    // 周丽 and 孙涛, 方志华's colleagues in the 2025 case (category 3).
    DiseaseControlFinanceHead = 10,
    DiseaseControlOfficeHead = 11,
    // 吴晓东, 清河县市场监督管理局: government warning whose period ends 2026-11-24 (category 5).
    ExpiringWarningCadre = 12,
};
} // namespace DemoFixture

struct DemoFixtureInfo
{
    qint64 cadreId = 0;
    QString name;
    QString unit;
    int category = 0; // the integrity-opinion category as of the default day
    QString story;
};

struct DemoSummary
{
    QString scale;
    quint32 seed = 0;
    QString commissionName;
    QMap<QString, qint64> counts; // rows per table (cadre_search included)
    qint64 records = 0;           // every row except settings, rules, audit and search index
    QList<DemoFixtureInfo> fixtures;
    QStringList accounts; // the demo accounts made here, one per role, password demoPassword()
};

// Fills an empty dossier database with a believable county (or city) and six years of records,
// the same data for the same seed. Everything is one transaction with one audit entry.
class DemoGenerator
{
public:
    static DemoSummary generate(Database &database, const DemoOptions &options);
    // Whether the database has units or cadres already: a demo goes only into an empty one.
    static bool holdsDossiers(const Database &database);
    static QList<DemoFixtureInfo> fixtures();
    static QString scaleName(DemoOptions::Scale scale);
};
