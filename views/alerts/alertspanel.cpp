#include "alertspanel.h"

#include "alerts/alertlistmodel.h"
#include "alerts/alertservice.h"
#include "dashboard/recordsdialog.h"
#include "dialogs/modelexport.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "storage/database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

AlertsPanel::AlertsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    m_kind->addItem(tr("All kinds"));
    for (Alert::Kind kind : Alert::kinds())
        m_kind->addItem(Alert::kindLabel(kind), int(kind));
    m_urgency->addItem(tr("Any urgency"));
    for (Alert::Urgency urgency :
         {Alert::Urgency::Overdue, Alert::Urgency::DueSoon, Alert::Urgency::Upcoming})
        m_urgency->addItem(Alert::urgencyLabel(urgency), int(urgency));
    m_text->setPlaceholderText(tr("Filter by name, unit or text"));
    m_text->setClearButtonEnabled(true);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AlertListModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertListModel::UrgencyColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_urgency);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_summary);
    m_export = new QPushButton(tr("Export to Excel…"), this);
    m_export->setObjectName(QStringLiteral("exportAlerts"));
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertsPanel::applyFilters);
    connect(m_urgency, &QComboBox::currentIndexChanged, this, &AlertsPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &AlertsPanel::applyFilters);
    connect(m_table, &QTableView::activated, this, &AlertsPanel::activate);
    // The list as filtered and sorted, for the meeting that goes through it.
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_database)
            exportModelToExcel(this, *m_database, *m_sorted, tr("Alerts and to-do"),
                               QStringLiteral("alerts"));
    });
}

void AlertsPanel::setDatabase(const Database *database, QDate today)
{
    // A file being closed (to be restored over, say) is no longer read from another thread.
    if (database != m_database)
        waitForWorkers();
    m_database = database;
    m_today = today;
    m_export->setEnabled(database != nullptr);
    refresh();
}

AlertsPanel::~AlertsPanel()
{
    waitForWorkers();
}

void AlertsPanel::waitForWorkers()
{
    for (QThread *worker : std::as_const(m_workers))
        worker->wait();
}

void AlertsPanel::refresh()
{
    ++m_generation;
    m_pending = false;
    if (m_database && m_database->isFile() && m_database->session()) {
        computeInBackground();
        return;
    }
    QVector<Alert> alerts;
    if (m_database) {
        try {
            alerts = AlertService(*m_database).alerts(m_today);
        } catch (const DataError &error) {
            // An account that may not read records sees no alerts, and why.
            m_summary->setText(error.message());
            m_model->setAlerts({});
            return;
        }
    }
    showAlerts(alerts);
}

void AlertsPanel::computeInBackground()
{
    // The alerts shown so far stay until the new ones are ready; the summary says why.
    m_pending = true;
    m_summary->setText(tr("Computing what is due…"));
    struct Outcome
    {
        QVector<Alert> alerts;
        QString problem;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_database->path();
    const Session session = *m_database->session(); // copied here, on the window's thread
    const QDate today = m_today;
    QThread *worker = QThread::create([outcome, path, session, today] {
        try {
            outcome->alerts = AlertService::alertsOnAConnectionOfTheirOwn(path, session, today);
        } catch (const DataError &error) {
            outcome->problem = error.message();
        } catch (const std::exception &error) {
            outcome->problem = QString::fromLocal8Bit(error.what());
        }
    });
    m_workers.append(worker);
    const int generation = m_generation;
    connect(worker, &QThread::finished, this, [this, worker, outcome, generation] {
        m_workers.removeOne(worker);
        worker->deleteLater();
        if (generation != m_generation)
            return;
        m_pending = false;
        if (!outcome->problem.isEmpty()) {
            m_summary->setText(outcome->problem);
            m_model->setAlerts({});
            return;
        }
        showAlerts(outcome->alerts);
    });
    worker->start(QThread::LowPriority);
}

void AlertsPanel::showAlerts(const QVector<Alert> &alerts)
{
    m_model->setAlerts(alerts);
    m_table->resizeColumnsToContents();
    updateSummary();
}

void AlertsPanel::applyFilters()
{
    const QVariant kind = m_kind->currentData();
    m_model->setKindFilter(kind.isValid() ? std::optional(Alert::Kind(kind.toInt()))
                                          : std::nullopt);
    const QVariant urgency = m_urgency->currentData();
    m_model->setUrgencyFilter(urgency.isValid() ? std::optional(Alert::Urgency(urgency.toInt()))
                                                : std::nullopt);
    m_model->setTextFilter(m_text->text());
    updateSummary();
}

void AlertsPanel::updateSummary()
{
    int overdue = 0;
    for (const Alert &alert : m_model->allAlerts()) {
        if (alert.urgency == Alert::Urgency::Overdue)
            ++overdue;
    }
    m_summary->setText(tr("%1 shown of %2; %3 overdue")
                           .arg(m_model->rowCount())
                           .arg(m_model->allAlerts().size())
                           .arg(overdue));
}

void AlertsPanel::activate(const QModelIndex &index)
{
    const qint64 cadreId = index.data(AlertListModel::CadreIdRole).toLongLong();
    if (cadreId > 0) {
        emit dossierRequested(cadreId);
        return;
    }
    // An alert about a unit opens the unit's records behind it.
    const QModelIndex source = m_sorted->mapToSource(index);
    if (!source.isValid() || !m_database)
        return;
    const Alert alert = m_model->alertAt(source.row());
    try {
        const QVector<CountedRecord> records = AlertService(*m_database).recordsBehind(alert);
        const QString title
            = alert.concerning.isEmpty()
                  ? Alert::kindLabel(alert.kind)
                  : tr("%1: %2").arg(alert.concerning, Alert::kindLabel(alert.kind));
        auto *dialog = new RecordsDialog(title, records, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RecordsDialog::dossierRequested, this, &AlertsPanel::dossierRequested);
        dialog->show();
    } catch (const DataError &error) {
        QMessageBox::warning(this, tr("Alerts and To-Do"), error.message());
    }
}
