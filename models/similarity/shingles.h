#pragma once

#include <QString>
#include <QVector>

// Character n-gram shingles of a text. Chinese has no spaces between words, so texts are
// compared on runs of `length` characters rather than on words; spaces, punctuation and line
// breaks are left out first, so reflowing or repunctuating a text does not hide a copy.
class Shingles
{
public:
    static constexpr int defaultLength = 5;

    explicit Shingles(const QString &text, int length = defaultLength);

    // The distinct shingle hashes, sorted.
    const QVector<quint64> &hashes() const { return m_hashes; }
    int length() const { return m_length; }
    bool isEmpty() const { return m_hashes.isEmpty(); }
    bool contains(quint64 hash) const;

    // Shared shingles over all distinct shingles of both (Jaccard), 0 to 1.
    double similarity(const Shingles &other) const;
    // The share of this text's shingles found in the other, 0 to 1.
    double containedIn(const Shingles &other) const;

    // The passages of `text` made of shingles that `other` also has, as (start, length) ranges
    // of `text`; punctuation between two shared characters joins their passages.
    static QVector<QPair<int, int>> sharedPassages(const QString &text, const Shingles &other);

private:
    qint64 sharedCount(const Shingles &other) const;

    int m_length;
    QVector<quint64> m_hashes;
};
