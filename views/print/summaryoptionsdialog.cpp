#include "summaryoptionsdialog.h"

#include "reports/reportfonts.h"

#include "dialogs/optionaldateedit.h"
#include "domain/dataerror.h"
#include "reports/summarytemplates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

SummaryOptionsDialog::SummaryOptionsDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Dossier Summary Options"));
    auto *layout = new QVBoxLayout(this);

    auto *templateRow = new QHBoxLayout;
    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("summaryTemplates"));
    m_templates->setMinimumContentsLength(16);
    m_saveTemplate = new QPushButton(tr("Save as Template…"));
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplate"));
    m_renameTemplate = new QPushButton(tr("Rename…"));
    m_renameTemplate->setObjectName(QStringLiteral("renameTemplate"));
    m_removeTemplate = new QPushButton(tr("Delete Template"));
    m_removeTemplate->setObjectName(QStringLiteral("removeTemplate"));
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(m_saveTemplate);
    templateRow->addWidget(m_renameTemplate);
    templateRow->addWidget(m_removeTemplate);
    auto *templateForm = new QFormLayout;
    templateForm->addRow(tr("&Template:"), templateRow);
    layout->addLayout(templateForm);

    auto *sectionGroup = new QGroupBox(tr("Sections"));
    auto *sectionGrid = new QGridLayout(sectionGroup);
    const QStringList keys = DossierSummary::sectionKeys();
    for (int index = 0; index < keys.size(); ++index) {
        auto *box = new QCheckBox(sectionLabel(keys[index]));
        box->setObjectName(QStringLiteral("section_") + keys[index]);
        box->setChecked(true);
        m_sections.insert(keys[index], box);
        sectionGrid->addWidget(box, index / 2, index % 2);
    }
    layout->addWidget(sectionGroup);

    auto *form = new QFormLayout;
    m_from = new OptionalDateEdit(QStringLiteral("from"));
    m_until = new OptionalDateEdit(QStringLiteral("until"));
    form->addRow(tr("Records &from:"), m_from);
    form->addRow(tr("Records &until:"), m_until);
    m_closedClues = new QCheckBox(tr("Include clues that are &closed"));
    m_closedClues->setObjectName(QStringLiteral("includeClosedClues"));
    m_closedClues->setChecked(true);
    form->addRow(m_closedClues);
    m_watermark = new QCheckBox(tr("&Watermark each page with my name and the time"));
    m_watermark->setObjectName(QStringLiteral("watermark"));
    form->addRow(m_watermark);
    m_archival = new QCheckBox(tr("Export PDFs as PDF/A-1b, for &archiving"));
    m_archival->setObjectName(QStringLiteral("archival"));
    form->addRow(m_archival);
    layout->addLayout(form);
    layout->addWidget(typefaces());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveTemplate, &QPushButton::clicked, this, &SummaryOptionsDialog::askTemplateName);
    connect(m_renameTemplate, &QPushButton::clicked, this, &SummaryOptionsDialog::askNewName);
    connect(m_removeTemplate, &QPushButton::clicked, this,
            [this] { removeTemplate(m_templates->currentText()); });
    connect(m_templates, &QComboBox::textActivated, this, &SummaryOptionsDialog::applyTemplate);
    connect(m_from, &OptionalDateEdit::changed, this, &SummaryOptionsDialog::checkRange);
    connect(m_until, &OptionalDateEdit::changed, this, &SummaryOptionsDialog::checkRange);
    reloadTemplates(QString());
}

QString SummaryOptionsDialog::sectionLabel(const QString &key)
{
    static const QVector<QPair<const char *, const char *>> labels = {
        {"positions", QT_TR_NOOP("Posts held")},
        {"talks", QT_TR_NOOP("Talks")},
        {"notices", QT_TR_NOOP("Notices")},
        {"findings", QT_TR_NOOP("Inspection findings and rectifications")},
        {"clues", QT_TR_NOOP("Clues and dispositions")},
        {"cases", QT_TR_NOOP("Cases")},
        {"measures", QT_TR_NOOP("Sanctions, handling and impact periods")},
        {"duty_reports", QT_TR_NOOP("Duty reports")},
        {"warning_education", QT_TR_NOOP("Warning education")},
        {"opinions", QT_TR_NOOP("Integrity opinions issued")},
    };
    for (const auto &label : labels) {
        if (key == QLatin1String(label.first))
            return tr(label.second);
    }
    return key;
}

SummaryOptions SummaryOptionsDialog::options() const
{
    SummaryOptions options;
    bool all = true;
    for (const QString &key : DossierSummary::sectionKeys()) {
        if (m_sections.value(key)->isChecked())
            options.sections << key;
        else
            all = false;
    }
    if (all)
        options.sections.clear(); // every section, including any added later
    options.from = m_from->date();
    options.until = m_until->date();
    options.includeClosedClues = m_closedClues->isChecked();
    return options;
}

void SummaryOptionsDialog::setOptions(const SummaryOptions &options)
{
    for (auto it = m_sections.constBegin(); it != m_sections.constEnd(); ++it)
        it.value()->setChecked(options.includes(it.key()));
    m_from->setDate(options.from);
    m_until->setDate(options.until);
    m_closedClues->setChecked(options.includeClosedClues);
    checkRange();
}

QGroupBox *SummaryOptionsDialog::typefaces()
{
    // The faces GB/T 9704 asks for, and what prints where one is not installed.
    auto *group = new QGroupBox(tr("Typefaces"));
    group->setObjectName(QStringLiteral("typefaces"));
    auto *grid = new QFormLayout(group);
    for (const ReportFonts::Choice &choice : ReportFonts::choices()) {
        QString text;
        if (choice.family.isEmpty())
            text = tr("%1 — no Chinese font is installed").arg(choice.official);
        else if (!choice.standIn)
            text = choice.family;
        else
            text
                = tr("%1 is not installed; %2%3 stands in")
                      .arg(choice.official, choice.family, choice.bold ? tr(" (bold)") : QString());
        auto *label = new QLabel(text);
        label->setObjectName(QStringLiteral("typeface"));
        grid->addRow(ReportFonts::roleName(choice.role) + QLatin1Char(':'), label);
    }
    return group;
}

bool SummaryOptionsDialog::archival() const
{
    return m_archival->isChecked();
}

void SummaryOptionsDialog::setArchival(bool archival)
{
    m_archival->setChecked(archival);
}

bool SummaryOptionsDialog::watermark() const
{
    return m_watermark->isChecked();
}

void SummaryOptionsDialog::setWatermark(bool watermark)
{
    m_watermark->setChecked(watermark);
}

bool SummaryOptionsDialog::change(const std::function<void()> &work)
{
    if (!m_database)
        return false;
    try {
        work();
        return true;
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Summary Templates"), error.message());
        return false;
    }
}

bool SummaryOptionsDialog::saveTemplate(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    const SummaryOptions chosen = options();
    if (!change([&] { SummaryTemplates(*m_database).save(trimmed, chosen); }))
        return false;
    reloadTemplates(trimmed);
    return true;
}

bool SummaryOptionsDialog::renameTemplate(const QString &name, const QString &newName)
{
    if (!change([&] { SummaryTemplates(*m_database).rename(name, newName); }))
        return false;
    reloadTemplates(newName.trimmed());
    return true;
}

bool SummaryOptionsDialog::removeTemplate(const QString &name)
{
    if (!change([&] { SummaryTemplates(*m_database).remove(name); }))
        return false;
    reloadTemplates(QString());
    return true;
}

void SummaryOptionsDialog::applyTemplate(const QString &name)
{
    std::optional<SummaryOptions> stored;
    if (m_database)
        change([&] { stored = SummaryTemplates(*m_database).load(name); });
    if (stored)
        setOptions(*stored);
    updateButtons();
}

void SummaryOptionsDialog::askTemplateName()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save as Template"), tr("Name of the template:"),
                                QLineEdit::Normal, m_templates->currentText(), &ok);
    if (ok)
        saveTemplate(name);
}

void SummaryOptionsDialog::askNewName()
{
    const QString current = m_templates->currentText();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Template"), tr("New name:"),
                                               QLineEdit::Normal, current, &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != current)
        renameTemplate(current, name);
}

void SummaryOptionsDialog::reloadTemplates(const QString &current)
{
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    QStringList names;
    if (m_database)
        change([&] { names = SummaryTemplates(*m_database).names(); });
    m_templates->addItems(names);
    m_templates->setCurrentIndex(m_templates->findText(current));
    updateButtons();
}

void SummaryOptionsDialog::updateButtons()
{
    const bool canChange = m_database && SummaryTemplates(*m_database).canChange();
    const bool chosen = m_templates->currentIndex() >= 0;
    m_templates->setEnabled(m_templates->count() > 0);
    m_saveTemplate->setEnabled(canChange);
    m_renameTemplate->setEnabled(canChange && chosen);
    m_removeTemplate->setEnabled(canChange && chosen);
}

void SummaryOptionsDialog::checkRange()
{
    const QDate from = m_from->date();
    const QDate until = m_until->date();
    const bool valid = !from.isValid() || !until.isValid() || from <= until;
    m_ok->setEnabled(valid);
    m_ok->setToolTip(valid ? QString() : tr("The first day comes after the last."));
}
