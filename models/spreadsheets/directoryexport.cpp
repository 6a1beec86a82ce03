#include "directoryexport.h"

#include "access/access.h"
#include "access/identitynumbers.h"
#include "domain/dataerror.h"
#include "reports/reportlanguage.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "tableexport.h"
#include "unitpaths.h"
#include "workbookwriter.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

// Read a few hundred at a time: a city's directory is 50,000 cadres.
constexpr int batch = 500;

QVariant dateCell(const QVariant &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? QVariant(date) : QVariant();
}

QString chineseLabel(const char *vocabulary, const QVariant &key)
{
    return key.toString().isEmpty()
               ? QString()
               : ReportLanguage::vocabularyLabel(QString::fromLatin1(vocabulary), key.toString());
}

} // namespace

DirectoryExport::DirectoryExport(Database &database)
    : m_database(database)
{}

int DirectoryExport::write(const QString &path, const CadreFilter &filter) const
{
    Access::require(m_database, Permission::ExportData);
    const QSqlDatabase db = m_database.connection();
    const bool identities = IdentityNumbers::maySee(m_database.session());
    CadreDirectory directory(m_database);
    const std::vector<CadreRow> rows = directory.page(
        filter, CadreDirectory::SortKey::Unit, Qt::AscendingOrder, 0, directory.count(filter));

    // The roster's own headers, as the organization department writes them.
    QStringList headers
        = {QStringLiteral("档案编号"),    QStringLiteral("姓名"),       QStringLiteral("性别"),
           QStringLiteral("民族"),        QStringLiteral("出生年月"),   QStringLiteral("籍贯"),
           QStringLiteral("学历"),        QStringLiteral("政治面貌"),   QStringLiteral("入党时间"),
           QStringLiteral("工作单位"),    QStringLiteral("职务"),       QStringLiteral("职级"),
           QStringLiteral("人员类别"),    QStringLiteral("是否一把手"), QStringLiteral("状态"),
           QStringLiteral("是否班子成员")};
    if (identities)
        headers << QStringLiteral("身份证号");
    const UnitPaths units(db);
    WorkbookWriter writer(path, QStringLiteral("干部名册"), headers,
                          SettingsStore(db).value(Setting::ConfidentialityMarking));
    for (size_t start = 0; start < rows.size(); start += batch) {
        QStringList marks;
        QVariantList ids;
        for (size_t i = start; i < std::min(rows.size(), start + batch); ++i) {
            marks << QStringLiteral("?");
            ids << rows[i].id;
        }
        QSqlQuery query = Sql::run(
            db,
            QStringLiteral("SELECT id, dossier_number, name, gender, ethnicity, birth_date, "
                           "native_place, education, party_membership, party_join_date, unit_id, "
                           "position, rank, employment, is_top_leader, status, id_number, "
                           "is_team_member FROM cadres WHERE id IN (%1)")
                .arg(marks.join(QLatin1Char(','))),
            ids);
        QHash<qint64, QVariantList> byId;
        while (query.next()) {
            QVariantList cells
                = {query.value(1),
                   query.value(2),
                   chineseLabel("cadres.gender", query.value(3)),
                   query.value(4),
                   dateCell(query.value(5)),
                   query.value(6),
                   query.value(7),
                   chineseLabel("cadres.party_membership", query.value(8)),
                   dateCell(query.value(9)),
                   units.pathOf(query.value(10).toLongLong()),
                   query.value(11),
                   query.value(12),
                   chineseLabel("cadres.employment", query.value(13)),
                   query.value(14).toInt() ? QStringLiteral("是") : QStringLiteral("否"),
                   chineseLabel("cadres.status", query.value(15)),
                   query.value(17).toInt() ? QStringLiteral("是") : QStringLiteral("否")};
            if (identities)
                cells << query.value(16);
            byId.insert(query.value(0).toLongLong(), cells);
        }
        for (size_t i = start; i < std::min(rows.size(), start + batch); ++i)
            writer.addRow(byId.value(rows[i].id));
    }
    writer.finish();

    TableExport::audit(m_database, path, QStringLiteral("cadres"), qint64(rows.size()),
                       {{QStringLiteral("identity_numbers"), identities}});
    return int(rows.size());
}
