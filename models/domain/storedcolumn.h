#pragma once

#include <QString>

// One stored column of a table as the interchange file carries it: its type, whether it must be
// given, and the table whose id it holds.
namespace Stored {

enum class Type {
    Integer,
    Real,
    Text,
    Date,      // text, YYYY-MM-DD
    Timestamp, // text, ISO 8601 date and time, e.g. 2024-03-15T08:30:00Z
    Blob,      // base64 in the file
};

enum class Need {
    Required, // must be given and not null
    Optional, // may be left out (the schema's default applies), never null
    Nullable, // may be left out or null
};

struct Column
{
    QString name;
    Type type;
    Need need;
    QString references; // the table whose id this column holds, if any

    bool isRequired() const { return need == Need::Required; }
    bool isNullable() const { return need == Need::Nullable; }
};

inline Column column(const char *name, Type type, Need need, const char *references)
{
    return {QString::fromLatin1(name), type, need,
            references ? QString::fromLatin1(references) : QString()};
}

// The usual integer key "id".
inline Column key()
{
    return column("id", Type::Integer, Need::Required, nullptr);
}

inline Column required(const char *name, Type type = Type::Text, const char *references = nullptr)
{
    return column(name, type, Need::Required, references);
}

inline Column optional(const char *name, Type type = Type::Text)
{
    return column(name, type, Need::Optional, nullptr);
}

inline Column nullable(const char *name, Type type = Type::Text, const char *references = nullptr)
{
    return column(name, type, Need::Nullable, references);
}

} // namespace Stored
