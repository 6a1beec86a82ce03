#include "jsonduplicates.h"

#include <QSet>
#include <QVector>

namespace JsonDuplicates {

namespace {

struct Frame
{
    bool object = false;
    QSet<QByteArray> keys;
    QByteArray key; // the object's current field
    bool expectKey = true;
    int index = 0; // the array's current element
};

QString pathOf(const QVector<Frame> &frames, const QByteArray &last)
{
    QString path;
    for (const Frame &frame : frames) {
        if (&frame == &frames.constLast())
            break;
        if (frame.object)
            path += (path.isEmpty() ? QString() : QStringLiteral("."))
                    + QString::fromUtf8(frame.key);
        else
            path += QStringLiteral("[%1]").arg(frame.index);
    }
    return path + (path.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromUtf8(last);
}

} // namespace

Duplicate first(const QByteArray &json)
{
    QVector<Frame> frames;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i;
            QByteArray text;
            for (++i; i < size && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\' && i + 1 < size)
                    text += json.at(i++);
                text += json.at(i);
            }
            if (!frames.isEmpty() && frames.last().object && frames.last().expectKey) {
                Frame &frame = frames.last();
                if (frame.keys.contains(text))
                    return {pathOf(frames, text), start};
                frame.keys.insert(text);
                frame.key = text;
                frame.expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            Frame frame;
            frame.object = c == '{';
            frames << frame;
        } else if (c == '}' || c == ']') {
            if (!frames.isEmpty())
                frames.removeLast();
        } else if (c == ',' && !frames.isEmpty()) {
            if (frames.last().object)
                frames.last().expectKey = true;
            else
                ++frames.last().index;
        }
    }
    return {};
}

} // namespace JsonDuplicates
