#pragma once

#include "dossierpage.h"

class ClueStepsModel;
class QLabel;
class QPushButton;
class RecordEditor;
class RecordSection;
class RecordTableView;

// The clues about the cadre, and below them the disposition steps of the selected clue with
// the next step the workflow allows and when it is due.
class CluePage : public DossierPage
{
    Q_OBJECT

public:
    CluePage(const RecordEditor &editor, QWidget *parent = nullptr);

    RecordSection *clues() const { return m_clues; }
    ClueStepsModel *steps() const { return m_steps; }

    void reload() override;
    void newRecord() override;
    void editCurrent() override;
    void deleteCurrent() override;
    bool showRecord(const QString &table, qint64 id) override;
    void nextStep();

private:
    void showSteps(qint64 clueId);

    const RecordEditor &m_editor;
    RecordSection *m_clues = nullptr;
    ClueStepsModel *m_steps = nullptr;
    RecordTableView *m_stepView = nullptr;
    QLabel *m_stepsTitle = nullptr;
    QLabel *m_due = nullptr;
    QPushButton *m_nextStep = nullptr;
};
