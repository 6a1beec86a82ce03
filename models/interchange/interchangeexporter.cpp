#include "interchangeexporter.h"

#include "access/access.h"
#include "access/accesserror.h"
#include "backup/backupcrypto.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "interchangeformat.h"
#include "interchangevalues.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

using namespace InterchangeFormat;

namespace {

QString tr(const char *text)
{
    return InterchangeFormat::translate(text);
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw DataError(QCoreApplication::translate("Interchange", "%1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

// The file as it is made: pieces gathered in a buffer of about a megabyte, written out whenever
// it fills.
class InterchangeExporter::Output
{
public:
    Output(QIODevice &device, const QString &name)
        : m_device(device)
        , m_name(name)
    {
        m_buffer.reserve(kFlushAt + (64 << 10));
    }

    QByteArray &buffer() { return m_buffer; }
    void flushIfFull()
    {
        if (m_buffer.size() >= kFlushAt)
            flush();
    }
    void flush()
    {
        if (m_device.write(m_buffer) != m_buffer.size())
            throw DataError(tr("%1 cannot be written: %2").arg(m_name, m_device.errorString()));
        m_buffer.clear();
    }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;
    QIODevice &m_device;
    QString m_name;
    QByteArray m_buffer;
};

InterchangeExporter::InterchangeExporter(const Database &database)
    : m_database(database)
{}

InterchangeSummary InterchangeExporter::exportToFile(const QString &path,
                                                     const QString &passphrase) const
{
    const QString name = QDir::toNativeSeparators(path);
    if (m_database.isReadOnly())
        throw DataError(tr("Exporting needs write access to the database, to record the export "
                           "in the audit trail."));
    const Session &session = Access::require(m_database, Permission::ExportData);
    // A whole-database export holds every dossier: no account linked to a cadre or limited to
    // some units may take one.
    if (session.cadreId != 0 || !session.allUnits)
        throw AccessError(tr("An export carries every dossier; an account linked to a cadre or "
                             "limited to some units cannot make one."));
    const QSqlDatabase db = m_database.connection();
    const QStringList drift = schemaProblems(db);
    if (!drift.isEmpty())
        throw DataError(tr("The database does not match the interchange format: %1")
                            .arg(drift.join(QLatin1Char(' '))));

    // One transaction: every table is read from the same snapshot, and the audit entry
    // commits only once the file is in place. The entry names the file that leaves the PC and
    // that file's hash: for a sealed export, the encrypted bytes.
    Transaction transaction(db);
    InterchangeSummary summary;
    if (passphrase.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw DataError(tr("%1 cannot be written: %2").arg(name, file.errorString()));
        write(file, name, summary);
        if (!file.commit())
            throw DataError(tr("%1 cannot be written: %2").arg(name, file.errorString()));
    } else {
        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        write(plain, name, summary);
        BackupCrypto::encryptBytes(plain.data(), path, passphrase);
    }
    try {
        summary.filePath = QFileInfo(path).absoluteFilePath();
        summary.encrypted = !passphrase.isEmpty();
        summary.fileSha256 = fileSha256(path);
        AuditEntry entry;
        entry.action = QStringLiteral("export");
        entry.entity = QStringLiteral("database");
        entry.after = summary.auditRecord();
        AuditLog::append(m_database, entry);
        transaction.commit();
    } catch (const DataError &) {
        // An export that is not in the audit trail must not exist.
        QFile::remove(path);
        throw;
    }
    return summary;
}

QByteArray InterchangeExporter::toBytes(InterchangeSummary &summary) const
{
    const QStringList drift = schemaProblems(m_database.connection());
    if (!drift.isEmpty())
        throw DataError(tr("The database does not match the interchange format: %1")
                            .arg(drift.join(QLatin1Char(' '))));
    Transaction transaction(m_database.connection());
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    write(bytes, QString(), summary);
    return bytes.data();
}

void InterchangeExporter::write(QIODevice &device, const QString &name,
                                InterchangeSummary &summary) const
{
    Output output(device, name);
    QByteArray &out = output.buffer();
    out += "{\n  \"format\": ";
    InterchangeValues::appendString(out, formatName);
    out += ",\n  \"version\": " + QByteArray::number(InterchangeFormat::version);
    out += ",\n  \"schema_version\": " + QByteArray::number(m_database.schemaVersion());
    out += ",\n  \"tables\": {";
    bool first = true;
    for (const Table &table : tables()) {
        out += first ? "\n    " : ",\n    ";
        first = false;
        InterchangeValues::appendString(out, table.name);
        out += ": [";
        summary.add(table.name, appendTable(output, table));
        out += ']';
    }
    out += "\n  }\n}\n";
    output.flush();
}

qint64 InterchangeExporter::appendTable(Output &output, const Table &table) const
{
    QByteArray &out = output.buffer();
    QStringList names;
    for (const Column &column : table.columns)
        names << column.name;
    // What the program keeps for itself — a database's identity, the place of its seal file,
    // what makes it a review copy — is the database's own: it stays behind.
    QString own;
    QVariantList ownKeys;
    if (table.name == QLatin1String("settings")) {
        for (const SettingDefinition &definition : SettingsStore::definitions())
            if (!definition.editable)
                ownKeys << definition.key;
        QStringList placeholders;
        for (qsizetype i = 0; i < ownKeys.size(); ++i)
            placeholders << QStringLiteral("?");
        own = QStringLiteral(" WHERE key NOT IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
    }
    QSqlQuery query
        = Sql::run(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM \"%2\"%4 ORDER BY %3")
                       .arg(quotedList(names), table.name, quotedList(table.primaryKey), own),
                   ownKeys);
    // Field names are written once per table, already quoted.
    std::vector<QByteArray> keys;
    for (const Column &column : table.columns) {
        QByteArray key;
        InterchangeValues::appendString(key, column.name);
        keys.push_back(key + ": ");
    }
    qint64 count = 0;
    QVariantList values;
    while (query.next()) {
        values.clear();
        for (int c = 0; c < int(table.columns.size()); ++c)
            values << query.value(c);
        out += count == 0 ? "\n      {" : ",\n      {";
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const Column &column = table.columns[c];
            const QVariant &value = values.at(qsizetype(c));
            const QString problem = InterchangeValues::storedValueProblem(value, column);
            if (!problem.isEmpty())
                throw DataError(tr("%1: field \"%2\": %3. Correct the record and export again.")
                                    .arg(InterchangeValues::place(
                                             table, -1, InterchangeValues::keyText(table, values)),
                                         column.name, problem));
            if (c > 0)
                out += ", ";
            out += keys[c];
            InterchangeValues::appendValue(out, value, column);
        }
        out += '}';
        ++count;
        output.flushIfFull();
    }
    if (count > 0)
        out += "\n    ";
    return count;
}
