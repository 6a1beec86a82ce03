#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

// What the window shows with no database open: open, create, connect to the commission's
// server, or try the demo database, and the databases opened lately.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentDatabases(const QStringList &paths);

signals:
    void openRequested();
    void newRequested();
    void serverRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    void openItem(QListWidgetItem *item);

    QListWidget *m_recent = nullptr;
};
