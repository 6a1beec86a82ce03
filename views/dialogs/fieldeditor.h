#pragma once

#include <QCoreApplication>
#include <QVariant>
#include <functional>
#include <memory>

struct FieldDescription;
class ReferenceChoices;
class QWidget;

// The editor of one form field, made from its description: a line edit, a text box, a date
// edit, a spin box, a check box or a combo box of a vocabulary or of referenced records. The
// editor widget carries the field's column as its object name.
class FieldEditor
{
    Q_DECLARE_TR_FUNCTIONS(FieldEditor)

public:
    virtual ~FieldEditor() = default;

    static std::unique_ptr<FieldEditor> create(const FieldDescription &field,
                                               const ReferenceChoices &references, QWidget *parent);

    virtual QWidget *widget() const = 0;
    // The value as the repository stores it; empty optional fields give an empty string or a
    // null value.
    virtual QVariant value() const = 0;
    virtual void setValue(const QVariant &value) = 0;
    // Calls `changed` whenever the user changes the value.
    virtual void onChange(const std::function<void()> &changed) = 0;
    // For vocabulary fields whose vocabulary follows another field (a sanction's kind follows
    // its system); keeps the current key where the new vocabulary has it.
    virtual void setVocabulary(const QString &name) { Q_UNUSED(name); }
};
