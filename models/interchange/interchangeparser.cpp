#include "interchangeparser.h"

#include "domain/dataerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QIODevice>
#include <QSet>
#include <istream>
#include <nlohmann/json.hpp>
#include <streambuf>
#include <unordered_map>

using InterchangeFormat::Table;
using InterchangeValues::FileValue;

namespace {

constexpr qint64 kReadChunk = 1 << 20;

// The device as a stream for the parser, one chunk in memory at a time.
class JsonDeviceBuffer : public std::streambuf
{
public:
    JsonDeviceBuffer(QIODevice &device, const InterchangeParser::Progress &progress)
        : m_device(device)
        , m_progress(progress)
        , m_chunk(size_t(kReadChunk), '\0')
        , m_total(device.isSequential() ? -1 : device.size())
    {}

    // Bytes the parser has taken so far.
    qint64 consumed() const { return m_before + qint64(gptr() - eback()); }
    bool failed() const { return m_failed; }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        m_before += qint64(egptr() - eback());
        const qint64 read = m_device.read(m_chunk.data(), kReadChunk);
        if (read <= 0) {
            m_failed = read < 0;
            setg(m_chunk.data(), m_chunk.data(), m_chunk.data());
            return traits_type::eof();
        }
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + read);
        if (m_progress)
            m_progress(m_before + read, m_total);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice &m_device;
    const InterchangeParser::Progress &m_progress;
    std::string m_chunk;
    qint64 m_total;
    qint64 m_before = 0;
    bool m_failed = false;
};

// SaxPlace in the file the parser stands.
enum class SaxPlace { Start, Top, Tables, Rows, Record, Done };

class InterchangeSaxHandler
{
public:
    using Json = nlohmann::json;

    InterchangeSaxHandler(InterchangeParser::Visitor &visitor, const JsonDeviceBuffer &buffer)
        : m_visitor(visitor)
        , m_buffer(buffer)
    {}

    bool topIsObject = true;

    bool null()
    {
        FileValue value;
        value.kind = FileValue::Kind::Null;
        return scalar(std::move(value));
    }
    bool boolean(bool flag)
    {
        FileValue value;
        value.kind = FileValue::Kind::Boolean;
        value.boolean = flag;
        return scalar(std::move(value));
    }
    bool number_integer(Json::number_integer_t number)
    {
        FileValue value;
        value.kind = FileValue::Kind::Integer;
        value.integer = number;
        return scalar(std::move(value));
    }
    bool number_unsigned(Json::number_unsigned_t number)
    {
        FileValue value;
        if (number <= Json::number_unsigned_t(std::numeric_limits<qint64>::max())) {
            value.kind = FileValue::Kind::Integer;
            value.integer = qint64(number);
        } else {
            value.kind = FileValue::Kind::Number;
            value.number = double(number);
        }
        return scalar(std::move(value));
    }
    bool number_float(Json::number_float_t number, const Json::string_t &)
    {
        FileValue value;
        value.kind = FileValue::Kind::Number;
        value.number = number;
        return scalar(std::move(value));
    }
    bool string(Json::string_t &text)
    {
        if (m_skip > 0 || (m_where == SaxPlace::Record && m_column < 0))
            return true; // not looked at: no need to convert it
        FileValue value;
        value.kind = FileValue::Kind::Text;
        value.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
        return scalar(std::move(value));
    }
    bool binary(Json::binary_t &) { return true; } // not in JSON text

    bool start_object(std::size_t) { return start(FileValue::Kind::Object); }
    bool start_array(std::size_t) { return start(FileValue::Kind::List); }
    bool end_object() { return end(); }
    bool end_array() { return end(); }
    bool key(Json::string_t &name);

    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &error)
    {
        // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error …"
        std::string what = error.what();
        const size_t column = what.find("column");
        const size_t detail = what.find(": ", column == std::string::npos ? 0 : column);
        if (detail != std::string::npos)
            what = what.substr(detail + 2);
        // Not the text it stopped in: that may be a whole field, a megabyte long.
        const size_t lastRead = what.find("; last read:");
        if (lastRead != std::string::npos)
            what.resize(lastRead);
        throw ValidationError({}, QCoreApplication::translate(
                                      "Interchange", "The file is not valid JSON: %1 at byte %2.")
                                      .arg(QString::fromStdString(what))
                                      .arg(position));
    }

private:
    bool scalar(FileValue &&value);
    bool start(FileValue::Kind kind);
    bool end();
    [[noreturn]] void givenTwice(const QString &path, qsizetype nameBytes) const;
    void beginRecord();
    int columnOf(const Json::string_t &name);

    InterchangeParser::Visitor &m_visitor;
    const JsonDeviceBuffer &m_buffer;
    SaxPlace m_where = SaxPlace::Start;
    int m_skip = 0; // depth inside a value that is only looked at by its kind
    QString m_key;  // the field of the top level or of "tables" being read
    QSet<QString> m_topFields;
    QSet<QString> m_tableNames;
    const Table *m_table = nullptr;
    std::unordered_map<const Table *, std::vector<std::string>> m_columnNames;
    const std::vector<std::string> *m_names = nullptr;
    InterchangeRecord m_record;
    quint64 m_given = 0; // columns of the record read so far
    int m_column = -1;   // the column of the field being read, -1 for another field
};

bool InterchangeSaxHandler::key(Json::string_t &name)
{
    if (m_skip > 0)
        return true;
    if (m_where == SaxPlace::Record) {
        m_column = columnOf(name);
        if (m_column >= 0) {
            const quint64 bit = quint64(1) << m_column;
            if (m_given & bit)
                givenTwice(QStringLiteral("%1[%2].%3")
                               .arg(m_table->name)
                               .arg(m_record.position)
                               .arg(QString::fromStdString(name)),
                           qsizetype(name.size()));
            m_given |= bit;
        } else {
            const QString other = QString::fromStdString(name);
            if (m_record.otherFields.contains(other))
                givenTwice(QStringLiteral("%1[%2].%3")
                               .arg(m_table->name)
                               .arg(m_record.position)
                               .arg(other),
                           qsizetype(name.size()));
            m_record.otherFields << other;
        }
        return true;
    }
    m_key = QString::fromStdString(name);
    QSet<QString> &seen = m_where == SaxPlace::Top ? m_topFields : m_tableNames;
    if (seen.contains(m_key))
        givenTwice(m_key, qsizetype(name.size()));
    seen.insert(m_key);
    return true;
}

int InterchangeSaxHandler::columnOf(const Json::string_t &name)
{
    const std::vector<std::string> &names = *m_names;
    // Files written by the program give the fields in column order.
    const size_t next = size_t(m_column + 1);
    if (next < names.size() && names[next] == name)
        return int(next);
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return int(i);
    return -1;
}

void InterchangeSaxHandler::givenTwice(const QString &path, qsizetype nameBytes) const
{
    // The parser stands just past the name's closing quote.
    const qint64 at = m_buffer.consumed() - nameBytes - 2;
    throw ValidationError(path, QCoreApplication::translate(
                                    "Interchange", "The field %1 is given twice in one record "
                                                   "(again at byte %2); give each field once.")
                                    .arg(path)
                                    .arg(at));
}

bool InterchangeSaxHandler::scalar(FileValue &&value)
{
    if (m_skip > 0)
        return true;
    switch (m_where) {
    case SaxPlace::Start:
        topIsObject = false;
        m_where = SaxPlace::Done;
        break;
    case SaxPlace::Top:
        m_visitor.header(m_key, value);
        break;
    case SaxPlace::Tables:
        m_visitor.tableBegins(m_key, InterchangeFormat::table(m_key), false);
        break;
    case SaxPlace::Rows:
        m_record.isObject = false;
        m_visitor.record(m_record);
        ++m_record.position;
        break;
    case SaxPlace::Record:
        if (m_column >= 0)
            m_record.fields[size_t(m_column)] = std::move(value);
        break;
    case SaxPlace::Done:
        break;
    }
    return true;
}

bool InterchangeSaxHandler::start(FileValue::Kind kind)
{
    if (m_skip > 0) {
        ++m_skip;
        return true;
    }
    const bool object = kind == FileValue::Kind::Object;
    FileValue marker;
    marker.kind = kind;
    switch (m_where) {
    case SaxPlace::Start:
        if (object) {
            m_where = SaxPlace::Top;
            return true;
        }
        topIsObject = false;
        m_where = SaxPlace::Done;
        break;
    case SaxPlace::Top:
        m_visitor.header(m_key, marker);
        if (object && m_key == QLatin1String("tables")) {
            m_where = SaxPlace::Tables;
            return true;
        }
        break;
    case SaxPlace::Tables:
        m_table = InterchangeFormat::table(m_key);
        m_visitor.tableBegins(m_key, m_table, !object);
        if (m_table && !object) {
            auto names = m_columnNames.find(m_table);
            if (names == m_columnNames.end()) {
                std::vector<std::string> columns;
                for (const InterchangeFormat::Column &column : m_table->columns)
                    columns.push_back(column.name.toStdString());
                names = m_columnNames.emplace(m_table, std::move(columns)).first;
            }
            m_names = &names->second;
            m_record = InterchangeRecord();
            m_record.table = m_table;
            m_record.fields.resize(m_table->columns.size());
            m_where = SaxPlace::Rows;
            return true;
        }
        break;
    case SaxPlace::Rows:
        if (object) {
            beginRecord();
            return true;
        }
        m_record.isObject = false;
        m_visitor.record(m_record);
        ++m_record.position;
        break;
    case SaxPlace::Record:
        if (m_column >= 0)
            m_record.fields[size_t(m_column)] = marker;
        break;
    case SaxPlace::Done:
        break;
    }
    m_skip = 1;
    return true;
}

void InterchangeSaxHandler::beginRecord()
{
    m_record.isObject = true;
    for (FileValue &field : m_record.fields)
        field = FileValue();
    m_record.otherFields.clear();
    m_given = 0;
    m_column = -1;
    m_where = SaxPlace::Record;
}

bool InterchangeSaxHandler::end()
{
    if (m_skip > 0) {
        --m_skip;
        return true;
    }
    switch (m_where) {
    case SaxPlace::Top:
        m_where = SaxPlace::Done;
        break;
    case SaxPlace::Tables:
        m_where = SaxPlace::Top;
        break;
    case SaxPlace::Rows:
        m_visitor.tableEnds(*m_table, m_record.position);
        m_where = SaxPlace::Tables;
        break;
    case SaxPlace::Record:
        m_visitor.record(m_record);
        ++m_record.position;
        m_column = -1;
        m_where = SaxPlace::Rows;
        break;
    case SaxPlace::Start:
    case SaxPlace::Done:
        break;
    }
    return true;
}

} // namespace

bool InterchangeParser::parse(QIODevice &device, Visitor &visitor, const Progress &progress)
{
    JsonDeviceBuffer buffer(device, progress);
    std::istream stream(&buffer);
    InterchangeSaxHandler handler(visitor, buffer);
    nlohmann::json::sax_parse(stream, &handler);
    if (buffer.failed()) {
        const auto *file = qobject_cast<const QFileDevice *>(&device);
        throw DataError(QCoreApplication::translate("Interchange", "%1 cannot be read: %2")
                            .arg(file ? QDir::toNativeSeparators(file->fileName()) : QString(),
                                 device.errorString()));
    }
    return handler.topIsObject;
}
