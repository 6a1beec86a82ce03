#pragma once

#include <QDate>
#include <QString>
#include <optional>

// Values read as people write them in rosters and ledgers.
namespace CellValues {

// A date: a spreadsheet serial number (26426), 1972-05-03, 1972/5/3, 1972.05, 1972.5,
// 1972年5月, 1972年5月3日, 197205 or 19720503. A date given to the month stands for its first
// day and sets `monthOnly`. Invalid when the text is none of these.
QDate date(const QString &text, bool *monthOnly = nullptr);

// The key of a vocabulary (cadres.gender …) from the key itself, its label in either language,
// or a usual way of writing it (男, 中共党员, 群众, 在职 …); empty when none fits.
QString vocabularyKey(const QString &vocabulary, const QString &text);

// 是/否, yes/no, Y/N, 1/0, √/×, TRUE/FALSE.
std::optional<bool> yesNo(const QString &text);

// A resident identity number (18 digits, the last a check digit or X; or the old 15 digits):
// its birth date and sex, or why it is not one.
struct IdentityNumber
{
    QString number; // as stored: upper-case X, no spaces
    QDate birthDate;
    QString gender; // cadres.gender key
    QString problem;
    bool isValid() const { return problem.isEmpty(); }
};
IdentityNumber identityNumber(const QString &text);

} // namespace CellValues
