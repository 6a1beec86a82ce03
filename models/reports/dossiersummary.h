#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class Database;

class QTextDocument;

// What a dossier summary contains: which sections, the span of dates, closed clues or not.
// Saved under a name as a summary template.
struct SummaryOptions
{
    // Keys of DossierSummary::sectionKeys(); empty means every section.
    QStringList sections;
    // Records dated outside [from, until] are left out; an invalid date leaves that end open.
    QDate from;
    QDate until;
    bool includeClosedClues = true;

    bool includes(const QString &section) const
    {
        return sections.isEmpty() || sections.contains(section);
    }
    bool operator==(const SummaryOptions &other) const
    {
        return sections == other.sections && from == other.from && until == other.until
               && includeClosedClues == other.includeClosedClues;
    }
};

// The dossier summary (廉政档案摘要) of one cadre as a formal paper: title, the commission, the
// dossier number, basic information, then each section that has content in date order, and a
// closing block for the compiler's and the reviewer's signatures. Headless: a QTextDocument to
// be laid out by ReportRenderer on a PDF writer or a printer.
class DossierSummary
{
public:
    explicit DossierSummary(const Database &database);

    // positions, talks, notices, findings, clues, cases, measures, duty_reports,
    // warning_education, opinions — in the order they print.
    static QStringList sectionKeys();
    // The printed (Chinese) heading of a section.
    static QString sectionTitle(const QString &key);

    // Throws DataError when there is no such cadre. `compiler` signs the closing block.
    std::unique_ptr<QTextDocument> build(qint64 cadreId, QDate asOf, const SummaryOptions &options,
                                         const QString &compiler) const;
    // "方志华廉政档案摘要", for the PDF's title and the audit trail.
    QString title(qint64 cadreId) const;

    // The commission's name and the confidentiality marking, from the settings.
    QString commissionName() const;
    QString confidentialityMarking() const;

private:
    const Database &m_database;
    QSqlDatabase m_db;
};
