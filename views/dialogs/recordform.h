#pragma once

#include "domain/recorddetails.h"
#include "domain/recordkinds.h"
#include "records/recordchecks.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <vector>

class ConflictError;
class DetailGrid;
class SubjectList;
class QFormLayout;
class QVBoxLayout;
class QLabel;
class ReferenceChoices;

// The form of one dossier record, built from its RecordKind: combo boxes for vocabularies and
// references, date edits with a calendar, required fields marked. OK runs the checks, then the
// submit function; a refusal (RecordChecks or the repository) stays in the form with its message
// beside the field it names, or above the fields when it names none.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    // Writes the values, and the detail rows when the form has details; throws DataError (a
    // ValidationError naming the field) to refuse them.
    using Submit
        = std::function<void(const QVariantMap &values, const QVector<QVariantMap> &details)>;

    // What becomes of a save refused over a colleague's newer change (ConflictError).
    enum class ConflictOutcome {
        Retry, // submit again: the handler took the newer record as the one the form changes
        Stay,  // the form stays open with the refusal above its fields
        Close  // the changes are dropped
    };
    using ConflictHandler = std::function<ConflictOutcome(const ConflictError &conflict)>;

    RecordForm(const RecordKind &kind, const QSqlDatabase &db, const ReferenceChoices &references,
               const QVariantMap &values, bool creating, Submit submit, QWidget *parent = nullptr);
    ~RecordForm() override;

    const RecordKind &kind() const { return m_kind; }
    // Adds a read-only row computed from the values as they are edited, e.g. the impact period
    // of a sanction.
    void addComputedRow(const QString &label, std::function<QString(const QVariantMap &)> compute);
    // Adds the grid of the record's details (a report's 14 items, an inspection's checklist).
    void setDetails(const DetailKind &kind, const QVector<QVariantMap> &rows);
    // Adds the list of the cadres the record concerns (a clue's subjects, a case's, the
    // attendance of a warning-education event), stored in `linkTable`.
    void setSubjects(const QString &linkTable, const ReferenceChoices &references,
                     const QVector<QVariantMap> &rows);
    // The detail or subject rows as they would be stored; empty without either.
    QVector<QVariantMap> detailRows() const;
    // Every field, as it would be stored; fields hidden by others (a probation term for a
    // warning) are empty.
    QVariantMap values() const;
    // The message shown for a field, or above the fields for an empty column; empty when none.
    QString errorText(const QString &column = {}) const;

    void setConflictHandler(ConflictHandler handler) { m_onConflict = std::move(handler); }

    void accept() override;

private:
    struct Field;
    void addField(const FieldDescription &description, const ReferenceChoices &references);
    void fieldChanged(const QString &column);
    void recheck();
    void updateVisibility();
    void showError(const QString &column, const QString &message);
    void clearErrors();

    RecordKind m_kind;
    RecordChecks m_checks;
    Submit m_submit;
    ConflictHandler m_onConflict;
    QVariantMap m_initial; // as the form was opened: the id and cadre of the record
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    std::vector<std::unique_ptr<Field>> m_fields;
    QLabel *m_computed = nullptr;
    QVBoxLayout *m_layout = nullptr;
    DetailGrid *m_details = nullptr;
    SubjectList *m_subjects = nullptr;
    std::function<QString(const QVariantMap &)> m_compute;
};
