#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// One dated row of the editable rules table: the impact period and four-forms class of a measure
// under one regulation. A null validTo leaves the row open-ended.
struct RuleRow
{
    QString measure;
    std::optional<int> months;
    std::optional<int> form;
    QDate validFrom;
    QDate validTo;
    QString source;
    QString note;

    bool isValidOn(QDate day) const;
};

// The regulation values in force on a given day. Measures are keys such as "party.warning".
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)

public:
    static constexpr int defaultAdmonitionMonths = 6;

    explicit Rules(std::vector<RuleRow> rows = defaults(),
                   int admonitionMonths = defaultAdmonitionMonths);

    // The values written in the regulations, with their sources.
    static std::vector<RuleRow> defaults();
    // Every measure key the program knows, in regulation order.
    static QStringList measures();
    // Government and institution expulsion end the employment for good: no period can end.
    static bool isPermanent(const QString &measure);

    // The row in force on `asOf`; where no row covers that day, the earliest row for the measure.
    std::optional<RuleRow> ruleFor(const QString &measure, QDate asOf) const;
    // Impact period in months; admonition always takes the configured admonitionMonths().
    std::optional<int> months(const QString &measure, QDate asOf) const;
    std::optional<int> form(const QString &measure, QDate asOf) const;
    int admonitionMonths() const { return m_admonitionMonths; }
    const std::vector<RuleRow> &rows() const { return m_rows; }

private:
    std::vector<RuleRow> m_rows;
    QHash<QString, std::vector<int>> m_rowsByMeasure;
    int m_admonitionMonths;
};

// Translatable display label, e.g. "Party warning".
QString measureLabel(const QString &measure);
// The official Chinese legal term, e.g. "党内警告", for printed opinions and reasons.
QString measureChineseName(const QString &measure);
