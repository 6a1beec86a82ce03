#include "workbookwriter.h"

#include "domain/dataerror.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QXmlStreamWriter>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {

// The rows that decide the columns' widths before the sheet streams.
constexpr int rowsMeasured = 1000;

const char *const contentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>)";

const char *const packageRelations = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

const char *const workbookRelations = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";

// Style 0 plain, 1 a date (yyyy-mm-dd), 2 the bold header.
const char *const styles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="2"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>)";

// A width in characters: CJK characters count twice.
int widthOf(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

QString cellText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

} // namespace

QString WorkbookWriter::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

WorkbookWriter::WorkbookWriter(const QString &path, const QString &sheetName,
                               const QStringList &headers, const QString &marking)
    : m_path(path)
    , m_partial(path + QStringLiteral(".part"))
    , m_sheetName(sheetName.left(31))
    , m_headers(headers)
    , m_marking(marking)
    , m_zip(std::make_unique<QuaZip>(m_partial))
{
    for (const QString &header : headers)
        m_widths << widthOf(header);
    if (!m_zip->open(QuaZip::mdCreate))
        throw DataError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
    const auto part = [this](const char *name, const QByteArray &bytes) {
        QuaZipFile file(m_zip.get());
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)))
            || file.write(bytes) != bytes.size())
            throw DataError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
        file.close();
    };
    part("[Content_Types].xml", contentTypes);
    part("_rels/.rels", packageRelations);
    QByteArray workbook;
    QXmlStreamWriter xml(&workbook);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("workbook"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    xml.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("sheets"));
    xml.writeEmptyElement(QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), m_sheetName);
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId1"));
    xml.writeEndDocument();
    part("xl/workbook.xml", workbook);
    part("xl/_rels/workbook.xml.rels", workbookRelations);
    part("xl/styles.xml", styles);
}

WorkbookWriter::~WorkbookWriter()
{
    if (m_finished)
        return;
    m_xml.reset();
    if (m_sheet && m_sheet->isOpen())
        m_sheet->close();
    m_sheet.reset();
    m_zip->close();
    QFile::remove(m_partial);
}

void WorkbookWriter::addRow(const QVariantList &cells)
{
    if (m_started) {
        writeRow(cells);
        return;
    }
    for (int i = 0; i < cells.size(); ++i) {
        if (i >= m_widths.size())
            m_widths << 0;
        m_widths[i] = qMax(m_widths[i], widthOf(cellText(cells.at(i))));
    }
    m_waiting << cells;
    if (m_waiting.size() >= rowsMeasured)
        startSheet();
}

void WorkbookWriter::startSheet()
{
    m_started = true;
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly,
                       QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        throw DataError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
    m_xml = std::make_unique<QXmlStreamWriter>(m_sheet.get());
    QXmlStreamWriter &xml = *m_xml;
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    // The header row stays in view.
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("cols"));
    for (int i = 0; i < m_widths.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("col"));
        xml.writeAttribute(QStringLiteral("min"), QString::number(i + 1));
        xml.writeAttribute(QStringLiteral("max"), QString::number(i + 1));
        xml.writeAttribute(QStringLiteral("width"),
                           QString::number(qBound(6, m_widths.at(i) + 2, 60)));
        xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sheetData"));
    QVariantList header;
    for (const QString &text : m_headers)
        header << text;
    writeRow(header);
    const QVector<QVariantList> waiting = std::exchange(m_waiting, {});
    for (const QVariantList &row : waiting)
        writeRow(row);
}

void WorkbookWriter::writeRow(const QVariantList &cells)
{
    QXmlStreamWriter &xml = *m_xml;
    const int number = ++m_rows;
    const bool header = number == 1;
    xml.writeStartElement(QStringLiteral("row"));
    xml.writeAttribute(QStringLiteral("r"), QString::number(number));
    for (int i = 0; i < cells.size(); ++i) {
        const QVariant &value = cells.at(i);
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            continue;
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), columnName(i) + QString::number(number));
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            xml.writeTextElement(QStringLiteral("v"), value.toString());
            break;
        case QMetaType::QDate:
            xml.writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
            xml.writeTextElement(QStringLiteral("v"),
                                 QString::number(QDate(1899, 12, 30).daysTo(value.toDate())));
            break;
        default: {
            // Kept as text: a cell is never read as a formula, whatever it starts with.
            xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            if (header)
                xml.writeAttribute(QStringLiteral("s"), QStringLiteral("2"));
            xml.writeStartElement(QStringLiteral("is"));
            xml.writeStartElement(QStringLiteral("t"));
            const QString text = value.toString();
            if (text != text.trimmed())
                xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void WorkbookWriter::finish()
{
    if (!m_started)
        startSheet();
    QXmlStreamWriter &xml = *m_xml;
    xml.writeEndElement(); // sheetData
    xml.writeEmptyElement(QStringLiteral("pageMargins"));
    for (const auto &[name, value] : {std::pair{"left", "0.7"},
                                      {"right", "0.7"},
                                      {"top", "0.75"},
                                      {"bottom", "0.75"},
                                      {"header", "0.3"},
                                      {"footer", "0.3"}})
        xml.writeAttribute(QString::fromLatin1(name), QString::fromLatin1(value));
    xml.writeStartElement(QStringLiteral("headerFooter"));
    if (!m_marking.isEmpty())
        xml.writeTextElement(
            QStringLiteral("oddHeader"),
            QStringLiteral("&C")
                + QString(m_marking).replace(QLatin1Char('&'), QStringLiteral("&&")));
    xml.writeTextElement(QStringLiteral("oddFooter"), QStringLiteral("&C&P / &N"));
    xml.writeEndElement();
    xml.writeEndDocument();
    const bool written = !xml.hasError();
    m_xml.reset();
    m_sheet->close();
    const bool sheetOk = m_sheet->getZipError() == 0;
    m_sheet.reset();
    m_zip->close();
    if (!written || !sheetOk || m_zip->getZipError() != 0) {
        QFile::remove(m_partial);
        throw DataError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partial, m_path)) {
        QFile::remove(m_partial);
        throw DataError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
    }
    QFile(m_path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_finished = true;
}
