#pragma once

#include "spreadsheets/ledgerimport.h"
#include "spreadsheets/rosterimport.h"

#include <QDialog>
#include <QHash>
#include <memory>

class Database;
class ImportCommand;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class SheetFile;

// A spreadsheet from Excel, WPS or CSV before it goes in: what it holds (a roster, or the
// ledger of one record kind, guessed from its headers), the sheet and the header row, which
// column is read as which field (adjustable, and remembered for the next file of that kind),
// and every row with what happens to it — new, the changes field by field, the same, or every
// problem with its column and value. Import writes it all in one step that Edit ▸ Undo takes
// back whole, or nothing while a problem is left.
class SpreadsheetImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Throws DataError when the file has nothing to show.
    SpreadsheetImportDialog(Database &database, const SheetFile &file, QWidget *parent = nullptr);
    ~SpreadsheetImportDialog() override;

    // "cadres" or a ledger's record kind.
    QString kind() const;
    void setKind(const QString &kind);
    const ImportSource &source() const;
    int count(ImportRow::Action action) const;

    QComboBox *kinds() const { return m_kinds; }
    QTableWidget *columns() const { return m_columns; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }
    // Reads column `column` of the sheet as `field` (empty: leave it out), and shows the rows
    // again.
    void chooseField(int column, const QString &field);

    // The import, applied, for the undo history; null until Import succeeded.
    std::unique_ptr<ImportCommand> takeCommand();

    void accept() override;

private:
    void refresh();
    void showColumns();
    void showRows();
    QVector<const ImportRow *> rows() const;
    QString detailsOf(const ImportRow &row) const;

    Database &m_database;
    const SheetFile &m_file;
    RosterPlan m_roster;
    LedgerPlan m_ledger;
    QHash<QString, QString> m_chosen; // header → field, as the user set them
    std::unique_ptr<ImportCommand> m_command;
    QComboBox *m_kinds = nullptr;
    QComboBox *m_sheets = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QTableWidget *m_columns = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_units = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_import = nullptr;
    bool m_showing = false;
};
