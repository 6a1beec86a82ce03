#include "rostercolumns.h"

#include "importrow.h"

#include "domain/recordkinds.h"

#include <QHash>

namespace {

// Headers as rosters write them, folded (no spaces, marks or brackets, lower case).
const QHash<QString, QString> &headerFields()
{
    static const QHash<QString, QString> all = [] {
        const QList<QPair<const char *, QStringList>> fields = {
            {"name", {QStringLiteral("姓名"), QStringLiteral("名字"), QStringLiteral("name")}},
            {"gender", {QStringLiteral("性别"), QStringLiteral("gender"), QStringLiteral("sex")}},
            {"ethnicity", {QStringLiteral("民族"), QStringLiteral("ethnicity")}},
            {"birth_date",
             {QStringLiteral("出生年月"), QStringLiteral("出生日期"), QStringLiteral("出生时间"),
              QStringLiteral("出生年月日"), QStringLiteral("生日"), QStringLiteral("dateofbirth"),
              QStringLiteral("birthdate")}},
            {"native_place", {QStringLiteral("籍贯"), QStringLiteral("nativeplace")}},
            {"education",
             {QStringLiteral("学历"), QStringLiteral("文化程度"), QStringLiteral("最高学历"),
              QStringLiteral("全日制学历"), QStringLiteral("education")}},
            {"party_membership", {QStringLiteral("政治面貌"), QStringLiteral("partymembership")}},
            {"party_join_date",
             {QStringLiteral("入党时间"), QStringLiteral("入党日期"), QStringLiteral("入党年月"),
              QStringLiteral("joinedtheparty")}},
            {"unit",
             {QStringLiteral("工作单位"), QStringLiteral("单位"), QStringLiteral("所在单位"),
              QStringLiteral("单位名称"), QStringLiteral("unit")}},
            {"unit_and_position",
             {QStringLiteral("工作单位及职务"), QStringLiteral("单位及职务"),
              QStringLiteral("工作单位及职务职称")}},
            {"position",
             {QStringLiteral("职务"), QStringLiteral("现任职务"), QStringLiteral("现职务"),
              QStringLiteral("position")}},
            {"rank",
             {QStringLiteral("职级"), QStringLiteral("级别"), QStringLiteral("职务层次"),
              QStringLiteral("rank")}},
            {"position_since",
             {QStringLiteral("任现职时间"), QStringLiteral("任现职务时间"),
              QStringLiteral("任职时间"), QStringLiteral("任现职级时间")}},
            {"id_number",
             {QStringLiteral("身份证号"), QStringLiteral("身份证号码"),
              QStringLiteral("公民身份号码"), QStringLiteral("身份证"),
              QStringLiteral("idcardnumber"), QStringLiteral("idnumber")}},
            {"dossier_number",
             {QStringLiteral("档案编号"), QStringLiteral("档案号"),
              QStringLiteral("dossiernumber")}},
            {"employment",
             {QStringLiteral("人员类别"), QStringLiteral("身份类别"), QStringLiteral("编制类别"),
              QStringLiteral("人员身份"), QStringLiteral("employment")}},
            {"is_top_leader",
             {QStringLiteral("是否一把手"), QStringLiteral("一把手"),
              QStringLiteral("topleaderoftheunit")}},
            {"is_team_member",
             {QStringLiteral("是否班子成员"), QStringLiteral("班子成员"),
              QStringLiteral("memberoftheunitsleadershipteam")}},
            {"status",
             {QStringLiteral("状态"), QStringLiteral("在职状态"), QStringLiteral("status")}},
        };
        QHash<QString, QString> map;
        for (const auto &[field, headers] : fields)
            for (const QString &header : headers)
                map.insert(header, QString::fromLatin1(field));
        return map;
    }();
    return all;
}

} // namespace

QString RosterColumns::fieldOfHeader(const QString &header)
{
    return headerFields().value(foldedHeader(header));
}

QStringList RosterColumns::fields()
{
    return {QStringLiteral("name"),
            QStringLiteral("gender"),
            QStringLiteral("ethnicity"),
            QStringLiteral("birth_date"),
            QStringLiteral("native_place"),
            QStringLiteral("education"),
            QStringLiteral("party_membership"),
            QStringLiteral("party_join_date"),
            QStringLiteral("unit"),
            QStringLiteral("unit_and_position"),
            QStringLiteral("position"),
            QStringLiteral("rank"),
            QStringLiteral("position_since"),
            QStringLiteral("id_number"),
            QStringLiteral("dossier_number"),
            QStringLiteral("employment"),
            QStringLiteral("is_top_leader"),
            QStringLiteral("is_team_member"),
            QStringLiteral("status")};
}

QString RosterColumns::fieldLabel(const QString &field)
{
    if (field == QLatin1String("unit"))
        return tr("Unit");
    if (field == QLatin1String("unit_and_position"))
        return tr("Unit and position");
    if (field == QLatin1String("position_since"))
        return tr("In the post since");
    return RecordKinds::fieldLabel(QStringLiteral("cadres"), field);
}

QStringList RosterColumns::Mapping::ignoredHeaders() const
{
    QStringList ignored;
    for (int i = 0; i < headers.size(); ++i)
        if (fields.value(i).isEmpty() && !headers.at(i).trimmed().isEmpty())
            ignored << headers.at(i);
    return ignored;
}

RosterColumns::Mapping RosterColumns::detect(const QVector<QPair<int, QStringList>> &firstRows,
                                             const QHash<QString, QString> &chosen)
{
    QHash<QString, QString> chosenFolded;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        chosenFolded.insert(foldedHeader(it.key()), it.value());
    for (const auto &[number, cells] : firstRows) {
        Mapping mapping;
        mapping.headers = cells;
        int known = 0;
        for (const QString &cell : cells) {
            const QString key = foldedHeader(cell);
            QString field
                = chosenFolded.contains(key) ? chosenFolded.value(key) : fieldOfHeader(cell);
            // A column named twice is read once, from its first place.
            if (!field.isEmpty() && mapping.fields.contains(field))
                field.clear();
            mapping.fields << field;
            known += field.isEmpty() ? 0 : 1;
        }
        if (known >= 2 && mapping.fields.contains(QStringLiteral("name"))) {
            mapping.headerRow = number;
            return mapping;
        }
    }
    return {};
}
