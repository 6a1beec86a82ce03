#include "sheetfile.h"

#include "csvtext.h"
#include "domain/dataerror.h"
#include "workbookparts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace {

// A .csv file larger than this is refused: a roster of 50,000 is a few megabytes.
constexpr qint64 csvLimit = qint64(256) << 20;

} // namespace

SheetFile::SheetFile(const QString &path)
    : m_path(path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    m_sha256 = QString::fromLatin1(hash.result().toHex());
    file.seek(0);
    const QByteArray head = file.read(4096);
    if (head.isEmpty())
        throw DataError(tr("%1 is empty.").arg(shown));
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        throw DataError(tr("%1 is an old binary Excel workbook (.xls) or a password-protected "
                           "one: open it in Excel or WPS and save it as an .xlsx workbook without "
                           "a password, then import that.")
                            .arg(shown));
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        m_workbook = true;
        WorkbookParts parts(path);
        parts.listSheets(m_sheetNames, m_sheetEntries);
        return;
    }
    // Text has no NUL bytes (UTF-16 text starts with its byte-order mark).
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0'))
        throw DataError(
            tr("%1 is not a spreadsheet: import an .xlsx workbook or a .csv file.").arg(shown));
    if (file.size() > csvLimit)
        throw DataError(tr("%1 is larger than any roster or ledger (%2 MB): split it into smaller "
                           "files.")
                            .arg(shown)
                            .arg(file.size() >> 20));
    m_sheetNames << QString();
}

void SheetFile::read(int sheet, const RowVisitor &visit) const
{
    if (sheet < 0 || sheet >= m_sheetNames.size())
        throw DataError(
            tr("%1 has no sheet %2.").arg(QDir::toNativeSeparators(m_path)).arg(sheet + 1));
    if (m_workbook)
        readWorkbook(sheet, visit);
    else
        readCsv(visit);
}

void SheetFile::readWorkbook(int sheet, const RowVisitor &visit) const
{
    WorkbookParts parts(m_path);
    const QStringList shared = parts.sharedStrings();
    parts.readSheet(m_sheetEntries.at(sheet), m_sheetNames.at(sheet), shared, visit);
}

void SheetFile::readCsv(const RowVisitor &visit) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    const QVector<QStringList> rows = CsvText::rows(CsvText::decode(file.readAll()));
    if (rows.size() > maximumRows)
        throw DataError(tr("%1 has more than %L2 rows: split it into smaller files.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(maximumRows));
    int number = 0;
    for (QStringList cells : rows) {
        ++number;
        while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty() && !visit(number, cells))
            return;
    }
}
