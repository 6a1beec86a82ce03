#include "spreadsheetimportdialog.h"

#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "spreadsheets/importcommand.h"
#include "spreadsheets/ledgercolumns.h"
#include "spreadsheets/rostercolumns.h"
#include "spreadsheets/sheetfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QColor problemColour(0xb3, 0x26, 0x1e);

QString actionText(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::New:
        return SpreadsheetImportDialog::tr("New");
    case ImportRow::Action::Update:
        return SpreadsheetImportDialog::tr("Update");
    case ImportRow::Action::Same:
        return SpreadsheetImportDialog::tr("Same");
    case ImportRow::Action::Refused:
        return SpreadsheetImportDialog::tr("Problem");
    }
    return {};
}

bool isRoster(const QString &kind)
{
    return kind == QLatin1String("cadres");
}

QStringList fieldsOf(const QString &kind)
{
    return isRoster(kind) ? RosterColumns::fields() : LedgerColumns::fields(kind);
}

QString labelOf(const QString &kind, const QString &field)
{
    return isRoster(kind) ? RosterColumns::fieldLabel(field)
                          : LedgerColumns::fieldLabel(kind, field);
}

// The columns a user set for each kind, kept on this PC for the next file of that kind.
QString settingsKey(const QString &kind)
{
    return QStringLiteral("spreadsheetImport/columns/") + kind;
}

QHash<QString, QString> savedChoices(const QString &kind)
{
    QHash<QString, QString> chosen;
    const QVariantMap saved = QSettings().value(settingsKey(kind)).toMap();
    const QStringList fields = fieldsOf(kind);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        if (it.value().toString().isEmpty() || fields.contains(it.value().toString()))
            chosen.insert(it.key(), it.value().toString());
    return chosen;
}

} // namespace

SpreadsheetImportDialog::SpreadsheetImportDialog(Database &database, const SheetFile &file,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_file(file)
{
    setWindowTitle(tr("Import from Excel"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(QDir::toNativeSeparators(file.path()));
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    form->addRow(tr("File:"), fileLabel);
    m_kinds = new QComboBox;
    m_kinds->setObjectName(QStringLiteral("kinds"));
    m_kinds->addItem(tr("Roster of cadres (花名册)"), QStringLiteral("cadres"));
    for (const QString &table : LedgerColumns::kinds())
        m_kinds->addItem(tr("Ledger of %1").arg(RecordKinds::title(table)), table);
    form->addRow(tr("The sheet holds:"), m_kinds);
    m_sheets = new QComboBox;
    m_sheets->setObjectName(QStringLiteral("sheets"));
    for (const QString &name : file.sheetNames())
        m_sheets->addItem(name.isEmpty() ? tr("(the whole file)") : name);
    form->addRow(tr("Sheet:"), m_sheets);
    m_headerRow = new QSpinBox;
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(0, 50);
    m_headerRow->setSpecialValueText(tr("found by itself"));
    form->addRow(tr("Headers in row:"), m_headerRow);
    layout->addLayout(form);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_units = new QLabel;
    m_units->setObjectName(QStringLiteral("units"));
    m_units->setWordWrap(true);
    layout->addWidget(m_units);

    auto *splitter = new QSplitter(Qt::Horizontal);
    m_columns = new QTableWidget(0, 2);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Read as")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_columns);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("rows"));
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Name"), tr("What happens"), tr("Changes or problems")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SpreadsheetImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // What the first sheet holds, guessed from its headers; a roster when nothing fits.
    QVector<QPair<int, QStringList>> firstRows;
    file.read(0, [&firstRows](int number, const QStringList &cells) {
        firstRows.append({number, cells});
        return firstRows.size() < 20;
    });
    const QString guessed = LedgerColumns::guessKind(firstRows);
    m_kinds->setCurrentIndex(qMax(0, m_kinds->findData(guessed)));
    m_chosen = savedChoices(kind());
    refresh();

    const auto again = [this] {
        if (m_showing)
            return;
        try {
            refresh();
        } catch (const DataError &error) {
            QMessageBox::warning(this, windowTitle(), error.message());
        }
    };
    connect(m_kinds, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, again] {
        m_chosen = savedChoices(kind());
        again();
    });
    connect(m_sheets, qOverload<int>(&QComboBox::currentIndexChanged), this, again);
    connect(m_headerRow, qOverload<int>(&QSpinBox::valueChanged), this, again);
    resize(1100, 650);
}

SpreadsheetImportDialog::~SpreadsheetImportDialog() = default;

QString SpreadsheetImportDialog::kind() const
{
    return m_kinds->currentData().toString();
}

void SpreadsheetImportDialog::setKind(const QString &kind)
{
    m_kinds->setCurrentIndex(m_kinds->findData(kind));
}

const ImportSource &SpreadsheetImportDialog::source() const
{
    return isRoster(kind()) ? static_cast<const ImportSource &>(m_roster)
                            : static_cast<const ImportSource &>(m_ledger);
}

int SpreadsheetImportDialog::count(ImportRow::Action action) const
{
    return isRoster(kind()) ? m_roster.count(action) : m_ledger.count(action);
}

void SpreadsheetImportDialog::chooseField(int column, const QString &field)
{
    m_chosen.insert(source().headers.value(column), field);
    refresh();
}

std::unique_ptr<ImportCommand> SpreadsheetImportDialog::takeCommand()
{
    return std::move(m_command);
}

void SpreadsheetImportDialog::refresh()
{
    m_roster = {};
    m_ledger = {};
    const int sheet = m_sheets->currentIndex();
    const int headerRow = m_headerRow->value();
    // A large file is read and tried with a progress bar, and can be given up.
    QProgressDialog progress(tr("Reading and checking the sheet…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(800);
    const ImportProgress report = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(total == 0 ? 0 : done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    try {
        if (isRoster(kind())) {
            RosterImport importer(m_database);
            importer.setProgress(report);
            m_roster = importer.plan(m_file, sheet, headerRow, m_chosen);
        } else {
            LedgerImport importer(m_database);
            importer.setProgress(report);
            m_ledger = importer.plan(m_file, kind(), sheet, headerRow, m_chosen);
        }
    } catch (const DataError &error) {
        // A sheet with no header row for this kind: say what is looked for, show nothing.
        m_summary->setText(error.message());
        m_units->hide();
        m_columns->setRowCount(0);
        m_table->setRowCount(0);
        m_import->setEnabled(false);
        return;
    }
    showColumns();
    showRows();
}

void SpreadsheetImportDialog::showColumns()
{
    m_showing = true;
    const ImportSource &plan = source();
    m_columns->setRowCount(0);
    m_columns->setRowCount(int(plan.headers.size()));
    const QStringList fields = fieldsOf(kind());
    for (int column = 0; column < plan.headers.size(); ++column) {
        const QString header = plan.headers.at(column).trimmed();
        auto *item = new QTableWidgetItem(header.isEmpty() ? tr("(no header)") : header);
        m_columns->setItem(column, 0, item);
        auto *choice = new QComboBox;
        choice->addItem(tr("(left out)"), QString());
        for (const QString &field : fields)
            choice->addItem(labelOf(kind(), field), field);
        choice->setCurrentIndex(qMax(0, choice->findData(plan.fields.value(column))));
        choice->setEnabled(!header.isEmpty());
        connect(choice, qOverload<int>(&QComboBox::currentIndexChanged), this,
                [this, column, choice] {
                    if (!m_showing)
                        chooseField(column, choice->currentData().toString());
                });
        m_columns->setCellWidget(column, 1, choice);
    }
    m_columns->resizeColumnsToContents();
    m_showing = false;
}

QVector<const ImportRow *> SpreadsheetImportDialog::rows() const
{
    QVector<const ImportRow *> all;
    if (isRoster(kind()))
        for (const RosterRow &row : m_roster.rows)
            all << &row;
    else
        for (const LedgerRow &row : m_ledger.rows)
            all << &row;
    return all;
}

QString SpreadsheetImportDialog::detailsOf(const ImportRow &row) const
{
    if (row.action == ImportRow::Action::Refused)
        return row.problems.join(QStringLiteral("; "));
    if (row.action == ImportRow::Action::New && isRoster(kind())) {
        // A new cadre shows where it goes.
        const auto &cadre = static_cast<const RosterRow &>(row);
        QStringList place
            = {cadre.unitPath, cadre.values.value(QStringLiteral("position")).toString()};
        place.removeAll(QString());
        return place.join(QStringLiteral(" · "));
    }
    if (row.action == ImportRow::Action::New) {
        const auto &record = static_cast<const LedgerRow &>(row);
        if (record.recordRow != 0)
            return tr("with row %1").arg(record.recordRow);
        return RecordKinds::title(kind());
    }
    return row.changes.join(QStringLiteral("; "));
}

void SpreadsheetImportDialog::showRows()
{
    const ImportSource &plan = source();
    const int problems = count(ImportRow::Action::Refused);
    QString summary = tr("Headers in row %1. %2 new, %3 to update, %4 the same.")
                          .arg(plan.headerRow)
                          .arg(count(ImportRow::Action::New))
                          .arg(count(ImportRow::Action::Update))
                          .arg(count(ImportRow::Action::Same));
    if (problems > 0)
        summary += QLatin1Char(' ')
                   + tr("%n row(s) with problems to fix in the file first; nothing is imported "
                        "while one is left.",
                        "", problems);
    if (!plan.ignoredHeaders.isEmpty())
        summary += QLatin1Char(' ')
                   + tr("Columns left out: %1.").arg(plan.ignoredHeaders.join(tr(", ")));
    m_summary->setText(summary);
    const QStringList newUnits = isRoster(kind()) ? m_roster.newUnits : QStringList();
    m_units->setText(newUnits.isEmpty() ? QString()
                                        : tr("New units: %1").arg(newUnits.join(tr(", "))));
    m_units->setVisible(!newUnits.isEmpty());

    const QVector<const ImportRow *> all = rows();
    m_table->setRowCount(0);
    m_table->setRowCount(int(all.size()));
    for (int index = 0; index < all.size(); ++index) {
        const ImportRow &row = *all.at(index);
        const QStringList cells
            = {QString::number(row.row), row.name, actionText(row.action), detailsOf(row)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (row.action == ImportRow::Action::Refused)
                item->setForeground(problemColour);
            m_table->setItem(index, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    const bool anything = count(ImportRow::Action::New) > 0 || count(ImportRow::Action::Update) > 0;
    m_import->setEnabled(problems == 0 && anything);
}

void SpreadsheetImportDialog::accept()
{
    Database &database = m_database;
    // Progress is shown the first time; a redo from the undo history writes without it.
    QProgressDialog progressDialog(tr("Importing…"), tr("Cancel"), 0, 0, this);
    progressDialog.setWindowModality(Qt::WindowModal);
    progressDialog.setMinimumDuration(800);
    auto progress = std::make_shared<ImportProgress>([&progressDialog](int done, int total) {
        progressDialog.setMaximum(total);
        progressDialog.setValue(total == 0 ? 0 : done);
        QCoreApplication::processEvents();
        return !progressDialog.wasCanceled();
    });
    std::function<ImportReceipt()> write;
    if (isRoster(kind())) {
        const RosterPlan plan = m_roster;
        write = [&database, plan, progress] {
            RosterImport importer(database);
            importer.setProgress(*progress);
            return importer.apply(plan);
        };
    } else {
        const LedgerPlan plan = m_ledger;
        write = [&database, plan, progress] {
            LedgerImport importer(database);
            importer.setProgress(*progress);
            return importer.apply(plan);
        };
    }
    auto command = std::make_unique<ImportCommand>(
        m_database, tr("Import %1").arg(QFileInfo(m_file.path()).fileName()), write);
    try {
        command->execute();
    } catch (const DataError &error) {
        *progress = nullptr;
        progressDialog.reset();
        QMessageBox::warning(this, windowTitle(), error.message());
        return;
    }
    *progress = nullptr;
    progressDialog.reset();
    m_command = std::move(command);
    // The columns chosen for this kind are kept for its next file.
    QVariantMap saved = QSettings().value(settingsKey(kind())).toMap();
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
        saved.insert(it.key(), it.value());
    QSettings().setValue(settingsKey(kind()), saved);
    QDialog::accept();
}
