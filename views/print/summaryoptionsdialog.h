#pragma once

#include "reports/dossiersummary.h"

#include <QDialog>
#include <QMap>

#include <functional>

class Database;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QPushButton;

// What a dossier summary holds: its sections, a span of dates, closed clues or not, and the
// watermark; kept and recalled as named templates, which the commission shares in the database
// (without a database, or for an account that may not change them, they are only applied).
class SummaryOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SummaryOptionsDialog(Database *database, QWidget *parent = nullptr);

    SummaryOptions options() const;
    void setOptions(const SummaryOptions &options);
    bool watermark() const;
    void setWatermark(bool watermark);
    // Exported PDFs as PDF/A-1b, for archives that keep them.
    bool archival() const;
    void setArchival(bool archival);

    // Saves the options under `name` and selects it; false (nothing saved, the reason shown)
    // for an empty name or a refusal. The same for renaming and deleting.
    bool saveTemplate(const QString &name);
    bool renameTemplate(const QString &name, const QString &newName);
    bool removeTemplate(const QString &name);
    void applyTemplate(const QString &name);
    QComboBox *templates() const { return m_templates; }
    QCheckBox *sectionBox(const QString &key) const { return m_sections.value(key); }

    // The interface's name of a summary section.
    static QString sectionLabel(const QString &key);

private:
    QGroupBox *typefaces();
    void askTemplateName();
    void askNewName();
    void reloadTemplates(const QString &current);
    void updateButtons();
    // Runs a change of the templates; shows the reason when it is refused.
    bool change(const std::function<void()> &work);
    void checkRange();

    Database *m_database;
    QComboBox *m_templates = nullptr;
    QPushButton *m_saveTemplate = nullptr;
    QPushButton *m_renameTemplate = nullptr;
    QPushButton *m_removeTemplate = nullptr;
    QMap<QString, QCheckBox *> m_sections;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_until = nullptr;
    QCheckBox *m_closedClues = nullptr;
    QCheckBox *m_archival = nullptr;
    QCheckBox *m_watermark = nullptr;
    QPushButton *m_ok = nullptr;
};
