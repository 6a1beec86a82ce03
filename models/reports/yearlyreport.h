#pragma once

#include "statistics/yearlystatistics.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

class QTextDocument;

// The year's work statistics as a printed page (年度工作统计): the generated paragraph in the
// commission's own words, and the table of figures with last year's and the change. Written in
// Chinese whatever the interface language, like every printed paper.
namespace YearlyReport {

// E.g. "2025年，全县共受理问题线索526件，处置各类问题线索510件，立案审查调查159人，其中因
// “两个责任”落实不力被问责13人，占立案人数的8.2%；……"
QString paragraph(const YearlyStatistics &year, const YearlyStatistics &previous,
                  const QString &area = QStringLiteral("全县"));
// The change from last year: "+12.5%", "-3.0%", or "—" when last year had none.
QString change(qint64 now, qint64 before);
// The Chinese name of a figure of YearlyStatistics::keys(), e.g. 提醒谈话（人次）.
QString figureName(const QString &key);
// The settings printed papers carry: the commission's name and the confidentiality marking.
QString commissionName(const QSqlDatabase &db);
QString confidentialityMarking(const QSqlDatabase &db);
std::unique_ptr<QTextDocument> document(const YearlyStatistics &year,
                                        const YearlyStatistics &previous,
                                        const QString &commissionName,
                                        const QString &area = QStringLiteral("全县"));

} // namespace YearlyReport
