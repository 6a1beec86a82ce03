#pragma once

#include "listing.h"
#include "storedcolumn.h"

#include <QCoreApplication>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <QVector>
#include <functional>
#include <vector>

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
    ArticleList,         // regulation articles a fact cites, their keys one per line
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
    // A new record starts with the current year here.
    bool thisYearByDefault = false;

    bool isVisibleWith(const QVariantMap &values) const;
    // The vocabulary name for the values being edited.
    QString vocabularyFor(const QVariantMap &values) const;
};

// One of a dossier's timeline kinds: its rows of the view cadre_timeline (cadre_id, kind,
// record_id, date, detail — a state, a kind or a number — and summary, what it is about).
struct TimelineKind
{
    QString kind; // "talk"
    QString label;
    QString rows; // one SELECT
};

// One kind of dossier record, described once: the table it lives in, how it belongs to the cadre,
// the fields a form edits, how a dossier lists it and shows it on the timeline, what it counts in
// the statistics, and how the interchange file carries it. Forms, lists, the timeline, the change
// history, messages, the repository, the interchange file, the statistics and the generated SQL
// all read it.
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
    // What a form edits, in form order; none for records made by their own dialogs
    // (attachments, integrity opinions).
    QVector<FieldDescription> fields;
    // The values a new record starts with, and the columns a new record copies from others
    // (a clue's updated_date from its received_date); neither is shown on a form.
    QVariantMap defaults;
    // Labels of the stored columns no form edits, for the change history.
    QMap<QString, QString> columnLabels;
    QVariantMap createdWith;
    QMap<QString, QString> copiedOnCreate;

    // The dossier page that lists it ("talks", "duty_reports"; see RecordKinds::sections) and
    // the heading of its list there; empty when a page of its own shows it.
    QString section;
    QString sectionHeading;
    RecordListing listing;
    QVector<TimelineKind> timeline;
    // Its rows of the view statistic_sources (see TableCounts::sources), each with record_table
    // this table and record_id the row's id: the row's own writes recount them.
    QStringList statisticSources;

    // How the interchange file names one record ("talk", for messages; QT_TRANSLATE_NOOP in the
    // "Interchange" context) and every column it carries, in schema order.
    const char *interchangeNoun = nullptr;
    std::vector<Stored::Column> columns;
    // Columns of the table the file leaves out: recomputed on import (a cadre's pinyin).
    QStringList derivedColumns;

    bool isValid() const { return !table.isEmpty(); }
    bool hasForm() const { return !fields.isEmpty(); }
    const FieldDescription *field(const QString &column) const;
};

// The record-kind registry: every kind of dossier record, built in or added with its migration.
class RecordKinds
{
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)

public:
    // Every kind in registry order: the built-in ones, then those added.
    static QVector<RecordKind> all();
    // Adds a kind, e.g. one a later migration makes. `describe` is called again whenever the
    // language changes, so its texts follow the interface.
    static void add(std::function<RecordKind()> describe);
    // Moves whenever a kind is added, for the descriptions others keep made from the registry.
    static int generation();

    // Tables a dossier edits through forms, in section order.
    static QStringList tables();
    // An invalid RecordKind when the table is no kind of the registry.
    static RecordKind kind(const QString &table);
    // The kinds a dossier page lists, in order.
    static QVector<RecordKind> inSection(const QString &section);
    // The name of one record of a table, e.g. "Talk", for any table a dossier shows.
    static QString title(const QString &table);
    // The label of a column of any table, for the change history; a plain word when unknown.
    static QString fieldLabel(const QString &table, const QString &column);
    // The values a new record of this kind starts with, apart from the cadre and its unit.
    static QVariantMap defaults(const QString &table);
    // Fields a new record needs that no form shows, derived from the others.
    static QVariantMap completeForCreate(const QString &table, const QVariantMap &values);

    // Whether records of the kind carry a required number (a clue's, a case's).
    static bool isNumbered(const RecordKind &kind);
    // The fields that tell one record from another of the same cadre, to find a record an
    // import describes: the number where records have one, else the required fields apart
    // from long texts.
    static QStringList identityFields(const RecordKind &kind);
    // The kinds of the cadre_timeline view, e.g. "talk", with their labels.
    static QStringList timelineKinds();
    static QString timelineKindLabel(const QString &kind);
    // The table a timeline kind's records live in.
    static QString tableOfTimelineKind(const QString &kind);
    // The SELECTs whose union is the view cadre_timeline, one per timeline kind.
    static QStringList timelineRows();

private:
    // The built-in kinds, by dossier part (peoplekinds.cpp, supervisionkinds.cpp,
    // casekinds.cpp, reportkinds.cpp, reviewkinds.cpp).
    static QVector<RecordKind> peopleKinds();
    static QVector<RecordKind> supervisionKinds();
    static QVector<RecordKind> caseKinds();
    static QVector<RecordKind> reportKinds();
    static QVector<RecordKind> reviewKinds();
};
