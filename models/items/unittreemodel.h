#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <memory>
#include <vector>

class Database;

// The part of the unit tree a directory filter covers: one unit and everything below it, or
// (with a kind) the units of that kind directly below the unit, and everything below those.
struct UnitScope
{
    qint64 unitId = 0; // 0: every unit
    QString kind;

    bool isAll() const { return unitId == 0; }
    bool operator==(const UnitScope &other) const
    {
        return unitId == other.unitId && kind == other.kind;
    }
};

// The units as a tree by their parent links — county, then its towns, departments, public
// institutions, enterprises and stationed groups — with the number of cadres in each unit and
// the units below it. Where a unit has units of several kinds below it, they are grouped by kind
// under a group row. Counts come from one SQL statement (UnitDirectory).
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CadresColumn, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1, // 0 for a group row
        UnitKindRole,
        IsGroupRole,
        CadreCountRole, // cadres in the unit and every unit below it
        RetiredOnRole,  // QDate the unit was retired; invalid for a unit in use
    };

    explicit UnitTreeModel(const Database &database, QObject *parent = nullptr);
    ~UnitTreeModel() override;

    // Reads the units and counts again; when only counts or names changed the rows stay, so
    // views keep their expanded and selected rows.
    void reload();
    // Icons by unit kind, shown beside unit and group names.
    void setKindIcons(const QHash<QString, QIcon> &icons);
    // The plural label of a group of units of one kind, e.g. "Townships".
    static QString groupLabel(const QString &kind);

    UnitScope scope(const QModelIndex &index) const;
    QModelIndex indexOf(const UnitScope &scope) const;
    QString scopeName(const UnitScope &scope) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    std::unique_ptr<Node> build() const;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = NameColumn) const;
    const Node *find(const Node *node, const UnitScope &scope) const;
    static bool sameShape(const Node &a, const Node &b);

    const Database &m_database;
    std::unique_ptr<Node> m_root;
    QHash<QString, QIcon> m_kindIcons;
};
