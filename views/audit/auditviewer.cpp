#include "auditviewer.h"

#include "spreadsheets/reportworkbooks.h"

#include "access/accountreview.h"
#include "access/auditseals.h"
#include "domain/dataerror.h"
#include "items/audittrailmodel.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AuditViewer::AuditViewer(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_model(new AuditTrailModel(database, this))
{
    setWindowTitle(tr("Audit Trail"));
    resize(960, 560);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("account"));
    m_cadre = new QLineEdit(this);
    m_cadre->setPlaceholderText(tr("cadre's name or dossier number"));
    m_action = new QComboBox(this);
    m_action->addItem(tr("every action"), QString());
    const QList<QPair<QString, QString>> actions
        = {{tr("dossier views"), QStringLiteral("dossier.view")},
           {tr("prints"), QStringLiteral("print")},
           {tr("new records"), QStringLiteral("create")},
           {tr("changes"), QStringLiteral("update")},
           {tr("deletions"), QStringLiteral("delete")},
           {tr("exports"), QStringLiteral("export")},
           {tr("imports"), QStringLiteral("import")},
           {tr("sign-ins"), QStringLiteral("login")},
           {tr("failed sign-ins"), QStringLiteral("login.failed")},
           {tr("refusals"), QStringLiteral("access.refused")},
           {tr("accounts and roles"), QStringLiteral("account.")},
           {tr("backups"), QStringLiteral("backup")},
           {tr("seals"), QStringLiteral("audit.seal")},
           {tr("restores"), QStringLiteral("restore")}};
    for (const auto &action : actions)
        m_action->addItem(action.first, action.second);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *apply = new QPushButton(tr("&Show"), this);
    filters->addWidget(m_user);
    filters->addWidget(m_cadre);
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(apply);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    m_chain = new QLabel(this);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chain->setWordWrap(true);
    layout->addWidget(m_chain);
    m_accountChanges = new QLabel(this);
    m_accountChanges->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accountChanges->setWordWrap(true);
    layout->addWidget(m_accountChanges);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_sealButton = buttons->addButton(tr("&Seal the Trail"), QDialogButtonBox::ActionRole);
    m_sealButton->setToolTip(tr("Sign the trail as it stands with your key, in the database and "
                                "in the seal file outside it"));
    m_acknowledgeButton
        = buttons->addButton(tr("&Acknowledge Account Changes"), QDialogButtonBox::ActionRole);
    m_acknowledgeButton->setToolTip(tr("Record in the trail that you have read the account "
                                       "changes listed above"));
    connect(m_acknowledgeButton, &QPushButton::clicked, this,
            &AuditViewer::acknowledgeAccountChanges);
    connect(exportButton, &QPushButton::clicked, this, &AuditViewer::chooseExport);
    connect(m_sealButton, &QPushButton::clicked, this, &AuditViewer::sealNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(apply, &QPushButton::clicked, this, &AuditViewer::applyFilter);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditViewer::applyFilter);
    connect(m_cadre, &QLineEdit::returnPressed, this, &AuditViewer::applyFilter);
    layout->addWidget(buttons);
    applyFilter();
}

bool AuditViewer::applyFilter()
{
    AuditFilter filter;
    filter.user = m_user->text().trimmed();
    filter.cadre = m_cadre->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    try {
        m_model->setFilter(filter);
        const QSqlDatabase db = m_database.connection();
        const AuditLog::Verification chain = AuditLog::verify(db);
        QString text = chain.intact
                           ? tr("%n entries shown. The chain of %1 entries is intact; its head "
                                "is %2.",
                                nullptr, m_model->rowCount())
                                 .arg(chain.entries)
                                 .arg(chain.headHash)
                           : tr("The chain is BROKEN: %1.").arg(chain.problem);
        const AuditSeals::Verification seals
            = AuditSeals::verify(db, AuditSeals::sealFile(db, m_database.path()));
        text += QLatin1Char(' ')
                + (seals.seals == 0 ? tr("The trail has not been sealed yet.")
                   : seals.firstBroken.isEmpty()
                       ? tr("%n seal(s) checked, all of them matching.", nullptr, seals.seals)
                       : tr("SEALS BROKEN: %1").arg(seals.firstBroken));
        m_chain->setText(text);
        showAccountChanges();
        return true;
    } catch (const DataError &error) {
        m_chain->setText(error.message());
        return false;
    }
}

void AuditViewer::exportTrail(const QString &path)
{
    try {
        // A workbook, or CSV for other tools.
        const qint64 rows = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                ? m_model->exportCsv(path)
                                : ReportWorkbooks::writeAuditTrail(m_database, *m_model, path);
        m_chain->setText(tr("%n entries exported to %1 with the chain head.", nullptr, int(rows))
                             .arg(QDir::toNativeSeparators(path)));
    } catch (const DataError &error) {
        m_chain->setText(error.message());
    }
}

bool AuditViewer::sealNow()
{
    try {
        if (!AuditSeals(m_database).seal(QStringLiteral("on demand"))) {
            m_chain->setText(tr("Nothing was sealed: your account has no signing key until you "
                                "have set a password of your own."));
            return false;
        }
        applyFilter();
        return true;
    } catch (const DataError &error) {
        m_chain->setText(error.message());
        return false;
    }
}

void AuditViewer::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Trail"), QStringLiteral("audit-trail.xlsx"),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTrail(path);
}

void AuditViewer::showAccountChanges()
{
    const QVector<AccountChange> changes = AccountReview(m_database).pending();
    m_lastPending = changes.isEmpty() ? 0 : changes.last().entry;
    m_acknowledgeButton->setEnabled(!changes.isEmpty());
    if (changes.isEmpty()) {
        m_accountChanges->setText(tr("No account change waits for your acknowledgement."));
        return;
    }
    QStringList lines{
        tr("%n account change(s) wait for your acknowledgement:", nullptr, int(changes.size()))};
    constexpr int shown = 8;
    for (int i = 0; i < int(changes.size()) && i < shown; ++i) {
        const AccountChange &change = changes.at(i);
        const QString at = QDateTime::fromString(change.at, Qt::ISODateWithMs)
                               .toLocalTime()
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        lines << tr("%1  %2: %3, by %4").arg(at, change.account, change.change, change.by);
    }
    if (changes.size() > shown)
        lines << tr("and %n more (filter by \"accounts and roles\").", nullptr,
                    int(changes.size()) - shown);
    m_accountChanges->setText(lines.join(QLatin1Char('\n')));
}

bool AuditViewer::acknowledgeAccountChanges()
{
    try {
        if (m_lastPending == 0)
            return false;
        AccountReview(m_database).acknowledge(m_lastPending);
        applyFilter();
        return true;
    } catch (const DataError &error) {
        m_accountChanges->setText(error.message());
        return false;
    }
}
