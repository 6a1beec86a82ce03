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
    return QCoreApplication::translate("Interchange", text);
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

QString shownJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return tr("the number %1").arg(value.toDouble(), 0, 'g', 17);
    case QJsonValue::String:
        return tr("text %1").arg(shown(QVariant(value.toString())));
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
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

bool fromJson(const QJsonValue &value, const Column &column, QVariant &result, QString &problem)
{
    if (value.isNull()) {
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
    case ColumnType::Integer:
        // toInteger() falls back to its default for fractions and out-of-range numbers.
        if (!value.isDouble() || value.toInteger(0) != value.toInteger(1))
            return wrongType();
        result = value.toInteger();
        return true;
    case ColumnType::Real:
        if (!value.isDouble())
            return wrongType();
        result = value.toDouble();
        return true;
    case ColumnType::Blob: {
        if (!value.isString())
            return wrongType();
        auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
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
    if (!value.isString())
        return wrongType();
    const QString text = value.toString();
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
