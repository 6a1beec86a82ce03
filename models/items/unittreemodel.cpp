#include "unittreemodel.h"

#include "directory/unitdirectory.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <functional>

struct UnitTreeModel::Node
{
    qint64 unitId = 0;
    QString kind;
    QString name;
    QDate retiredOn; // invalid for a unit in use
    int cadres = 0;  // with the units below
    bool group = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

// The order groups appear in below a unit: sub-counties, then towns, departments, …
const QStringList &kindOrder()
{
    static const QStringList order
        = {QStringLiteral("county"),     QStringLiteral("township"),
           QStringLiteral("department"), QStringLiteral("institution"),
           QStringLiteral("enterprise"), QStringLiteral("stationed_group")};
    return order;
}
} // namespace

UnitTreeModel::UnitTreeModel(const Database &database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
    , m_root(build())
{}

UnitTreeModel::~UnitTreeModel() = default;

QString UnitTreeModel::groupLabel(const QString &kind)
{
    if (kind == QLatin1String("county"))
        return tr("Counties and districts");
    if (kind == QLatin1String("township"))
        return tr("Towns and townships");
    if (kind == QLatin1String("department"))
        return tr("Departments");
    if (kind == QLatin1String("institution"))
        return tr("Public institutions");
    if (kind == QLatin1String("enterprise"))
        return tr("State enterprises");
    if (kind == QLatin1String("stationed_group"))
        return tr("Stationed discipline groups");
    return tr("Other units");
}

std::unique_ptr<UnitTreeModel::Node> UnitTreeModel::build() const
{
    const std::vector<UnitRow> units = UnitDirectory(m_database).units();
    QHash<qint64, int> position;
    for (int i = 0; i < int(units.size()); ++i)
        position.insert(units[size_t(i)].id, i);
    QHash<qint64, std::vector<int>> childrenOf;
    std::vector<int> tops;
    for (int i = 0; i < int(units.size()); ++i) {
        const UnitRow &unit = units[size_t(i)];
        if (unit.parentId != 0 && unit.parentId != unit.id && position.contains(unit.parentId))
            childrenOf[unit.parentId].push_back(i);
        else
            tops.push_back(i);
    }

    QSet<qint64> placed; // a loop in the parent links must not recurse forever
    std::function<void(Node *, const std::vector<int> &, bool)> addUnits;
    addUnits = [&](Node *parent, const std::vector<int> &indexes, bool mayGroup) {
        QStringList kinds;
        for (const int i : indexes) {
            if (!kinds.contains(units[size_t(i)].kind))
                kinds << units[size_t(i)].kind;
        }
        std::sort(kinds.begin(), kinds.end(), [](const QString &a, const QString &b) {
            const auto rank = [](const QString &kind) {
                const int at = kindOrder().indexOf(kind);
                return at < 0 ? int(kindOrder().size()) : at;
            };
            return rank(a) < rank(b) || (rank(a) == rank(b) && a < b);
        });
        const bool grouped = mayGroup && kinds.size() > 1;
        for (const QString &kind : kinds) {
            Node *target = parent;
            if (grouped) {
                auto group = std::make_unique<Node>();
                group->unitId = parent->unitId;
                group->kind = kind;
                group->name = groupLabel(kind);
                group->group = true;
                target = parent->add(std::move(group));
            }
            for (const int i : indexes) {
                const UnitRow &unit = units[size_t(i)];
                if (unit.kind != kind || placed.contains(unit.id))
                    continue;
                placed.insert(unit.id);
                auto node = std::make_unique<Node>();
                node->unitId = unit.id;
                node->kind = unit.kind;
                node->name = unit.name;
                node->retiredOn = QDate::fromString(unit.retiredOn, Qt::ISODate);
                node->cadres = unit.cadresWithSubunits;
                Node *added = target->add(std::move(node));
                if (grouped)
                    target->cadres += unit.cadresWithSubunits;
                addUnits(added, childrenOf.value(unit.id), true);
            }
        }
    };
    auto root = std::make_unique<Node>();
    addUnits(root.get(), tops, false);
    return root;
}

void UnitTreeModel::reload()
{
    std::unique_ptr<Node> fresh = build();
    if (!sameShape(*m_root, *fresh)) {
        beginResetModel();
        m_root = std::move(fresh);
        endResetModel();
        return;
    }
    // Same rows: take the new names and counts, and tell the views row by row.
    std::function<void(Node *, const Node *)> update = [&](Node *old, const Node *now) {
        for (size_t i = 0; i < old->children.size(); ++i) {
            old->children[i]->name = now->children[i]->name;
            old->children[i]->retiredOn = now->children[i]->retiredOn;
            old->children[i]->cadres = now->children[i]->cadres;
            update(old->children[i].get(), now->children[i].get());
        }
        if (!old->children.empty()) {
            const QModelIndex parent = old == m_root.get() ? QModelIndex() : indexOfNode(old);
            emit dataChanged(index(0, 0, parent),
                             index(int(old->children.size()) - 1, ColumnCount - 1, parent));
        }
    };
    update(m_root.get(), fresh.get());
}

void UnitTreeModel::setKindIcons(const QHash<QString, QIcon> &icons)
{
    m_kindIcons = icons;
    if (!m_root->children.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

UnitTreeModel::Node *UnitTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex UnitTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

UnitScope UnitTreeModel::scope(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeOf(index) : nullptr;
    if (!node)
        return {};
    return {node->unitId, node->group ? node->kind : QString()};
}

const UnitTreeModel::Node *UnitTreeModel::find(const Node *node, const UnitScope &scope) const
{
    if (node != m_root.get() && node->unitId == scope.unitId
        && (node->group ? node->kind == scope.kind : scope.kind.isEmpty()))
        return node;
    for (const auto &child : node->children) {
        if (const Node *found = find(child.get(), scope))
            return found;
    }
    return nullptr;
}

QModelIndex UnitTreeModel::indexOf(const UnitScope &scope) const
{
    if (scope.isAll())
        return {};
    return indexOfNode(find(m_root.get(), scope));
}

QString UnitTreeModel::scopeName(const UnitScope &scope) const
{
    const Node *node = scope.isAll() ? nullptr : find(m_root.get(), scope);
    if (!node)
        return tr("All units");
    if (!node->group)
        return node->name;
    const Node *unit = node->parent;
    return tr("%1: %2").arg(unit->name, node->name);
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CadresColumn)
            return node->cadres;
        return node->retiredOn.isValid() ? tr("%1 (retired)").arg(node->name) : node->name;
    case Qt::ToolTipRole:
        if (node->retiredOn.isValid())
            return tr("%1: retired on %2; %n cadre(s) who served in it, units below included",
                      nullptr, node->cadres)
                .arg(node->name, QLocale().toString(node->retiredOn, QLocale::LongFormat));
        return tr("%1: %n cadre(s), units below included", nullptr, node->cadres).arg(node->name);
    case Qt::ForegroundRole:
        if (node->retiredOn.isValid())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn && m_kindIcons.contains(node->kind))
            return m_kindIcons.value(node->kind);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CadresColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (node->group) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case UnitIdRole:
        return node->group ? 0 : node->unitId;
    case UnitKindRole:
        return node->kind;
    case IsGroupRole:
        return node->group;
    case RetiredOnRole:
        return node->retiredOn;
    case CadreCountRole:
        return node->cadres;
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Unit") : tr("Cadres");
}

bool UnitTreeModel::sameShape(const Node &a, const Node &b)
{
    if (a.unitId != b.unitId || a.group != b.group || a.kind != b.kind
        || a.children.size() != b.children.size())
        return false;
    for (size_t i = 0; i < a.children.size(); ++i) {
        if (!sameShape(*a.children[i], *b.children[i]))
            return false;
    }
    return true;
}
