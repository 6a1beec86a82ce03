#include "subjectlist.h"

#include "cadrepickerdialog.h"
#include "directory/cadredirectory.h"
#include "pastednamesdialog.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SubjectList::SubjectList(const QString &linkTable, const ReferenceChoices &references,
                         const QVector<QVariantMap> &rows, QWidget *parent)
    : QWidget(parent)
    , m_linkTable(linkTable)
    , m_references(references)
{
    setObjectName(QStringLiteral("subjects"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("subjectList"));
    m_list->setMaximumHeight(110);
    auto *addButton = new QPushButton(tr("Add cadre…"), this);
    addButton->setObjectName(QStringLiteral("addSubject"));
    // A session of 200: from the organization department's list, or a whole unit at once.
    auto *fromList = new QPushButton(tr("From a list…"), this);
    fromList->setObjectName(QStringLiteral("addSubjectsFromList"));
    auto *fromUnit = new QPushButton(tr("A unit's cadres…"), this);
    fromUnit->setObjectName(QStringLiteral("addSubjectsOfUnit"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSubject"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        CadrePickerDialog picker(m_references.database(), 0, this);
        if (picker.exec() == QDialog::Accepted)
            add(picker.cadreId());
    });
    connect(fromList, &QPushButton::clicked, this, [this] {
        PastedNamesDialog dialog(m_references.database(), this);
        if (dialog.exec() == QDialog::Accepted)
            for (const qint64 id : dialog.chosen())
                add(id);
    });
    connect(fromUnit, &QPushButton::clicked, this, [this] {
        const QVector<ReferenceChoices::Choice> units = m_references.units();
        QStringList names;
        for (const ReferenceChoices::Choice &unit : units)
            names << unit.second;
        bool chosen = false;
        const QString name = QInputDialog::getItem(
            this, tr("A Unit's Cadres"), tr("Add every cadre of:"), names, 0, false, &chosen);
        if (chosen)
            addUnit(units.value(int(names.indexOf(name))).first);
    });
    connect(m_remove, &QPushButton::clicked, this, &SubjectList::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &SubjectList::updateButtons);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(fromList);
    buttons->addWidget(fromUnit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    for (const QVariantMap &row : rows)
        addItem(row);
    updateButtons();
}

void SubjectList::addUnit(qint64 unitId)
{
    if (unitId == 0)
        return;
    for (const qint64 id : CadreDirectory(m_references.database()).idsInUnit(unitId))
        add(id);
}

void SubjectList::add(qint64 cadreId)
{
    if (cadreId == 0)
        return;
    for (const QVariantMap &row : m_rows) {
        if (row.value(QStringLiteral("cadre_id")).toLongLong() == cadreId)
            return;
    }
    QVariantMap row{{QStringLiteral("cadre_id"), cadreId}};
    // A case records whether the cadre was a top leader, or another member of the unit's
    // leadership team, when it was filed.
    if (m_linkTable == QLatin1String("case_subjects")) {
        row.insert(QStringLiteral("was_top_leader"), m_references.isTopLeader(cadreId) ? 1 : 0);
        row.insert(QStringLiteral("was_team_member"), m_references.isTeamMember(cadreId) ? 1 : 0);
    }
    addItem(row);
}

void SubjectList::addItem(const QVariantMap &row)
{
    const qint64 cadreId = row.value(QStringLiteral("cadre_id")).toLongLong();
    const bool own = cadreId == m_references.cadreId();
    QString text = m_references.cadreLabel(cadreId);
    if (own)
        text = tr("%1 (this dossier)").arg(text);
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(Qt::UserRole, cadreId);
    m_rows.append(row);
}

void SubjectList::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0
        || m_rows.at(row).value(QStringLiteral("cadre_id")).toLongLong() == m_references.cadreId())
        return;
    delete m_list->takeItem(row);
    m_rows.removeAt(row);
    updateButtons();
}

void SubjectList::updateButtons()
{
    const int row = m_list->currentRow();
    // The dossier's own cadre stays: the record is in this dossier because it concerns them.
    m_remove->setEnabled(row >= 0
                         && m_rows.at(row).value(QStringLiteral("cadre_id")).toLongLong()
                                != m_references.cadreId());
}
