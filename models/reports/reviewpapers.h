#pragma once

#include "domain/casefile.h"

#include <QString>

#include <memory>

class QTextDocument;

// The papers the trial-review office (案件审理室) prints from a case file, in the commission's
// own wording and with the look of its other papers (see ReportHtml): the review report and
// the review opinion for the whole case; for one subject, the draft sanction decision and the
// form of the review talk record. Only what the case file holds is printed: a text left empty
// reads "（未填写）" and a date not yet set is left as blanks to fill in by hand.
namespace ReviewPapers {

enum class Paper {
    ReviewReport,     // 审理报告: the subjects, facts, evidence, statements, characterisation,
                      // each proposed measure with the checks of case review, the opinion
    ReviewOpinion,    // 审理意见书 to the investigation department: facts, characterisation,
                      // the measures proposed for each subject
    SanctionDecision, // 处分决定书, per subject: the party and the government sanction
                      // proposed, as one decision; marked （草稿） until the review is decided
    TalkRecord,       // 审理谈话笔录, per subject: the form, or the talk as recorded
};

// Whether the paper is about one subject rather than the whole case.
bool perSubject(Paper paper);

// Whether build() makes the paper: a paper about one subject needs the subject, and a
// decision needs a party or government sanction among the subject's proposals (诫勉 and
// organizational handling are not decided by a sanction decision).
bool available(Paper paper, const CaseFile &file, const CaseFile::Subject *subject);

// The paper's title on one line, for the window and the PDF: "关于张三、李四等2人违纪违法案的
// 审理报告", "关于给予张三党内警告处分的决定（草稿）", "审理谈话笔录（张三）". On the paper
// a long title breaks in two, the draft mark stands under it and the talk record's heading
// leaves the name to its header lines.
QString title(Paper paper, const CaseFile &file, const CaseFile::Subject *subject);

// How the audit trail names the paper when it is printed or exported (see PrintAudit):
// review_report, review_opinion, sanction_decision, review_talk_record.
QString auditName(Paper paper);

// The paper, or null when it is not available(). `subject` is ignored by the papers about the
// whole case. `commissionName` is the commission as it signs ("清河县纪委监委"): the office
// signs as its 案件审理室, a party decision as "中共清河县纪委", a government one as
// "清河县监委".
std::unique_ptr<QTextDocument> build(Paper paper, const CaseFile &file,
                                     const CaseFile::Subject *subject,
                                     const QString &commissionName);

} // namespace ReviewPapers
