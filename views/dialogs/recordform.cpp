#include "recordform.h"

#include "detailgrid.h"
#include "domain/dataerror.h"
#include "fieldeditor.h"
#include "implausibleinput.h"
#include "records/referencechoices.h"
#include "subjectlist.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const char *const errorStyle = "color: #b3261e;";
const char *const messageStyle = "QLabel { color: #8c1d18; background: #fdecea; "
                                 "border: 1px solid #f3c1bd; border-radius: 4px; padding: 6px; }";

} // namespace

struct RecordForm::Field
{
    FieldDescription description;
    std::unique_ptr<FieldEditor> editor;
    QWidget *row = nullptr;
    QLabel *error = nullptr;
};

RecordForm::RecordForm(const RecordKind &kind, const QSqlDatabase &db,
                       const ReferenceChoices &references, const QVariantMap &values, bool creating,
                       Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_checks(db)
    , m_submit(std::move(submit))
    , m_initial(values)
{
    setObjectName(QStringLiteral("recordForm"));
    setWindowTitle(creating ? tr("New %1").arg(kind.title) : tr("Edit %1").arg(kind.title));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QLatin1String(messageStyle));
    m_message->hide();

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    for (const FieldDescription &description : kind.fields)
        addField(description, references);
    for (const auto &field : m_fields) {
        if (values.contains(field->description.column))
            field->editor->setValue(values.value(field->description.column));
    }
    // A vocabulary that follows another field is filled once that field has its value.
    for (const auto &field : m_fields) {
        if (!field->description.dependsOn.isEmpty()) {
            field->editor->setVocabulary(field->description.vocabularyFor(this->values()));
            field->editor->setValue(values.value(field->description.column));
        }
    }
    updateVisibility();

    auto *hint = new QLabel(tr("Fields marked * are required."), this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(20, 16, 20, 16);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_message);
    m_layout->addLayout(m_form);
    m_layout->addWidget(hint);
    m_layout->addWidget(buttons);
    setMinimumWidth(520);
}

RecordForm::~RecordForm() = default;

void RecordForm::addField(const FieldDescription &description, const ReferenceChoices &references)
{
    auto field = std::make_unique<Field>();
    field->description = description;
    field->row = new QWidget(this);
    field->editor = FieldEditor::create(description, references, field->row);
    field->error = new QLabel(field->row);
    field->error->setObjectName(description.column + QStringLiteral("Error"));
    field->error->setStyleSheet(QLatin1String(errorStyle));
    field->error->setWordWrap(true);
    field->error->hide();
    auto *rowLayout = new QVBoxLayout(field->row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    rowLayout->addWidget(field->editor->widget());
    rowLayout->addWidget(field->error);

    const QString text = description.required ? tr("%1 <span style=\"color:#b3261e\">*</span>")
                                                    .arg(description.label.toHtmlEscaped())
                                              : description.label.toHtmlEscaped();
    auto *label = new QLabel(text, this);
    label->setBuddy(field->editor->widget());
    m_form->addRow(label, field->row);

    const QString column = description.column;
    field->editor->onChange([this, column] { fieldChanged(column); });
    m_fields.push_back(std::move(field));
}

void RecordForm::fieldChanged(const QString &column)
{
    for (const auto &field : m_fields) {
        if (field->description.dependsOn == column)
            field->editor->setVocabulary(field->description.vocabularyFor(values()));
    }
    updateVisibility();
    recheck();
}

void RecordForm::recheck()
{
    // A field's message stays only while the value is still wrong: the checks run again on
    // every change once a message is showing, and the one they still name is kept.
    bool showing = false;
    for (const auto &field : m_fields)
        showing = showing || !field->error->isHidden();
    if (!showing)
        return;
    QString stillWrong;
    QString message;
    try {
        m_checks.check(m_kind, values());
    } catch (const ValidationError &error) {
        stillWrong = error.field();
        message = error.message();
    } catch (const DataError &) {
        return;
    }
    for (const auto &field : m_fields) {
        if (field->error->isHidden())
            continue;
        if (field->description.column == stillWrong) {
            field->error->setText(message);
        } else {
            field->error->clear();
            field->error->hide();
        }
    }
}

void RecordForm::updateVisibility()
{
    const QVariantMap current = values();
    for (const auto &field : m_fields)
        m_form->setRowVisible(field->row, field->description.isVisibleWith(current));
    if (m_computed)
        m_computed->setText(m_compute(current));
}

void RecordForm::addComputedRow(const QString &label,
                                std::function<QString(const QVariantMap &)> compute)
{
    m_compute = std::move(compute);
    m_computed = new QLabel(this);
    m_computed->setObjectName(QStringLiteral("computedValue"));
    m_computed->setWordWrap(true);
    m_computed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_computed->setStyleSheet(QStringLiteral("QLabel { background: #f3f4f6; border-radius: 4px; "
                                             "padding: 6px; }"));
    m_form->addRow(label, m_computed);
    updateVisibility();
}

void RecordForm::setDetails(const DetailKind &kind, const QVector<QVariantMap> &rows)
{
    auto *title = new QLabel(kind.title, this);
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_details = new DetailGrid(kind, rows, this);
    // Below the fields, above the hint and the buttons.
    const int position = m_layout->indexOf(m_form) + 1;
    m_layout->insertWidget(position, title);
    m_layout->insertWidget(position + 1, m_details, 1);
    setMinimumWidth(860);
}

void RecordForm::setSubjects(const QString &linkTable, const ReferenceChoices &references,
                             const QVector<QVariantMap> &rows)
{
    m_subjects = new SubjectList(linkTable, references, rows, this);
    m_form->addRow(tr("Cadres concerned"), m_subjects);
}

QVector<QVariantMap> RecordForm::detailRows() const
{
    if (m_details)
        return m_details->rows();
    if (m_subjects)
        return m_subjects->rows();
    return {};
}

QVariantMap RecordForm::values() const
{
    QVariantMap result;
    for (const auto &field : m_fields)
        result.insert(field->description.column, field->editor->value());
    for (const auto &field : m_fields) {
        if (!field->description.isVisibleWith(result))
            result.insert(field->description.column, QVariant());
    }
    return result;
}

QString RecordForm::errorText(const QString &column) const
{
    if (column.isEmpty())
        return m_message->isHidden() ? QString() : m_message->text();
    for (const auto &field : m_fields) {
        if (field->description.column == column)
            return field->error->isHidden() ? QString() : field->error->text();
    }
    return {};
}

void RecordForm::clearErrors()
{
    m_message->clear();
    m_message->hide();
    for (const auto &field : m_fields) {
        field->error->clear();
        field->error->hide();
    }
}

void RecordForm::showError(const QString &column, const QString &message)
{
    for (const auto &field : m_fields) {
        if (field->description.column == column && field->description.isVisibleWith(values())) {
            field->error->setText(message);
            field->error->show();
            field->editor->widget()->setFocus();
            return;
        }
    }
    m_message->setText(message);
    m_message->show();
}

void RecordForm::accept()
{
    clearErrors();
    const QVariantMap current = values();
    try {
        m_checks.check(m_kind, current);
        // The record as it will be: its cadre and id beside the fields.
        QVariantMap record = m_initial;
        for (auto it = current.constBegin(); it != current.constEnd(); ++it)
            record.insert(it.key(), it.value());
        const QStringList warnings
            = m_checks.warnings(m_kind, record, m_initial.value(QStringLiteral("id")).toLongLong(),
                                QDate::currentDate());
        if (!ImplausibleInput::confirm(this, warnings))
            return;
        // A save over a colleague's newer change is put to the user; saving theirs-plus-mine
        // may meet a still newer one, which is put to the user again.
        for (;;) {
            try {
                m_submit(current, detailRows());
                break;
            } catch (const ConflictError &conflict) {
                const ConflictOutcome outcome
                    = m_onConflict ? m_onConflict(conflict) : ConflictOutcome::Stay;
                if (outcome == ConflictOutcome::Retry)
                    continue;
                if (outcome == ConflictOutcome::Close) {
                    QDialog::reject();
                    return;
                }
                showError({}, conflict.message());
                return;
            }
        }
    } catch (const ValidationError &error) {
        showError(error.field(), error.message());
        return;
    } catch (const DataError &error) {
        showError({}, error.message());
        return;
    }
    QDialog::accept();
}
