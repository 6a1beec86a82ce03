#include "rules.h"

#include <algorithm>

namespace {

struct MeasureName
{
    const char *key;
    const char *label;
    const char *chineseName;
};

// Regulation order; the Chinese names are the legal terms used in printed documents.
const MeasureName measureNames[] = {
    {"party.warning", QT_TRANSLATE_NOOP("Rules", "Party warning"), "党内警告"},
    {"party.serious_warning", QT_TRANSLATE_NOOP("Rules", "Serious party warning"), "党内严重警告"},
    {"party.removal_from_party_post", QT_TRANSLATE_NOOP("Rules", "Removal from party post"),
     "撤销党内职务"},
    {"party.probation", QT_TRANSLATE_NOOP("Rules", "Party probation"), "留党察看"},
    {"party.expulsion", QT_TRANSLATE_NOOP("Rules", "Expulsion from the party"), "开除党籍"},
    {"government.warning", QT_TRANSLATE_NOOP("Rules", "Government warning"), "政务警告"},
    {"government.demerit", QT_TRANSLATE_NOOP("Rules", "Government demerit"), "政务记过"},
    {"government.major_demerit", QT_TRANSLATE_NOOP("Rules", "Government major demerit"),
     "政务记大过"},
    {"government.demotion", QT_TRANSLATE_NOOP("Rules", "Government demotion"), "政务降级"},
    {"government.dismissal", QT_TRANSLATE_NOOP("Rules", "Government dismissal"), "政务撤职"},
    {"government.expulsion", QT_TRANSLATE_NOOP("Rules", "Government expulsion"), "政务开除"},
    {"institution.warning", QT_TRANSLATE_NOOP("Rules", "Institution warning"), "警告"},
    {"institution.demerit", QT_TRANSLATE_NOOP("Rules", "Institution demerit"), "记过"},
    {"institution.post_grade_lowering", QT_TRANSLATE_NOOP("Rules", "Post grade lowering"),
     "降低岗位等级"},
    {"institution.dismissal", QT_TRANSLATE_NOOP("Rules", "Institution dismissal"), "撤职"},
    {"institution.expulsion", QT_TRANSLATE_NOOP("Rules", "Institution expulsion"), "开除"},
    {"handling.suspension", QT_TRANSLATE_NOOP("Rules", "Suspension for examination"), "停职检查"},
    {"handling.post_adjustment", QT_TRANSLATE_NOOP("Rules", "Post adjustment"), "调整职务"},
    {"handling.ordered_resignation", QT_TRANSLATE_NOOP("Rules", "Ordered resignation"), "责令辞职"},
    {"handling.removal", QT_TRANSLATE_NOOP("Rules", "Removal from post"), "免职"},
    {"handling.demotion", QT_TRANSLATE_NOOP("Rules", "Demotion in post"), "降职"},
    {"admonition", QT_TRANSLATE_NOOP("Rules", "Admonition"), "诫勉"},
    {"talk.reminder", QT_TRANSLATE_NOOP("Rules", "Reminder talk"), "提醒谈话"},
    {"talk.warning", QT_TRANSLATE_NOOP("Rules", "Warning talk"), "警示谈话"},
    {"clue.inquiry_closed", QT_TRANSLATE_NOOP("Rules", "Closed after talk or letter inquiry"),
     "谈话函询了结"},
    {"clue.verification_closed",
     QT_TRANSLATE_NOOP("Rules", "Closed after preliminary verification"), "初核了结"},
    {"measure.criticism_education", QT_TRANSLATE_NOOP("Rules", "Criticism and education"),
     "批评教育"},
    {"measure.ordered_examination", QT_TRANSLATE_NOOP("Rules", "Ordered self-examination"),
     "责令检查"},
    {"measure.circulated_criticism", QT_TRANSLATE_NOOP("Rules", "Circulated criticism"),
     "通报批评"},
    {"judicial_transfer", QT_TRANSLATE_NOOP("Rules", "Transfer to the judiciary"), "移送司法机关"},
};

const MeasureName *findMeasure(const QString &measure)
{
    for (const MeasureName &name : measureNames) {
        if (measure == QLatin1String(name.key))
            return &name;
    }
    return nullptr;
}

RuleRow makeRow(const char *measure, std::optional<int> months, int form, QDate validFrom,
                const char *source, const char *note = "")
{
    return RuleRow{
        QString::fromLatin1(measure), months, form, validFrom, QDate(), QString::fromUtf8(source),
        QString::fromUtf8(note)};
}

} // namespace

bool RuleRow::isValidOn(QDate day) const
{
    if (validFrom.isValid() && day < validFrom)
        return false;
    return !validTo.isValid() || day <= validTo;
}

Rules::Rules(std::vector<RuleRow> rows, int admonitionMonths)
    : m_rows(std::move(rows))
    , m_admonitionMonths(admonitionMonths)
{
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rowsByMeasure[m_rows[i].measure].push_back(i);
}

std::vector<RuleRow> Rules::defaults()
{
    const char *party = "《中国共产党纪律处分条例》(2023)";
    const char *government = "《公职人员政务处分法》(2020)";
    const char *institution = "《事业单位工作人员处分规定》(2023)";
    const char *handling = "《中国共产党组织处理规定（试行）》(2021)";
    const char *selection = "《党政领导干部选拔任用工作条例》(2019)";
    const char *fourForms = "中央纪委监督执纪四种形态统计口径";
    const QDate partyFrom(2024, 1, 1);
    const QDate governmentFrom(2020, 7, 1);
    const QDate institutionFrom(2023, 11, 6);
    const QDate handlingFrom(2021, 3, 24);
    const QDate selectionFrom(2019, 3, 3);
    const QDate fourFormsFrom(2017, 1, 1);
    const std::optional<int> none;

    return {
        makeRow("party.warning", 12, 2, partyFrom, party, "一年内不得在党内提升职务"),
        makeRow("party.serious_warning", 18, 2, partyFrom, party, "一年半内不得在党内提升职务"),
        makeRow("party.removal_from_party_post", 24, 3, partyFrom, party,
                "二年内不得在党内担任和向党外组织推荐担任与其原任职务相当或者高于其原任职务的职务"),
        makeRow("party.probation", 24, 3, partyFrom, party,
                "留党察看期一年或二年（一年期满可延长一年，最长二年）；"
                "恢复党员权利后二年内不得担任与其原任职务相当或者高于其原任职务的职务"),
        makeRow("party.expulsion", 60, 3, partyFrom, party,
                "五年内不得重新入党；未涉嫌犯罪的开除党籍属第三种形态"),
        makeRow("government.warning", 6, 2, governmentFrom, government, "处分期六个月"),
        makeRow("government.demerit", 12, 2, governmentFrom, government,
                "处分期十二个月；处分期内不得晋升职务、职级、级别，不得晋升薪酬待遇等级"),
        makeRow("government.major_demerit", 18, 2, governmentFrom, government,
                "处分期十八个月；处分期内不得晋升职务、职级、级别，不得晋升薪酬待遇等级"),
        makeRow("government.demotion", 24, 2, governmentFrom, government,
                "处分期二十四个月；《纪检监察机关监督执纪“四种形态”统计指标体系（试行）》"
                "（中纪办发〔2016〕2号）将行政降级列为政纪轻处分，计入第二种形态；"
                "未见此后公开的统计口径"),
        makeRow("government.dismissal", 24, 3, governmentFrom, government, "处分期二十四个月"),
        makeRow("government.expulsion", none, 3, governmentFrom, government,
                "解除人事关系，无处分期限"),
        makeRow("institution.warning", 6, 2, institutionFrom, institution, "处分期六个月"),
        makeRow("institution.demerit", 12, 2, institutionFrom, institution, "处分期十二个月"),
        makeRow("institution.post_grade_lowering", 24, 2, institutionFrom, institution,
                "处分期二十四个月；四种形态归类未见公开的统计口径，本表比照政务降级计入第二种形态"),
        makeRow("institution.dismissal", 24, 3, institutionFrom, institution, "处分期二十四个月"),
        makeRow("institution.expulsion", none, 3, institutionFrom, institution,
                "解除聘用合同，无处分期限"),
        makeRow("handling.suspension", none, 2, handlingFrom, handling, "停职检查期间不设影响期"),
        makeRow("handling.post_adjustment", 12, 2, handlingFrom, handling, "一年内不得提拔"),
        makeRow("handling.ordered_resignation", 24, 2, handlingFrom, handling,
                "一年内不得安排领导职务，二年内不得担任高于原任职务层次的职务；"
                "影响期取较长的二年"),
        makeRow("handling.removal", 24, 2, handlingFrom, handling,
                "一年内不得安排领导职务，二年内不得担任高于原任职务层次的职务；"
                "影响期取较长的二年"),
        makeRow("handling.demotion", 24, 3, handlingFrom, handling,
                "二年内不得提拔；属重大职务调整，计入第三种形态"),
        makeRow("admonition", none, 1, selectionFrom, selection,
                "影响期按设定的月数计算（默认六个月内不得提拔或者重用）"),
        makeRow("talk.reminder", none, 1, fourFormsFrom, fourForms),
        makeRow("talk.warning", none, 1, fourFormsFrom, fourForms),
        makeRow("clue.inquiry_closed", none, 1, fourFormsFrom, fourForms),
        makeRow("clue.verification_closed", none, 1, fourFormsFrom, fourForms),
        makeRow("measure.criticism_education", none, 1, fourFormsFrom, fourForms),
        makeRow("measure.ordered_examination", none, 1, fourFormsFrom, fourForms),
        makeRow("measure.circulated_criticism", none, 1, fourFormsFrom, fourForms),
        makeRow("judicial_transfer", none, 4, fourFormsFrom, fourForms,
                "严重违纪涉嫌违法犯罪，移送司法机关依法处理"),
    };
}

QStringList Rules::measures()
{
    QStringList keys;
    for (const MeasureName &name : measureNames)
        keys.append(QString::fromLatin1(name.key));
    return keys;
}

bool Rules::isPermanent(const QString &measure)
{
    return measure == QLatin1String("government.expulsion")
           || measure == QLatin1String("institution.expulsion");
}

std::optional<RuleRow> Rules::ruleFor(const QString &measure, QDate asOf) const
{
    const auto found = m_rowsByMeasure.constFind(measure);
    if (found == m_rowsByMeasure.constEnd() || found->empty())
        return std::nullopt;

    const RuleRow *inForce = nullptr;
    const RuleRow *earliest = nullptr;
    for (int index : *found) {
        const RuleRow &row = m_rows[index];
        // Where rows overlap, the one that took effect last is the newer regulation.
        if (row.isValidOn(asOf) && (!inForce || inForce->validFrom < row.validFrom))
            inForce = &row;
        if (!earliest || row.validFrom < earliest->validFrom)
            earliest = &row;
    }
    return inForce ? *inForce : *earliest;
}

std::optional<int> Rules::months(const QString &measure, QDate asOf) const
{
    // Localities set the admonition period themselves; the setting wins over any table row.
    if (measure == QLatin1String("admonition"))
        return m_admonitionMonths;
    const std::optional<RuleRow> row = ruleFor(measure, asOf);
    return row ? row->months : std::nullopt;
}

std::optional<int> Rules::form(const QString &measure, QDate asOf) const
{
    const std::optional<RuleRow> row = ruleFor(measure, asOf);
    return row ? row->form : std::nullopt;
}

QString measureLabel(const QString &measure)
{
    const MeasureName *name = findMeasure(measure);
    return name ? QCoreApplication::translate("Rules", name->label) : measure;
}

QString measureChineseName(const QString &measure)
{
    const MeasureName *name = findMeasure(measure);
    return name ? QString::fromUtf8(name->chineseName) : measure;
}
