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

// "鉴于其主动交代……，对其从轻处分。" for each sanction that departs from the range.
QString adjustmentsGrounded(const Sanctions &sanctions)
{
    QString text;
    QStringList said;
    for (const CaseFile::Proposal &proposal : sanctions.all()) {
        if (proposal.adjustment == Adjustment::None)
            continue;
        const QString ground = proposal.ground.trimmed();
        const QString clause
            = ground.isEmpty() ? paperText("对其") + adjustmentNamed(proposal.adjustment)
                                     + paperText("处分（情节未写明）。")
                               : paperText("鉴于") + ground + paperText("，对其")
                                     + adjustmentNamed(proposal.adjustment) + paperText("处分。");
        if (!said.contains(clause))
            said << clause;
    }
    for (const QString &clause : said)
        text += clause;
    return text;
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

QString decisionTitle(const CaseFile &file, const CaseFile::Subject &subject)
{
    QString title = paperText("关于给予") + subject.name + sanctionsNamed(sanctionsFor(subject))
                    + paperText("处分的决定");
    if (!isDecided(file))
        title += paperText("（草稿）");
    return title;
}

std::unique_ptr<QTextDocument>
sanctionDecision(const CaseFile &file, const CaseFile::Subject &subject, const Signers &signers)
{
    const CaseFile::Review *review = file.currentReview();
    const Sanctions sanctions = sanctionsFor(subject);
    QStringList issuers;
    if (!sanctions.party.isEmpty())
        issuers << signers.party;
    if (!sanctions.government.isEmpty())
        issuers << signers.government;

    QString body = ReportHtml::title(issuers.join(paperText("　")));
    const QString number = review ? review->decisionNumber.trimmed() : QString();
    body += ReportHtml::subtitle(number.isEmpty() ? paperText("〔　　　〕　　号") : number);
    body += ReportHtml::plainLine(QString());
    body += ReportHtml::title(decisionTitle(file, subject));
    body += ReportHtml::paragraph(sentence(subjectDescribed(subject)));

    const QString addressed = subjectAddressed(subject);
    if (subject.facts.isEmpty()) {
        body += ReportHtml::paragraph(paperText("经查，（违纪违法事实未填写）。"));
    } else {
        body += ReportHtml::paragraph(paperText("经查，") + addressed
                                      + paperText("存在以下违纪违法问题："));
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

    body += ReportHtml::plainLine(QString());
    body += ReportHtml::plainLine(QString());
    for (const QString &issuer : issuers)
        body += ReportHtml::rightAligned(issuer, true);
    body += ReportHtml::rightAligned(dateOrBlank(review ? review->decided : QDate()));
    return ReportHtml::document(body);
}

} // namespace ReviewPapers::Parts
