#include "workbookparts.h"

#include "domain/dataerror.h"
#include "sheetfile.h"

#include <QDir>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace {

// Parts larger than these when unpacked are refused: no roster or ledger comes near them, and a
// zip bomb stops here before it fills the memory.
constexpr qint64 sheetLimit = qint64(1) << 30;  // 1 GiB of sheet XML
constexpr qint64 partLimit = qint64(256) << 20; // shared strings, workbook, relations
constexpr qint64 suspiciousRatio = 200;         // unpacked : packed, above 64 MiB

// "BC12" → column 55 (from 0); -1 without letters.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// The text of an <si> or <is> element: its <t>, or its runs' <t> joined; <rPh> (phonetic
// guides) left out.
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString endName = xml.name().toString();
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText();
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
        } else if (xml.isEndElement() && xml.name() == endName) {
            break;
        }
    }
    return text;
}

} // namespace

WorkbookParts::WorkbookParts(const QString &path)
    : m_path(path)
    , m_zip(new QuaZip(path))
{
    if (!m_zip->open(QuaZip::mdUnzip))
        throw DataError(tr("%1 is damaged: it looks like a workbook but cannot be unpacked.")
                            .arg(QDir::toNativeSeparators(path)));
    if (!m_zip->setCurrentFile(QStringLiteral("xl/workbook.xml")))
        throw DataError(tr("%1 is a zip file but not an Excel workbook (.xlsx).")
                            .arg(QDir::toNativeSeparators(path)));
}

WorkbookParts::~WorkbookParts()
{
    m_zip->close();
    delete m_zip;
}

void WorkbookParts::requireReasonable(const QString &entry, qint64 limit)
{
    if (!m_zip->setCurrentFile(entry))
        throw DataError(tr("%1 is damaged: its part %2 is missing.")
                            .arg(QDir::toNativeSeparators(m_path), entry));
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        throw DataError(tr("%1 is damaged.").arg(QDir::toNativeSeparators(m_path)));
    if (info.flags & 1)
        throw DataError(tr("%1 is protected by a password: save it without one, then import "
                           "it again.")
                            .arg(QDir::toNativeSeparators(m_path)));
    const qint64 unpacked = qint64(info.uncompressedSize);
    const qint64 packed = qMax<qint64>(1, qint64(info.compressedSize));
    if (unpacked > limit || (unpacked > (qint64(64) << 20) && unpacked / packed > suspiciousRatio))
        throw DataError(tr("%1 unpacks to far more than any spreadsheet holds (%2 MB in one "
                           "part); it is refused as damaged or hostile.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(unpacked >> 20));
}

QByteArray WorkbookParts::entryBytes(const QString &entry, qint64 limit)
{
    requireReasonable(entry, limit);
    QuaZipFile file(m_zip);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(tr("%1 is damaged: %2 cannot be unpacked.")
                            .arg(QDir::toNativeSeparators(m_path), entry));
    const QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        throw DataError(tr("%1 unpacks to far more than it says; it is refused as damaged or "
                           "hostile.")
                            .arg(QDir::toNativeSeparators(m_path)));
    return bytes;
}

void WorkbookParts::requireRead(const QXmlStreamReader &xml, const QString &entry) const
{
    // A part cut short or not well formed: a damaged file, whatever it held.
    if (xml.hasError())
        throw DataError(tr("%1 is damaged: %2 cannot be read (%3).")
                            .arg(QDir::toNativeSeparators(m_path), entry, xml.errorString()));
}

void WorkbookParts::listSheets(QStringList &names, QStringList &entries)
{
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(entryBytes(QStringLiteral("xl/_rels/workbook.xml.rels"), partLimit));
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                             : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
        requireRead(xml, QStringLiteral("xl/_rels/workbook.xml.rels"));
    }
    QXmlStreamReader xml(entryBytes(QStringLiteral("xl/workbook.xml"), partLimit));
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("sheet"))
            continue;
        QString relation;
        for (const QXmlStreamAttribute &attribute : xml.attributes())
            if (attribute.name() == QLatin1String("id"))
                relation = attribute.value().toString();
        const QString entry = targets.value(relation);
        if (entry.isEmpty())
            continue;
        names << xml.attributes().value(QLatin1String("name")).toString();
        entries << entry;
    }
    requireRead(xml, QStringLiteral("xl/workbook.xml"));
    if (names.isEmpty())
        throw DataError(tr("%1 holds no worksheet.").arg(QDir::toNativeSeparators(m_path)));
}

QStringList WorkbookParts::sharedStrings()
{
    if (!m_zip->setCurrentFile(QStringLiteral("xl/sharedStrings.xml")))
        return {};
    QXmlStreamReader xml(entryBytes(QStringLiteral("xl/sharedStrings.xml"), partLimit));
    QStringList strings;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings << stringItem(xml);
    }
    requireRead(xml, QStringLiteral("xl/sharedStrings.xml"));
    return strings;
}

void WorkbookParts::readSheet(const QString &entry, const QString &sheetName,
                              const QStringList &shared,
                              const std::function<bool(int, const QStringList &)> &visit)
{
    requireReasonable(entry, sheetLimit);
    QuaZipFile file(m_zip);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(tr("%1 is damaged: sheet %2 cannot be unpacked.")
                            .arg(QDir::toNativeSeparators(m_path), sheetName));
    QXmlStreamReader xml(&file);
    QStringList cells;
    int rowNumber = 0;
    int column = 0;
    bool inRow = false;
    const auto finishRow = [&]() {
        while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
            cells.removeLast();
        const bool go = cells.isEmpty() || visit(rowNumber, cells);
        cells.clear();
        inRow = false;
        return go;
    };
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (file.pos() > sheetLimit)
            throw DataError(tr("%1 unpacks to far more than it says; it is refused as damaged "
                               "or hostile.")
                                .arg(QDir::toNativeSeparators(m_path)));
        if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            if (!finishRow())
                return;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QStringView number = xml.attributes().value(QLatin1String("r"));
            rowNumber = number.isEmpty() ? rowNumber + 1 : number.toInt();
            if (rowNumber > SheetFile::maximumRows)
                throw DataError(tr("Sheet %1 has more than %L2 rows: split it into smaller "
                                   "files.")
                                    .arg(sheetName)
                                    .arg(SheetFile::maximumRows));
            column = 0;
            inRow = true;
            continue;
        }
        if (!inRow || xml.name() != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const int at = columnOf(attributes.value(QLatin1String("r")));
        column = at < 0 ? column : at;
        if (column >= 16384)
            throw DataError(tr("%1 is damaged: sheet %2 has a cell beyond the last column.")
                                .arg(QDir::toNativeSeparators(m_path), sheetName));
        const QStringView type = attributes.value(QLatin1String("t"));
        QString value;
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("f"))
                throw DataError(tr("Cell %1%2 of sheet %3 holds a formula: copy the sheet and "
                                   "paste it as values only, then import it again.")
                                    .arg(columnName(column))
                                    .arg(rowNumber)
                                    .arg(sheetName));
            if (xml.name() == QLatin1String("is")) {
                value = stringItem(xml);
            } else if (xml.name() == QLatin1String("v")) {
                const QString raw = xml.readElementText();
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = raw.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size())
                        throw DataError(
                            tr("%1 is damaged: cell %2%3 of sheet %4 refers to no "
                               "text.")
                                .arg(QDir::toNativeSeparators(m_path), columnName(column))
                                .arg(rowNumber)
                                .arg(sheetName));
                    value = shared.at(index);
                } else if (type == QLatin1String("b")) {
                    value = raw == QLatin1String("1") ? QStringLiteral("TRUE")
                                                      : QStringLiteral("FALSE");
                } else {
                    value = raw;
                }
            }
        }
        if (!value.isEmpty()) {
            while (cells.size() < column)
                cells << QString();
            if (cells.size() == column)
                cells << value;
            else
                cells[column] = value;
        }
        ++column;
    }
    if (xml.hasError())
        throw DataError(tr("%1 is damaged: sheet %2 cannot be read (%3).")
                            .arg(QDir::toNativeSeparators(m_path), sheetName, xml.errorString()));
    if (inRow)
        finishRow();
}
