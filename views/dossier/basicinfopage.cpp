#include "basicinfopage.h"

#include "transferdialog.h"

#include "access/identitynumbers.h"
#include "domain/recordkinds.h"
#include "domain/vocabulary.h"
#include "dossierstyle.h"
#include "items/displaydate.h"
#include "items/recordlisting.h"
#include "recordeditor.h"
#include "records/recordrepository.h"
#include "records/referencechoices.h"
#include "recordsection.h"
#include "storage/database.h"

#include <QDate>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BasicInfoPage::BasicInfoPage(const RecordEditor &editor, QWidget *parent)
    : DossierPage(parent)
    , m_editor(editor)
{
    auto *title = new QLabel(tr("Basic information"), this);
    DossierStyle::makeHeading(title);
    auto *edit = new QPushButton(tr("Edit basic information…"), this);
    edit->setObjectName(QStringLiteral("editCadreButton"));
    connect(edit, &QPushButton::clicked, this,
            [this] { m_editor.openEdit(this, QStringLiteral("cadres"), m_editor.cadreId()); });
    auto *transfer = new QPushButton(tr("Transfer…"), this);
    transfer->setObjectName(QStringLiteral("transferButton"));
    transfer->setToolTip(tr("To another unit or post, with the position history kept"));
    connect(transfer, &QPushButton::clicked, this, [this] {
        TransferDialog dialog(m_editor.database(), m_editor.cadreId(), m_editor.undoStack(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(transfer);
    top->addWidget(edit);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("detailsCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    const QList<QPair<QString, QString>> details = {
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("dossier_number"), tr("Dossier number")},
        {QStringLiteral("gender"), tr("Gender")},
        {QStringLiteral("birth_date"), tr("Date of birth")},
        {QStringLiteral("ethnicity"), tr("Ethnicity")},
        {QStringLiteral("native_place"), tr("Native place")},
        {QStringLiteral("education"), tr("Education")},
        {QStringLiteral("id_number"), tr("ID card number")},
        {QStringLiteral("party_membership"), tr("Party membership")},
        {QStringLiteral("party_join_date"), tr("Joined the party")},
        {QStringLiteral("employment"), tr("Employment")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("unit_id"), tr("Unit")},
        {QStringLiteral("position"), tr("Position")},
        {QStringLiteral("rank"), tr("Rank")},
        {QStringLiteral("is_top_leader"), tr("Top leader")},
    };
    for (int i = 0; i < details.size(); ++i)
        addDetail(grid, details.at(i).first, details.at(i).second, i / 2, i % 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(card);
    m_positions = new RecordSection(editor, RecordListings::forTable(QStringLiteral("positions")),
                                    tr("Position history"), RecordSection::AllActions, this);
    layout->addWidget(m_positions, 1);
    DossierStyle::setPageMargins(this);
}

QLabel *BasicInfoPage::addDetail(QGridLayout *grid, const QString &column, const QString &label,
                                 int row, int pair)
{
    auto *name = new QLabel(label, this);
    DossierStyle::makeQuiet(name);
    auto *value = new QLabel(this);
    value->setObjectName(column);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(name, row, pair * 2, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(value, row, pair * 2 + 1);
    m_details.insert(column, value);
    return value;
}

void BasicInfoPage::reload()
{
    const QVariantMap cadre
        = RecordRepository(m_editor.database()).load(QStringLiteral("cadres"), m_editor.cadreId());
    const RecordKind kind = RecordKinds::kind(QStringLiteral("cadres"));
    for (auto it = m_details.constBegin(); it != m_details.constEnd(); ++it) {
        const QVariant value = cadre.value(it.key());
        QString text = value.toString();
        const FieldDescription *field = kind.field(it.key());
        if (it.key() == QLatin1String("unit_id"))
            text = ReferenceChoices(m_editor.database(), m_editor.cadreId())
                       .unitName(value.toLongLong());
        else if (it.key() == QLatin1String("id_number"))
            text = IdentityNumbers::shown(m_editor.database().session(), text);
        else if (field && field->type == FieldType::Vocabulary)
            text = Vocabulary::label(field->vocabulary, text);
        else if (field && field->type == FieldType::Date)
            text = displayDate(QDate::fromString(text, Qt::ISODate));
        else if (field && field->type == FieldType::Boolean)
            text = value.toBool() ? tr("Yes") : tr("No");
        it.value()->setText(text.isEmpty() ? tr("—") : text);
    }
    m_positions->reload();
}

void BasicInfoPage::newRecord()
{
    m_positions->newRecord();
}

void BasicInfoPage::editCurrent()
{
    if (m_positions->currentRecordId() != 0)
        m_positions->editCurrent();
    else
        m_editor.openEdit(this, QStringLiteral("cadres"), m_editor.cadreId());
}

void BasicInfoPage::deleteCurrent()
{
    m_positions->deleteCurrent();
}

bool BasicInfoPage::showRecord(const QString &table, qint64 id)
{
    if (table != QLatin1String("positions"))
        return false;
    refresh();
    return m_positions->selectRecord(id);
}
