#pragma once

#include "interchangesummary.h"

#include <QByteArray>
#include <QString>

class Database;
class QIODevice;
namespace InterchangeFormat {
struct Table;
}

// Writes every dossier record of a database as one interchange file (docs/interchange.md):
// tables in dependency order, rows by key, fields in schema order, so the same data always
// gives the same bytes. The file is written as it is made, a piece at a time, never held whole
// (but for an encrypted export, which is sealed in memory before it touches the disk). The export
// is recorded in the audit trail, which needs write access.
class InterchangeExporter
{
public:
    explicit InterchangeExporter(const Database &database);

    // Replaces `path` atomically; throws DataError and leaves no file and no audit entry behind
    // when the schema does not match the format, a value cannot be carried, or the write fails.
    // With a passphrase the file is encrypted (BackupCrypto) before it touches the disk.
    InterchangeSummary exportToFile(const QString &path, const QString &passphrase = {}) const;
    // The file's bytes in memory, neither checked against the signed-in account nor audited:
    // for a database the caller assembled itself and whose export it audits (a review
    // package). Throws DataError as exportToFile does.
    QByteArray toBytes(InterchangeSummary &summary) const;

private:
    class Output;
    // Writes the whole file to `device`; throws DataError naming `name` when it cannot.
    void write(QIODevice &device, const QString &name, InterchangeSummary &summary) const;
    qint64 appendTable(Output &out, const InterchangeFormat::Table &table) const;

    const Database &m_database;
};
