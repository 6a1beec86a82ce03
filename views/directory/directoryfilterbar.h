#pragma once

#include <QWidget>

struct CadreFilter;
class QLineEdit;
class QTimer;
class QToolButton;

// The search box and the quick filters above the directory. Typing filters as you type, after
// a short pause so that a fast typist does not run a query per key; the quick filters apply at
// once. Down or Return in the search box moves on to the results.
class DirectoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryFilterBar(QWidget *parent = nullptr);

    // Copies the search text and quick filters into `filter`; the unit scope is left alone.
    void applyTo(CadreFilter &filter) const;
    void setDutyReportYear(int year);
    // The quick filters are facts about cadres: hidden, and cleared, for an account that may
    // not see them.
    void setQuickFiltersShown(bool shown);
    void focusSearch();
    void clear();
    QLineEdit *searchField() const { return m_search; }

    static constexpr int typingPauseMilliseconds = 150;

signals:
    void changed();
    void moveToResults();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *addQuickFilter(const QString &text, const QString &toolTip);

    QLineEdit *m_search = nullptr;
    QTimer *m_typingPause = nullptr;
    QToolButton *m_topLeaders = nullptr;
    QToolButton *m_impactPeriod = nullptr;
    QToolButton *m_openClues = nullptr;
    QToolButton *m_overdue = nullptr;
    QToolButton *m_dutyReport = nullptr;
    QList<QToolButton *> m_quickFilters;
};
