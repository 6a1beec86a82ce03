#include "interchangevalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

using namespace InterchangeFormat;

namespace InterchangeValues {

namespace {

constexpr int kShownLength = 40;

QString tr(const char *text)
{
    return InterchangeFormat::translate(text);
}

bool isText(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QString;
}

bool isWholeNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return true;
    default:
        return false;
    }
}

QString expected(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return tr("a whole number");
    case ColumnType::Real:
        return tr("a number");
    case ColumnType::Text:
        return tr("text");
    case ColumnType::Date:
        return tr("a date (YYYY-MM-DD)");
    case ColumnType::Timestamp:
        return tr("a timestamp (YYYY-MM-DDThh:mm:ssZ)");
    case ColumnType::Blob:
        return tr("base64 text");
    }
    return {};
}

} // namespace

bool FileValue::wholeNumber(qint64 &result) const
{
    if (kind == Kind::Integer) {
        result = integer;
        return true;
    }
    // Whole numbers written with a fraction or an exponent (12.0, 1e3) count as whole.
    if (kind != Kind::Number || std::trunc(number) != number || number < -9.2e18 || number > 9.2e18)
        return false;
    result = qint64(number);
    return true;
}

QString shownJson(const FileValue &value)
{
    switch (value.kind) {
    case FileValue::Kind::Null:
        return QStringLiteral("null");
    case FileValue::Kind::Boolean:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case FileValue::Kind::Integer:
        return tr("the number %1").arg(double(value.integer), 0, 'g', 17);
    case FileValue::Kind::Number:
        return tr("the number %1").arg(value.number, 0, 'g', 17);
    case FileValue::Kind::Text:
        return tr("text %1").arg(shown(QVariant(value.text)));
    case FileValue::Kind::List:
        return tr("a list");
    case FileValue::Kind::Object:
        return tr("an object");
    case FileValue::Kind::Missing:
        break;
    }
    return tr("nothing");
}

namespace {

QString describeStored(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return tr("binary data");
    case QMetaType::Double:
        return tr("the number %1").arg(value.toDouble(), 0, 'g', 17);
    case QMetaType::QString:
        return tr("text %1").arg(shown(value));
    default:
        return shown(value);
    }
}

} // namespace

QString keyText(const Table &table, const QVariantList &values)
{
    QStringList parts;
    for (const QString &name : table.primaryKey) {
        const QVariant value = values.value(table.columnIndex(name));
        if (!value.isValid() || value.isNull())
            return {};
        parts << name + QLatin1Char(' ') + shown(value);
    }
    return parts.join(QStringLiteral(", "));
}

QString place(const Table &table, int position, const QString &key)
{
    QString result = table.name;
    if (position >= 0)
        result += QStringLiteral("[%1]").arg(position);
    if (!key.isEmpty())
        result += QStringLiteral(" (%1)").arg(key);
    return result;
}

QString shown(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("null");
    if (!isText(value))
        return value.toString();
    QString text = value.toString();
    if (text.size() > kShownLength)
        text = text.left(kShownLength) + QChar(0x2026);
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool fromJson(const FileValue &value, const Column &column, QVariant &result, QString &problem)
{
    using Kind = FileValue::Kind;
    if (value.kind == Kind::Null) {
        if (column.isNullable()) {
            result = QVariant();
            return true;
        }
        problem = column.isRequired() ? tr("is required and may not be null")
                                      : tr("may not be null (leave it out for the default)");
        return false;
    }
    const auto wrongType = [&] {
        problem = tr("expected %1, found %2").arg(expected(column.type), shownJson(value));
        return false;
    };
    switch (column.type) {
    case ColumnType::Integer: {
        qint64 whole = 0;
        if (!value.wholeNumber(whole))
            return wrongType();
        result = whole;
        return true;
    }
    case ColumnType::Real:
        if (value.kind == Kind::Integer)
            result = double(value.integer);
        else if (value.kind == Kind::Number)
            result = value.number;
        else
            return wrongType();
        return true;
    case ColumnType::Blob: {
        if (value.kind != Kind::Text)
            return wrongType();
        auto decoded = QByteArray::fromBase64Encoding(value.text.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            problem = tr("is not valid base64");
            return false;
        }
        result = decoded.decoded;
        return true;
    }
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Timestamp:
        break;
    }
    if (value.kind != Kind::Text)
        return wrongType();
    const QString &text = value.text;
    if (column.type == ColumnType::Date && !isDate(text)) {
        problem = tr("%1 is not a date (YYYY-MM-DD)").arg(shown(QVariant(text)));
        return false;
    }
    if (column.type == ColumnType::Timestamp && !isTimestamp(text)) {
        problem = tr("%1 is not a timestamp (YYYY-MM-DDThh:mm:ssZ)").arg(shown(QVariant(text)));
        return false;
    }
    result = text;
    return true;
}

bool fromJson(const QJsonValue &value, const Column &column, QVariant &result, QString &problem)
{
    using Kind = FileValue::Kind;
    FileValue given;
    switch (value.type()) {
    case QJsonValue::Null:
        given.kind = Kind::Null;
        break;
    case QJsonValue::Bool:
        given.kind = Kind::Boolean;
        given.boolean = value.toBool();
        break;
    case QJsonValue::Double:
        if (value.toInteger(0) == value.toInteger(1)) {
            given.kind = Kind::Integer;
            given.integer = value.toInteger();
        } else {
            given.kind = Kind::Number;
            given.number = value.toDouble();
        }
        break;
    case QJsonValue::String:
        given.kind = Kind::Text;
        given.text = value.toString();
        break;
    case QJsonValue::Array:
        given.kind = Kind::List;
        break;
    case QJsonValue::Object:
        given.kind = Kind::Object;
        break;
    case QJsonValue::Undefined:
        break;
    }
    return fromJson(given, column, result, problem);
}

QString storedValueProblem(const QVariant &value, const Column &column)
{
    if (value.isNull())
        return column.isNullable() ? QString() : tr("is null");
    const auto wrongType = [&] {
        return tr("holds %1 where %2 belongs").arg(describeStored(value), expected(column.type));
    };
    switch (column.type) {
    case ColumnType::Integer:
        return isWholeNumber(value) ? QString() : wrongType();
    case ColumnType::Real:
        if (value.metaType().id() == QMetaType::Double)
            return std::isfinite(value.toDouble()) ? QString() : wrongType();
        return isWholeNumber(value) ? QString() : wrongType();
    case ColumnType::Blob:
        return value.metaType().id() == QMetaType::QByteArray || isText(value) ? QString()
                                                                               : wrongType();
    case ColumnType::Text:
        return isText(value) ? QString() : wrongType();
    case ColumnType::Date:
        if (!isText(value))
            return wrongType();
        return isDate(value.toString()) ? QString()
                                        : tr("%1 is not a date (YYYY-MM-DD)").arg(shown(value));
    case ColumnType::Timestamp:
        if (!isText(value))
            return wrongType();
        return isTimestamp(value.toString())
                   ? QString()
                   : tr("%1 is not a timestamp (YYYY-MM-DDThh:mm:ssZ)").arg(shown(value));
    }
    return {};
}

void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendValue(QByteArray &out, const QVariant &value, const Column &column)
{
    if (value.isNull()) {
        out += "null";
        return;
    }
    switch (column.type) {
    case ColumnType::Integer:
        out += QByteArray::number(value.toLongLong());
        return;
    case ColumnType::Real:
        out += QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return;
    case ColumnType::Blob:
        out += '"';
        out += value.toByteArray().toBase64();
        out += '"';
        return;
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Timestamp:
        appendString(out, value.toString());
        return;
    }
}

} // namespace InterchangeValues
