#pragma once

#include <QDialog>
#include <QHash>
#include <QUrl>

class QLabel;
class QLineEdit;
class QLocale;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The user guide inside the program, offline: the Markdown guide and its screenshots are compiled
// in as resources (the Chinese guide for the Chinese interface, the English one otherwise). The
// chapters are listed beside the text, links between them work, Ctrl+F finds words, and the
// screenshots shrink to the width of the window.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // Opens the guide beside `parent`, or brings forward the one already open.
    static HelpDialog *showGuide(QWidget *parent);

    // The guide for the interface's language, as a qrc: URL.
    static QUrl guideFor(const QLocale &locale);
    // The name a heading is linked by: GitHub's rule (lower case, letters, digits, - and _ kept,
    // spaces to hyphens, other marks dropped), so the same links work in the repository.
    static QString anchorFor(const QString &heading);

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    QLineEdit *findField() const { return m_find; }
    // Every heading's anchor name, in document order.
    QStringList anchors() const { return m_anchors; }
    // Finds the next (or previous) place the find field's text occurs, wrapping round; false when
    // it occurs nowhere.
    bool findNext(bool backwards = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const QUrl &guide);
    void nameHeadings();
    void fitImages();
    void followLink(const QUrl &link);
    void showHeading(QTreeWidgetItem *item);

    QTreeWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
    QTimer *m_fitTimer = nullptr;
    QStringList m_anchors;
    // Each screenshot's own width, by its name in the document.
    QHash<QString, int> m_imageWidths;
    int m_fittedWidth = 0;
};
