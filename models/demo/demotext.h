#pragma once

#include <QString>
#include <QStringList>

class DemoRandom;

// Self-examination materials (对照检查材料) written the way they are: a stock of official
// phrases, but each text picks its own sections, order, wording and specifics, so unrelated
// materials share little beyond the formulas. Copies are made from an earlier text by changing
// a sentence or two, which is what the copy check should find.
namespace DemoText {

struct MaterialSubject
{
    bool team = true;  // the leadership team's material, or one member's
    QString unit;      // 清河县财政局
    QString unitShort; // 财政局
    QString area;      // 财政资金管理
    QString position;  // a member's post
    QString meeting;   // 民主生活会 or 组织生活会
    int year = 2025;   // the year under review
};

// 300–800 characters.
QString material(DemoRandom &random, const MaterialSubject &subject);
// `original` with about `share` (0–1) of its sentences rewritten and its year moved on.
QString copied(DemoRandom &random, const QString &original, const MaterialSubject &subject,
               double share);
QStringList sentences(const QString &text);

} // namespace DemoText
