#include "timelinemodel.h"

#include "access/access.h"
#include "domain/cluestatemachine.h"
#include "domain/opinion.h"
#include "domain/recordkinds.h"
#include "domain/rules.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

TimelineModel::TimelineModel(const Database &database, qint64 cadreId, QObject *parent)
    : PagedTableModel(parent)
    , m_database(database)
    , m_db(database.connection())
    , m_cadreId(cadreId)
{
    reload();
}

void TimelineModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    reload();
}

QString TimelineModel::condition() const
{
    return m_kind.isEmpty() ? QStringLiteral(" WHERE cadre_id = ?")
                            : QStringLiteral(" WHERE cadre_id = ? AND kind = ?");
}

QVariantList TimelineModel::parameters() const
{
    QVariantList values{m_cadreId};
    if (!m_kind.isEmpty())
        values << m_kind;
    return values;
}

QString TimelineModel::workflowRank()
{
    // Entries of one day in the order the work went, newest first like the days: the clue
    // registered, then its steps in the workflow's order (分办, 拟处置 … 了结), then a case filed
    // on it, then the measures decided; not in the order of their kinds' names.
    static const QString rank = [] {
        QString steps;
        const QStringList states = ClueStateMachine::states();
        for (int i = 0; i < states.size(); ++i)
            steps += QStringLiteral(" WHEN '%1' THEN %2").arg(states.at(i)).arg(i + 1);
        return QStringLiteral(
                   "CASE kind WHEN 'clue' THEN 1 WHEN 'clue_step' THEN 1 + CASE detail%1 "
                   "ELSE 0 END WHEN 'case' THEN 100 WHEN 'sanction' THEN 200 WHEN "
                   "'organizational_handling' THEN 200 WHEN 'admonition' THEN 200 "
                   "ELSE 0 END")
            .arg(steps);
    }();
    return rank;
}

void TimelineModel::reload()
{
    if (!Access::mayReadDossier(m_database, m_cadreId)) {
        resetRows(0);
        return;
    }
    resetRows(Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cadre_timeline") + condition(),
                          parameters())
                  .toInt());
}

std::vector<TimelineRow> TimelineModel::readPage(int offset, int count)
{
    QVariantList values = parameters();
    values << count << offset;
    QSqlQuery query
        = Sql::run(m_db,
                   QStringLiteral("SELECT kind, record_id, date, detail, summary FROM "
                                  "cadre_timeline")
                       + condition() + QStringLiteral(" ORDER BY date DESC, ") + workflowRank()
                       + QStringLiteral(" DESC, kind, record_id DESC LIMIT ? OFFSET ?"),
                   values);
    std::vector<TimelineRow> entries;
    while (query.next()) {
        entries.push_back({query.value(0).toString(), query.value(1).toLongLong(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString().simplified()});
    }
    return entries;
}

QString TimelineModel::detailLabel(const QString &kind, const QString &detail)
{
    if (kind == QLatin1String("talk"))
        return Vocabulary::label(QStringLiteral("talks.kind"), detail);
    if (kind == QLatin1String("notice"))
        return Vocabulary::label(QStringLiteral("notices.kind"), detail);
    if (kind == QLatin1String("finding"))
        return Vocabulary::label(QStringLiteral("findings.status"), detail);
    if (kind == QLatin1String("clue") || kind == QLatin1String("clue_step"))
        return ClueStateMachine::stateLabel(detail);
    if (kind == QLatin1String("sanction"))
        return measureLabel(detail);
    if (kind == QLatin1String("organizational_handling"))
        return measureLabel(QStringLiteral("handling.") + detail);
    if (kind == QLatin1String("admonition"))
        return measureLabel(QStringLiteral("admonition"));
    if (kind == QLatin1String("self_examination_material"))
        return Vocabulary::label(QStringLiteral("self_examination_materials.meeting"), detail);
    if (kind == QLatin1String("warning_education"))
        return Vocabulary::label(QStringLiteral("warning_education_events.kind"), detail);
    if (kind == QLatin1String("integrity_opinion"))
        return opinionCategoryLabel(detail.toInt());
    if (kind == QLatin1String("personal_matters_report") || kind == QLatin1String("duty_report"))
        return tr("For %1").arg(detail);
    return detail;
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineRow &entry = rowAt(index.row());
    switch (role) {
    case KindRole:
        return entry.kind;
    case TableRole:
        return RecordKinds::tableOfTimelineKind(entry.kind);
    case RecordIdRole:
        return entry.recordId;
    case SortValueRole:
        switch (index.column()) {
        case DateColumn:
            return entry.date;
        case KindColumn:
            return entry.kind;
        case DetailColumn:
            return entry.detail;
        case SummaryColumn:
            return entry.summary;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QDate::fromString(entry.date, Qt::ISODate);
        case KindColumn:
            return RecordKinds::timelineKindLabel(entry.kind);
        case DetailColumn:
            return detailLabel(entry.kind, entry.detail);
        case SummaryColumn:
            return entry.summary;
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Detail");
    case SummaryColumn:
        return tr("About");
    default:
        return {};
    }
}
