#pragma once

#include <QDialog>
#include <QHash>

class Database;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

// The unit tree typed or pasted in one go: one unit per line, indented under the unit above it
// (or cells copied from Excel, one column per level, or a path such as 清河县/城关镇). The preview
// shows the tree as it will be, each unit new or already there with its kind (adjustable) and
// every problem; Create makes the new units in one transaction.
class UnitTreeDialog : public QDialog
{
    Q_OBJECT

public:
    UnitTreeDialog(Database &database, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // The kinds chosen in the preview for the new units, by path.
    QHash<QString, QString> kinds() const;
    int newUnits() const { return m_new; }

private:
    void refresh();

    Database &m_database;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_create = nullptr;
    QTimer *m_delay = nullptr;
    int m_new = 0;
};
