#include "cadrematcher.h"

#include "storage/sql.h"
#include "unitpaths.h"

#include <QSqlQuery>

CadreMatcher::CadreMatcher(const QSqlDatabase &db, const QStringList &columns)
{
    QStringList read = columns;
    for (const QString &key :
         {QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("birth_date")})
        if (!read.contains(key))
            read << key;
    QSqlQuery query
        = Sql::run(db, QStringLiteral("SELECT id, unit_id, ") + read.join(QStringLiteral(", "))
                           + QStringLiteral(" FROM cadres"));
    while (query.next()) {
        Stored cadre;
        cadre.id = query.value(0).toLongLong();
        cadre.values.insert(QStringLiteral("unit_id"), query.value(1).toLongLong());
        for (int i = 0; i < read.size(); ++i)
            cadre.values.insert(read.at(i), query.value(i + 2));
        const int index = int(m_cadres.size());
        m_cadres << cadre;
        const QString idNumber = cadre.values.value(QStringLiteral("id_number")).toString();
        if (!idNumber.isEmpty())
            m_byIdNumber.insert(idNumber.toUpper(), index);
        m_byName.insert(cadre.values.value(QStringLiteral("name")).toString(), index);
    }
}

int CadreMatcher::matchRosterRow(const QVariantMap &values, qint64 unitId, QString &problem) const
{
    const QString idNumber = values.value(QStringLiteral("id_number")).toString();
    const QString name = values.value(QStringLiteral("name")).toString();
    const QString birth = values.value(QStringLiteral("birth_date")).toString();
    if (!idNumber.isEmpty()) {
        const int found = m_byIdNumber.value(idNumber, -1);
        if (found >= 0)
            return found;
    }
    QVector<int> byBirth, byUnit;
    for (int index : m_byName.values(name)) {
        const QVariantMap &stored = m_cadres.at(index).values;
        const QString storedId = stored.value(QStringLiteral("id_number")).toString();
        // Two identity numbers that differ are two people, whatever else they share.
        if (!idNumber.isEmpty() && !storedId.isEmpty() && storedId != idNumber)
            continue;
        const QString storedBirth = stored.value(QStringLiteral("birth_date")).toString();
        if (!birth.isEmpty() && storedBirth == birth)
            byBirth << index;
        else if (unitId != 0 && stored.value(QStringLiteral("unit_id")).toLongLong() == unitId
                 && (birth.isEmpty() || storedBirth.isEmpty()))
            byUnit << index;
    }
    // A name alone never matches; with several cadres of that name it says so.
    if (byBirth.isEmpty() && byUnit.isEmpty() && idNumber.isEmpty() && birth.isEmpty()
        && unitId == 0 && m_byName.count(name) > 1) {
        problem = tr("%1 cadres called %2 could be meant: give the identity number")
                      .arg(m_byName.count(name))
                      .arg(name);
        return -1;
    }
    const QVector<int> &candidates = byBirth.isEmpty() ? byUnit : byBirth;
    if (candidates.size() > 1) {
        problem = tr("%1 cadres called %2 could be meant: give the identity number")
                      .arg(candidates.size())
                      .arg(name);
        return -1;
    }
    return candidates.isEmpty() ? -1 : candidates.first();
}

int CadreMatcher::find(const QString &name, const QString &idNumber, const QString &birthDate,
                       qint64 unitId, const UnitPaths &units, QString &problem) const
{
    if (!idNumber.isEmpty()) {
        const int found = m_byIdNumber.value(idNumber.toUpper(), -1);
        if (found >= 0) {
            const QString storedName
                = m_cadres.at(found).values.value(QStringLiteral("name")).toString();
            if (!name.isEmpty() && storedName != name) {
                problem = tr("the identity number %1 is %2's, not %3's")
                              .arg(idNumber, storedName, name);
                return -1;
            }
            return found;
        }
    }
    const QString unitPath = unitId != 0 ? units.pathOf(unitId) : QString();
    QVector<int> candidates;
    for (int index : m_byName.values(name)) {
        const QVariantMap &stored = m_cadres.at(index).values;
        // Two identity numbers that differ are two people.
        const QString storedId = stored.value(QStringLiteral("id_number")).toString();
        if (!idNumber.isEmpty() && !storedId.isEmpty()
            && storedId.compare(idNumber, Qt::CaseInsensitive) != 0)
            continue;
        if (!birthDate.isEmpty()) {
            const QString storedBirth = stored.value(QStringLiteral("birth_date")).toString();
            // A ledger may give the month only (1972.05): it then names the month.
            const bool monthOnly = birthDate.endsWith(QLatin1String("-01"));
            if (!storedBirth.isEmpty() && storedBirth != birthDate
                && !(monthOnly && storedBirth.left(7) == birthDate.left(7)))
                continue;
        }
        if (unitId != 0) {
            // The unit named, or one the cadre's unit lies under (城关镇 for 城关镇财政所).
            const QString path = units.pathOf(stored.value(QStringLiteral("unit_id")).toLongLong());
            if (path != unitPath && !path.startsWith(unitPath + QLatin1Char('/')))
                continue;
        }
        candidates << index;
    }
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty())
        problem = unitId != 0
                      ? tr("no cadre called %1 in %2: import the roster first, or correct the "
                           "name or the unit")
                            .arg(name, unitPath)
                      : tr("no cadre called %1 in the directory: import the roster first, or "
                           "correct the name")
                            .arg(name);
    else
        problem = tr("%1 cadres called %2 could be meant: give the unit, the date of birth or "
                     "the identity number")
                      .arg(candidates.size())
                      .arg(name);
    return -1;
}
