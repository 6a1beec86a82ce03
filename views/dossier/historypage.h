#pragma once

#include "dossierpage.h"

class ChangeHistoryModel;
class Database;
class QLabel;
class QPlainTextEdit;
class RecordTableView;

// Who changed what in the dossier and when, from the audit trail, with the selected entry's
// fields before and after.
class HistoryPage : public DossierPage
{
    Q_OBJECT

public:
    HistoryPage(Database &database, qint64 cadreId, QWidget *parent = nullptr);

    ChangeHistoryModel *model() const { return m_model; }
    void reload() override;

private:
    void showDetails();

    ChangeHistoryModel *m_model = nullptr;
    RecordTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
};
