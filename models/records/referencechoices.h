#pragma once

#include "domain/recordkinds.h"

#include <QCoreApplication>
#include <QPair>
#include <QSqlDatabase>
#include <QVector>

class Database;

// What a form's reference fields may point at, seen from one cadre's dossier: every unit, the
// cadre's own cases and clues, and the inspections of the cadre's unit.
class ReferenceChoices
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceChoices)

public:
    using Choice = QPair<qint64, QString>; // id, label

    ReferenceChoices(const Database &database, qint64 cadreId);

    QVector<Choice> choices(FieldType type) const;
    QVector<Choice> units() const;
    QVector<Choice> cases() const;
    QVector<Choice> clues() const;
    QVector<Choice> inspections() const;
    // The articles a fact may cite, in force or not: (key, "《条例》第二十三条 topic").
    QVector<QPair<QString, QString>> articles() const;

    QString unitName(qint64 unitId) const;
    // "张建国 · 县水利局 局长", for a cadre picked from the whole directory; empty when none.
    QString cadreLabel(qint64 cadreId) const;
    const Database &database() const { return *m_database; }
    // Whether a cadre of the directory is the top leader of their unit now.
    bool isTopLeader(qint64 cadreId) const;
    // Whether a cadre of the directory is a member of their unit's leadership team now.
    bool isTeamMember(qint64 cadreId) const;

    qint64 cadreId() const { return m_cadreId; }
    qint64 cadreUnitId() const { return m_unitId; }
    QString cadreName() const { return m_name; }
    bool cadreIsTopLeader() const { return m_topLeader; }
    bool cadreIsTeamMember() const { return m_teamMember; }
    // The case a new sanction most likely came from: the open case filed last, else the case
    // filed last; 0 when the cadre has none.
    qint64 likelyCase() const;

private:
    const Database *m_database;
    QSqlDatabase m_db;
    qint64 m_cadreId = 0;
    qint64 m_unitId = 0;
    QString m_name;
    bool m_topLeader = false;
    bool m_teamMember = false;
};
