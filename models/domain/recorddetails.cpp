#include "recorddetails.h"

#include "vocabulary.h"

namespace {

// The items of 《领导干部报告个人有关事项规定》: 1–8 family matters, 9–14 income and assets.
const char *const personalMattersItems[] = {
    QT_TRANSLATE_NOOP("RecordDetailKinds", "Own marriage"),
    QT_TRANSLATE_NOOP("RecordDetailKinds", "Ordinary passports held and private trips abroad"),
    QT_TRANSLATE_NOOP("RecordDetailKinds",
                      "Permits for Hong Kong, Macao and Taiwan, and private trips there"),
    QT_TRANSLATE_NOOP("RecordDetailKinds", "Children married to foreigners or stateless persons"),
    QT_TRANSLATE_NOOP("RecordDetailKinds",
                      "Children married to residents of Hong Kong, Macao or Taiwan"),
    QT_TRANSLATE_NOOP("RecordDetailKinds", "Spouse or children settled or living abroad"),
    QT_TRANSLATE_NOOP("RecordDetailKinds", "Employment of the spouse, children and their spouses"),
    QT_TRANSLATE_NOOP("RecordDetailKinds",
                      "Spouse, children or their spouses held criminally liable"),
    QT_TRANSLATE_NOOP("RecordDetailKinds", "Own salary, bonuses, allowances and subsidies"),
    QT_TRANSLATE_NOOP("RecordDetailKinds",
                      "Own income from lecturing, writing, consulting, reviewing or art"),
    QT_TRANSLATE_NOOP("RecordDetailKinds", "Real estate of the cadre, spouse and children at home"),
    QT_TRANSLATE_NOOP("RecordDetailKinds",
                      "Securities, shares, futures, funds, investment insurance and wealth "
                      "products"),
    QT_TRANSLATE_NOOP("RecordDetailKinds",
                      "Businesses run or invested in by the spouse, children and their spouses"),
    QT_TRANSLATE_NOOP("RecordDetailKinds",
                      "Deposits and investments abroad of the cadre, spouse and children"),
};

} // namespace

QVector<QVariantMap> DetailKind::rowsFor(const QVector<QVariantMap> &stored) const
{
    QVector<QVariantMap> rows;
    for (const Choice &item : items) {
        QVariantMap row;
        for (const QVariantMap &candidate : stored) {
            if (candidate.value(keyColumn).toString() == item.first)
                row = candidate;
        }
        if (row.isEmpty() && everyItem)
            row = {{keyColumn, item.first}, {markColumn, marks.value(0).first}, {textColumn, {}}};
        if (!row.isEmpty())
            rows.append(row);
    }
    return rows;
}

DetailKind RecordDetailKinds::of(const QString &parentTable)
{
    DetailKind kind;
    if (parentTable == QLatin1String("personal_matters_reports")) {
        kind.table = QStringLiteral("personal_matters_items");
        kind.parentColumn = QStringLiteral("report_id");
        kind.keyColumn = QStringLiteral("item");
        kind.markColumn = QStringLiteral("reported");
        kind.textColumn = QStringLiteral("content");
        kind.title = tr("Items of the report");
        kind.keyLabel = tr("Item");
        kind.markLabel = tr("Reported");
        kind.textLabel = tr("What was reported");
        int number = 0;
        for (const char *label : personalMattersItems) {
            ++number;
            kind.items.append({QString::number(number), tr("%1. %2").arg(number).arg(tr(label))});
        }
        kind.marks = {{QStringLiteral("0"), tr("Nothing to report")},
                      {QStringLiteral("1"), tr("Has matters to report")}};
        kind.everyItem = true;
    } else if (parentTable == QLatin1String("inspections")) {
        kind.table = QStringLiteral("inspection_items");
        kind.parentColumn = QStringLiteral("inspection_id");
        kind.keyColumn = QStringLiteral("item");
        kind.markColumn = QStringLiteral("result");
        kind.textColumn = QStringLiteral("remark");
        kind.title = tr("Checklist");
        kind.keyLabel = tr("Item checked");
        kind.markLabel = tr("Result");
        kind.textLabel = tr("Remark");
        kind.items = Vocabulary::choices(QStringLiteral("inspection_items.item"));
        kind.marks = Vocabulary::choices(QStringLiteral("inspection_items.result"));
    }
    return kind;
}

QString RecordDetailKinds::title(const QString &table)
{
    if (table == QLatin1String("personal_matters_items"))
        return tr("Personal-matters item");
    if (table == QLatin1String("inspection_items"))
        return tr("Checklist item");
    return {};
}

QString RecordDetailKinds::fieldLabel(const QString &table, const QString &column)
{
    for (const char *parent : {"personal_matters_reports", "inspections"}) {
        const DetailKind kind = of(QString::fromLatin1(parent));
        if (kind.table != table)
            continue;
        if (column == kind.keyColumn)
            return kind.keyLabel;
        if (column == kind.markColumn)
            return kind.markLabel;
        if (column == kind.textColumn)
            return kind.textLabel;
    }
    return {};
}
