#pragma once

#include <QSqlDatabase>
#include <QString>

// A read-only connection of its own to a database file — for checking a backup, a file about to
// be restored, or the open database on another thread — closed and removed when it goes. It
// never migrates, locks or writes.
class FileConnection
{
public:
    explicit FileConnection(const QString &path);
    ~FileConnection();
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    // Empty when the file opened; else why not.
    QString error() const { return m_error; }
    QSqlDatabase db() const;
    // The rows a PRAGMA check (integrity_check, quick_check) gives, up to three, joined; empty
    // when it says "ok".
    QString checkProblem(const QString &pragma) const;

private:
    QString m_name;
    QString m_error;
};
