#include "serverconnectdialog.h"

#include "access/accounts.h"
#include "domain/dataerror.h"
#include "storage/database.h"
#include "storage/serversecurity.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

// The options an address may carry that the dialog has no field for: kept as they were given.
const QStringList keptOptions{QStringLiteral("sslmode"), QStringLiteral("sslcert"),
                              QStringLiteral("sslkey"), QStringLiteral("sslcrl"),
                              QStringLiteral("connect_timeout")};

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The commission's shared database on its own server, on the internal network. Ask "
           "the server's administrator for its name, the database and your account."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(tr("e.g. dossiers.jw.local"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("e.g. county"));
    m_account = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_certificate = new QLineEdit(this);
    m_certificate->setPlaceholderText(tr("The commission's CA certificate (.crt)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ServerConnectDialog::chooseCertificate);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(browse);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&CA certificate:"), certificateRow);
    layout->addLayout(form);

    m_security = new QLabel(this);
    m_security->setWordWrap(true);
    layout->addWidget(m_security);
    connect(m_server, &QLineEdit::textChanged, this, &ServerConnectDialog::updateSecurityNote);
    connect(m_certificate, &QLineEdit::textChanged, this, &ServerConnectDialog::updateSecurityNote);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerConnectDialog::reject);
    layout->addWidget(buttons);
    updateSecurityNote();
    m_server->setFocus();
}

ServerConnectDialog::~ServerConnectDialog() = default;

void ServerConnectDialog::setAddress(const ServerAddress &address)
{
    m_base = address;
    m_hasBase = true;
    m_server->setText(address.host());
    m_port->setValue(address.port());
    m_database->setText(address.database());
    m_account->setText(address.user());
    m_password->setText(address.password());
    m_certificate->setText(QDir::toNativeSeparators(address.option(QStringLiteral("sslrootcert"))));
    (m_server->text().isEmpty()    ? m_server
     : m_account->text().isEmpty() ? m_account
                                   : m_password)
        ->setFocus();
    updateSecurityNote();
}

void ServerConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

ServerAddress ServerConnectDialog::address() const
{
    const QString server = m_server->text().trimmed();
    if (server.isEmpty())
        throw DataError(tr("Enter the server's name or address."));
    if (m_database->text().trimmed().isEmpty())
        throw DataError(tr("Enter the name of the database on the server."));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = server.startsWith(QLatin1Char('/'));
    url.setHost(socket ? QStringLiteral("localhost") : server);
    if (m_port->value() != 5432)
        url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (socket) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), server);
        url.setQuery(query);
    }
    if (!socket && !url.isValid())
        throw DataError(tr("%1 is not a server's name or address.").arg(server));
    ServerAddress address = ServerAddress::parse(url.toString());
    if (m_hasBase) {
        for (const QString &key : keptOptions)
            address = address.withOption(key, m_base.option(key));
    }
    address = address.withOption(QStringLiteral("sslrootcert"),
                                 QDir::fromNativeSeparators(m_certificate->text().trimmed()));
    return address.withUser(m_account->text().trimmed(), m_password->text());
}

std::unique_ptr<Database> ServerConnectDialog::takeDatabase()
{
    return std::move(m_opened);
}

void ServerConnectDialog::accept()
{
    m_message->clear();
    try {
        const ServerAddress address = this->address();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        struct RestoreCursor
        {
            ~RestoreCursor() { QApplication::restoreOverrideCursor(); }
        } restoreCursor;
        // Staff type their account's name: the server knows it as the account's own role,
        // NAME@DATABASE. A name the server knows as it is (its owner's) is tried after that.
        QList<ServerAddress> candidates;
        if (!address.user().isEmpty() && !address.user().contains(QLatin1Char('@')))
            candidates << address.withUser(
                ServerSecurity::roleName(address.user(), address.database()), address.password());
        candidates << address;
        for (int i = 0; i < candidates.size() && !m_opened; ++i) {
            try {
                m_opened = Database::openServer(candidates.at(i));
            } catch (const DataError &) {
                if (i + 1 == candidates.size())
                    throw;
            }
        }
        // On the account's own role the server has checked the password: that is the sign-in.
        if (!m_opened->serverAccount().isEmpty())
            Accounts(*m_opened).signIn(m_opened->serverAccount(), address.password());
    } catch (const DataError &error) {
        m_opened.reset();
        m_message->setText(error.message());
        return;
    }
    QDialog::accept();
}

void ServerConnectDialog::chooseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The Commission's CA Certificate"), m_certificate->text(),
        tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_certificate->setText(QDir::toNativeSeparators(path));
}

void ServerConnectDialog::updateSecurityNote()
{
    const QString server = m_server->text().trimmed();
    if (server.startsWith(QLatin1Char('/'))) {
        m_security->setText(tr("A server on this computer, reached through its own socket."));
    } else if (m_hasBase && !m_base.option(QStringLiteral("sslmode")).isEmpty()
               && m_base.option(QStringLiteral("sslmode")) != QLatin1String("verify-full")) {
        m_security->setText(tr("The address asks for the TLS mode %1: the server's certificate "
                               "is not fully checked.")
                                .arg(m_base.option(QStringLiteral("sslmode"))));
    } else if (m_certificate->text().trimmed().isEmpty()) {
        m_security->setText(tr("Encrypted, and the server's certificate is checked against the "
                               "CA certificate kept for your account on this computer. Choose "
                               "the commission's CA certificate if you were given one."));
    } else {
        m_security->setText(tr("Encrypted, and the server's certificate is checked against the "
                               "commission's CA certificate."));
    }
}
