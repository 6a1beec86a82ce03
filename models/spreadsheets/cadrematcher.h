#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

class UnitPaths;

// The cadres the database holds, by the keys a spreadsheet row names a person with: the
// identity number, the name with the date of birth, the name with the unit. It never guesses
// between several people.
class CadreMatcher
{
    Q_DECLARE_TR_FUNCTIONS(CadreMatcher)

public:
    struct Stored
    {
        qint64 id = 0;
        QVariantMap values; // the columns asked for, and unit_id, as stored
    };

    // Reads `columns` (and unit_id) of every cadre.
    CadreMatcher(const QSqlDatabase &db, const QStringList &columns);

    const Stored &at(int index) const { return m_cadres.at(index); }
    int size() const { return int(m_cadres.size()); }

    // A roster's row: the stored cadre it names, or -1 for one the database does not hold.
    // `values` holds name, id_number and birth_date as read; `unitId` the unit named (0 when
    // none). `problem` says why a row cannot be matched (several could be meant).
    int matchRosterRow(const QVariantMap &values, qint64 unitId, QString &problem) const;

    // A ledger's row names a cadre who must exist: by identity number, or by name narrowed by
    // the date of birth and the unit (its own or one above it). Returns -1 with `problem` set
    // when nobody, or more than one, fits.
    int find(const QString &name, const QString &idNumber, const QString &birthDate, qint64 unitId,
             const UnitPaths &units, QString &problem) const;

private:
    QVector<Stored> m_cadres;
    QHash<QString, int> m_byIdNumber;
    QMultiHash<QString, int> m_byName;
};
