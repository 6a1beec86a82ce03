#pragma once

#include "dossierpage.h"

class QComboBox;
class QLabel;
class RecordTableView;
class TimelineModel;
class Database;

// The overview: everything in the dossier, newest first, filtered by kind. Opening an entry
// shows it on its own section page.
class TimelinePage : public DossierPage
{
    Q_OBJECT

public:
    TimelinePage(Database &database, qint64 cadreId, QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    void reload() override;

signals:
    void recordRequested(const QString &table, qint64 id);

private:
    void openEntry(const QModelIndex &index);

    TimelineModel *m_model = nullptr;
    RecordTableView *m_view = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_count = nullptr;
};
