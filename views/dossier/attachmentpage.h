#pragma once

#include "sectionpage.h"

class RecordEditor;

// Files kept in the dossier: added from disk with their SHA-256, saved back out, deleted.
class AttachmentPage : public SectionPage
{
    Q_OBJECT

public:
    AttachmentPage(const RecordEditor &editor, QWidget *parent = nullptr);

    void newRecord() override;
    void editCurrent() override;
    // Adds a file without asking for it, as the Add button does after its file dialog.
    void addFile(const QString &path);

private:
    void saveCurrent();

    const RecordEditor &m_editor;
};
