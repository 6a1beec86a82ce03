#pragma once

#include <QString>
#include <stdexcept>

// The one error convention at the storage boundary: repositories and the database throw
// DataError with a message a user can read; callers catch it at the edge (a dialog, or one line
// on stderr with exit code 2). A ValidationError names the record and field that was refused.
class DataError : public std::runtime_error
{
public:
    explicit DataError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

class ValidationError : public DataError
{
public:
    ValidationError(const QString &field, const QString &message)
        : DataError(message)
        , m_field(field)
    {}
    QString field() const { return m_field; }

private:
    QString m_field;
};
