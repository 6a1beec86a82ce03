#pragma once

#include <QString>
#include <QVariantMap>
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

// A save refused because someone else changed the same record after it was read: both versions
// travel with the refusal, so the window can show them side by side and nothing is silently lost.
class ConflictError : public DataError
{
public:
    ConflictError(const QString &message, const QString &table, qint64 id, const QVariantMap &mine,
                  const QVariantMap &theirs, const QString &changedBy = {},
                  const QString &changedAt = {})
        : DataError(message)
        , m_table(table)
        , m_id(id)
        , m_mine(mine)
        , m_theirs(theirs)
        , m_changedBy(changedBy)
        , m_changedAt(changedAt)
    {}
    QString table() const { return m_table; }
    qint64 id() const { return m_id; }
    // The record as this save would have written it; empty for a removal.
    QVariantMap mine() const { return m_mine; }
    // The record as it stands now; empty when it was removed.
    QVariantMap theirs() const { return m_theirs; }
    // Who made the newer change and when (UTC, ISO 8601), from the trail; empty when unknown.
    QString changedBy() const { return m_changedBy; }
    QString changedAt() const { return m_changedAt; }

private:
    QString m_table;
    qint64 m_id = 0;
    QVariantMap m_mine;
    QVariantMap m_theirs;
    QString m_changedBy;
    QString m_changedAt;
};
