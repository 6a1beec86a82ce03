#include "unittreedialog.h"

#include "domain/vocabulary.h"
#include "spreadsheets/unittreetext.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

UnitTreeDialog::UnitTreeDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Enter the Unit Tree"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        tr("Type or paste the units, one per line. Indent the units below a unit under it, "
           "with tabs or spaces, or write a whole path such as 清河县/城关镇. Cells copied from "
           "Excel keep their columns as levels; a cell after the name may give the kind "
           "(乡镇, 部门, 事业单位, 国有企业, 派驻纪检监察组). Units already in the tree are "
           "found and left as they are."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_text = new QPlainTextEdit(splitter);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(false);
    // A tab is one level: four spaces wide, not eight.
    m_text->setTabStopDistance(m_text->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_text->setPlaceholderText(tr("清河县\n\t城关镇\n\t\t城关镇财政所\n\t清河县水利局\n"
                                  "\t清河县人民医院"));
    m_preview = new QTreeWidget(splitter);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setHeaderLabels({tr("Unit"), tr("Kind"), tr("Status")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    splitter->addWidget(m_text);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The preview follows the typing, a moment after it pauses.
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &UnitTreeDialog::refresh);
    connect(m_text, &QPlainTextEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    resize(880, 520);
    refresh();
}

QString UnitTreeDialog::text() const
{
    return m_text->toPlainText();
}

void UnitTreeDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    m_delay->stop();
    refresh();
}

QHash<QString, QString> UnitTreeDialog::kinds() const
{
    QHash<QString, QString> chosen;
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i)
        items << m_preview->topLevelItem(i);
    while (!items.isEmpty()) {
        QTreeWidgetItem *item = items.takeFirst();
        for (int i = 0; i < item->childCount(); ++i)
            items << item->child(i);
        if (auto *kind = qobject_cast<QComboBox *>(m_preview->itemWidget(item, 1)))
            chosen.insert(item->data(0, Qt::UserRole).toString(), kind->currentData().toString());
    }
    return chosen;
}

void UnitTreeDialog::refresh()
{
    // Kinds already chosen stay chosen while the text changes around them.
    const QHash<QString, QString> chosen = kinds();
    m_preview->clear();
    const QVector<PastedUnit> units = UnitTreeText::read(m_database.connection(), text());
    QHash<QString, QTreeWidgetItem *> items;
    int same = 0;
    int problems = 0;
    m_new = 0;
    for (const PastedUnit &unit : units) {
        QTreeWidgetItem *parent = items.value(unit.parentPath);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_preview);
        items.insert(unit.path, item);
        item->setText(0, unit.name);
        item->setData(0, Qt::UserRole, unit.path);
        item->setToolTip(0, unit.path);
        if (!unit.problem.isEmpty()) {
            ++problems;
            item->setText(2, tr("Line %1: %2").arg(unit.line).arg(unit.problem));
            item->setForeground(2, QColor(Qt::red));
        } else if (unit.existingId != 0) {
            ++same;
            item->setText(1, Vocabulary::label(QStringLiteral("units.kind"), unit.kind));
            item->setText(2, tr("Already in the tree"));
            item->setForeground(2, palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            ++m_new;
            item->setText(2, tr("New"));
            auto *kind = new QComboBox(m_preview);
            for (const auto &[key, label] : Vocabulary::choices(QStringLiteral("units.kind")))
                kind->addItem(label, key);
            kind->setCurrentIndex(kind->findData(chosen.value(unit.path, unit.kind)));
            m_preview->setItemWidget(item, 1, kind);
        }
    }
    m_preview->expandAll();
    m_summary->setText(units.isEmpty() ? tr("Nothing entered yet.")
                                       : tr("%1 new, %2 already in the tree, %3 with a problem.")
                                             .arg(tr("%n unit(s)", "", m_new))
                                             .arg(same)
                                             .arg(problems));
    m_create->setText(tr("Create %n Unit(s)", "", m_new));
    m_create->setEnabled(m_new > 0 && problems == 0);
}
