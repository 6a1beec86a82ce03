#pragma once

#include <QDate>
#include <QString>

class DemoRandom;

// Believable Chinese personal data: names drawn by real surname frequency (polyphonic surnames
// such as 曾, 单, 解, 乐, 朴 and 仇 included at their low real rates), ethnicities, education,
// and resident id numbers with a correct check digit.
namespace DemoNames {

QString surname(DemoRandom &random);
QString givenName(DemoRandom &random, bool male);
QString personName(DemoRandom &random, bool male);
QString ethnicity(DemoRandom &random);
QString education(DemoRandom &random, int birthYear, int level);

// The ISO 7064 MOD 11-2 check character of the first 17 digits.
QChar idCheckCharacter(const QString &first17);
// 6-digit area code, birth date, 3-digit sequence (odd for men), check character.
QString idNumber(const QString &areaCode, QDate birthDate, int sequence, bool male);

// Places far from the county, with the area code their id numbers would carry.
struct Place
{
    QString name;
    QString areaCode;
};
Place distantPlace(DemoRandom &random);

} // namespace DemoNames
