#include "recordkinds.h"

#include "recorddetails.h"

#include <QDate>
#include <QMutex>
#include <QMutexLocker>

namespace {

// The registry as last built, made again when a kind is added or the language changes (its
// texts are translated when built).
struct Registry
{
    QMutex mutex;
    QVector<std::function<RecordKind()>> added;
    int generation = 0;
    int builtGeneration = -1;
    QString builtLanguage;
    QVector<RecordKind> kinds;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

bool FieldDescription::isVisibleWith(const QVariantMap &values) const
{
    for (auto it = visibleWhen.constBegin(); it != visibleWhen.constEnd(); ++it) {
        if (values.value(it.key()).toString() != it.value().toString())
            return false;
    }
    return true;
}

QString FieldDescription::vocabularyFor(const QVariantMap &values) const
{
    if (dependsOn.isEmpty())
        return vocabulary;
    return vocabulary.arg(values.value(dependsOn).toString());
}

const FieldDescription *RecordKind::field(const QString &column) const
{
    for (const FieldDescription &description : fields) {
        if (description.column == column)
            return &description;
    }
    return nullptr;
}

QVector<RecordKind> RecordKinds::all()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    // One translated word tells whether the interface's language changed since the last build.
    const QString language = tr("Talk");
    if (r.builtGeneration != r.generation || r.builtLanguage != language) {
        QVector<RecordKind> kinds;
        kinds << peopleKinds() << supervisionKinds() << caseKinds() << reportKinds()
              << reviewKinds();
        for (const auto &describe : r.added)
            kinds << describe();
        r.kinds = kinds;
        r.builtGeneration = r.generation;
        r.builtLanguage = language;
    }
    return r.kinds;
}

void RecordKinds::add(std::function<RecordKind()> describe)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.added.append(std::move(describe));
    ++r.generation;
}

int RecordKinds::generation()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.generation;
}

QStringList RecordKinds::tables()
{
    QStringList tables;
    for (const RecordKind &kind : all())
        if (kind.hasForm())
            tables << kind.table;
    return tables;
}

RecordKind RecordKinds::kind(const QString &table)
{
    for (const RecordKind &kind : all())
        if (kind.table == table)
            return kind;
    return {};
}

QVector<RecordKind> RecordKinds::inSection(const QString &section)
{
    QVector<RecordKind> kinds;
    for (const RecordKind &kind : all())
        if (kind.section == section)
            kinds << kind;
    return kinds;
}

QString RecordKinds::title(const QString &table)
{
    const RecordKind known = kind(table);
    if (known.isValid())
        return known.title;
    const QString detail = RecordDetailKinds::title(table);
    return detail.isEmpty() ? table : detail;
}

QString RecordKinds::fieldLabel(const QString &table, const QString &column)
{
    const RecordKind known = kind(table);
    if (const FieldDescription *description = known.field(column))
        return description->label;
    if (known.columnLabels.contains(column))
        return known.columnLabels.value(column);
    const QString detail = RecordDetailKinds::fieldLabel(table, column);
    if (!detail.isEmpty())
        return detail;
    if (column == QLatin1String("state") || column == QLatin1String("to_state"))
        return tr("State");
    if (column == QLatin1String("disposition"))
        return tr("Disposition");
    if (column == QLatin1String("outcome"))
        return tr("Outcome");
    if (column == QLatin1String("step_date"))
        return tr("Step date");
    if (column == QLatin1String("file_name"))
        return tr("File");
    return column;
}

bool RecordKinds::isNumbered(const RecordKind &kind)
{
    const FieldDescription *number = kind.field(QStringLiteral("number"));
    return number && number->required;
}

QStringList RecordKinds::identityFields(const RecordKind &kind)
{
    if (isNumbered(kind))
        return {QStringLiteral("number")};
    QStringList fields;
    for (const FieldDescription &field : kind.fields)
        if (field.required && field.type != FieldType::LongText
            && field.type != FieldType::CadreReference)
            fields << field.column;
    return fields;
}

QVariantMap RecordKinds::defaults(const QString &table)
{
    const RecordKind known = kind(table);
    QVariantMap values = known.defaults;
    for (const FieldDescription &field : known.fields)
        if (field.thisYearByDefault)
            values.insert(field.column, QDate::currentDate().year());
    return values;
}

QVariantMap RecordKinds::completeForCreate(const QString &table, const QVariantMap &values)
{
    const RecordKind known = kind(table);
    QVariantMap complete = values;
    for (auto it = known.createdWith.constBegin(); it != known.createdWith.constEnd(); ++it)
        complete.insert(it.key(), it.value());
    for (auto it = known.copiedOnCreate.constBegin(); it != known.copiedOnCreate.constEnd(); ++it)
        complete.insert(it.key(), values.value(it.value()));
    return complete;
}

QStringList RecordKinds::timelineKinds()
{
    QStringList kinds;
    for (const RecordKind &kind : all())
        for (const TimelineKind &entry : kind.timeline)
            kinds << entry.kind;
    return kinds;
}

QString RecordKinds::timelineKindLabel(const QString &timelineKind)
{
    for (const RecordKind &kind : all())
        for (const TimelineKind &entry : kind.timeline)
            if (entry.kind == timelineKind)
                return entry.label;
    return timelineKind;
}

QString RecordKinds::tableOfTimelineKind(const QString &timelineKind)
{
    for (const RecordKind &kind : all())
        for (const TimelineKind &entry : kind.timeline)
            if (entry.kind == timelineKind)
                return kind.table;
    return {};
}

QStringList RecordKinds::timelineRows()
{
    QStringList rows;
    for (const RecordKind &kind : all())
        for (const TimelineKind &entry : kind.timeline)
            rows << entry.rows;
    return rows;
}
