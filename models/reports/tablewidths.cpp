#include "tablewidths.h"

#include "reportfonts.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace {

// Longer rows than this many lines are not worth narrowing the others for.
constexpr int mostLines = 12;
// Of each column, its longest texts decide its width.
constexpr int textsMeasured = 6;
// A label this short (整改通知书, 已整改) reads badly broken: it is kept on one line.
constexpr double shortestBroken = 5.5;
// A piece of text (a word, a number) up to this wide is not broken.
constexpr double widestKeptWhole = 8;
// Columns with texts this long are the ones that take the room to spare.
constexpr double longText = 10;

// The advance of each Latin-1 character, in ems of the tables' face; measured once.
const std::array<double, 256> &latinAdvances()
{
    static const std::array<double, 256> advances = [] {
        constexpr int size = 1000;
        QFont font = ReportFonts::font(ReportFonts::Role::Table);
        font.setPixelSize(size);
        const QFontMetricsF metrics(font);
        std::array<double, 256> result{};
        for (int code = 0; code < 256; ++code)
            result[code] = metrics.horizontalAdvance(QChar(code)) / size;
        return result;
    }();
    return advances;
}

double advance(QChar character)
{
    return character.unicode() < 256 ? latinAdvances()[character.unicode()] : 1.0;
}

// A date, or a period of two dates, and where each breaks when it must: a date after its year
// (2024年 / 10月15日, 截至2026年 / 11月20日), a period after 至 (2024年3月15日至 / 2025年3月14日).
const QRegularExpression &datePattern()
{
    static const QRegularExpression date(QStringLiteral(
        "^(\\D{0,4}\\d{4}年)(\\d{1,2}月\\d{1,2}日)$|^(\\d{4}年\\d{1,2}月\\d{1,2}日至)(\\d{4}"
        "年\\d{1,2}月\\d{1,2}日)$"));
    return date;
}

// The two halves of a date or a period, or nothing.
QStringList halves(const QString &text)
{
    const QRegularExpressionMatch match = datePattern().match(text);
    if (!match.hasMatch())
        return {};
    return match.capturedLength(1) > 0 ? QStringList{match.captured(1), match.captured(2)}
                                       : QStringList{match.captured(3), match.captured(4)};
}

double widthOf(const QString &line)
{
    double width = 0;
    for (const QChar character : line)
        width += advance(character);
    return width;
}

bool isChinese(QChar character)
{
    return character.unicode() >= 0x2E80;
}

bool closes(QChar character)
{
    static const QString marks = QString::fromUtf8("，。、；：？！）》」』〕】”’…%,.;:?!)]");
    return marks.contains(character);
}

bool opens(QChar character)
{
    static const QString marks = QString::fromUtf8("（《「『〔【“‘([");
    return marks.contains(character);
}

// The widths of the pieces a line of text may break between.
QVector<double> piecesOfLine(const QString &line)
{
    QVector<double> result;
    const double whole = widthOf(line);
    if (whole <= shortestBroken)
        return {whole};
    // A date breaks after its year only: 2024年 / 10月15日.
    const QStringList parts = halves(line);
    if (!parts.isEmpty())
        return {widthOf(parts[0]), widthOf(parts[1])};
    double piece = 0;
    bool open = false; // the piece may not end yet
    QChar previous;
    for (const QChar character : line) {
        const bool breaksBefore = !previous.isNull() && !open && !closes(character)
                                  && (isChinese(character) || isChinese(previous)
                                      || previous.isSpace() || opens(character));
        if (breaksBefore) {
            result << piece;
            piece = 0;
        }
        piece += advance(character);
        open = opens(character);
        previous = character;
    }
    result << piece;
    return result;
}

QVector<QVector<double>> piecesOf(const QString &text)
{
    QVector<QVector<double>> result;
    for (const QString &line : text.split(QLatin1Char('\n')))
        result << piecesOfLine(line);
    return result;
}

int linesOf(const QVector<QVector<double>> &pieces, double width)
{
    int count = 0;
    for (const QVector<double> &line : pieces) {
        ++count;
        double used = 0;
        for (const double piece : line) {
            if (used > 0 && used + piece > width) {
                ++count;
                used = 0;
            }
            if (piece > width) { // a piece wider than the column is broken anywhere
                const int spans = int(std::ceil(piece / width));
                count += spans - 1;
                used = piece - (spans - 1) * width;
            } else {
                used += piece;
            }
        }
    }
    return count;
}

// The least width in which each of `texts` takes at most `lines` lines. A piece is broken
// only where no width would keep it whole: a date's year, a short label, a number.
double widthFor(const QVector<QVector<QVector<double>>> &texts, int lines)
{
    double low = 0.5;
    double high = 0.5;
    for (const auto &pieces : texts) {
        for (const QVector<double> &line : pieces) {
            high = std::max(high, std::accumulate(line.begin(), line.end(), 0.0));
            for (const double piece : line)
                low = std::max(low, std::min(piece, widestKeptWhole));
        }
    }
    const auto fit = [&](double width) {
        return std::all_of(texts.begin(), texts.end(),
                           [&](const auto &pieces) { return linesOf(pieces, width) <= lines; });
    };
    if (fit(low))
        return low;
    while (high - low > 0.02) {
        const double middle = (low + high) / 2;
        (fit(middle) ? high : low) = middle;
    }
    return high;
}

} // namespace

namespace TableWidths {

QString setInColumn(const QString &text, int percent, const Measure &measure)
{
    const double room = percent * measure.lineEms / 100 - measure.cellPaddingEms;
    if (widthOf(text) <= room)
        return text;
    const QStringList parts = halves(text);
    return parts.isEmpty() ? text : parts.join(QLatin1Char('\n'));
}

double ems(const QString &text)
{
    double widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, widthOf(line));
    return widest;
}

int lines(const QString &text, double width)
{
    return linesOf(piecesOf(text), width);
}

QVector<int> fit(const QStringList &headers, const QVector<QStringList> &rows,
                 const Measure &measure)
{
    const int columns = int(headers.size());
    if (columns == 0)
        return {};
    // Each column's header and longest texts, broken into pieces.
    QVector<QVector<QVector<QVector<double>>>> texts(columns);
    QVector<double> longest(columns);
    for (int column = 0; column < columns; ++column) {
        texts[column].append(piecesOf(headers[column]));
        QVector<QPair<double, QString>> byLength{{ems(headers[column]), headers[column]}};
        for (const QStringList &row : rows) {
            if (column < row.size())
                byLength.append({ems(row[column]), row[column]});
        }
        const auto end = byLength.begin() + std::min<int>(textsMeasured, int(byLength.size()));
        std::partial_sort(byLength.begin(), end, byLength.end(),
                          [](const auto &a, const auto &b) { return a.first > b.first; });
        longest[column] = byLength.first().first;
        for (auto it = byLength.begin(); it != end; ++it)
            texts[column].append(piecesOf(it->second));
    }
    const double room = measure.lineEms - columns * measure.cellPaddingEms;
    QVector<double> width(columns);
    int height = 1; // the lines of the tallest row
    for (; height <= mostLines; ++height) {
        for (int column = 0; column < columns; ++column)
            width[column] = widthFor(texts[column], height);
        if (std::accumulate(width.begin(), width.end(), 0.0) <= room)
            break;
    }
    if (height > mostLines) {
        // Texts too long for any height: each column in proportion to its longest text.
        const double total = std::accumulate(longest.begin(), longest.end(), 0.0);
        for (int column = 0; column < columns; ++column)
            width[column] = total > 0 ? room * longest[column] / total : room / columns;
    } else {
        // The room to spare sets the short texts (dates, labels, numbers) on fewer lines,
        // one line first, the cheapest first; what is left goes to the long texts, as far as
        // they wrap (a wider date column would only break its date elsewhere).
        double spare = room - std::accumulate(width.begin(), width.end(), 0.0);
        for (int lines = 1; lines < height; ++lines) {
            QVector<QPair<double, int>> wider;
            for (int column = 0; column < columns; ++column) {
                const double wanted = widthFor(texts[column], lines);
                if (longest[column] <= longText && wanted > width[column])
                    wider.append({wanted - width[column], column});
            }
            std::sort(wider.begin(), wider.end());
            for (const auto &[more, column] : wider) {
                if (more > spare)
                    break;
                width[column] += more;
                spare -= more;
            }
        }
        QVector<double> wraps(columns);
        for (int column = 0; column < columns; ++column) {
            if (longest[column] > longText)
                wraps[column] = std::max(0.0, longest[column] - width[column]);
        }
        const double wrapped = std::accumulate(wraps.begin(), wraps.end(), 0.0);
        for (int column = 0; column < columns; ++column)
            width[column] += wrapped > 0 ? spare * wraps[column] / wrapped : spare / columns;
    }
    // Whole per cents, rounded up so that no text wraps for the rounding; the widest column
    // gives back what that takes.
    QVector<int> percent(columns);
    int total = 0;
    for (int column = 0; column < columns; ++column) {
        const double share = (width[column] + measure.cellPaddingEms) / measure.lineEms;
        percent[column] = std::max(1, int(std::ceil(100.0 * share - 0.001)));
        total += percent[column];
    }
    const int widest = int(std::max_element(width.begin(), width.end()) - width.begin());
    percent[widest] += 100 - total;
    return percent;
}

} // namespace TableWidths
