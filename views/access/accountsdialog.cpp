#include "accountsdialog.h"

#include "access/accounts.h"
#include "dialogs/cadrepickerdialog.h"
#include "domain/dataerror.h"
#include "records/referencechoices.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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
    m_table = new QTableWidget(0, 7, this);
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
               info.cadreId ? info.cadreName : QString(),
               info.allUnits ? tr("all units") : tr("%n unit(s)", nullptr, int(info.units.size())),
               state.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, info.id);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, DisabledColumn)->setData(Qt::UserRole + 1, info.disabled);
        m_table->item(row, LinkColumn)->setData(Qt::UserRole + 1, info.cadreId);
        QVariantList units;
        for (const qint64 unit : info.units)
            units << unit;
        m_table->item(row, UnitsColumn)->setData(Qt::UserRole + 1, info.allUnits);
        m_table->item(row, UnitsColumn)->setData(Qt::UserRole + 2, units);
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
    const bool disabled
        = m_table->item(m_table->currentRow(), DisabledColumn)->data(Qt::UserRole + 1).toBool();
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
    // Linked already: the link may go, or another cadre take its place.
    const qint64 linked
        = m_table->item(m_table->currentRow(), LinkColumn)->data(Qt::UserRole + 1).toLongLong();
    if (linked != 0) {
        QMessageBox question(QMessageBox::Question, tr("Link to Cadre"),
                             tr("This account belongs to %1. The account can never open that "
                                "cadre's dossier, nor those of the cadre's close relatives.")
                                 .arg(m_table->item(m_table->currentRow(), LinkColumn)->text()),
                             QMessageBox::Cancel, this);
        QPushButton *other
            = question.addButton(tr("Choose Another Cadre…"), QMessageBox::AcceptRole);
        QPushButton *remove
            = question.addButton(tr("Remove the Link"), QMessageBox::DestructiveRole);
        question.exec();
        if (question.clickedButton() == remove) {
            attempt([&] { Accounts(m_database).linkCadre(id, 0); });
            return;
        }
        if (question.clickedButton() != other)
            return;
    }
    CadrePickerDialog picker(m_database, 0, this);
    picker.setWindowTitle(tr("The Cadre This Account Belongs To"));
    if (picker.exec() == QDialog::Accepted && picker.cadreId() != 0)
        attempt([&] { Accounts(m_database).linkCadre(id, picker.cadreId()); });
}

void AccountsDialog::changeScope()
{
    const qint64 id = currentAccount();
    if (id == 0)
        return;
    const QTableWidgetItem *current = m_table->item(m_table->currentRow(), UnitsColumn);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Units"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *all = new QCheckBox(tr("All units"), &dialog);
    all->setObjectName(QStringLiteral("allUnits"));
    all->setChecked(current->data(Qt::UserRole + 1).toBool());
    layout->addWidget(all);
    layout->addWidget(new QLabel(tr("Or only these units, with the units below them:")));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("units"));
    const QVariantList chosen = current->data(Qt::UserRole + 2).toList();
    for (const auto &[unit, name] : ReferenceChoices(m_database, 0).units()) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, unit);
        item->setCheckState(chosen.contains(unit) ? Qt::Checked : Qt::Unchecked);
    }
    list->setEnabled(!all->isChecked());
    connect(all, &QCheckBox::toggled, list, [list](bool checked) { list->setEnabled(!checked); });
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(420, 480);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> units;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            units << list->item(row)->data(Qt::UserRole).toLongLong();
    const bool everything = all->isChecked() || units.isEmpty();
    attempt([&] {
        Accounts(m_database).setScope(id, everything, everything ? QList<qint64>() : units);
    });
}
