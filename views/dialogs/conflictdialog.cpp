#include "conflictdialog.h"

#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "items/auditchanges.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ConflictDialogText {

// The stored columns a reader has no use for.
bool isBookkeeping(const QString &column)
{
    return column == QLatin1String("id") || column.endsWith(QLatin1String("cadre_id"))
           || column.startsWith(QLatin1String("pinyin")) || column == QLatin1String("created_at")
           || column == QLatin1String("updated_at") || column == QLatin1String("unit_id");
}

QString when(const QString &utc)
{
    const QDateTime at = QDateTime::fromString(utc, Qt::ISODate);
    if (!at.isValid())
        return utc;
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace ConflictDialogText

ConflictDialog::ConflictDialog(const ConflictError &conflict, const QVariantMap &loaded,
                               QWidget *parent)
    : QDialog(parent)
{
    using namespace ConflictDialogText;
    const QString table = conflict.table();
    const bool deleted = conflict.theirs().isEmpty();
    setWindowTitle(tr("Changed by Someone Else"));
    auto *layout = new QVBoxLayout(this);
    auto *message = new QLabel(conflict.message(), this);
    message->setWordWrap(true);
    layout->addWidget(message);

    const QString by = conflict.changedBy().isEmpty() ? tr("a colleague") : conflict.changedBy();
    const QString savedHeading
        = conflict.changedAt().isEmpty()
              ? tr("Saved now (by %1)").arg(by)
              : tr("Saved now (by %1, %2)").arg(by, when(conflict.changedAt()));
    m_table = new QTableWidget(this);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), deleted ? tr("Deleted by %1").arg(by) : savedHeading});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);

    const QVariantMap mine = conflict.mine();
    const QVariantMap theirs = conflict.theirs();
    const QJsonObject mineJson = QJsonObject::fromVariantMap(mine);
    const QJsonObject theirsJson = QJsonObject::fromVariantMap(theirs);
    // Form order first, then any other stored field that differs.
    QStringList columns;
    for (const FieldDescription &field : RecordKinds::kind(table).fields)
        columns << field.column;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
        if (!columns.contains(it.key()))
            columns << it.key();
    for (const QString &column : columns) {
        if (isBookkeeping(column))
            continue;
        const QString yours
            = mine.contains(column)
                  ? AuditChanges::valueText(table, column, mineJson.value(column), mineJson)
                  : QString();
        const QString saved
            = theirs.contains(column)
                  ? AuditChanges::valueText(table, column, theirsJson.value(column), theirsJson)
                  : QString();
        const bool theyChanged
            = !deleted && loaded.contains(column)
              && loaded.value(column).toString() != theirs.value(column).toString();
        if (yours == saved && !theyChanged)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *label = new QTableWidgetItem(RecordKinds::fieldLabel(table, column));
        auto *left = new QTableWidgetItem(yours);
        auto *right = new QTableWidgetItem(saved);
        if (yours != saved) {
            QFont bold = left->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {label, left, right})
                item->setFont(bold);
        }
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, left);
        m_table->setItem(row, 2, right);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_saveMine = buttons->addButton(tr("Save Mine over Theirs"), QDialogButtonBox::AcceptRole);
    m_takeTheirs = buttons->addButton(deleted ? tr("Let It Go") : tr("Keep Theirs, Drop Mine"),
                                      QDialogButtonBox::DestructiveRole);
    m_back = buttons->addButton(tr("Back to My Form"), QDialogButtonBox::RejectRole);
    // A deleted record is not brought back by saving over it: that is Undo's, or a new record's.
    m_saveMine->setVisible(!deleted);
    connect(m_saveMine, &QPushButton::clicked, this, [this] { choose(Choice::SaveMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(Choice::TakeTheirs); });
    connect(m_back, &QPushButton::clicked, this, [this] { choose(Choice::Back); });
    m_back->setDefault(true);
    layout->addWidget(buttons);
    resize(720, 420);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    done(choice == Choice::Back ? QDialog::Rejected : QDialog::Accepted);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const ConflictError &conflict,
                                           const QVariantMap &loaded)
{
    ConflictDialog dialog(conflict, loaded, parent);
    dialog.exec();
    return dialog.choice();
}
