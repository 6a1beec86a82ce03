#pragma once

#include <QTabWidget>
#include <functional>

class Database;
class DossierWidget;
class QUndoStack;

// The window's tabs: the cadre directory first, always there, then one tab per open dossier.
// Opening a cadre whose dossier is open already brings its tab to the front.
class DossierTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit DossierTabs(QWidget *directory, QWidget *parent = nullptr);

    // Closes every dossier; later dossiers open from `database`, editing through `undoStack`.
    void setDatabase(Database *database, QUndoStack *undoStack);
    void setErrorReporter(const std::function<void(const QString &)> &report);

    // Shows the cadre's dossier; false (after reporting why) when it cannot be opened.
    bool openDossier(qint64 cadreId);
    bool closeCurrentDossier();
    void closeDossier(qint64 cadreId);
    void closeAllDossiers();
    void showDirectory();
    void showNext(int step);

    QList<qint64> openCadreIds() const;
    DossierWidget *currentDossier() const;
    DossierWidget *dossier(qint64 cadreId) const;

signals:
    void dossierShown(bool shown);
    // A dossier's Print Preview button.
    void printPreviewRequested(qint64 cadreId);

private:
    void closeDossierAt(int index);
    void updateTitle(DossierWidget *widget, const QString &title);

    Database *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::function<void(const QString &)> m_report;
};
