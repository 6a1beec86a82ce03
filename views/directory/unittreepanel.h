#pragma once

#include "items/unittreemodel.h"

#include <QWidget>

class Database;

class QTreeView;

// The unit tree beside the directory: picking a unit or a group of units sets the directory's
// scope to it and everything below it.
class UnitTreePanel : public QWidget
{
    Q_OBJECT

public:
    explicit UnitTreePanel(QWidget *parent = nullptr);

    // Shows the units of `db`; an invalid connection empties the tree.
    void setDatabase(const Database *database);
    // Reads the counts again after records changed, keeping what is expanded and selected.
    void reload();
    void selectScope(const UnitScope &scope);
    QString scopeName(const UnitScope &scope) const;
    QTreeView *view() const { return m_view; }
    UnitTreeModel *model() const { return m_model; }

signals:
    void scopeSelected(const UnitScope &scope);

private:
    void emitCurrentScope();

    QTreeView *m_view = nullptr;
    UnitTreeModel *m_model = nullptr;
};
