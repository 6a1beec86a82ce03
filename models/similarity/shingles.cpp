#include "shingles.h"

#include <QHash>

#include <algorithm>

namespace {

// The letters and digits of a text, with where each stands in the original.
struct Normalized
{
    QString characters;
    QVector<int> positions;
};

Normalized normalize(const QString &text)
{
    Normalized normalized;
    normalized.characters.reserve(text.size());
    normalized.positions.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            normalized.characters.append(c.toLower());
            normalized.positions.append(i);
        }
    }
    return normalized;
}

quint64 hashAt(const QString &characters, int start, int length)
{
    return quint64(qHash(QStringView(characters).mid(start, length), 0x5eed));
}

} // namespace

Shingles::Shingles(const QString &text, int length)
    : m_length(qMax(1, length))
{
    const Normalized normalized = normalize(text);
    const int count = int(normalized.characters.size()) - m_length + 1;
    if (count <= 0)
        return;
    m_hashes.reserve(count);
    for (int i = 0; i < count; ++i)
        m_hashes.append(hashAt(normalized.characters, i, m_length));
    std::sort(m_hashes.begin(), m_hashes.end());
    m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
}

bool Shingles::contains(quint64 hash) const
{
    return std::binary_search(m_hashes.cbegin(), m_hashes.cend(), hash);
}

qint64 Shingles::sharedCount(const Shingles &other) const
{
    qint64 shared = 0;
    auto a = m_hashes.cbegin();
    auto b = other.m_hashes.cbegin();
    while (a != m_hashes.cend() && b != other.m_hashes.cend()) {
        if (*a < *b) {
            ++a;
        } else if (*b < *a) {
            ++b;
        } else {
            ++shared;
            ++a;
            ++b;
        }
    }
    return shared;
}

double Shingles::similarity(const Shingles &other) const
{
    const qint64 shared = sharedCount(other);
    const qint64 all = m_hashes.size() + other.m_hashes.size() - shared;
    return all > 0 ? double(shared) / double(all) : 0.0;
}

double Shingles::containedIn(const Shingles &other) const
{
    return m_hashes.isEmpty() ? 0.0 : double(sharedCount(other)) / double(m_hashes.size());
}

QVector<QPair<int, int>> Shingles::sharedPassages(const QString &text, const Shingles &other)
{
    const Normalized normalized = normalize(text);
    const int length = other.length();
    const int size = int(normalized.characters.size());
    QVector<bool> shared(size, false);
    for (int i = 0; i + length <= size; ++i) {
        if (other.contains(hashAt(normalized.characters, i, length)))
            std::fill(shared.begin() + i, shared.begin() + i + length, true);
    }
    QVector<QPair<int, int>> ranges;
    for (int i = 0; i < size;) {
        if (!shared.at(i)) {
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 < size && shared.at(end + 1))
            ++end;
        // A run of shared letters spans the punctuation between them in the original.
        const int start = normalized.positions.at(i);
        const int stop = normalized.positions.at(end) + 1;
        ranges.append({start, stop - start});
        i = end + 1;
    }
    return ranges;
}
