#pragma once

#include "dossierpage.h"

class MeasureListModel;
class QPushButton;
class RecordEditor;
class RecordTableView;

// Sanctions, organizational handlings and admonitions, each with its impact period computed
// from the rules, never typed in.
class MeasurePage : public DossierPage
{
    Q_OBJECT

public:
    MeasurePage(const RecordEditor &editor, QWidget *parent = nullptr);

    MeasureListModel *model() const { return m_model; }

    void reload() override;
    // Ctrl+N adds a sanction; the New button offers the other two as well.
    void newRecord() override;
    void editCurrent() override;
    void deleteCurrent() override;
    bool showRecord(const QString &table, qint64 id) override;

private:
    QModelIndex currentIndex() const;
    void updateButtons();

    const RecordEditor &m_editor;
    MeasureListModel *m_model = nullptr;
    RecordTableView *m_view = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};
