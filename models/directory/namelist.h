#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;

// A list of people as the organization department's letter gives it — names, or identity
// numbers, one per line or separated by commas, 、 or spaces — found among the cadres the
// signed-in account may see. Each written name comes back with every cadre it could mean: one
// (found), several (for the user to choose) or none (to check); never a guess.
struct NameListEntry
{
    QString written;            // as given: a name, or an identity number
    QVector<qint64> candidates; // the cadres it could mean, in directory order
};

class NameList
{
    Q_DECLARE_TR_FUNCTIONS(NameList)

public:
    // The people of the text, once each, in the order given. A line holding an identity number
    // stands for that number alone (a name beside it is its label).
    static QStringList split(const QString &text);
    static QVector<NameListEntry> resolve(const Database &database, const QString &text);
};
