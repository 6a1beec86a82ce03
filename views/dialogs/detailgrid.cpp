#include "detailgrid.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

DetailGrid::DetailGrid(const DetailKind &kind, const QVector<QVariantMap> &rows, QWidget *parent)
    : QTableWidget(int(kind.items.size()), 3, parent)
    , m_kind(kind)
{
    setObjectName(kind.table + QStringLiteral("Grid"));
    setHorizontalHeaderLabels({kind.keyLabel, kind.markLabel, kind.textLabel});
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(0, 330);
    setWordWrap(true);
    for (int row = 0; row < kind.items.size(); ++row) {
        const auto &item = kind.items.at(row);
        auto *label = new QTableWidgetItem(item.second);
        label->setToolTip(item.second);
        label->setFlags(Qt::ItemIsEnabled);
        setItem(row, 0, label);

        QVariantMap stored;
        for (const QVariantMap &candidate : rows) {
            if (candidate.value(kind.keyColumn).toString() == item.first)
                stored = candidate;
        }
        auto *mark = new QComboBox(this);
        mark->setObjectName(QStringLiteral("mark%1").arg(row));
        if (!kind.everyItem)
            mark->addItem(tr("(not checked)"), QVariant());
        for (const auto &choice : kind.marks)
            mark->addItem(choice.second, choice.first);
        const int index = mark->findData(stored.value(kind.markColumn).toString());
        mark->setCurrentIndex(index >= 0 ? index : 0);
        setCellWidget(row, 1, mark);

        auto *text = new QLineEdit(stored.value(kind.textColumn).toString(), this);
        text->setObjectName(QStringLiteral("text%1").arg(row));
        text->setFrame(false);
        setCellWidget(row, 2, text);
    }
    resizeRowsToContents();
    setMinimumHeight(qMin(14, int(kind.items.size())) * 30 + horizontalHeader()->height());
}

QVector<QVariantMap> DetailGrid::rows() const
{
    QVector<QVariantMap> result;
    for (int row = 0; row < m_kind.items.size(); ++row) {
        const auto *mark = static_cast<QComboBox *>(cellWidget(row, 1));
        const auto *text = static_cast<QLineEdit *>(cellWidget(row, 2));
        if (!mark->currentData().isValid() && !m_kind.everyItem)
            continue;
        result.append({{m_kind.keyColumn, m_kind.items.at(row).first},
                       {m_kind.markColumn, mark->currentData().toString()},
                       {m_kind.textColumn, text->text().trimmed()}});
    }
    return result;
}
