#pragma once

#include "spreadsheets/rosterimport.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class SheetFile;

// A roster from Excel, WPS or CSV, before it goes in: how many cadres are new, to update or the
// same, the units it makes, and every row with what happens to it — the changes field by field,
// or every problem with its column and value. Import writes it all in one step, or nothing while
// a problem is left.
class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Throws DataError when the file has no roster to show.
    RosterImportDialog(Database &database, const SheetFile &file, QWidget *parent = nullptr);

    const RosterPlan &plan() const { return m_plan; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }

    void accept() override;

private:
    void showSheet(int sheet);

    Database &m_database;
    const SheetFile &m_file;
    RosterPlan m_plan;
    QComboBox *m_sheets = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_units = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_import = nullptr;
};
