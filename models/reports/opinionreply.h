#pragma once

#include <QString>

#include <memory>

class QTextDocument;
struct OpinionBatch;

// The integrity-opinion reply (党风廉政意见回复) for one batch, as the commission signs it:
// "关于××等×名同志党风廉政意见的回复", the request answered, one paragraph per category with
// the names in it (an adjusted answer keeps its own sentence), the signing body and date, and
// an appendix of working papers: what was checked for each cadre and what was found.
namespace OpinionReply {

QString title(const OpinionBatch &batch);
std::unique_ptr<QTextDocument> build(const OpinionBatch &batch, const QString &commissionName);

} // namespace OpinionReply
