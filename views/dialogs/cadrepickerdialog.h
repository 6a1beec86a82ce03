#pragma once

#include <QDialog>

class Database;

class CadreDirectoryModel;
class QLineEdit;
class QTableView;

// Finds one cadre in the whole directory as the directory does — name, pinyin initials, unit or
// position — to link a record to them, e.g. a relative who is a cadre too.
class CadrePickerDialog : public QDialog
{
    Q_OBJECT

public:
    CadrePickerDialog(const Database &database, qint64 excludedCadreId, QWidget *parent = nullptr);

    // 0 until a cadre is picked.
    qint64 cadreId() const { return m_cadreId; }

    void accept() override;

private:
    void search(const QString &text);

    CadreDirectoryModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    qint64 m_excluded = 0;
    qint64 m_cadreId = 0;
};
