#pragma once

#include "dossierpage.h"

#include <QMap>

class QLabel;
class RecordEditor;
class RecordSection;

// The cadre's basic information, editable through its form, above the position history.
class BasicInfoPage : public DossierPage
{
    Q_OBJECT

public:
    BasicInfoPage(const RecordEditor &editor, QWidget *parent = nullptr);

    void reload() override;
    void newRecord() override;
    void editCurrent() override;
    void deleteCurrent() override;
    bool showRecord(const QString &table, qint64 id) override;

private:
    QLabel *addDetail(class QGridLayout *grid, const QString &column, const QString &label, int row,
                      int pair);

    const RecordEditor &m_editor;
    QMap<QString, QLabel *> m_details;
    RecordSection *m_positions = nullptr;
};
