#include "impactpreview.h"

#include "domain/period.h"
#include "storage/rulesstore.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace {

QString measureOf(const QString &table, const QVariantMap &values)
{
    const QString kind = values.value(QStringLiteral("kind")).toString();
    if (table == QLatin1String("admonitions"))
        return QStringLiteral("admonition");
    if (kind.isEmpty())
        return {};
    if (table == QLatin1String("organizational_handlings"))
        return QStringLiteral("handling.") + kind;
    const QString system = values.value(QStringLiteral("system")).toString();
    return system.isEmpty() ? QString() : system + QLatin1Char('.') + kind;
}

} // namespace

ImpactPreview::ImpactPreview(const QSqlDatabase &db, qint64 cadreId)
    : m_db(db)
    , m_cadreId(cadreId)
{}

std::optional<ImpactPeriod>
ImpactPreview::periodFor(const QString &table, const QVariantMap &values, qint64 recordId) const
{
    MeasureRecord entered;
    entered.id = -1;
    entered.measure = measureOf(table, values);
    entered.effectiveDate
        = QDate::fromString(values.value(QStringLiteral("effective_date")).toString(), Qt::ISODate);
    if (entered.measure.isEmpty() || !entered.effectiveDate.isValid())
        return std::nullopt;
    if (!values.value(QStringLiteral("probation_months")).isNull()
        && values.value(QStringLiteral("probation_months")).isValid())
        entered.probationMonths = values.value(QStringLiteral("probation_months")).toInt();
    entered.rightsRestoredDate = QDate::fromString(
        values.value(QStringLiteral("rights_restored_date")).toString(), Qt::ISODate);

    std::vector<MeasureRecord> records{entered};
    QSqlQuery others = Sql::run(
        m_db,
        QStringLiteral(
            "SELECT 'sanctions', id, system || '.' || kind, effective_date, probation_months, "
            "rights_restored_date FROM sanctions WHERE cadre_id = ? "
            "UNION ALL SELECT 'organizational_handlings', id, 'handling.' || kind, "
            "effective_date, NULL, NULL FROM organizational_handlings WHERE cadre_id = ? "
            "UNION ALL SELECT 'admonitions', id, 'admonition', effective_date, NULL, NULL "
            "FROM admonitions WHERE cadre_id = ?"),
        {m_cadreId, m_cadreId, m_cadreId});
    while (others.next()) {
        if (others.value(0).toString() == table && others.value(1).toLongLong() == recordId)
            continue;
        MeasureRecord record;
        record.id = qint64(records.size());
        record.measure = others.value(2).toString();
        record.effectiveDate = QDate::fromString(others.value(3).toString(), Qt::ISODate);
        if (!others.value(4).isNull())
            record.probationMonths = others.value(4).toInt();
        record.rightsRestoredDate = QDate::fromString(others.value(5).toString(), Qt::ISODate);
        records.push_back(record);
    }
    for (const ImpactPeriod &impact : computeImpactPeriods(records, RulesStore::load(m_db))) {
        if (impact.id == -1)
            return impact;
    }
    return std::nullopt;
}

QString ImpactPreview::describe(const QString &table, const QVariantMap &values,
                                qint64 recordId) const
{
    const std::optional<ImpactPeriod> impact = periodFor(table, values, recordId);
    if (!impact)
        return tr("Computed once the measure and its effective date are chosen.");
    QStringList lines;
    if (impact->hasPeriod())
        lines << displayPeriod(impact->period);
    lines << impact->notes;
    return lines.join(QLatin1Char('\n'));
}
