#pragma once

#include "dossierpage.h"

#include <QVector>

class RecordEditor;
class RecordSection;
struct RecordListing;

// A dossier page of one or more record lists, e.g. duty reports above self-examination
// materials. The keyboard actions go to the list that has the focus, else the first.
class SectionPage : public DossierPage
{
    Q_OBJECT

public:
    SectionPage(const RecordEditor &editor, QWidget *parent = nullptr);

    RecordSection *addSection(const RecordListing &listing, const QString &heading, int actions,
                              int stretch = 1);
    const QVector<RecordSection *> &sections() const { return m_sections; }

    void reload() override;
    void newRecord() override;
    void editCurrent() override;
    void deleteCurrent() override;
    bool showRecord(const QString &table, qint64 id) override;

private:
    RecordSection *activeSection() const;

    const RecordEditor &m_editor;
    QVector<RecordSection *> m_sections;
};
