#pragma once

#include <QWidget>

// One section page of a dossier. A page reads its records when shown; after a change it is only
// marked stale, and reads again the next time it is shown.
class DossierPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void reload() = 0;
    // The keyboard actions of the page: Ctrl+N, Enter, Delete.
    virtual void newRecord() {}
    virtual void editCurrent() {}
    virtual void deleteCurrent() {}
    // Selects a record of `table` when the page lists it.
    virtual bool showRecord(const QString &table, qint64 id)
    {
        Q_UNUSED(table);
        Q_UNUSED(id);
        return false;
    }

    void markStale() { m_stale = true; }
    // Reads again if stale.
    void refresh()
    {
        if (m_stale) {
            m_stale = false;
            reload();
        }
    }

private:
    bool m_stale = true;
};
