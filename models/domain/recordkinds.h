#pragma once

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <QVector>

// How a form edits one field of a record.
enum class FieldType {
    Text,
    LongText,
    Date,
    Integer,
    Boolean,
    Vocabulary,     // a controlled vocabulary, see Vocabulary
    CadreReference, // the dossier's own cadre; fixed, never chosen
    UnitReference,
    CaseReference,       // the cadre's cases
    ClueReference,       // the cadre's clues
    InspectionReference, // inspections of the cadre's unit
    DirectoryCadre,      // any cadre of the directory, found by search (a relative who is one)
};

// One editable field: its column, translated label, editor and rules.
struct FieldDescription
{
    QString column;
    QString label;
    FieldType type = FieldType::Text;
    bool required = false;
    // For FieldType::Vocabulary: the Vocabulary name. With `dependsOn` set, "%1" in it is
    // replaced by the value of that field, e.g. "sanctions.%1_kind" with dependsOn "system".
    QString vocabulary;
    QString dependsOn;
    // For FieldType::Integer: fixed choices (value, label) instead of a free number.
    QVector<QPair<int, QString>> choices;
    int minimum = 0;
    int maximum = 0;
    // The field is shown (and stored) only while these fields hold these values.
    QVariantMap visibleWhen;

    bool isVisibleWith(const QVariantMap &values) const;
    // The vocabulary name for the values being edited.
    QString vocabularyFor(const QVariantMap &values) const;
};

// One kind of dossier record: which table it lives in, how it belongs to the cadre, and the
// fields a form edits, in form order.
struct RecordKind
{
    QString table;
    QString title; // "Talk", translated
    // The column naming the dossier's cadre (cadre_id, responsible_cadre_id), or empty when the
    // record belongs to cadres through a link table (clues, cases, warning education).
    QString cadreColumn;
    // The link table and its column pointing at this record, e.g. clue_subjects / clue_id.
    QString linkTable;
    QString linkColumn;
    QVector<FieldDescription> fields;

    bool isValid() const { return !table.isEmpty(); }
    const FieldDescription *field(const QString &column) const;
};

// The descriptions of every record kind a dossier edits.
class RecordKinds
{
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)

public:
    // Tables a dossier edits through forms, in section order.
    static QStringList tables();
    // An invalid RecordKind when the table is not one of tables().
    static RecordKind kind(const QString &table);
    // The name of one record of a table, e.g. "Talk", for any table a dossier shows.
    static QString title(const QString &table);
    // The label of a column of any table, for the change history; the column when unknown.
    static QString fieldLabel(const QString &table, const QString &column);
    // The values a new record of this kind starts with, apart from the cadre and its unit.
    static QVariantMap defaults(const QString &table);
    // Fields a new record needs that no form shows, derived from the others.
    static QVariantMap completeForCreate(const QString &table, const QVariantMap &values);

    // The kinds of the cadre_timeline view, e.g. "talk", with their labels.
    static QStringList timelineKinds();
    static QString timelineKindLabel(const QString &kind);
    // The table a timeline kind's records live in.
    static QString tableOfTimelineKind(const QString &kind);
    // The SELECTs whose union is the view cadre_timeline, one per timeline kind: cadre_id, kind,
    // record_id, date, detail and summary. A new kind on the timeline is one entry.
    static QStringList timelineRows();
};
