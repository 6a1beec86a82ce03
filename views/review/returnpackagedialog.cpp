#include "returnpackagedialog.h"

#include "domain/dataerror.h"
#include "domain/session.h"
#include "packagefields.h"
#include "review/reviewcopy.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kShortestPassphrase = 8;

} // namespace

ReturnPackageDialog::ReturnPackageDialog(Database &copy, QWidget *parent)
    : QDialog(parent)
    , m_database(copy)
{
    setObjectName(QStringLiteral("returnPackageDialog"));
    setWindowTitle(tr("Make the Return Package"));
    resize(620, 0);
    const ReviewCopy::Info info = ReviewCopy::info(copy.connection());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    const Session *session = copy.session();
    intro->setText(tr("%1\n\nThe return package carries the case review records as they stand "
                      "now and this copy's audit trail, signed with the key of your account "
                      "%2. The commission merges it into its own database.")
                       .arg(info.banner(), session ? session->accountName : QString()));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("passphraseRepeat"));
    for (QLineEdit *field : {m_passphrase, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("At least %1 characters").arg(kShortestPassphrase));
    m_file = new PackageFileField(PackageFileField::Mode::Save, tr("Save the Return Package"),
                                  PackageFields::returnPackageFilter(), this);
    m_file->setObjectName(QStringLiteral("packageFile"));
    m_file->setPath(PackageFields::newFileIn(PackageFields::documentsFolder(),
                                             tr("Return package %1").arg(info.caseNumbers),
                                             QStringLiteral(".idrret")));
    form->addRow(tr("Passphrase for the &commission:"), m_passphrase);
    form->addRow(tr("Re&peat:"), m_repeat);
    form->addRow(tr("&File:"), m_file);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Word-wrapped labels do not grow a dialog already shown: room for their lines.
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_make = buttons->addButton(tr("&Make"), QDialogButtonBox::AcceptRole);
    m_make->setObjectName(QStringLiteral("makeButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnPackageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnPackageDialog::reject);
    layout->addWidget(buttons);
}

void ReturnPackageDialog::accept()
{
    if (m_made) {
        QDialog::accept();
        return;
    }
    const auto refuse = [this](const QString &message) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(message);
    };
    const QString path = m_file->path();
    if (m_passphrase->text() != m_repeat->text())
        return refuse(tr("The two passphrases differ."));
    if (m_passphrase->text().size() < kShortestPassphrase)
        return refuse(tr("A passphrase needs at least %1 characters.").arg(kShortestPassphrase));
    if (path.isEmpty())
        return refuse(tr("Choose where to save the return package."));
    if (QFileInfo::exists(path))
        return refuse(
            tr("%1 already exists: choose a new file name.").arg(QDir::toNativeSeparators(path)));
    PackageFile::Seal seal;
    seal.passphrase = m_passphrase->text();
    try {
        const PackageFields::BusyCursor busy;
        m_result = ReturnPackage(m_database).exportToFile(path, seal);
    } catch (const DataError &error) {
        return refuse(error.message());
    }
    m_made = true;
    m_passphrase->clear();
    m_repeat->clear();
    for (QWidget *field : {static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_repeat),
                           static_cast<QWidget *>(m_file)})
        field->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(
        tr("The return package is written to %1: %n record(s) and %2 audit entries, signed "
           "with your account's key.\nSHA-256: %3\n\nGive the commission the file, and the "
           "passphrase by another way.",
           nullptr, m_result.records)
            .arg(QDir::toNativeSeparators(m_result.filePath))
            .arg(m_result.trailEntries)
            .arg(PackageFields::shortHash(m_result.fileSha256)));
    m_message->setToolTip(m_result.fileSha256);
    m_make->setText(tr("Close"));
    m_cancel->hide();
}
