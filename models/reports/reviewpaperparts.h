#pragma once

#include "domain/casefile.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

// What the papers of case review share: the commission's wording for subjects, measures,
// checks and dates, and the builders of each paper (see ReviewPapers for what they print).
namespace ReviewPapers::Parts {

inline QString paperText(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Who signs: "中共清河县纪委", "清河县监委", "清河县纪委监委案件审理室".
struct Signers
{
    QString party;
    QString government;
    QString reviewOffice;
};
Signers signersOf(const QString &commissionName);

// "张三" for a case of one, "张三、李四等2人" for more; those withheld from the reader are
// counted, not named.
QString subjectsNamed(const CaseFile &file);
// "张三、李四等2人违纪违法案", "张三违纪问题": what the case is about.
QString caseCalled(const CaseFile &file);

// A title in two parts, "关于张三、李四等2人" and "违纪违法案的审理意见书": printed, a title too
// long for one line breaks between them rather than leave a character or two on a line of
// their own, and with its words whole (GB/T 9704 7.3.3).
struct Title
{
    QString head;
    QString tail;

    QString whole() const { return head + tail; }
    QString printed() const;
};
// `paper`: "的审理报告", "的审理意见书".
Title caseTitle(const CaseFile &file, const char *paper);
// "张三，中共党员，清河县交通运输局副局长（领导班子成员）".
QString subjectDescribed(const CaseFile::Subject &subject);
// "张三同志", or the name alone for one who is to be expelled.
QString subjectAddressed(const CaseFile::Subject &subject);

bool isDecided(const CaseFile &file);
// "2024年6月10日", or "　　年　　月　　日" to fill in.
QString dateOrBlank(QDate date);
// The text as written, or "（未填写）".
QString orUnfilled(const QString &text);
// The text with a closing "。" unless it ends in a mark of its own.
QString sentence(const QString &text);
// A user's text of several lines as paragraphs, each indented.
QString paragraphs(const QString &text);
// `html`, a line of ReportHtml, keeping its runs of spaces: ReportHtml collapses them outside
// paragraphs, as HTML does, and blanks to be filled in by hand must keep their width.
QString keepingSpaces(const QString &html);
// `html`, a line of ReportHtml without a user state of its own, kept on the page of the line
// after it (see ReportHtml::keepWithNextState).
QString keptWithNext(const QString &html);
// An empty line that takes its room: ReportHtml::plainLine(QString()) makes no block at all.
QString blankLine();
// A second-level heading ("（一）张三"), in 楷体, kept with what follows it.
QString subheading(const QString &text);
// （一）, （二） …
QString ordinalInBrackets(int number);

// "党内警告", "留党察看一年".
QString measureNamed(const CaseFile::Proposal &proposal);
// "拟给予党内警告处分", "拟对其诫勉", "拟对其调整职务".
QString measureProposed(const CaseFile::Proposal &proposal);
// All of a subject's measures in one phrase: "拟给予党内警告、政务记过处分，并对其调整职务".
QString measuresProposed(const QVector<CaseFile::Proposal> &proposals);
// 从轻, 减轻, 从重, 加重; empty for none.
QString adjustmentNamed(Adjustment adjustment);
// 符合, 说明, 提示, 问题.
QString levelNamed(MeasureCheck::Level level);
// The sanctions among the subject's proposals of `system` (party, government).
QVector<CaseFile::Proposal> sanctionsOf(const CaseFile::Subject &subject, const QString &system);

// "《中国共产党纪律处分条例》第一百三十二条、《…》第一百四十条", each in full.
QString citationsInFull(const QVector<Article> &articles);
// "《中国共产党纪律处分条例》第一百三十二条、第一百四十条，《…》第三十九条".
QString citationsGrouped(const QVector<Article> &articles);
// A fact's degree and articles: "情节较重；违反《…》第一百三十二条的规定".
QString factFindings(const CaseFile::Fact &fact);

// 书证, 证人证言 …; 陈述, 申辩, 审理谈话; 予以采纳 …
QString evidenceKindNamed(const QString &kind);
QString statementKindNamed(const QString &kind);
QString adoptionNamed(const QString &adopted);

std::unique_ptr<QTextDocument> reviewReport(const CaseFile &file, const Signers &signers);
std::unique_ptr<QTextDocument> reviewOpinion(const CaseFile &file, const Signers &signers);
// "关于给予张三党内警告处分的决定", without the draft mark.
Title decisionTitle(const CaseFile::Subject &subject);
std::unique_ptr<QTextDocument>
sanctionDecision(const CaseFile &file, const CaseFile::Subject &subject, const Signers &signers);
std::unique_ptr<QTextDocument> talkRecord(const CaseFile &file, const CaseFile::Subject &subject,
                                          const Signers &signers);

} // namespace ReviewPapers::Parts
