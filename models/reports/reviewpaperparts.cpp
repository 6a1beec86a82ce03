#include "reviewpaperparts.h"

#include "reportfonts.h"
#include "reporthtml.h"
#include "reportlanguage.h"

#include "domain/period.h"
#include "domain/rules.h"

namespace ReviewPapers::Parts {

namespace {

struct KeyName
{
    const char *key;
    const char *name;
};

// The kinds of evidence as the supervision law names them.
const KeyName evidenceKinds[] = {
    {"documentary", "书证"},        {"physical", "物证"},
    {"testimony", "证人证言"},      {"statement", "被审查调查人陈述和辩解"},
    {"expert_opinion", "鉴定意见"}, {"inspection_record", "勘验检查、辨认、调查实验等笔录"},
    {"audiovisual", "视听资料"},    {"electronic", "电子数据"},
};

const KeyName statementKinds[] = {
    {"statement", "陈述"},
    {"defence", "申辩"},
    {"review_talk", "审理谈话"},
};

const KeyName adoptions[] = {
    {"adopted", "予以采纳"},
    {"partly", "部分采纳"},
    {"not_adopted", "不予采纳"},
};

// The printed name of a stored key; the key itself where the paper knows no name for it.
template<size_t count>
QString nameOfKey(const KeyName (&names)[count], const QString &key)
{
    for (const KeyName &name : names)
        if (key == QLatin1String(name.key))
            return paperText(name.name);
    return key;
}

// `html`, one element of ReportHtml, with more style declarations. Its text is escaped, so the
// first style attribute is the element's own.
QString withStyle(QString html, const QString &declarations)
{
    const QString style = QStringLiteral("style=\"");
    const int at = int(html.indexOf(style));
    if (at >= 0)
        html.insert(at + int(style.size()), declarations);
    return html;
}

// A party, government or public-institution sanction (处分), as against 诫勉 and organizational
// handling, which are not given "处分".
bool isSanction(const QString &measure)
{
    const QString system = MeasureChecks::systemOf(measure);
    return system == QLatin1String("party") || system == QLatin1String("government")
           || system == QLatin1String("institution");
}

bool isExpelled(const CaseFile::Subject &subject)
{
    for (const CaseFile::Proposal &proposal : subject.proposals)
        if (proposal.measure == QLatin1String("party.expulsion")
            || proposal.measure == QLatin1String("government.expulsion"))
            return true;
    return false;
}

// A case is one of 违纪违法 when the law on public officials comes into it at all.
bool concernsTheLaw(const CaseFile &file)
{
    for (const CaseFile::Subject &subject : file.subjects) {
        if (subject.publicOfficial)
            return true;
        for (const CaseFile::Proposal &proposal : subject.proposals) {
            const QString system = MeasureChecks::systemOf(proposal.measure);
            if (system == QLatin1String("government") || system == QLatin1String("institution"))
                return true;
        }
        for (const CaseFile::Fact &fact : subject.facts)
            for (const Article &article : fact.articles)
                if (article.system == QLatin1String("government"))
                    return true;
    }
    return false;
}

} // namespace

Signers signersOf(const QString &commissionName)
{
    const QString name = commissionName.trimmed();
    const QString party = paperText("中共");
    const QString joint = paperText("纪委监委");
    Signers signers;
    signers.reviewOffice = name + paperText("案件审理室");
    // "清河县纪委监委" is the joint name of the party's commission (中共清河县纪委) and the
    // supervisory commission (清河县监委); another name signs as it is.
    QString place = name.startsWith(party) ? name.mid(party.size()) : name;
    if (place.endsWith(joint) && place.size() > joint.size()) {
        place.chop(joint.size());
        signers.party = party + place + paperText("纪委");
        signers.government = place + paperText("监委");
    } else {
        signers.party = name;
        signers.government = name;
    }
    return signers;
}

QString subjectsNamed(const CaseFile &file)
{
    QStringList names;
    for (const CaseFile::Subject &subject : file.subjects)
        names << subject.name;
    const int everyone = int(names.size()) + file.withheldSubjects;
    if (everyone == 1 && names.size() == 1)
        return names.first();
    if (names.isEmpty())
        return paperText("%1名被审查调查人").arg(everyone);
    // A title names three at most.
    return names.mid(0, 3).join(paperText("、")) + paperText("等%1人").arg(everyone);
}

QString caseCalled(const CaseFile &file)
{
    const int everyone = int(file.subjects.size()) + file.withheldSubjects;
    const QString what = concernsTheLaw(file) ? paperText("违纪违法") : paperText("违纪");
    return subjectsNamed(file) + what + (everyone > 1 ? paperText("案") : paperText("问题"));
}

QString Title::printed() const
{
    // A title in 二号 takes 20 Chinese characters a line in the 156 mm text block; figures and
    // Latin letters take about half as much.
    double ems = 0;
    for (const QChar character : whole())
        ems += character.unicode() < 0x2E80 ? 0.5 : 1;
    return ems > 20 ? head + QLatin1Char('\n') + tail : whole();
}

Title caseTitle(const CaseFile &file, const char *paper)
{
    const QString names = subjectsNamed(file);
    return {paperText("关于") + names, caseCalled(file).mid(names.size()) + paperText(paper)};
}

QString subjectDescribed(const CaseFile::Subject &subject)
{
    QStringList parts{subject.name};
    parts << (subject.partyMember ? paperText("中共党员") : paperText("非中共党员"));
    QString post = subject.unit + subject.position;
    if (subject.topLeader)
        post += paperText("（单位主要负责人）");
    else if (subject.teamMember)
        post += paperText("（领导班子成员）");
    if (!post.isEmpty())
        parts << post;
    if (subject.transferredToJudiciary.isValid())
        parts << formatChineseDate(subject.transferredToJudiciary) + paperText("已移送司法机关");
    return parts.join(paperText("，"));
}

QString subjectAddressed(const CaseFile::Subject &subject)
{
    return isExpelled(subject) ? subject.name : subject.name + paperText("同志");
}

bool isDecided(const CaseFile &file)
{
    const CaseFile::Review *review = file.currentReview();
    return review && review->decided.isValid();
}

QString dateOrBlank(QDate date)
{
    return date.isValid() ? formatChineseDate(date) : paperText("　　年　　月　　日");
}

QString orUnfilled(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? paperText("（未填写）") : trimmed;
}

QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || paperText("。！？；：").contains(trimmed.back()))
        return trimmed;
    return trimmed + paperText("。");
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            html += ReportHtml::paragraph(line.trimmed());
    }
    return html.isEmpty() ? ReportHtml::paragraph(orUnfilled(QString())) : html;
}

QString keepingSpaces(const QString &html)
{
    return withStyle(html, QStringLiteral("white-space:pre-wrap;"));
}

QString keptWithNext(const QString &html)
{
    return withStyle(html, QStringLiteral("-qt-user-state:%1;").arg(ReportHtml::keepWithNextState));
}

QString blankLine()
{
    return keepingSpaces(ReportHtml::plainLine(paperText("　")));
}

QString subheading(const QString &text)
{
    // As ReportHtml::heading, one level down: the face GB/T 9704 gives second-level headings.
    return QStringLiteral("<p style=\"font-family:'%1';font-size:16pt;margin-top:6pt;"
                          "margin-bottom:0;line-height:38px;white-space:pre-wrap;"
                          "-qt-user-state:%2;\">%3</p>")
        .arg(ReportFonts::family(ReportFonts::Role::Subheading),
             QString::number(ReportHtml::keepWithNextState),
             paperText("　　") + text.toHtmlEscaped());
}

QString ordinalInBrackets(int number)
{
    return paperText("（") + ReportLanguage::chineseNumber(number) + paperText("）");
}

QString measureNamed(const CaseFile::Proposal &proposal)
{
    if (proposal.measure == QLatin1String("party.probation") && proposal.probationMonths > 0)
        return measureChineseName(proposal.measure)
               + (proposal.probationMonths > 12 ? paperText("二年") : paperText("一年"));
    return measureChineseName(proposal.measure);
}

QString measureProposed(const CaseFile::Proposal &proposal)
{
    return measuresProposed({proposal});
}

QString measuresProposed(const QVector<CaseFile::Proposal> &proposals)
{
    QStringList sanctions;
    QStringList others;
    for (const CaseFile::Proposal &proposal : proposals) {
        if (isSanction(proposal.measure))
            sanctions << measureNamed(proposal);
        else
            others << measureNamed(proposal);
    }
    QString phrase;
    if (!sanctions.isEmpty())
        phrase = paperText("拟给予") + sanctions.join(paperText("、")) + paperText("处分");
    if (!others.isEmpty())
        phrase += (sanctions.isEmpty() ? paperText("拟对其") : paperText("，并对其"))
                  + others.join(paperText("、"));
    return phrase;
}

QString adjustmentNamed(Adjustment adjustment)
{
    switch (adjustment) {
    case Adjustment::Lighter:
        return paperText("从轻");
    case Adjustment::Mitigated:
        return paperText("减轻");
    case Adjustment::Heavier:
        return paperText("从重");
    case Adjustment::Aggravated:
        return paperText("加重");
    case Adjustment::None:
        break;
    }
    return {};
}

QString levelNamed(MeasureCheck::Level level)
{
    switch (level) {
    case MeasureCheck::Level::Fits:
        return paperText("符合");
    case MeasureCheck::Level::Note:
        return paperText("说明");
    case MeasureCheck::Level::Warning:
        return paperText("提示");
    case MeasureCheck::Level::Problem:
        return paperText("问题");
    }
    return {};
}

QVector<CaseFile::Proposal> sanctionsOf(const CaseFile::Subject &subject, const QString &system)
{
    QVector<CaseFile::Proposal> sanctions;
    for (const CaseFile::Proposal &proposal : subject.proposals)
        if (MeasureChecks::systemOf(proposal.measure) == system)
            sanctions << proposal;
    return sanctions;
}

QString citationsInFull(const QVector<Article> &articles)
{
    QStringList citations;
    for (const Article &article : articles)
        if (!citations.contains(article.citation()))
            citations << article.citation();
    return citations.join(paperText("、"));
}

QString citationsGrouped(const QVector<Article> &articles)
{
    QStringList regulations;
    QVector<QStringList> numbers;
    for (const Article &article : articles) {
        int index = int(regulations.indexOf(article.regulation));
        if (index < 0) {
            regulations << article.regulation;
            numbers.append(QStringList());
            index = int(regulations.size()) - 1;
        }
        if (!numbers[index].contains(article.number))
            numbers[index] << article.number;
    }
    QStringList groups;
    for (int index = 0; index < regulations.size(); ++index)
        groups << regulations[index] + numbers[index].join(paperText("、"));
    return groups.join(paperText("，"));
}

QString factFindings(const CaseFile::Fact &fact)
{
    QString found = Articles::degreeName(fact.degree);
    if (!fact.articles.isEmpty())
        found += paperText("；违反") + citationsInFull(fact.articles) + paperText("的规定");
    for (const QString &key : fact.unknownArticles)
        found += paperText("；所引“") + key + paperText("”未找到对应条款，请核对");
    if (fact.articles.isEmpty() && fact.unknownArticles.isEmpty())
        found += paperText("；未引用条款");
    return found;
}

QString evidenceKindNamed(const QString &kind)
{
    return nameOfKey(evidenceKinds, kind);
}

QString statementKindNamed(const QString &kind)
{
    return nameOfKey(statementKinds, kind);
}

QString adoptionNamed(const QString &adopted)
{
    return adopted.isEmpty() ? paperText("未认定是否采纳") : nameOfKey(adoptions, adopted);
}

} // namespace ReviewPapers::Parts
