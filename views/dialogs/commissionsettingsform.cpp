#include "commissionsettingsform.h"

#include "domain/session.h"
#include "settings/programsettings.h"
#include "storage/database.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

CommissionSettingsForm::CommissionSettingsForm(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_definitions(ProgramSettings::definitions())
    , m_problem(new QLabel(this))
{
    const Session *session = database.session();
    m_mayChange = session && session->can(Permission::ChangeSettings);
    const ProgramSettings settings(database);
    auto *form = new QFormLayout;
    for (const SettingDefinition &definition : m_definitions) {
        const QString current = settings.value(definition.key);
        QWidget *field = nullptr;
        switch (definition.kind) {
        case SettingDefinition::Kind::Text: {
            auto *edit = new QLineEdit(current, this);
            edit->setMaxLength(int(definition.maximum));
            connect(edit, &QLineEdit::textChanged, this, &CommissionSettingsForm::check);
            edit->setReadOnly(!m_mayChange);
            field = edit;
            break;
        }
        case SettingDefinition::Kind::Whole: {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(definition.minimum), int(definition.maximum));
            spin->setValue(current.toInt());
            if (!definition.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + definition.unit);
            connect(spin, &QSpinBox::valueChanged, this, &CommissionSettingsForm::check);
            spin->setReadOnly(!m_mayChange);
            field = spin;
            break;
        }
        case SettingDefinition::Kind::Fraction: {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(2);
            spin->setSingleStep(0.05);
            spin->setRange(definition.minimum, definition.maximum);
            spin->setValue(current.toDouble());
            connect(spin, &QDoubleSpinBox::valueChanged, this, &CommissionSettingsForm::check);
            spin->setReadOnly(!m_mayChange);
            field = spin;
            break;
        }
        }
        field->setObjectName(definition.key);
        field->setToolTip(definition.description);
        field->setAccessibleDescription(definition.description);
        m_fields.append(field);
        auto *label = new QLabel(tr("%1:", "a setting's label").arg(definition.name), this);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    if (!m_mayChange) {
        auto *note = new QLabel(tr("Only the system administrator changes these settings."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
}

QWidget *CommissionSettingsForm::field(const QString &key) const
{
    for (int i = 0; i < m_definitions.size(); ++i) {
        if (m_definitions.at(i).key == key)
            return m_fields.at(i);
    }
    return nullptr;
}

QString CommissionSettingsForm::valueOf(const SettingDefinition &definition) const
{
    const QWidget *widget = field(definition.key);
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit->text().trimmed();
    if (const auto *spin = qobject_cast<const QSpinBox *>(widget))
        return QString::number(spin->value());
    if (const auto *spin = qobject_cast<const QDoubleSpinBox *>(widget))
        return QString::number(spin->value());
    return {};
}

QString CommissionSettingsForm::problem() const
{
    for (const SettingDefinition &definition : m_definitions) {
        const QString problem = SettingsStore::problem(definition, valueOf(definition));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

void CommissionSettingsForm::check()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit validityChanged(problem.isEmpty());
}

void CommissionSettingsForm::save() const
{
    if (!m_mayChange)
        return;
    QList<QPair<QString, QString>> values;
    for (const SettingDefinition &definition : m_definitions)
        values.append({definition.key, valueOf(definition)});
    ProgramSettings(m_database).set(values);
}
