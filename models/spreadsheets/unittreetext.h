#pragma once

#include "importreceipt.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

class Database;

// One unit of a unit tree typed or pasted as text.
struct PastedUnit
{
    int line = 0;          // from 1; the line that named it (a path's parents share its line)
    QString path;          // "清河县/城关镇/城关镇财政所"
    QString name;          // "城关镇财政所"
    QString parentPath;    // empty for a unit at the top
    QString kind;          // a key of the vocabulary units.kind: given on the line, or guessed
    qint64 existingId = 0; // the unit the database holds already at that place, or 0: new
    QString problem;       // why it cannot be made; empty when it can
};

// A unit tree as people type or paste it: one unit per line, the units below a unit indented
// under it (by tabs or spaces, or cells of successive spreadsheet columns), or a whole path on a
// line (清河县/城关镇); list marks such as "1." or "一、" are left off. A cell after the name may
// give the kind (乡镇, 部门, 事业单位, 国有企业, 派驻纪检监察组); otherwise it is read from the
// name (镇 → township, 公司 → enterprise …). Units the database holds are found by their place in
// the tree and left as they are.
class UnitTreeText
{
    Q_DECLARE_TR_FUNCTIONS(UnitTreeText)

public:
    static QVector<PastedUnit> read(const QSqlDatabase &db, const QString &text);
    // Makes the new units, parents first, each with its kind (or the kind chosen for its path
    // in `kinds`), in one transaction with an audit entry per unit and one for the whole tree.
    // Throws DataError when a unit has a problem, and then makes none.
    static ImportReceipt apply(Database &database, const QVector<PastedUnit> &units,
                               const QHash<QString, QString> &kinds = {});
};
