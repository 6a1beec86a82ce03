#include "rulesstore.h"

#include "domain/rules.h"
#include "sql.h"
#include "storage/settingsstore.h"

#include <QSqlQuery>

namespace {

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optionalDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

// Called by Database when it creates the schema, inside the same transaction.
void seedDefaultRules(const QSqlDatabase &db)
{
    QSqlQuery insert
        = Sql::prepare(db, QStringLiteral("INSERT INTO rules (measure, months, form, valid_from, "
                                          "valid_to, source, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const RuleRow &row : Rules::defaults()) {
        const QVariantList values = {row.measure,
                                     optionalInt(row.months),
                                     optionalInt(row.form),
                                     optionalDate(row.validFrom),
                                     optionalDate(row.validTo),
                                     row.source,
                                     row.note};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        Sql::exec(insert);
    }
}

namespace RulesStore {

Rules load(const QSqlDatabase &db)
{
    std::vector<RuleRow> rows;
    QSqlQuery query = Sql::run(db, QStringLiteral("SELECT measure, months, form, valid_from, "
                                                  "valid_to, source, note FROM rules ORDER BY id"));
    while (query.next()) {
        RuleRow row;
        row.measure = query.value(0).toString();
        if (!query.value(1).isNull())
            row.months = query.value(1).toInt();
        if (!query.value(2).isNull())
            row.form = query.value(2).toInt();
        row.validFrom = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        row.validTo = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        row.source = query.value(5).toString();
        row.note = query.value(6).toString();
        rows.push_back(row);
    }
    return Rules(rows, SettingsStore(db).value(Setting::AdmonitionMonths));
}

} // namespace RulesStore
