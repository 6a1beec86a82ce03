#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// A made-up roster of 300 cadres for the window's first-day tests, written as the organization
// department's Excel writes a CSV.
namespace MadeUpRoster {

struct Cadre
{
    QString name;
    QString gender;
    QDate birth;
    QString unit;
    QString position;
    QString identityNumber;
};

// Names distinct, `units` (paths) in turn, identity numbers that agree with the birth date and
// the sex, as the import checks.
QVector<Cadre> make(const QStringList &units);
// GB 11643: area code, birth date, a serial whose last digit is odd for a man, check character.
QString identityNumber(const QDate &birth, int serial, bool female);
// With a byte-order mark and CRLF line ends, as Excel saves CSV UTF-8. False when it cannot.
bool write(const QString &path, const QVector<Cadre> &cadres);

} // namespace MadeUpRoster
