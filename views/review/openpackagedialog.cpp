#include "openpackagedialog.h"

#include "domain/dataerror.h"
#include "domain/period.h"
#include "packagefields.h"
#include "review/packagefile.h"
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

OpenPackageDialog::OpenPackageDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openPackageDialog"));
    setWindowTitle(tr("Open a Review Package"));
    resize(620, 0);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The review package becomes a review copy: a database of its own "
                                "on this computer, holding the package's cases. Sign in with "
                                "your account's name and password, as at the commission."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_package = new PackageFileField(PackageFileField::Mode::Open, tr("Open a Review Package"),
                                     PackageFields::reviewPackageFilter(), this);
    m_package->setObjectName(QStringLiteral("packageFile"));
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("packageAbout"));
    m_about->setWordWrap(true);
    // Word-wrapped labels do not grow a dialog already shown: room for their lines.
    m_about->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_copy = new PackageFileField(PackageFileField::Mode::Save, tr("Keep the Review Copy in"),
                                  tr("Integrity Dossier databases (*.db);;All files (*)"), this);
    m_copy->setObjectName(QStringLiteral("copyFile"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("As at the commission"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Package:"), m_package);
    form->addRow(QString(), m_about);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    form->addRow(tr("&Keep the copy in:"), m_copy);
    form->addRow(tr("Your account's &name:"), m_name);
    form->addRow(tr("Your pass&word:"), m_password);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open and Sign In"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenPackageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenPackageDialog::reject);
    layout->addWidget(buttons);
    connect(m_package, &PackageFileField::pathChanged, this, &OpenPackageDialog::readPackage);
}

OpenPackageDialog::~OpenPackageDialog() = default;

std::unique_ptr<Database> OpenPackageDialog::takeDatabase()
{
    return std::move(m_database);
}

void OpenPackageDialog::readPackage(const QString &path)
{
    m_about->clear();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    // What the package says of itself, before the passphrase: not yet authenticated.
    PackageHeader header;
    QString sha256;
    try {
        const QByteArray bytes = PackageFile::read(path);
        header = PackageEnvelope::readHeader(bytes);
        sha256 = PackageFile::sha256(bytes);
    } catch (const DataError &error) {
        m_about->setText(error.message());
        return;
    }
    if (header.kind != QLatin1String("review")) {
        m_about->setText(tr("This is a return package: it is merged in the commission's own "
                            "database (Review ▸ Merge a Return Package…)."));
        return;
    }
    m_about->setText(tr("Cases %1 from %2, sent by %3 on %4; opens until %5.\nSHA-256: %6")
                         .arg(header.caseNumbers, header.commission, header.exportedBy,
                              displayDate(header.exportedAt.toLocalTime().date()),
                              displayDate(header.expiresOn), PackageFields::shortHash(sha256)));
    m_about->setToolTip(sha256);
    // A new file in the documents folder, until the user names one of their own.
    if (m_copy->path().isEmpty() || m_copy->path() == m_suggested) {
        m_suggested = PackageFields::newFileIn(PackageFields::documentsFolder(),
                                               tr("Review copy %1").arg(header.caseNumbers),
                                               QStringLiteral(".db"));
        m_copy->setPath(m_suggested);
    }
}

void OpenPackageDialog::accept()
{
    m_message->clear();
    const QString package = m_package->path();
    const QString copy = m_copy->path();
    if (package.isEmpty()) {
        m_message->setText(tr("Choose the review package."));
        return;
    }
    if (copy.isEmpty()) {
        m_message->setText(tr("Choose where to keep the review copy."));
        return;
    }
    PackageFile::Key key;
    key.passphrase = m_passphrase->text();
    try {
        const PackageFields::BusyCursor busy;
        m_database = ReviewCopy::open(package, key, copy,
                                      {m_name->text().trimmed(), m_password->text(), {}});
    } catch (const DataError &error) {
        m_message->setText(error.message());
        m_password->clear();
        return;
    }
    m_passphrase->clear();
    m_password->clear();
    QDialog::accept();
}
