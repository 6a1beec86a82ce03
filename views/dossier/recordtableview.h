#pragma once

#include <QTableView>

// The table every dossier section uses: whole rows selected one at a time, dates shown in the
// interface language, Enter or a double click to open a record and Delete to delete it.
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
    void deleteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
