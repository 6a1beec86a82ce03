#include "measurelistmodel.h"

#include "access/access.h"
#include "domain/impactperiods.h"
#include "domain/rules.h"
#include "storage/database.h"
#include "storage/rulesstore.h"
#include "storage/sql.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

MeasureListModel::MeasureListModel(const Database &database, qint64 cadreId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_db(database.connection())
    , m_cadreId(cadreId)
    , m_asOf(QDate::currentDate())
{
    reload();
}

void MeasureListModel::setAsOf(QDate day)
{
    m_asOf = day;
    reload();
}

void MeasureListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!Access::mayReadDossier(m_database, m_cadreId)) {
        endResetModel();
        return;
    }
    QSqlQuery query = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT 'sanctions', m.id, m.system || '.' || m.kind, m.effective_date, "
            "m.probation_months, m.rights_restored_date, c.number, m.decided_by "
            "FROM sanctions m LEFT JOIN cases c ON c.id = m.case_id WHERE m.cadre_id = ? "
            "UNION ALL SELECT 'organizational_handlings', m.id, 'handling.' || m.kind, "
            "m.effective_date, NULL, NULL, c.number, m.decided_by "
            "FROM organizational_handlings m LEFT JOIN cases c ON c.id = m.case_id "
            "WHERE m.cadre_id = ? "
            "UNION ALL SELECT 'admonitions', m.id, 'admonition', m.effective_date, NULL, NULL, "
            "c.number, m.decided_by FROM admonitions m LEFT JOIN cases c ON c.id = m.case_id "
            "WHERE m.cadre_id = ?"),
        {m_cadreId, m_cadreId, m_cadreId});
    std::vector<MeasureRecord> records;
    while (query.next()) {
        Row row;
        row.table = query.value(0).toString();
        row.id = query.value(1).toLongLong();
        row.measure = query.value(2).toString();
        row.effective = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        row.caseNumber = query.value(6).toString();
        row.decidedBy = query.value(7).toString();
        MeasureRecord record;
        // The three tables' ids may coincide: the computation gets the row's position instead.
        record.id = qint64(m_rows.size());
        record.measure = row.measure;
        record.effectiveDate = row.effective;
        if (!query.value(4).isNull())
            record.probationMonths = query.value(4).toInt();
        record.rightsRestoredDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        records.push_back(record);
        m_rows.push_back(row);
    }
    for (const ImpactPeriod &impact : computeImpactPeriods(records, RulesStore::load(m_db))) {
        Row &row = m_rows.at(std::size_t(impact.id));
        row.period = impact.period;
        row.notes = impact.notes;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.effective > b.effective; });
    endResetModel();
}

qint64 MeasureListModel::recordId(const QModelIndex &index) const
{
    return index.isValid() && index.row() < int(m_rows.size()) ? m_rows.at(index.row()).id : 0;
}

QString MeasureListModel::table(const QModelIndex &index) const
{
    return index.isValid() && index.row() < int(m_rows.size()) ? m_rows.at(index.row()).table
                                                               : QString();
}

QString MeasureListModel::stateText(const Row &row) const
{
    if (!row.period.isValid())
        return tr("No impact period");
    if (row.period.contains(m_asOf))
        return row.period.permanent ? tr("Permanent") : tr("In effect");
    if (row.period.hasEndedBy(m_asOf))
        return tr("Ended");
    return tr("Not yet in effect");
}

int MeasureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool inEffect = row.period.contains(m_asOf);
    switch (role) {
    case RecordIdRole:
        return row.id;
    case TableRole:
        return row.table;
    case InEffectRole:
        return inEffect;
    case Qt::ToolTipRole:
        return row.notes.isEmpty() ? QVariant() : QVariant(row.notes.join(QLatin1Char('\n')));
    case Qt::ForegroundRole:
        if (index.column() == ImpactStateColumn && inEffect)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case SortValueRole:
        switch (index.column()) {
        case EffectiveDateColumn:
            return row.effective.toString(Qt::ISODate);
        case MeasureColumn:
            return row.measure;
        case ImpactPeriodColumn:
            return row.period.last.toString(Qt::ISODate);
        case ImpactStateColumn:
            return inEffect;
        case CaseColumn:
            return row.caseNumber;
        case DecidedByColumn:
            return row.decidedBy;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case EffectiveDateColumn:
            return row.effective;
        case MeasureColumn:
            return measureLabel(row.measure);
        case ImpactPeriodColumn:
            return displayPeriod(row.period);
        case ImpactStateColumn:
            return stateText(row);
        case CaseColumn:
            return row.caseNumber;
        case DecidedByColumn:
            return row.decidedBy;
        }
        return {};
    default:
        return {};
    }
}

QVariant MeasureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EffectiveDateColumn:
        return tr("Effective on");
    case MeasureColumn:
        return tr("Measure");
    case ImpactPeriodColumn:
        return tr("Impact period");
    case ImpactStateColumn:
        return tr("Status");
    case CaseColumn:
        return tr("Case");
    case DecidedByColumn:
        return tr("Decided by");
    default:
        return {};
    }
}
