#include "pdftextlayer.h"

#include "domain/dataerror.h"
#include "unifiedideographs.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QString>
#include <QVector>

#include <algorithm>
#include <functional>

namespace {

// What opens every ToUnicode map Qt writes, and its XMP metadata.
const QByteArray cmapMark = QByteArrayLiteral("/CIDInit /ProcSet findresource begin");
const QByteArray metadataMark = QByteArrayLiteral("/Type /Metadata /Subtype /XML");

// A map's destination is UTF-16BE in hexadecimal.
QString decoded(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (int index = 0; index + 1 < bytes.size(); index += 2)
        text += QChar(char16_t((uchar(bytes[index]) << 8) | uchar(bytes[index + 1])));
    return text;
}

QByteArray encoded(const QString &text)
{
    QByteArray bytes;
    for (const QChar unit : text) {
        bytes += char(unit.unicode() >> 8);
        bytes += char(unit.unicode() & 0xff);
    }
    return bytes.toHex().toUpper();
}

// The destination with a radical or stroke named by its ideograph; unchanged otherwise.
QByteArray mendedDestination(const QByteArray &hex, bool *changed)
{
    const QList<uint> codePoints = decoded(hex).toUcs4();
    if (codePoints.size() != 1)
        return hex;
    const char32_t ideograph = UnifiedIdeographs::equivalent(codePoints.first());
    if (!ideograph)
        return hex;
    *changed = true;
    return encoded(QString::fromUcs4(&ideograph, 1));
}

QByteArray mendedRangeLine(const QByteArray &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(.*)$"));
    static const QRegularExpression hexToken(QStringLiteral("<([0-9A-Fa-f]+)>"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(line));
    if (!match.hasMatch())
        return line;
    const QByteArray first = match.captured(1).toLatin1();
    const QByteArray last = match.captured(2).toLatin1();
    const QString rest = match.captured(3).trimmed();
    bool changed = false;
    QByteArrayList destinations;
    if (rest.startsWith(QLatin1Char('['))) {
        for (auto token = hexToken.globalMatch(rest); token.hasNext();)
            destinations << mendedDestination(token.next().captured(1).toLatin1(), &changed);
    } else {
        const QRegularExpressionMatch single = hexToken.match(rest);
        if (!single.hasMatch())
            return line;
        const QByteArray start = single.captured(1).toLatin1();
        const int count = last.toInt(nullptr, 16) - first.toInt(nullptr, 16) + 1;
        if (count == 1 || start.size() != 4) {
            destinations << mendedDestination(start, &changed);
        } else {
            // A run of consecutive code points: spelled out one by one once any needs mending.
            const int base = start.toInt(nullptr, 16);
            for (int offset = 0; offset < count; ++offset)
                destinations << mendedDestination(
                    QByteArray::number(base + offset, 16).rightJustified(4, '0').toUpper(),
                    &changed);
        }
    }
    if (!changed)
        return line;
    QByteArray result = '<' + first + "> <" + last + "> ";
    if (destinations.size() == 1)
        return result + '<' + destinations.first() + '>';
    result += '[';
    for (const QByteArray &destination : destinations)
        result += '<' + destination + "> ";
    return result + ']';
}

QByteArray mendedCharLine(const QByteArray &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(line));
    if (!match.hasMatch())
        return line;
    bool changed = false;
    const QByteArray destination = mendedDestination(match.captured(2).toLatin1(), &changed);
    return changed ? '<' + match.captured(1).toLatin1() + "> <" + destination + '>' : line;
}

// The object with its stream's data passed through `change`, and its length set anew; the same
// bytes when the stream's length is not given directly or nothing changed.
QByteArray withStream(const QByteArray &object,
                      const std::function<QByteArray(const QByteArray &)> &change)
{
    static const QRegularExpression directLength(
        QStringLiteral("/Length (\\d+)\\b(?!\\s+\\d+\\s+R)"));
    const qsizetype streamStart = object.indexOf("stream\n");
    if (streamStart < 0)
        return object;
    const QString dictionary = QString::fromLatin1(object.left(streamStart));
    const QRegularExpressionMatch length = directLength.match(dictionary);
    if (!length.hasMatch())
        return object;
    const qsizetype dataStart = streamStart + 7;
    const qsizetype dataLength = length.captured(1).toLongLong();
    if (dataStart + dataLength > object.size())
        return object;
    const QByteArray data = object.mid(dataStart, dataLength);
    const QByteArray changed = change(data);
    if (changed == data)
        return object;
    QString newDictionary = dictionary;
    newDictionary.replace(length.capturedStart(1), length.capturedLength(1),
                          QString::number(changed.size()));
    return newDictionary.toLatin1() + "stream\n" + changed + object.mid(dataStart + dataLength);
}

QByteArray withAuthorInInformation(const QByteArray &object, const QString &author)
{
    const qsizetype open = object.indexOf("<<");
    if (open < 0 || object.contains("/Author"))
        return object;
    const QByteArray text = "\n/Author <FEFF" + encoded(author) + '>';
    return object.left(open + 2) + text + object.mid(open + 2);
}

QByteArray withAuthorInMetadata(const QByteArray &xmp, const QString &author)
{
    const qsizetype end = xmp.indexOf("</rdf:RDF>");
    if (end < 0 || xmp.contains("<dc:creator>"))
        return xmp;
    const QByteArray creator
        = "  <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
          "      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>"
          + author.toHtmlEscaped().toUtf8()
          + "</rdf:li>\n        </rdf:Seq>\n      </dc:creator>\n    </rdf:Description>\n  ";
    return xmp.left(end) + creator + xmp.mid(end);
}

struct CrossReference
{
    qint64 offset = 0;
    QVector<qint64> offsets;
    QVector<bool> inUse;
    QByteArray trailer;   // from "trailer" up to "startxref"
    int information = -1; // the object holding the document's information
};

bool readCrossReference(QIODevice &source, CrossReference &reference)
{
    const qint64 size = source.size();
    const qint64 tailStart = std::max<qint64>(0, size - 1024);
    if (!source.seek(tailStart))
        return false;
    const QByteArray tail = source.read(size - tailStart);
    const qsizetype mark = tail.lastIndexOf("startxref");
    if (mark < 0)
        return false;
    bool ok = false;
    reference.offset = tail.mid(mark + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || reference.offset <= 0 || reference.offset >= size || !source.seek(reference.offset))
        return false;
    const QByteArray table = source.read(size - reference.offset);
    const qsizetype trailerAt = table.indexOf("trailer");
    const qsizetype endAt = table.lastIndexOf("startxref");
    if (!table.startsWith("xref") || trailerAt < 0 || endAt < trailerAt)
        return false;
    reference.trailer = table.mid(trailerAt, endAt - trailerAt);
    static const QRegularExpression information(QStringLiteral("/Info (\\d+) 0 R"));
    const QRegularExpressionMatch match = information.match(QString::fromLatin1(reference.trailer));
    if (match.hasMatch())
        reference.information = match.captured(1).toInt();
    const QList<QByteArray> tokens = table.mid(4, trailerAt - 4).simplified().split(' ');
    // One section from object 0, as Qt writes it.
    if (tokens.size() < 2 || tokens[0] != "0")
        return false;
    const int count = tokens[1].toInt(&ok);
    if (!ok || tokens.size() != 2 + 3 * count)
        return false;
    for (int object = 0; object < count; ++object) {
        const QByteArray &type = tokens[2 + 3 * object + 2];
        reference.offsets << tokens[2 + 3 * object].toLongLong(&ok);
        reference.inUse << (type == "n");
        if (!ok || (type != "n" && type != "f"))
            return false;
    }
    return true;
}

bool copyBytes(QIODevice &source, QIODevice &target, qint64 from, qint64 length)
{
    if (!source.seek(from))
        return false;
    constexpr qint64 chunk = 1 << 20;
    while (length > 0) {
        const QByteArray bytes = source.read(std::min(chunk, length));
        if (bytes.isEmpty() || target.write(bytes) != bytes.size())
            return false;
        length -= bytes.size();
    }
    return true;
}

} // namespace

namespace PdfTextLayer {

QByteArray mendedMap(const QByteArray &map)
{
    enum class Section { None, Ranges, Characters } section = Section::None;
    QByteArrayList lines = map.split('\n');
    for (QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.endsWith("beginbfrange"))
            section = Section::Ranges;
        else if (trimmed.endsWith("beginbfchar"))
            section = Section::Characters;
        else if (trimmed == "endbfrange" || trimmed == "endbfchar")
            section = Section::None;
        else if (section == Section::Ranges)
            line = mendedRangeLine(trimmed);
        else if (section == Section::Characters)
            line = mendedCharLine(trimmed);
    }
    return lines.join('\n');
}

bool mend(QIODevice &source, QIODevice &target, const QString &author)
{
    CrossReference reference;
    if (!readCrossReference(source, reference))
        return false;
    struct Placed
    {
        qint64 offset;
        int object;
    };
    std::vector<Placed> objects;
    for (int object = 0; object < reference.offsets.size(); ++object) {
        if (reference.inUse[object])
            objects.push_back({reference.offsets[object], object});
    }
    std::sort(objects.begin(), objects.end(),
              [](const Placed &a, const Placed &b) { return a.offset < b.offset; });
    if (objects.empty() || objects.back().offset >= reference.offset)
        return false;
    QVector<qint64> newOffsets = reference.offsets;
    if (!copyBytes(source, target, 0, objects.front().offset))
        return false;
    for (size_t index = 0; index < objects.size(); ++index) {
        const qint64 start = objects[index].offset;
        const qint64 end
            = index + 1 < objects.size() ? objects[index + 1].offset : reference.offset;
        newOffsets[objects[index].object] = target.pos();
        if (!source.seek(start))
            return false;
        // Maps and metadata open their objects and are small; page contents and embedded
        // fonts pass through in pieces.
        const QByteArray head = source.read(std::min<qint64>(end - start, 256));
        const bool information = objects[index].object == reference.information;
        const bool metadata = head.contains(metadataMark);
        const bool map = head.contains(cmapMark);
        if ((map || (!author.isEmpty() && (information || metadata))) && end - start < (8 << 20)) {
            if (!source.seek(start))
                return false;
            QByteArray object = source.read(end - start);
            if (map)
                object = withStream(object, &mendedMap);
            else if (information)
                object = withAuthorInInformation(object, author);
            else
                object = withStream(object, [&](const QByteArray &xmp) {
                    return withAuthorInMetadata(xmp, author);
                });
            if (target.write(object) != object.size())
                return false;
        } else if (!copyBytes(source, target, start, end - start)) {
            return false;
        }
    }
    const qint64 tableAt = target.pos();
    QByteArray table = "xref\n0 " + QByteArray::number(newOffsets.size()) + '\n';
    for (int object = 0; object < newOffsets.size(); ++object) {
        table
            += reference.inUse[object]
                   ? QByteArray::number(newOffsets[object]).rightJustified(10, '0') + " 00000 n \n"
                   : QByteArray("0000000000 65535 f \n");
    }
    table += reference.trailer + "startxref\n" + QByteArray::number(tableAt) + "\n%%EOF\n";
    return target.write(table) == table.size();
}

void mendFile(const QString &path, const QString &author)
{
    const auto failed = [&](const QString &reason) {
        return DataError(
            QCoreApplication::translate("PdfTextLayer", "Cannot write %1: %2").arg(path, reason));
    };
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        throw failed(source.errorString());
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        throw failed(target.errorString());
    if (!mend(source, target, author)) {
        target.cancelWriting();
        return; // not a PDF as Qt writes them: left as it is
    }
    source.close();
    if (!target.commit())
        throw failed(target.errorString());
}

} // namespace PdfTextLayer
