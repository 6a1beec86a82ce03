#pragma once

#include <QTableView>

// The table every dossier section uses: whole rows selected one at a time, dates shown in the
// interface language, Enter or a double click to open a record, Ctrl+N for a new one and Delete
// to delete it.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Sorting on a header click, starting from the model's own order.
    void enableSorting();
    // The selected row, or -1.
    int currentRow() const;

signals:
    void openRequested(const QModelIndex &index);
    void newRequested();
    void deleteRequested();

protected:
    // New (Ctrl+N) and Delete act on this list even where the window binds the same keys.
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};
