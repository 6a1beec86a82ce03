#pragma once

#include "reports/dossiersummary.h"

#include <QDialog>
#include <QMap>

class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QPushButton;

// What a dossier summary holds: its sections, a span of dates, closed clues or not, and the
// watermark; kept and recalled as named templates.
class SummaryOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SummaryOptionsDialog(QWidget *parent = nullptr);

    SummaryOptions options() const;
    void setOptions(const SummaryOptions &options);
    bool watermark() const;
    void setWatermark(bool watermark);

    // Saves the options under `name` and selects it; false (nothing saved) for an empty name.
    bool saveTemplate(const QString &name);
    void applyTemplate(const QString &name);
    void removeTemplate(const QString &name);
    QComboBox *templates() const { return m_templates; }
    QCheckBox *sectionBox(const QString &key) const { return m_sections.value(key); }

    // The interface's name of a summary section.
    static QString sectionLabel(const QString &key);

private:
    void askTemplateName();
    void reloadTemplates(const QString &current);
    void checkRange();

    QComboBox *m_templates = nullptr;
    QPushButton *m_removeTemplate = nullptr;
    QMap<QString, QCheckBox *> m_sections;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_until = nullptr;
    QCheckBox *m_closedClues = nullptr;
    QCheckBox *m_watermark = nullptr;
    QPushButton *m_ok = nullptr;
};
