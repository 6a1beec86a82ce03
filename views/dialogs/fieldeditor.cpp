#include "fieldeditor.h"

#include "cadrepickerdialog.h"
#include "domain/recordkinds.h"
#include "domain/vocabulary.h"
#include "formdates.h"
#include "optionaldateedit.h"
#include "records/referencechoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

class TextEditor : public FieldEditor
{
public:
    TextEditor(const FieldDescription &field, QWidget *parent)
        : m_edit(new QLineEdit(parent))
    {
        m_edit->setObjectName(field.column);
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override { return m_edit->text().trimmed(); }
    void setValue(const QVariant &value) override { m_edit->setText(value.toString()); }
    void onChange(const std::function<void()> &changed) override
    {
        QObject::connect(m_edit, &QLineEdit::textChanged, m_edit, changed);
    }

private:
    QLineEdit *m_edit;
};

class LongTextEditor : public FieldEditor
{
public:
    LongTextEditor(const FieldDescription &field, QWidget *parent)
        : m_edit(new QPlainTextEdit(parent))
    {
        m_edit->setObjectName(field.column);
        m_edit->setTabChangesFocus(true);
        m_edit->setMinimumHeight(64);
        m_edit->setMaximumHeight(120);
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override { return m_edit->toPlainText().trimmed(); }
    void setValue(const QVariant &value) override { m_edit->setPlainText(value.toString()); }
    void onChange(const std::function<void()> &changed) override
    {
        QObject::connect(m_edit, &QPlainTextEdit::textChanged, m_edit, changed);
    }

private:
    QPlainTextEdit *m_edit;
};

// The articles a fact cites, ticked in a list of every article known; kept as their keys, one
// per line. A key no article answers any more stays ticked, as it was stored.
class ArticleListEditor : public FieldEditor
{
public:
    ArticleListEditor(const FieldDescription &field, const ReferenceChoices &references,
                      QWidget *parent)
        : m_list(new QListWidget(parent))
    {
        m_list->setObjectName(field.column);
        m_list->setMinimumHeight(96);
        for (const auto &article : references.articles())
            addItem(article.first, article.second);
    }
    QWidget *widget() const override { return m_list; }
    QVariant value() const override
    {
        QStringList keys;
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->checkState() == Qt::Checked)
                keys << m_list->item(row)->data(Qt::UserRole).toString();
        return keys.join(QLatin1Char('\n'));
    }
    void setValue(const QVariant &value) override
    {
        const QStringList keys = value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &key : keys)
            if (!item(key.trimmed()))
                addItem(key.trimmed(), key.trimmed());
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *each = m_list->item(row);
            const bool cited = keys.contains(each->data(Qt::UserRole).toString());
            each->setCheckState(cited ? Qt::Checked : Qt::Unchecked);
        }
    }
    void onChange(const std::function<void()> &changed) override
    {
        QObject::connect(m_list, &QListWidget::itemChanged, m_list, changed);
    }

private:
    void addItem(const QString &key, const QString &label)
    {
        auto *each = new QListWidgetItem(label, m_list);
        each->setData(Qt::UserRole, key);
        each->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        each->setCheckState(Qt::Unchecked);
    }
    QListWidgetItem *item(const QString &key) const
    {
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->data(Qt::UserRole).toString() == key)
                return m_list->item(row);
        return nullptr;
    }

    QListWidget *m_list;
};

class DateEditor : public FieldEditor
{
public:
    DateEditor(const FieldDescription &field, QWidget *parent)
        : m_edit(FormDates::createDateEdit(field.column, parent))
    {}
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override { return m_edit->date().toString(Qt::ISODate); }
    void setValue(const QVariant &value) override
    {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        m_edit->setDate(date.isValid() ? date : QDate::currentDate());
    }
    void onChange(const std::function<void()> &changed) override
    {
        QObject::connect(m_edit, &QDateEdit::dateChanged, m_edit, changed);
    }

private:
    QDateEdit *m_edit;
};

class OptionalDateEditor : public FieldEditor
{
public:
    OptionalDateEditor(const FieldDescription &field, QWidget *parent)
        : m_edit(new OptionalDateEdit(field.column, parent))
    {}
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override
    {
        const QDate date = m_edit->date();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QString());
    }
    void setValue(const QVariant &value) override
    {
        m_edit->setDate(QDate::fromString(value.toString(), Qt::ISODate));
    }
    void onChange(const std::function<void()> &changed) override
    {
        QObject::connect(m_edit, &OptionalDateEdit::changed, m_edit, changed);
    }

private:
    OptionalDateEdit *m_edit;
};

class IntegerEditor : public FieldEditor
{
public:
    IntegerEditor(const FieldDescription &field, QWidget *parent)
        : m_edit(new QSpinBox(parent))
    {
        m_edit->setObjectName(field.column);
        m_edit->setRange(field.minimum, field.maximum > field.minimum ? field.maximum : 1000000);
        m_edit->setGroupSeparatorShown(false);
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override { return m_edit->value(); }
    void setValue(const QVariant &value) override { m_edit->setValue(value.toInt()); }
    void onChange(const std::function<void()> &changed) override
    {
        QObject::connect(m_edit, &QSpinBox::valueChanged, m_edit, changed);
    }

private:
    QSpinBox *m_edit;
};

class BooleanEditor : public FieldEditor
{
public:
    BooleanEditor(const FieldDescription &field, QWidget *parent)
        : m_box(new QCheckBox(parent))
    {
        m_box->setObjectName(field.column);
    }
    QWidget *widget() const override { return m_box; }
    QVariant value() const override { return m_box->isChecked() ? 1 : 0; }
    void setValue(const QVariant &value) override { m_box->setChecked(value.toBool()); }
    void onChange(const std::function<void()> &changed) override
    {
        QObject::connect(m_box, &QCheckBox::toggled, m_box, changed);
    }

private:
    QCheckBox *m_box;
};

// A combo box of choices; the item data is the stored value.
class ChoiceEditor : public FieldEditor
{
public:
    ChoiceEditor(const FieldDescription &field, QWidget *parent)
        : m_combo(new QComboBox(parent))
        , m_required(field.required)
        , m_null(field.type == FieldType::Vocabulary ? nullText()
                                                     : QVariant(QMetaType(QMetaType::LongLong)))
    {
        m_combo->setObjectName(field.column);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(24);
    }
    QWidget *widget() const override { return m_combo; }
    QVariant value() const override
    {
        const QVariant data = m_combo->currentData();
        return data.isValid() ? data : m_null;
    }
    void setValue(const QVariant &value) override
    {
        if (value.isNull() || !value.isValid()) {
            int empty = 0;
            while (!m_required && empty < m_combo->count() && m_combo->itemData(empty).isValid())
                ++empty;
            m_combo->setCurrentIndex(empty < m_combo->count() ? empty : 0);
            return;
        }
        for (int i = 0; i < m_combo->count(); ++i) {
            if (m_combo->itemData(i).isValid()
                && m_combo->itemData(i).toString() == value.toString()) {
                m_combo->setCurrentIndex(i);
                return;
            }
        }
    }
    void onChange(const std::function<void()> &changed) override
    {
        QObject::connect(m_combo, &QComboBox::currentIndexChanged, m_combo, changed);
    }
    void setVocabulary(const QString &name) override
    {
        const QVariant current = value();
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        const auto choices = Vocabulary::choices(name);
        bool hasEmptyKey = false;
        for (const auto &choice : choices)
            hasEmptyKey |= choice.first.isEmpty();
        if (!m_required && !hasEmptyKey)
            m_combo->addItem(FieldEditor::tr("(none)"), QVariant());
        for (const auto &choice : choices)
            m_combo->addItem(choice.second, choice.first);
        setValue(current);
    }
    void setChoices(const QVector<ReferenceChoices::Choice> &choices)
    {
        if (!m_required || choices.isEmpty())
            m_combo->addItem(FieldEditor::tr("(none)"), QVariant());
        for (const auto &choice : choices)
            m_combo->addItem(choice.second, choice.first);
    }
    void setNumberChoices(const QVector<QPair<int, QString>> &choices)
    {
        for (const auto &choice : choices)
            m_combo->addItem(choice.second, choice.first);
    }

private:
    QComboBox *m_combo;
    bool m_required;
    QVariant m_null;
};

// A cadre from the whole directory: too many for a combo box, so a search dialog picks one.
class DirectoryCadreEditor : public FieldEditor
{
public:
    DirectoryCadreEditor(const FieldDescription &field, const ReferenceChoices &references,
                         QWidget *parent)
        : m_references(references)
        , m_box(new QWidget(parent))
        , m_label(new QLineEdit(m_box))
    {
        m_box->setObjectName(field.column);
        m_label->setReadOnly(true);
        m_label->setPlaceholderText(FieldEditor::tr("Not a cadre in the directory"));
        auto *choose = new QPushButton(FieldEditor::tr("Choose…"), m_box);
        choose->setObjectName(field.column + QStringLiteral("Choose"));
        auto *clear = new QPushButton(FieldEditor::tr("Clear"), m_box);
        clear->setObjectName(field.column + QStringLiteral("Clear"));
        auto *layout = new QHBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_label, 1);
        layout->addWidget(choose);
        layout->addWidget(clear);
        m_box->setFocusProxy(choose);
        QObject::connect(choose, &QPushButton::clicked, m_box, [this] {
            CadrePickerDialog picker(m_references.database(), m_references.cadreId(), m_box);
            if (picker.exec() == QDialog::Accepted)
                set(picker.cadreId());
        });
        QObject::connect(clear, &QPushButton::clicked, m_box, [this] { set(0); });
    }
    QWidget *widget() const override { return m_box; }
    QVariant value() const override
    {
        return m_id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(m_id);
    }
    void setValue(const QVariant &value) override
    {
        m_id = value.isNull() ? 0 : value.toLongLong();
        m_label->setText(m_id == 0 ? QString() : m_references.cadreLabel(m_id));
    }
    void onChange(const std::function<void()> &changed) override { m_changed = changed; }

private:
    void set(qint64 id)
    {
        setValue(id == 0 ? QVariant() : QVariant(id));
        if (m_changed)
            m_changed();
    }

    ReferenceChoices m_references;
    QWidget *m_box;
    QLineEdit *m_label;
    qint64 m_id = 0;
    std::function<void()> m_changed;
};

} // namespace

std::unique_ptr<FieldEditor> FieldEditor::create(const FieldDescription &field,
                                                 const ReferenceChoices &references,
                                                 QWidget *parent)
{
    switch (field.type) {
    case FieldType::Text:
        return std::make_unique<TextEditor>(field, parent);
    case FieldType::LongText:
        return std::make_unique<LongTextEditor>(field, parent);
    case FieldType::Date:
        if (field.required)
            return std::make_unique<DateEditor>(field, parent);
        return std::make_unique<OptionalDateEditor>(field, parent);
    case FieldType::Integer:
        if (!field.choices.isEmpty()) {
            auto editor = std::make_unique<ChoiceEditor>(field, parent);
            editor->setNumberChoices(field.choices);
            return editor;
        }
        return std::make_unique<IntegerEditor>(field, parent);
    case FieldType::Boolean:
        return std::make_unique<BooleanEditor>(field, parent);
    case FieldType::Vocabulary: {
        auto editor = std::make_unique<ChoiceEditor>(field, parent);
        editor->setVocabulary(field.vocabulary);
        return editor;
    }
    case FieldType::DirectoryCadre:
        return std::make_unique<DirectoryCadreEditor>(field, references, parent);
    case FieldType::ArticleList:
        return std::make_unique<ArticleListEditor>(field, references, parent);
    case FieldType::CadreReference:
    case FieldType::UnitReference:
    case FieldType::CaseReference:
    case FieldType::ClueReference:
    case FieldType::InspectionReference: {
        auto editor = std::make_unique<ChoiceEditor>(field, parent);
        editor->setChoices(references.choices(field.type));
        return editor;
    }
    }
    return std::make_unique<TextEditor>(field, parent);
}
