#include "accountsdialog.h"

#include "access/accounts.h"
#include "domain/dataerror.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AccountsDialog::AccountsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Accounts"));
    resize(720, 420);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Person"), tr("Post"), tr("Role"),
                                        tr("Linked cadre"), tr("Units"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    const auto button = [&](const QString &text, void (AccountsDialog::*slot)()) {
        auto *push = new QPushButton(text, this);
        connect(push, &QPushButton::clicked, this, slot);
        row->addWidget(push);
    };
    button(tr("&New…"), &AccountsDialog::addAccount);
    button(tr("P&erson…"), &AccountsDialog::changeProfile);
    button(tr("Reset &Password…"), &AccountsDialog::resetPassword);
    button(tr("&Disable / Enable"), &AccountsDialog::toggleDisabled);
    button(tr("&Role…"), &AccountsDialog::changeRole);
    button(tr("&Units…"), &AccountsDialog::changeScope);
    button(tr("&Link to Cadre…"), &AccountsDialog::linkCadre);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

void AccountsDialog::reload()
{
    QVector<AccountInfo> accounts;
    try {
        accounts = Accounts(m_database).list();
    } catch (const DataError &error) {
        m_message->setText(error.message());
    }
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const AccountInfo &info = accounts.at(row);
        QStringList state;
        if (info.disabled)
            state << tr("disabled");
        if (info.lockedUntil.isValid() && info.lockedUntil > QDateTime::currentDateTimeUtc())
            state << tr("locked");
        if (info.mustChangePassword)
            state << tr("must change password");
        const QStringList cells
            = {info.name,
               info.realName,
               info.post,
               Roles::displayName(info.role),
               info.cadreId ? QStringLiteral("%1 %2").arg(info.cadreId).arg(info.cadreName)
                            : QString(),
               info.allUnits ? tr("all units") : tr("%n unit(s)", nullptr, int(info.units.size())),
               state.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, info.id);
            m_table->setItem(row, column, item);
        }
    }
}

qint64 AccountsDialog::currentAccount() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AccountsDialog::attempt(const std::function<void()> &change)
{
    try {
        change();
        m_message->clear();
    } catch (const DataError &error) {
        m_message->setText(error.message());
    }
    reload();
}

void AccountsDialog::addAccount()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New Account"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString password = QInputDialog::getText(
        this, tr("New Account"),
        tr("First password (the account must change it when it first signs in):"),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString person = QInputDialog::getText(this, tr("New Account"),
                                                 tr("The person's name, as papers print it:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString post = QInputDialog::getText(this, tr("New Account"), tr("The person's post:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    attempt([&] {
        Accounts accounts(m_database);
        const qint64 id = accounts.create(name, password);
        if (!person.trimmed().isEmpty() || !post.trimmed().isEmpty())
            accounts.setProfile(id, person, post);
    });
}

void AccountsDialog::changeProfile()
{
    const qint64 id = currentAccount();
    if (id == 0)
        return;
    const int row = m_table->currentRow();
    bool ok = false;
    const QString person = QInputDialog::getText(
        this, tr("Person"), tr("The person's name, as papers print it:"), QLineEdit::Normal,
        m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString(), &ok);
    if (!ok)
        return;
    const QString post = QInputDialog::getText(
        this, tr("Person"), tr("The person's post:"), QLineEdit::Normal,
        m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString(), &ok);
    if (ok)
        attempt([&] { Accounts(m_database).setProfile(id, person, post); });
}

void AccountsDialog::resetPassword()
{
    const qint64 id = currentAccount();
    if (id == 0)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset Password"), tr("New password:"),
                                                   QLineEdit::Password, {}, &ok);
    if (ok)
        attempt([&] { Accounts(m_database).resetPassword(id, password); });
}

void AccountsDialog::toggleDisabled()
{
    const qint64 id = currentAccount();
    if (id == 0)
        return;
    const bool disabled = m_table->item(m_table->currentRow(), 4)->text().contains(tr("disabled"));
    attempt([&] { Accounts(m_database).setDisabled(id, !disabled); });
}

void AccountsDialog::changeRole()
{
    const qint64 id = currentAccount();
    if (id == 0)
        return;
    QStringList names;
    const QList<Role> roles = {Role::None,    Role::Administrator, Role::SecurityOfficer,
                               Role::Auditor, Role::CaseOfficer,   Role::Reviewer};
    for (const Role role : roles)
        names << Roles::displayName(role);
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Role"), tr("Role:"), names, 0, false, &ok);
    if (ok)
        attempt([&] { Accounts(m_database).setRole(id, roles.at(names.indexOf(chosen))); });
}

void AccountsDialog::linkCadre()
{
    const qint64 id = currentAccount();
    if (id == 0)
        return;
    bool ok = false;
    const int cadre = QInputDialog::getInt(
        this, tr("Link to Cadre"),
        tr("The cadre this account belongs to (0: none). The account can never open that "
           "cadre's dossier, nor those of the cadre's close relatives."),
        0, 0, std::numeric_limits<int>::max(), 1, &ok);
    if (ok)
        attempt([&] { Accounts(m_database).linkCadre(id, cadre); });
}

void AccountsDialog::changeScope()
{
    const qint64 id = currentAccount();
    if (id == 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Units"), tr("Unit numbers separated by commas, or empty for all units:"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    QList<qint64> units;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        units << part.trimmed().toLongLong();
    attempt([&] { Accounts(m_database).setScope(id, units.isEmpty(), units); });
}
