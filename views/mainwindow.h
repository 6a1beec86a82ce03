#pragma once

#include <QMainWindow>
#include <memory>

class CadreDirectoryModel;
class Database;
class QLineEdit;
class QTableView;

// The program's window: the cadre directory with search-as-you-type.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void applySearch();
    void updateStatus();

    std::unique_ptr<Database> m_database;
    CadreDirectoryModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
};
