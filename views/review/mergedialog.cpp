#include "mergedialog.h"

#include "domain/dataerror.h"
#include "domain/period.h"
#include "packagefields.h"
#include "storage/database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(4);
    return label;
}

} // namespace

MergeDialog::MergeDialog(Database &office, QWidget *parent)
    : QDialog(parent)
    , m_database(office)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge a Return Package"));
    resize(820, 680);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // The file and its passphrase.
    auto *opening = new QWidget(m_pages);
    auto *openLayout = new QVBoxLayout(opening);
    auto *intro = new QLabel(tr("A return package answers a review package sent from this "
                                "database. It is checked before anything is shown: who signed "
                                "it, that it is unaltered, meant for this database, not expired "
                                "and not merged before."),
                             opening);
    intro->setWordWrap(true);
    openLayout->addWidget(intro);
    auto *form = new QFormLayout;
    m_package = new PackageFileField(PackageFileField::Mode::Open, tr("Open a Return Package"),
                                     PackageFields::returnPackageFilter(), opening);
    m_package->setObjectName(QStringLiteral("packageFile"));
    m_passphrase = new QLineEdit(opening);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Return package:"), m_package);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    openLayout->addLayout(form);
    openLayout->addStretch();
    m_pages->addWidget(opening);

    // The preview: the changes, then each conflict with its choice.
    auto *previewPage = new QWidget(m_pages);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_about = new QLabel(previewPage);
    m_about->setObjectName(QStringLiteral("previewAbout"));
    m_about->setWordWrap(true);
    previewLayout->addWidget(m_about);
    auto *splitter = new QSplitter(Qt::Vertical, previewPage);
    auto *changesBox = new QGroupBox(tr("Changes"), splitter);
    auto *changesLayout = new QVBoxLayout(changesBox);
    m_changes = new QListWidget(changesBox);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setWordWrap(true);
    changesLayout->addWidget(m_changes);
    auto *conflictsBox = new QGroupBox(tr("Conflicts: changed on both sides"), splitter);
    auto *conflictsLayout = new QVBoxLayout(conflictsBox);
    auto *scroll = new QScrollArea(conflictsBox);
    scroll->setWidgetResizable(true);
    auto *conflictList = new QWidget(scroll);
    m_conflicts = new QVBoxLayout(conflictList);
    scroll->setWidget(conflictList);
    conflictsLayout->addWidget(scroll);
    m_decided = new QLabel(conflictsBox);
    m_decided->setObjectName(QStringLiteral("decided"));
    conflictsLayout->addWidget(m_decided);
    splitter->setStretchFactor(1, 2);
    previewLayout->addWidget(splitter, 1);
    m_pages->addWidget(previewPage);

    m_result = new QLabel(m_pages);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_result);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setDefault(true);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->hide();
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_open, &QPushButton::clicked, this, &MergeDialog::openPackage);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    layout->addWidget(buttons);
}

MergeDialog::~MergeDialog() = default;

const ReturnMerge::Preview *MergeDialog::preview() const
{
    return m_returnMerge ? &m_returnMerge->preview() : nullptr;
}

void MergeDialog::openPackage()
{
    m_message->clear();
    if (m_package->path().isEmpty()) {
        m_message->setText(tr("Choose the return package."));
        return;
    }
    PackageFile::Key key;
    key.passphrase = m_passphrase->text();
    try {
        const PackageFields::BusyCursor busy;
        m_returnMerge = std::make_unique<ReturnMerge>(m_database, m_package->path(), key);
    } catch (const DataError &error) {
        m_message->setText(tr("%1\n\nNothing was changed.").arg(error.message()));
        return;
    }
    m_passphrase->clear();
    showPreview();
}

void MergeDialog::showPreview()
{
    const ReturnMerge::Preview &preview = m_returnMerge->preview();
    m_about->setText(tr("The return package of %1 from %2, made on %3, with %n audit "
                        "entries of the review copy.",
                        nullptr, preview.trailEntries)
                         .arg(preview.caseNumbers, preview.reviewer,
                              displayDate(preview.header.exportedAt.toLocalTime().date())));
    m_changes->clear();
    for (const ReturnMerge::Change &change : preview.changes)
        m_changes->addItem(change.text());
    if (preview.changes.isEmpty())
        m_changes->addItem(tr("No changes."));
    const int count = int(preview.conflicts.size());
    m_decisions = QVector<ReturnMerge::Decision>(count, ReturnMerge::Decision::Undecided);
    for (int index = 0; index < count; ++index)
        m_conflicts->addWidget(conflictBox(index, preview.conflicts.at(index), count));
    if (count == 0)
        m_conflicts->addWidget(
            new QLabel(tr("None: nothing to decide."), m_conflicts->parentWidget()));
    m_conflicts->addStretch();
    m_pages->setCurrentIndex(1);
    m_open->hide();
    m_merge->show();
    m_merge->setDefault(true);
    updateDecided();
}

QWidget *MergeDialog::conflictBox(int index, const ReturnMerge::Conflict &conflict, int count)
{
    auto *box
        = new QGroupBox(tr("Conflict %1 of %2: %3").arg(index + 1).arg(count).arg(conflict.record),
                        m_conflicts->parentWidget());
    box->setObjectName(QStringLiteral("conflict%1").arg(index));
    auto *form = new QFormLayout(box);
    form->addRow(
        tr("Field:"),
        valueLabel(conflict.field.isEmpty() ? tr("The record as a whole") : conflict.field, box));
    QLabel *office = valueLabel(conflict.office, box);
    office->setObjectName(QStringLiteral("officeValue"));
    QLabel *reviewer = valueLabel(conflict.reviewer, box);
    reviewer->setObjectName(QStringLiteral("reviewerValue"));
    form->addRow(tr("This database now:"), office);
    form->addRow(tr("The reviewer's:"), reviewer);
    auto *keep = new QRadioButton(tr("&Keep this database's"), box);
    keep->setObjectName(QStringLiteral("keepOffice"));
    auto *take = new QRadioButton(tr("&Take the reviewer's"), box);
    take->setObjectName(QStringLiteral("takeReviewer"));
    auto *choices = new QHBoxLayout;
    choices->addWidget(keep);
    choices->addWidget(take);
    choices->addStretch();
    form->addRow(choices);
    auto *group = new QButtonGroup(box);
    group->addButton(keep, int(ReturnMerge::Decision::KeepOffice));
    group->addButton(take, int(ReturnMerge::Decision::TakeReviewer));
    connect(group, &QButtonGroup::idClicked, this, [this, index](int id) {
        m_decisions[index] = ReturnMerge::Decision(id);
        updateDecided();
    });
    m_choices.append(group);
    return box;
}

void MergeDialog::decide(int index, ReturnMerge::Decision decision)
{
    if (index < 0 || index >= m_choices.size())
        return;
    if (QAbstractButton *button = m_choices.at(index)->button(int(decision)))
        button->click();
}

void MergeDialog::updateDecided()
{
    const int count = int(m_decisions.size());
    const int decided = int(count - m_decisions.count(ReturnMerge::Decision::Undecided));
    m_decided->setText(
        count == 0 ? QString() : tr("%1 of %n conflict(s) decided.", nullptr, count).arg(decided));
    m_merge->setEnabled(!m_merged && decided == count);
}

void MergeDialog::merge()
{
    if (!m_returnMerge || m_merged)
        return;
    m_message->clear();
    ReturnMerge::Result result;
    try {
        const PackageFields::BusyCursor busy;
        result = m_returnMerge->apply(m_decisions);
    } catch (const DataError &error) {
        m_message->setText(tr("%1\n\nNothing was changed.").arg(error.message()));
        return;
    }
    m_merged = true;
    m_merge->setEnabled(false);
    m_merge->hide();
    m_result->setText(tr("Merged: %n record(s) written.", nullptr, result.records)
                      + QLatin1Char('\n')
                      + tr("Conflicts decided: %1, of which taken from the reviewer: %2.")
                            .arg(result.conflicts)
                            .arg(result.takenFromReviewer)
                      + QStringLiteral("\n\n")
                      + tr("The review package of %1 is now marked merged: its return package "
                           "is not merged again.")
                            .arg(m_returnMerge->preview().caseNumbers));
    m_pages->setCurrentWidget(m_result);
    emit merged();
}
