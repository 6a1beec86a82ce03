#include "reviewpackagedialog.h"

#include "domain/dataerror.h"
#include "domain/period.h"
#include "dossier/casefileloader.h"
#include "packagefields.h"
#include "review/reviewpayload.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr int kDefaultDays = 30;
constexpr int kMinimumPassphrase = 8;

QString reviewerLabel(const ReviewerChoice &choice)
{
    QString label = choice.realName.isEmpty()
                        ? choice.name
                        : ReviewPackageDialog::tr("%1 (%2)").arg(choice.realName, choice.name);
    if (!choice.post.isEmpty())
        label += QStringLiteral(" · ") + choice.post;
    if (!choice.hasSigningKey)
        label += ReviewPackageDialog::tr(" — has not yet signed in with a password of their own");
    return label;
}

} // namespace

ReviewPackageDialog::ReviewPackageDialog(Database &database, const QList<qint64> &caseIds,
                                         QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("reviewPackageDialog"));
    setWindowTitle(tr("Send for Offline Review"));
    resize(640, 620);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    auto *form = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("The case file goes to a reviewer's stand-alone computer as one "
                                "encrypted file. The reviewer opens it with the passphrase and "
                                "signs in there with their own account's name and password."),
                             form);
    intro->setWordWrap(true);
    formLayout->addWidget(intro);
    auto *filter = new QLineEdit(form);
    filter->setPlaceholderText(tr("Case number, state or summary"));
    filter->setClearButtonEnabled(true);
    m_cases = new QListWidget(form);
    m_cases->setObjectName(QStringLiteral("cases"));
    QVector<QPair<qint64, QString>> cases;
    try {
        cases = CaseFileLoader(database).cases();
    } catch (const DataError &error) {
        m_cases->setEnabled(false);
        intro->setText(error.message());
    }
    QListWidgetItem *first = nullptr;
    for (const auto &each : cases) {
        auto *item = new QListWidgetItem(each.second, m_cases);
        item->setData(Qt::UserRole, each.first);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool chosen = caseIds.contains(each.first);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        if (chosen && !first)
            first = item;
    }
    if (first) {
        m_cases->setCurrentItem(first);
        m_cases->scrollToItem(first);
    }
    connect(filter, &QLineEdit::textChanged, m_cases, [this](const QString &text) {
        for (int row = 0; row < m_cases->count(); ++row) {
            QListWidgetItem *item = m_cases->item(row);
            item->setHidden(item->checkState() != Qt::Checked
                            && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_cases, &QListWidget::itemChanged, this, &ReviewPackageDialog::suggestFile);
    auto *casesLabel = new QLabel(tr("&Cases:"), form);
    casesLabel->setBuddy(m_cases);
    formLayout->addWidget(casesLabel);
    formLayout->addWidget(filter);
    formLayout->addWidget(m_cases, 1);

    auto *fields = new QFormLayout;
    m_reviewer = new QComboBox(form);
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_reviewer->setPlaceholderText(tr("Choose the reviewer's account"));
    try {
        for (const ReviewerChoice &choice : ReviewPackageExport(database).reviewers())
            m_reviewer->addItem(reviewerLabel(choice), choice.name);
    } catch (const DataError &error) {
        m_reviewer->setEnabled(false);
        intro->setText(error.message());
    }
    m_reviewer->setCurrentIndex(-1);
    m_expires = new QDateEdit(QDate::currentDate().addDays(kDefaultDays), form);
    m_expires->setObjectName(QStringLiteral("expiresOn"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(QDate::currentDate());
    m_passphrase = new QLineEdit(form);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat = new QLineEdit(form);
    m_repeat->setObjectName(QStringLiteral("passphraseRepeat"));
    for (QLineEdit *field : {m_passphrase, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("At least %1 characters").arg(kMinimumPassphrase));
    m_file = new PackageFileField(PackageFileField::Mode::Save, tr("Save the Review Package"),
                                  PackageFields::reviewPackageFilter(), form);
    m_file->setObjectName(QStringLiteral("packageFile"));
    fields->addRow(tr("&Reviewer:"), m_reviewer);
    fields->addRow(tr("Opens &until:"), m_expires);
    fields->addRow(tr("&Passphrase:"), m_passphrase);
    fields->addRow(tr("Re&peat:"), m_repeat);
    fields->addRow(tr("&File:"), m_file);
    formLayout->addLayout(fields);
    m_message = new QLabel(form);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    formLayout->addWidget(m_message);
    m_pages->addWidget(form);

    m_summary = new QLabel(m_pages);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewPackageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewPackageDialog::reject);
    layout->addWidget(buttons);
    suggestFile();
}

QList<qint64> ReviewPackageDialog::chosenCases() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_cases->count(); ++row)
        if (m_cases->item(row)->checkState() == Qt::Checked)
            ids << m_cases->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ReviewPackageDialog::suggestFile()
{
    // A name from the cases, until the user gives one of their own.
    if (!m_file->path().isEmpty() && m_file->path() != m_suggested)
        return;
    QStringList numbers;
    try {
        numbers = ReviewPayload::caseNumbers(m_database.connection(), chosenCases());
    } catch (const DataError &) {
        return;
    }
    const QString stem = numbers.isEmpty()
                             ? tr("Review package")
                             : tr("Review package %1").arg(numbers.join(QStringLiteral("、")));
    m_suggested = PackageFields::newFileIn(PackageFields::documentsFolder(), stem,
                                           QStringLiteral(".idrpkg"));
    m_file->setPath(m_suggested);
}

void ReviewPackageDialog::accept()
{
    if (m_sent) {
        QDialog::accept();
        return;
    }
    m_message->clear();
    const QString path = m_file->path();
    if (m_passphrase->text() != m_repeat->text()) {
        m_message->setText(tr("The two passphrases differ."));
        return;
    }
    if (m_passphrase->text().size() < kMinimumPassphrase) {
        m_message->setText(
            tr("A passphrase needs at least %1 characters.").arg(kMinimumPassphrase));
        return;
    }
    if (m_reviewer->currentIndex() < 0) {
        m_message->setText(tr("Choose the reviewer's account."));
        return;
    }
    if (path.isEmpty()) {
        m_message->setText(tr("Choose where to save the review package."));
        return;
    }
    if (QFileInfo::exists(path)) {
        m_message->setText(
            tr("%1 already exists: choose a new file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    ReviewPackageRequest request;
    request.caseIds = chosenCases();
    request.expiresOn = m_expires->date();
    request.reviewerAccount = m_reviewer->currentData().toString();
    request.seal.passphrase = m_passphrase->text();
    QStringList numbers;
    try {
        const PackageFields::BusyCursor busy;
        numbers = ReviewPayload::caseNumbers(m_database.connection(), request.caseIds);
        m_result = ReviewPackageExport(m_database).exportToFile(request, path);
    } catch (const DataError &error) {
        m_message->setText(error.message());
        return;
    }
    m_sent = true;
    showSummary(numbers);
}

void ReviewPackageDialog::showSummary(const QStringList &caseNumbers)
{
    m_passphrase->clear();
    m_repeat->clear();
    m_summary->setText(
        tr("The review package is written to %1.\n\n"
           "Cases: %2\n"
           "Records: %3\n"
           "Reviewer: %4\n"
           "Opens until: %5\n"
           "SHA-256: %6\n\n"
           "Give the reviewer the file, and the passphrase by another way — in person or by "
           "phone, never with the file. The reviewer can compare the SHA-256 with what their "
           "computer shows.")
            .arg(QDir::toNativeSeparators(m_result.filePath),
                 caseNumbers.join(QStringLiteral("、")), QString::number(m_result.rows),
                 m_reviewer->currentText(), displayDate(m_result.header.expiresOn),
                 PackageFields::shortHash(m_result.fileSha256)));
    m_summary->setToolTip(m_result.fileSha256);
    m_pages->setCurrentWidget(m_summary);
    m_send->setText(tr("Close"));
    m_cancel->hide();
}
