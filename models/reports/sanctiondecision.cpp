#include "reviewpaperparts.h"

#include "reporthtml.h"
#include "reportlanguage.h"

#include <QTextDocument>

// The draft sanction decision (处分决定书) for one subject. A party member who is a public
// official and is given a party and a government sanction for the same conduct gets one
// decision covering both, issued jointly by the party commission and the supervisory
// commission, as a commission that sits as one body issues them (党纪政务处分决定): one
// account of the facts, one characterisation, both sanctions in one sentence, and the way to
// appeal each. Two papers would repeat the facts and could come to differ.
namespace ReviewPapers::Parts {

namespace {

struct Sanctions
{
    QVector<CaseFile::Proposal> party;
    QVector<CaseFile::Proposal> government;

    QVector<CaseFile::Proposal> all() const { return party + government; }
};

Sanctions sanctionsFor(const CaseFile::Subject &subject)
{
    return {sanctionsOf(subject, QStringLiteral("party")),
            sanctionsOf(subject, QStringLiteral("government"))};
}

// "党内警告、政务记过": the sanctions as the title and the decision name them.
QString sanctionsNamed(const Sanctions &sanctions)
{
    QStringList names;
    for (const CaseFile::Proposal &proposal : sanctions.all())
        names << measureNamed(proposal);
    return names.join(paperText("、"));
}

// The articles the decision rests on: those the facts cite, of the systems it decides in.
QVector<Article> articlesReliedOn(const CaseFile::Subject &subject, const Sanctions &sanctions)
{
    QVector<Article> articles;
    for (const CaseFile::Fact &fact : subject.facts)
        for (const Article &article : fact.articles)
            if ((article.system == QLatin1String("party") && !sanctions.party.isEmpty())
                || (article.system == QLatin1String("government")
                    && !sanctions.government.isEmpty()))
                articles << article;
    return articles;
}

// "鉴于其主动交代……，对其从轻给予党纪处分。" for each sanction that departs from its range.
QString adjustmentsGrounded(const Sanctions &sanctions)
{
    QStringList clauses;
    for (const CaseFile::Proposal &proposal : sanctions.all()) {
        if (proposal.adjustment == Adjustment::None)
            continue;
        const bool party = MeasureChecks::systemOf(proposal.measure) == QLatin1String("party");
        const QString how = paperText("对其") + adjustmentNamed(proposal.adjustment)
                            + paperText("给予")
                            + (party ? paperText("党纪处分") : paperText("政务处分"));
        QString ground = proposal.ground.trimmed();
        if (ground.startsWith(paperText("其")))
            ground.remove(0, 1);
        clauses << (ground.isEmpty()
                        ? how + paperText("（情节未写明）。")
                        : paperText("鉴于其") + ground + paperText("，") + how + paperText("。"));
    }
    return clauses.join(QString());
}

QString rightsToAppeal(const Sanctions &sanctions, const Signers &signers)
{
    const QString party = paperText("可在收到本决定之日起一个月内向%1提出申诉").arg(signers.party);
    const QString government
        = paperText("可自收到本决定之日起一个月内向%1申请复审").arg(signers.government);
    if (!sanctions.party.isEmpty() && !sanctions.government.isEmpty())
        return paperText("如不服本决定中的党纪处分，") + party
               + paperText("；如不服本决定中的政务处分，") + government + paperText("。");
    return paperText("如不服本决定，") + (sanctions.party.isEmpty() ? government : party)
           + paperText("。");
}

} // namespace

Title decisionTitle(const CaseFile::Subject &subject)
{
    return {paperText("关于给予") + subject.name,
            sanctionsNamed(sanctionsFor(subject)) + paperText("处分的决定")};
}

std::unique_ptr<QTextDocument>
sanctionDecision(const CaseFile &file, const CaseFile::Subject &subject, const Signers &signers)
{
    const CaseFile::Review *review = file.currentReview();
    const Sanctions sanctions = sanctionsFor(subject);
    QStringList issuers;
    if (!sanctions.party.isEmpty())
        issuers << signers.party;
    // A commission whose name is not the joint one signs once.
    if (!sanctions.government.isEmpty() && !issuers.contains(signers.government))
        issuers << signers.government;

    QString body = keepingSpaces(ReportHtml::title(issuers.join(paperText("　"))));
    const QString number = review ? review->decisionNumber.trimmed() : QString();
    body += keepingSpaces(
        ReportHtml::subtitle(number.isEmpty() ? paperText("〔　　　〕　　号") : number));
    body += blankLine();
    body += ReportHtml::title(decisionTitle(subject).printed());
    // The mark on a line of its own under the title, as official drafts set it: appended to a
    // title that fills its line, it would break apart.
    if (!isDecided(file))
        body += ReportHtml::title(paperText("（草稿）"));
    body += ReportHtml::paragraph(sentence(subjectDescribed(subject)));

    const QString addressed = subjectAddressed(subject);
    if (subject.facts.isEmpty()) {
        body += ReportHtml::paragraph(paperText("经查，（违纪违法事实未填写）。"));
    } else {
        // 违法 where the law on public officials comes in: a government sanction.
        body += ReportHtml::paragraph(paperText("经查，") + addressed
                                      + (sanctions.government.isEmpty()
                                             ? paperText("存在以下违纪问题：")
                                             : paperText("存在以下违纪违法问题：")));
        for (int index = 0; index < subject.facts.size(); ++index)
            body += ReportHtml::paragraph(ReportLanguage::chineseNumber(index + 1) + paperText("、")
                                          + sentence(subject.facts[index].description));
    }
    body += paragraphs(review ? review->characterisation : QString());

    const QString decidedBy = review ? review->decidedBy.trimmed() : QString();
    body += ReportHtml::paragraph(
        adjustmentsGrounded(sanctions) + paperText("根据")
        + orUnfilled(citationsGrouped(articlesReliedOn(subject, sanctions))) + paperText("的规定，")
        + (decidedBy.isEmpty() ? paperText("经研究，")
                               : paperText("经") + decidedBy + paperText("研究，"))
        + paperText("决定给予") + addressed + sanctionsNamed(sanctions) + paperText("处分。"));
    body += ReportHtml::paragraph(rightsToAppeal(sanctions, signers));

    body += blankLine();
    body += blankLine();
    for (const QString &issuer : issuers)
        body += ReportHtml::rightAligned(issuer, true);
    body
        += keepingSpaces(ReportHtml::rightAligned(dateOrBlank(review ? review->decided : QDate())));
    return ReportHtml::document(body);
}

} // namespace ReviewPapers::Parts
