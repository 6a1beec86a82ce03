#pragma once

#include "similarity/materialsimilarity.h"

#include <QWidget>

class Database;

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;
class QTextBrowser;

// Copied self-examination materials: the pairs of a year above the threshold, and the two texts
// of the chosen pair side by side with the passages they share highlighted.
class SimilarityWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SimilarityWindow(const Database &database, QWidget *parent = nullptr);

    void setYear(int year);
    void setThreshold(double threshold);
    void findPairs();
    void showPair(int row);

    QTableWidget *pairsTable() const { return m_pairs; }
    QTextBrowser *leftText() const { return m_left; }
    QTextBrowser *rightText() const { return m_right; }
    const QVector<MaterialPair> &pairs() const { return m_found; }
    // The (start, length) ranges highlighted in each text of the pair shown.
    QVector<QPair<int, int>> leftHighlights() const { return m_leftRanges; }
    QVector<QPair<int, int>> rightHighlights() const { return m_rightRanges; }

signals:
    void dossierRequested(qint64 cadreId);

private:
    void fill(QTextBrowser *browser, QLabel *heading, const MaterialSimilarity::Material &material,
              const QVector<QPair<int, int>> &ranges);

    MaterialSimilarity m_similarity;
    QComboBox *m_year = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_pairs = nullptr;
    QLabel *m_leftHeading = nullptr;
    QLabel *m_rightHeading = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
    QVector<MaterialPair> m_found;
    QVector<QPair<int, int>> m_leftRanges;
    QVector<QPair<int, int>> m_rightRanges;
};
