#include "reportworkbooks.h"

#include "domain/dataerror.h"
#include "items/audittrailmodel.h"
#include "reports/yearlyreport.h"
#include "statistics/yearlystatistics.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "tableexport.h"
#include "workbookwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

qint64 ReportWorkbooks::writeAuditTrail(const Database &database, const AuditTrailModel &trail,
                                        const QString &path)
{
    const AuditTrailModel::Export entries = trail.exportEntries();
    WorkbookWriter writer(
        path, tr("Audit trail"), entries.headers,
        SettingsStore(database.connection()).value(Setting::ConfidentialityMarking));
    for (const QVariantList &row : entries.rows)
        writer.addRow(row);
    writer.addRow({});
    writer.addRow({entries.chainState});
    writer.finish();
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        QFile::remove(path);
        throw DataError(tr("%1 cannot be read back.").arg(QDir::toNativeSeparators(path)));
    }
    trail.auditExport(path, entries.rows.size(), QString::fromLatin1(hash.result().toHex()),
                      entries.chainHead);
    return entries.rows.size();
}

int ReportWorkbooks::writeYearlyStatistics(const Database &database, const QString &path, int year,
                                           const StatisticScope &scope)
{
    const StatisticsService service(database);
    const YearlyStatistics current = service.year(year, scope);
    const YearlyStatistics previous = service.year(year - 1, scope);
    QVector<QVariantList> rows;
    for (const QString &key : YearlyStatistics::keys()) {
        const qint64 now = current.counts.value(key);
        const qint64 before = previous.counts.value(key);
        rows << QVariantList{YearlyReport::figureName(key), now, before, now - before};
    }
    static const char *forms[] = {"第一种形态", "第二种形态", "第三种形态", "第四种形态"};
    for (int form = 0; form < 4; ++form)
        rows << QVariantList{QString::fromUtf8(forms[form]), current.fourForms[form],
                             previous.fourForms[form],
                             current.fourForms[form] - previous.fourForms[form]};
    // Chinese, like the printed page it stands beside.
    const QStringList headers
        = {QStringLiteral("指标"), QString::number(year) + QStringLiteral("年"),
           QString::number(year - 1) + QStringLiteral("年"), QStringLiteral("增减")};
    TableExport::write(database, path, QString::number(year) + QStringLiteral("年工作统计"),
                       QStringLiteral("yearly_statistics"), headers, rows);
    return int(rows.size());
}
