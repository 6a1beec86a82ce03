#include "ledgercolumns.h"

#include "domain/recordkinds.h"
#include "importrow.h"
#include "reports/reportlanguage.h"
#include "rostercolumns.h"

namespace {

using Headers = QList<QPair<const char *, QStringList>>;

// Headers as ledgers write them, for the columns every kind with a cadre shares.
const Headers &ownerHeaders()
{
    static const Headers all = {
        {"cadre.name", {QStringLiteral("姓名"),         QStringLiteral("名字"),
                        QStringLiteral("干部姓名"),     QStringLiteral("谈话对象"),
                        QStringLiteral("被谈话人"),     QStringLiteral("被谈话对象"),
                        QStringLiteral("被反映人"),     QStringLiteral("被反映人姓名"),
                        QStringLiteral("反映对象"),     QStringLiteral("受处分人"),
                        QStringLiteral("被处分人"),     QStringLiteral("处分对象"),
                        QStringLiteral("被处理人"),     QStringLiteral("处理对象"),
                        QStringLiteral("被诫勉人"),     QStringLiteral("诫勉对象"),
                        QStringLiteral("责任人"),       QStringLiteral("整改责任人"),
                        QStringLiteral("参加人员"),     QStringLiteral("参会人员"),
                        QStringLiteral("签到人"),       QStringLiteral("报告人"),
                        QStringLiteral("述职人"),       QStringLiteral("被审查调查人"),
                        QStringLiteral("审查调查对象"), QStringLiteral("当事人"),
                        QStringLiteral("name"),         QStringLiteral("cadre")}},
        {"cadre.id_number",
         {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"),
          QStringLiteral("身份证"), QStringLiteral("idnumber"), QStringLiteral("idcardnumber")}},
        {"cadre.unit",
         {QStringLiteral("工作单位"), QStringLiteral("单位"), QStringLiteral("所在单位"),
          QStringLiteral("单位名称"), QStringLiteral("unit")}},
        {"cadre.unit_and_position",
         {QStringLiteral("工作单位及职务"), QStringLiteral("单位及职务"),
          QStringLiteral("单位职务"), QStringLiteral("工作单位及职务职称"),
          QStringLiteral("单位及职务职级")}},
        {"cadre.birth_date",
         {QStringLiteral("出生年月"), QStringLiteral("出生日期"), QStringLiteral("dateofbirth")}},
    };
    return all;
}

// Headers of one kind's fields as ledgers write them, beyond the fields' own labels. They go
// before the cadre's headers: a notice's 单位 is the unit it was sent to.
const QHash<QString, Headers> &kindHeaders()
{
    static const QHash<QString, Headers> all = {
        {QStringLiteral("talks"),
         {{"kind",
           {QStringLiteral("谈话类型"), QStringLiteral("谈话类别"), QStringLiteral("谈话种类"),
            QStringLiteral("谈话形式"), QStringLiteral("类型")}},
          {"held_by",
           {QStringLiteral("谈话主体"), QStringLiteral("谈话单位"), QStringLiteral("实施主体")}},
          {"talk_date",
           {QStringLiteral("谈话时间"), QStringLiteral("谈话日期"), QStringLiteral("日期"),
            QStringLiteral("时间")}},
          {"interviewer",
           {QStringLiteral("谈话人"), QStringLiteral("谈话领导"), QStringLiteral("谈话人员")}},
          {"reason",
           {QStringLiteral("谈话事由"), QStringLiteral("事由"), QStringLiteral("谈话原因")}},
          {"summary",
           {QStringLiteral("谈话内容"), QStringLiteral("主要内容"), QStringLiteral("谈话要点")}}}},
        {QStringLiteral("notices"),
         {{"kind", {QStringLiteral("文书类型"), QStringLiteral("文书种类")}},
          {"number", {QStringLiteral("文号"), QStringLiteral("文书编号")}},
          {"unit_id",
           {QStringLiteral("单位"), QStringLiteral("接收单位"), QStringLiteral("送达单位")}},
          {"issued_date",
           {QStringLiteral("下发日期"), QStringLiteral("下发时间"), QStringLiteral("印发日期")}},
          {"deadline", {QStringLiteral("回复期限"), QStringLiteral("整改期限")}}}},
        {QStringLiteral("findings"),
         {{"description",
           {QStringLiteral("问题"), QStringLiteral("发现的问题"), QStringLiteral("存在问题"),
            QStringLiteral("问题描述"), QStringLiteral("主要问题")}},
          {"found_date", {QStringLiteral("发现日期"), QStringLiteral("发现时间")}},
          {"deadline", {QStringLiteral("整改期限"), QStringLiteral("整改时限")}},
          {"status",
           {QStringLiteral("整改状态"), QStringLiteral("整改情况"), QStringLiteral("状态")}},
          {"completed_date",
           {QStringLiteral("完成日期"), QStringLiteral("完成时间"), QStringLiteral("整改完成时间"),
            QStringLiteral("销号日期")}},
          {"evidence", {QStringLiteral("佐证材料"), QStringLiteral("整改措施")}}}},
        {QStringLiteral("inspections"),
         {{"unit_id",
           {QStringLiteral("被检查单位"), QStringLiteral("检查对象"), QStringLiteral("单位")}},
          {"kind",
           {QStringLiteral("检查类型"), QStringLiteral("监督方式"), QStringLiteral("检查方式"),
            QStringLiteral("类型")}},
          {"start_date",
           {QStringLiteral("检查时间"), QStringLiteral("检查日期"), QStringLiteral("开始日期")}},
          {"end_date", {QStringLiteral("结束日期"), QStringLiteral("结束时间")}},
          {"team", {QStringLiteral("检查组"), QStringLiteral("检查人员")}},
          {"summary", {QStringLiteral("检查情况"), QStringLiteral("主要内容")}}}},
        {QStringLiteral("clues"),
         {{"number",
           {QStringLiteral("线索编号"), QStringLiteral("编号"), QStringLiteral("受理编号"),
            QStringLiteral("登记编号")}},
          {"source", {QStringLiteral("线索来源"), QStringLiteral("来源")}},
          {"received_date",
           {QStringLiteral("受理日期"), QStringLiteral("受理时间"), QStringLiteral("收到日期"),
            QStringLiteral("收件日期"), QStringLiteral("登记日期"), QStringLiteral("登记时间")}},
          {"summary",
           {QStringLiteral("反映问题"), QStringLiteral("主要问题"),
            QStringLiteral("反映的主要问题"), QStringLiteral("问题摘要"),
            QStringLiteral("内容摘要")}},
          {"clue.disposition",
           {QStringLiteral("处置方式"), QStringLiteral("拟处置方式"), QStringLiteral("处置意见")}},
          {"clue.closure",
           {QStringLiteral("办结情况"), QStringLiteral("办理情况"), QStringLiteral("办理结果"),
            QStringLiteral("办理状态"), QStringLiteral("处置状态"), QStringLiteral("状态")}},
          {"clue.outcome",
           {QStringLiteral("了结方式"), QStringLiteral("了结情况"), QStringLiteral("核实结果"),
            QStringLiteral("处理结果")}},
          {"clue.disposition_date",
           {QStringLiteral("处置日期"), QStringLiteral("处置时间"), QStringLiteral("批准日期")}},
          {"clue.closed_date",
           {QStringLiteral("办结日期"), QStringLiteral("办结时间"), QStringLiteral("了结日期"),
            QStringLiteral("了结时间")}}}},
        {QStringLiteral("cases"),
         {{"number",
           {QStringLiteral("案件编号"), QStringLiteral("立案编号"), QStringLiteral("案号"),
            QStringLiteral("编号")}},
          {"filed_date", {QStringLiteral("立案日期"), QStringLiteral("立案时间")}},
          {"closed_date",
           {QStringLiteral("结案日期"), QStringLiteral("结案时间"), QStringLiteral("审结日期")}},
          {"clue_id", {QStringLiteral("线索编号"), QStringLiteral("相关线索")}},
          {"unit_id", {QStringLiteral("涉案单位")}},
          {"summary", {QStringLiteral("案由"), QStringLiteral("简要案情")}}}},
        {QStringLiteral("sanctions"),
         {{"system", {QStringLiteral("处分类别"), QStringLiteral("处分类型")}},
          {"kind",
           {QStringLiteral("处分种类"), QStringLiteral("处分"), QStringLiteral("处分名称"),
            QStringLiteral("处分结果"), QStringLiteral("给予处分")}},
          {"probation_months", {QStringLiteral("留党察看期限"), QStringLiteral("察看期限")}},
          {"case_id", {QStringLiteral("案件编号"), QStringLiteral("立案编号")}},
          {"effective_date",
           {QStringLiteral("处分时间"), QStringLiteral("处分日期"), QStringLiteral("决定日期"),
            QStringLiteral("处分决定时间")}},
          {"rights_restored_date",
           {QStringLiteral("恢复党员权利时间"), QStringLiteral("恢复党员权利日期")}},
          {"decision_number", {QStringLiteral("处分决定文号"), QStringLiteral("文号")}},
          {"decided_by",
           {QStringLiteral("处分机关"), QStringLiteral("作出决定机关"),
            QStringLiteral("决定机关")}},
          {"reason",
           {QStringLiteral("主要错误事实"), QStringLiteral("违纪事实"), QStringLiteral("处分原因"),
            QStringLiteral("事由")}}}},
        {QStringLiteral("organizational_handlings"),
         {{"kind",
           {QStringLiteral("处理方式"), QStringLiteral("组织处理方式"), QStringLiteral("处理种类"),
            QStringLiteral("处理类型")}},
          {"effective_date",
           {QStringLiteral("处理时间"), QStringLiteral("处理日期"), QStringLiteral("决定日期")}},
          {"decided_by", {QStringLiteral("处理机关"), QStringLiteral("决定机关")}},
          {"reason", {QStringLiteral("事由"), QStringLiteral("主要问题")}}}},
        {QStringLiteral("admonitions"),
         {{"effective_date",
           {QStringLiteral("诫勉时间"), QStringLiteral("诫勉日期"), QStringLiteral("决定日期")}},
          {"decided_by", {QStringLiteral("实施机关"), QStringLiteral("决定机关")}},
          {"reason", {QStringLiteral("诫勉事由"), QStringLiteral("事由")}},
          {"clue_id", {QStringLiteral("线索编号")}},
          {"case_id", {QStringLiteral("案件编号")}}}},
        {QStringLiteral("duty_reports"),
         {{"report_date",
           {QStringLiteral("述职日期"), QStringLiteral("述责述廉时间"),
            QStringLiteral("报告时间")}},
          {"rating", {QStringLiteral("测评结果"), QStringLiteral("评议结果")}}}},
        {QStringLiteral("self_examination_materials"),
         {{"unit_id", {QStringLiteral("单位")}},
          {"meeting", {QStringLiteral("会议类型")}},
          {"title", {QStringLiteral("材料名称")}},
          {"submitted_date", {QStringLiteral("提交日期"), QStringLiteral("报送日期")}}}},
        {QStringLiteral("warning_education_events"),
         {{"kind",
           {QStringLiteral("活动类型"), QStringLiteral("教育形式"), QStringLiteral("形式")}},
          {"title",
           {QStringLiteral("活动名称"), QStringLiteral("主题"), QStringLiteral("名称"),
            QStringLiteral("标题")}},
          {"event_date",
           {QStringLiteral("活动日期"), QStringLiteral("活动时间"), QStringLiteral("日期"),
            QStringLiteral("时间")}},
          {"location", {QStringLiteral("活动地点"), QStringLiteral("地点")}},
          {"unit_id", {QStringLiteral("组织单位"), QStringLiteral("主办单位")}}}},
        {QStringLiteral("personal_matters_reports"),
         {{"year", {QStringLiteral("报告年度")}},
          {"submitted_date", {QStringLiteral("填报日期"), QStringLiteral("提交日期")}},
          {"verified", {QStringLiteral("是否核实"), QStringLiteral("是否抽查核实")}}}},
        {QStringLiteral("positions"),
         {{"unit_id", {QStringLiteral("任职单位"), QStringLiteral("单位")}},
          {"start_date", {QStringLiteral("任职时间"), QStringLiteral("任职日期")}},
          {"end_date", {QStringLiteral("免职时间"), QStringLiteral("离任时间")}}}},
        {QStringLiteral("relatives"),
         {{"name",
           {QStringLiteral("亲属姓名"), QStringLiteral("成员姓名"),
            QStringLiteral("家庭成员姓名")}},
          {"relation", {QStringLiteral("关系"), QStringLiteral("与本人关系")}},
          {"work_unit", {QStringLiteral("亲属工作单位")}},
          {"position", {QStringLiteral("亲属职务")}}}},
    };
    return all;
}

bool hasOwner(const RecordKind &kind)
{
    return !kind.cadreColumn.isEmpty() || !kind.linkTable.isEmpty();
}

bool isImportedField(const FieldDescription &field)
{
    return field.type != FieldType::CadreReference && field.type != FieldType::DirectoryCadre
           && field.type != FieldType::InspectionReference;
}

bool hasInspection(const RecordKind &kind)
{
    return std::any_of(kind.fields.cbegin(), kind.fields.cend(), [](const FieldDescription &f) {
        return f.type == FieldType::InspectionReference;
    });
}

// Header (folded) → field for one kind: its own ledger headers, then the cadre's, then the
// labels of its fields in Chinese and in the interface's language, then their column names.
QHash<QString, QString> headerMap(const QString &table)
{
    QHash<QString, QString> map;
    const auto add = [&map](const QString &header, const QString &field) {
        const QString key = LedgerColumns::folded(header);
        if (!key.isEmpty() && !map.contains(key))
            map.insert(key, field);
    };
    const QStringList fields = LedgerColumns::fields(table);
    for (const auto &[field, headers] : kindHeaders().value(table))
        if (fields.contains(QString::fromLatin1(field)))
            for (const QString &header : headers)
                add(header, QString::fromLatin1(field));
    if (fields.contains(QStringLiteral("cadre.name")))
        for (const auto &[field, headers] : ownerHeaders())
            for (const QString &header : headers)
                add(header, QString::fromLatin1(field));
    if (fields.contains(QStringLiteral("inspection.unit"))) {
        for (const QString &header : {QStringLiteral("被检查单位"), QStringLiteral("检查对象")})
            add(header, QStringLiteral("inspection.unit"));
        for (const QString &header : {QStringLiteral("检查时间"), QStringLiteral("检查日期")})
            add(header, QStringLiteral("inspection.date"));
        for (const QString &header : {QStringLiteral("检查类型"), QStringLiteral("监督检查类型")})
            add(header, QStringLiteral("inspection.kind"));
    }
    for (const QString &field : fields) {
        const QString label = LedgerColumns::fieldLabel(table, field);
        add(LedgerColumns::chineseHeader(table, field), field);
        add(label, field);
        add(field, field);
    }
    return map;
}

} // namespace

QStringList LedgerColumns::kinds()
{
    QStringList tables;
    for (const RecordKind &kind : RecordKinds::all())
        if (canImport(kind.table))
            tables << kind.table;
    return tables;
}

bool LedgerColumns::canImport(const QString &table)
{
    if (table == QLatin1String("units") || table == QLatin1String("cadres"))
        return false;
    const RecordKind kind = RecordKinds::kind(table);
    return kind.isValid() && kind.hasForm();
}

QStringList LedgerColumns::fields(const QString &table)
{
    const RecordKind kind = RecordKinds::kind(table);
    QStringList fields;
    if (!canImport(table))
        return fields;
    if (hasOwner(kind))
        fields << QStringLiteral("cadre.name") << QStringLiteral("cadre.id_number")
               << QStringLiteral("cadre.unit") << QStringLiteral("cadre.unit_and_position")
               << QStringLiteral("cadre.birth_date");
    if (hasInspection(kind))
        fields << QStringLiteral("inspection.unit") << QStringLiteral("inspection.date")
               << QStringLiteral("inspection.kind");
    for (const FieldDescription &field : kind.fields)
        if (isImportedField(field))
            fields << field.column;
    if (table == QLatin1String("clues"))
        fields << QStringLiteral("clue.disposition") << QStringLiteral("clue.disposition_date")
               << QStringLiteral("clue.closure") << QStringLiteral("clue.closed_date")
               << QStringLiteral("clue.outcome");
    return fields;
}

QString LedgerColumns::fieldLabel(const QString &table, const QString &field)
{
    static const QHash<QString, const char *> own = {
        {QStringLiteral("cadre.name"), QT_TR_NOOP("Name")},
        {QStringLiteral("cadre.id_number"), QT_TR_NOOP("ID card number")},
        {QStringLiteral("cadre.unit"), QT_TR_NOOP("Work unit")},
        {QStringLiteral("cadre.unit_and_position"), QT_TR_NOOP("Work unit and position")},
        {QStringLiteral("cadre.birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("inspection.unit"), QT_TR_NOOP("Unit inspected")},
        {QStringLiteral("inspection.date"), QT_TR_NOOP("Inspected on")},
        {QStringLiteral("inspection.kind"), QT_TR_NOOP("Kind of inspection")},
        {QStringLiteral("clue.disposition"), QT_TR_NOOP("Disposition")},
        {QStringLiteral("clue.disposition_date"), QT_TR_NOOP("Disposed on")},
        {QStringLiteral("clue.closure"), QT_TR_NOOP("How far it has gone")},
        {QStringLiteral("clue.closed_date"), QT_TR_NOOP("Concluded on")},
        {QStringLiteral("clue.outcome"), QT_TR_NOOP("Outcome")},
    };
    if (const char *label = own.value(field))
        return tr(label);
    if (const FieldDescription *description = RecordKinds::kind(table).field(field))
        return description->label;
    return field;
}

QString LedgerColumns::chineseHeader(const QString &table, const QString &field)
{
    static const QHash<QString, QString> own = {
        {QStringLiteral("cadre.name"), QStringLiteral("姓名")},
        {QStringLiteral("cadre.id_number"), QStringLiteral("身份证号")},
        {QStringLiteral("cadre.unit"), QStringLiteral("工作单位")},
        {QStringLiteral("cadre.unit_and_position"), QStringLiteral("工作单位及职务")},
        {QStringLiteral("cadre.birth_date"), QStringLiteral("出生年月")},
        {QStringLiteral("inspection.unit"), QStringLiteral("被检查单位")},
        {QStringLiteral("inspection.date"), QStringLiteral("检查时间")},
        {QStringLiteral("inspection.kind"), QStringLiteral("检查类型")},
        {QStringLiteral("clue.disposition"), QStringLiteral("处置方式")},
        {QStringLiteral("clue.disposition_date"), QStringLiteral("处置日期")},
        {QStringLiteral("clue.closure"), QStringLiteral("办结情况")},
        {QStringLiteral("clue.closed_date"), QStringLiteral("办结日期")},
        {QStringLiteral("clue.outcome"), QStringLiteral("了结方式")},
    };
    if (own.contains(field))
        return own.value(field);
    // A kind's first ledger header, where it has one; else its label in Chinese.
    for (const auto &[column, headers] : kindHeaders().value(table))
        if (field == QLatin1String(column) && !headers.isEmpty())
            return headers.first();
    return ReportLanguage::chinese("RecordKinds", fieldLabel(table, field));
}

QString LedgerColumns::folded(const QString &header)
{
    return foldedHeader(header);
}

QString LedgerColumns::fieldOfHeader(const QString &table, const QString &header)
{
    return headerMap(table).value(folded(header));
}

QString LedgerColumns::fieldOfName(const QString &table, const QString &name)
{
    const QStringList all = fields(table);
    if (all.contains(name))
        return name;
    const QString wanted = folded(name);
    for (const QString &field : all)
        if (folded(fieldLabel(table, field)) == wanted
            || folded(chineseHeader(table, field)) == wanted
            || folded(ReportLanguage::chinese("RecordKinds", fieldLabel(table, field))) == wanted)
            return field;
    return fieldOfHeader(table, name);
}

QStringList LedgerColumns::Mapping::ignoredHeaders() const
{
    QStringList ignored;
    for (int i = 0; i < headers.size(); ++i)
        if (fields.value(i).isEmpty() && !headers.at(i).trimmed().isEmpty())
            ignored << headers.at(i);
    return ignored;
}

LedgerColumns::Mapping LedgerColumns::detect(const QString &table,
                                             const QVector<QPair<int, QStringList>> &firstRows,
                                             const QHash<QString, QString> &chosen)
{
    const QHash<QString, QString> map = headerMap(table);
    QHash<QString, QString> chosenFolded;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        chosenFolded.insert(folded(it.key()), it.value());
    for (const auto &[number, cells] : firstRows) {
        Mapping mapping;
        mapping.headers = cells;
        int known = 0, own = 0;
        for (const QString &cell : cells) {
            const QString key = folded(cell);
            QString field = chosenFolded.contains(key) ? chosenFolded.value(key) : map.value(key);
            // A column named twice is read once, from its first place.
            if (!field.isEmpty() && mapping.fields.contains(field))
                field.clear();
            mapping.fields << field;
            known += field.isEmpty() ? 0 : 1;
            own += field.isEmpty() || field.startsWith(QLatin1String("cadre.")) ? 0 : 1;
        }
        // A roster names cadres only: a ledger names at least one thing of its kind.
        if (known >= 2 && own >= 1) {
            mapping.headerRow = number;
            return mapping;
        }
    }
    return {};
}

QString LedgerColumns::guessKind(const QVector<QPair<int, QStringList>> &firstRows)
{
    const auto recognised = [](const QStringList &fields, bool ownOnly) {
        return int(std::count_if(fields.cbegin(), fields.cend(), [ownOnly](const QString &f) {
            return !f.isEmpty() && !(ownOnly && f.startsWith(QLatin1String("cadre.")));
        }));
    };
    // A roster names the person's particulars; a ledger names what happened to them.
    QString best;
    int bestScore = 0;
    const RosterColumns::Mapping roster = RosterColumns::detect(firstRows);
    if (roster.headerRow != 0) {
        QStringList particulars = roster.fields;
        for (QString &field : particulars)
            if (field == QLatin1String("name") || field.contains(QLatin1String("unit")))
                field.clear();
        best = QStringLiteral("cadres");
        bestScore = recognised(particulars, false);
    }
    for (const QString &table : kinds()) {
        const Mapping mapping = detect(table, firstRows);
        const int score = mapping.headerRow == 0 ? 0 : recognised(mapping.fields, true);
        if (score > bestScore) {
            best = table;
            bestScore = score;
        }
    }
    return best;
}
