#pragma once

#include "items/unittreemodel.h"

#include <QWidget>

class Database;

class CadreDirectoryModel;
class DirectoryFilterBar;
class QLabel;
class QTableView;
class QToolButton;

// The cadre directory: search box, quick filters, the unit scope picked in the unit tree, and
// the lazy table of cadres. Return or a double click on a row asks for that cadre's dossier.
class DirectoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryPanel(QWidget *parent = nullptr);

    // Shows the cadres of `db`; an invalid connection empties the table.
    void setDatabase(const Database *database);
    void setScope(const UnitScope &scope, const QString &name);
    UnitScope scope() const { return m_scope; }
    // Reads the rows again after records changed, keeping the current row and scroll position.
    void refresh();
    void focusSearch();
    void clearFilters();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    DirectoryFilterBar *filterBar() const { return m_filterBar; }
    QTableView *table() const { return m_table; }
    CadreDirectoryModel *model() const { return m_model; }
    qint64 currentCadreId() const;
    // The cadres of the selected rows in table order, else the current one; for printing.
    QList<qint64> selectedCadreIds() const;

signals:
    void dossierRequested(qint64 cadreId);
    void scopeCleared();

private:
    // Reads the directory for the filter bar and scope; `readAgain` false reads only a changed
    // filter.
    void applyFilter(bool readAgain = true);
    void showScope(const QString &name);
    void openCurrent(const QModelIndex &index);
    void moveToResults();
    void updateSummary();
    void fitColumns();

    DirectoryFilterBar *m_filterBar = nullptr;
    QWidget *m_scopeBar = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QToolButton *m_clearScope = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    CadreDirectoryModel *m_model = nullptr;
    UnitScope m_scope;
    QByteArray m_pendingHeaderState;
};
