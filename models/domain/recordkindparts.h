#pragma once

#include "recordkinds.h"

// Small makers for the registry's entries, shared by the files that describe the built-in kinds.
namespace RecordKindParts {

inline FieldDescription field(const char *column, const QString &label, FieldType type,
                              bool required = false)
{
    FieldDescription description;
    description.column = QString::fromLatin1(column);
    description.label = label;
    description.type = type;
    description.required = required;
    return description;
}

inline FieldDescription vocabulary(const char *column, const QString &label, const char *name,
                                   bool required = true)
{
    FieldDescription description = field(column, label, FieldType::Vocabulary, required);
    description.vocabulary = QString::fromLatin1(name);
    return description;
}

// A year a form asks for, this year unless changed.
inline FieldDescription year(const char *column, const QString &label)
{
    FieldDescription description = field(column, label, FieldType::Integer, true);
    description.minimum = 1949;
    description.maximum = 2100;
    description.thisYearByDefault = true;
    return description;
}

inline RecordKind recordKind(const char *table, const QString &title, const char *cadreColumn,
                             QVector<FieldDescription> fields)
{
    RecordKind kind;
    kind.table = QString::fromLatin1(table);
    kind.title = title;
    kind.cadreColumn = QString::fromLatin1(cadreColumn);
    kind.fields = std::move(fields);
    return kind;
}

inline ListColumn column(const QString &header,
                         ListColumn::Format format = ListColumn::Format::Text,
                         const char *vocabulary = "")
{
    return {header, format, QString::fromLatin1(vocabulary)};
}

inline RecordListing listing(const char *table, const char *idExpression, const char *from,
                             const char *order, QStringList expressions,
                             QVector<ListColumn> columns)
{
    RecordListing result;
    result.table = QString::fromLatin1(table);
    result.idExpression = QString::fromLatin1(idExpression);
    result.from = QString::fromLatin1(from);
    result.order = QString::fromLatin1(order);
    result.expressions = std::move(expressions);
    result.columns = std::move(columns);
    return result;
}

inline TimelineKind timeline(const char *kind, const QString &label, const char *rows)
{
    return {QString::fromLatin1(kind), label, QString::fromUtf8(rows)};
}

} // namespace RecordKindParts
