#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The unit tree as a roster names its units: by name (清河县水利局) or by path (清河县/城关镇).
// Units it does not find are planned as new ones, under the path's parent or, for a bare name,
// under the tree's one top unit.
class UnitPaths
{
    Q_DECLARE_TR_FUNCTIONS(UnitPaths)

public:
    explicit UnitPaths(const QSqlDatabase &db);

    struct Found
    {
        qint64 id = 0;   // 0 for a unit still to be made
        QString path;    // "清河县/城关镇"
        QString problem; // why the unit cannot be told, e.g. two units of that name
    };
    Found find(const QString &written);
    // The path of a unit the database holds.
    QString pathOf(qint64 id) const;
    // With no unit tree yet, the bare names planned at the top go under the one top unit the
    // file's paths name (清河县/城关镇 → 清河县水利局 under 清河县), when there is exactly one.
    // Returns the paths that moved, old to new.
    QHash<QString, QString> placeBareNames();
    // The units to be made, parents first.
    const QStringList &newPaths() const { return m_new; }
    // "清河县水利局局长" → 清河县水利局 and 局长: a unit the tree holds at the start, or the text
    // before a usual post name.
    QString splitUnitAndPosition(const QString &text, QString &position) const;
    // The kind of a unit made from its name (镇 → township, 公司 → enterprise …).
    static QString kindOf(const QString &name, bool topLevel);

private:
    struct Unit
    {
        qint64 id = 0;
        QString name;
        qint64 parent = 0;
    };
    QHash<qint64, Unit> m_units;
    QMultiHash<QString, qint64> m_byName;
    QStringList m_new;
    qint64 m_root = 0; // the one unit without a parent, when there is exactly one
};
