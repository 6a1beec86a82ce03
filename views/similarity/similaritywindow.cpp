#include "similaritywindow.h"

#include "domain/dataerror.h"
#include "similarity/shingles.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {

enum Column { UnitColumn, AuthorColumn, RelationColumn, OtherColumn, SimilarityColumn, Columns };

QString relationText(const MaterialPair &pair)
{
    return pair.relation == MaterialPair::Relation::PreviousYear
               ? SimilarityWindow::tr("Own material of %1").arg(pair.otherYear)
               : SimilarityWindow::tr("Colleague's material");
}

QString authorText(const QString &author)
{
    return author.isEmpty() ? SimilarityWindow::tr("Leadership team") : author;
}

} // namespace

SimilarityWindow::SimilarityWindow(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_similarity(database)
    , m_year(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_summary(new QLabel(this))
    , m_pairs(new QTableWidget(this))
    , m_leftHeading(new QLabel(this))
    , m_rightHeading(new QLabel(this))
    , m_left(new QTextBrowser(this))
    , m_right(new QTextBrowser(this))
{
    setWindowTitle(tr("Copied Self-Examination Materials"));
    for (int year : m_similarity.years())
        m_year->addItem(QString::number(year), year);
    m_threshold->setRange(0.1, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(m_similarity.threshold());
    m_threshold->setToolTip(tr("Pairs whose share of common 5-character passages reaches this "
                               "are listed (the similarity_threshold setting)."));
    auto *find = new QPushButton(tr("Find"), this);

    m_pairs->setColumnCount(Columns);
    m_pairs->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Author"), tr("Resembles"), tr("Other author"), tr("Similarity")});
    m_pairs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairs->verticalHeader()->hide();
    m_pairs->horizontalHeader()->setStretchLastSection(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Year:"), this));
    controls->addWidget(m_year);
    controls->addWidget(new QLabel(tr("Threshold:"), this));
    controls->addWidget(m_threshold);
    controls->addWidget(find);
    controls->addWidget(m_summary, 1);

    auto *texts = new QWidget(this);
    auto *grid = new QGridLayout(texts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_leftHeading, 0, 0);
    grid->addWidget(m_rightHeading, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    for (QLabel *heading : {m_leftHeading, m_rightHeading})
        heading->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pairs);
    splitter->addWidget(texts);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(find, &QPushButton::clicked, this, &SimilarityWindow::findPairs);
    connect(m_pairs, &QTableWidget::currentCellChanged, this, [this](int row) { showPair(row); });
    connect(m_pairs, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_found.size() && m_found.at(row).cadreId > 0)
            emit dossierRequested(m_found.at(row).cadreId);
    });
    resize(1100, 760);
    if (m_year->count() > 0)
        findPairs();
}

void SimilarityWindow::setYear(int year)
{
    m_year->setCurrentIndex(m_year->findData(year));
}

void SimilarityWindow::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

void SimilarityWindow::findPairs()
{
    m_found.clear();
    m_pairs->setRowCount(0);
    if (m_year->currentIndex() < 0)
        return;
    try {
        m_found = m_similarity.pairs(m_year->currentData().toInt(), {}, m_threshold->value());
    } catch (const DataError &error) {
        m_summary->setText(error.message());
        return;
    }
    m_pairs->setRowCount(int(m_found.size()));
    for (int row = 0; row < m_found.size(); ++row) {
        const MaterialPair &pair = m_found.at(row);
        const QStringList cells{pair.unitName, authorText(pair.author), relationText(pair),
                                authorText(pair.otherAuthor),
                                QStringLiteral("%1%").arg(pair.similarity * 100, 0, 'f', 0)};
        for (int column = 0; column < Columns; ++column)
            m_pairs->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_pairs->resizeColumnsToContents();
    m_summary->setText(tr("%n pair(s) at or above the threshold", nullptr, int(m_found.size())));
    if (!m_found.isEmpty())
        m_pairs->setCurrentCell(0, 0);
    else
        showPair(-1);
}

void SimilarityWindow::showPair(int row)
{
    m_leftRanges.clear();
    m_rightRanges.clear();
    if (row < 0 || row >= m_found.size()) {
        for (QTextBrowser *browser : {m_left, m_right})
            browser->clear();
        m_leftHeading->clear();
        m_rightHeading->clear();
        return;
    }
    const MaterialPair &pair = m_found.at(row);
    const auto mine = m_similarity.material(pair.materialId);
    const auto other = m_similarity.material(pair.otherId);
    m_leftRanges = Shingles::sharedPassages(mine.content, Shingles(other.content));
    m_rightRanges = Shingles::sharedPassages(other.content, Shingles(mine.content));
    fill(m_left, m_leftHeading, mine, m_leftRanges);
    fill(m_right, m_rightHeading, other, m_rightRanges);
}

void SimilarityWindow::fill(QTextBrowser *browser, QLabel *heading,
                            const MaterialSimilarity::Material &material,
                            const QVector<QPair<int, int>> &ranges)
{
    heading->setText(
        QStringLiteral("<b>%1</b> — %2")
            .arg(material.title.toHtmlEscaped(), authorText(material.author).toHtmlEscaped()));
    browser->setPlainText(material.content);
    QTextCharFormat shared;
    shared.setBackground(QColor(0xff, 0xe0, 0x82));
    QTextCursor cursor(browser->document());
    for (const auto &range : ranges) {
        cursor.setPosition(range.first);
        cursor.setPosition(range.first + range.second, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(shared);
    }
}
