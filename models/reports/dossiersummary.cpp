#include "dossiersummary.h"

#include "reporthtml.h"
#include "reportlanguage.h"
#include "storage/database.h"

#include "access/access.h"
#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "domain/impactperiods.h"
#include "dossier/opinionservice.h"
#include "items/recordlisting.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextDocument>

#include <algorithm>

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString printedDate(const QVariant &value)
{
    return formatChineseDate(QDate::fromString(value.toString().left(10), Qt::ISODate));
}

// One section's rows, formatted for paper, oldest first.
struct SectionRows
{
    QStringList headers;
    QVector<QStringList> rows;
};

// A listing cell as printed: dates in Chinese, vocabularies by their Chinese labels.
QString printedCell(const ListColumn &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (column.format) {
    case ListColumn::Format::Date:
        return printedDate(value);
    case ListColumn::Format::Vocabulary:
        return ReportLanguage::vocabularyLabel(column.vocabulary, value.toString());
    case ListColumn::Format::Boolean:
        return value.toBool() ? text("是") : text("否");
    case ListColumn::Format::ClueState:
        return ClueStateMachine::stateChineseName(value.toString());
    case ListColumn::Format::OpinionCategory:
        return text("第%1类：%2").arg(value.toInt()).arg(opinionCategoryLabel(value.toInt()));
    case ListColumn::Format::Number:
    case ListColumn::Format::FileSize:
    case ListColumn::Format::Text:
        break;
    }
    return value.toString().simplified();
}

bool inRange(const QDate &date, const SummaryOptions &options)
{
    if (!date.isValid())
        return true;
    return (!options.from.isValid() || date >= options.from)
           && (!options.until.isValid() || date <= options.until);
}

SectionRows readListing(const QSqlDatabase &db, const RecordListing &listing, qint64 cadreId,
                        const SummaryOptions &options)
{
    SectionRows section;
    // The kinds' lists are described in the record-kind registry, the opinions' here.
    for (const ListColumn &column : listing.columns) {
        const QString kinds = ReportLanguage::chinese("RecordKinds", column.header);
        section.headers << (kinds != column.header
                                ? kinds
                                : ReportLanguage::chinese("RecordListings", column.header));
    }
    QVariantList values;
    for (int index = 0; index < listing.cadreParameters(); ++index)
        values << cadreId;
    QSqlQuery query = Sql::run(
        db,
        QStringLiteral("SELECT %1 %2 ORDER BY %3")
            .arg(listing.expressions.join(QStringLiteral(", ")), listing.from, listing.order),
        values);
    const bool datedByFirstColumn
        = !listing.columns.isEmpty() && listing.columns.first().format == ListColumn::Format::Date;
    while (query.next()) {
        if (datedByFirstColumn
            && !inRange(QDate::fromString(query.value(0).toString().left(10), Qt::ISODate),
                        options))
            continue;
        QStringList row;
        bool closedClue = false;
        for (int column = 0; column < listing.columns.size(); ++column) {
            const ListColumn &description = listing.columns.at(column);
            if (description.format == ListColumn::Format::ClueState)
                closedClue = ClueStateMachine::isFinal(query.value(column).toString());
            row << printedCell(description, query.value(column));
        }
        if (closedClue && !options.includeClosedClues)
            continue;
        section.rows.prepend(row); // listings read newest first; papers read in date order
    }
    return section;
}

SectionRows readMeasures(const Database &database, qint64 cadreId, QDate asOf,
                         const SummaryOptions &options)
{
    const OpinionService opinions(database);
    const OpinionFacts facts = opinions.facts(cadreId, asOf);
    SectionRows section;
    section.headers = QStringList{text("处分或处理"), text("生效日期"), text("影响期"),
                                  text("截至%1").arg(formatChineseDate(asOf))};
    for (const ImpactPeriod &impact : computeImpactPeriods(facts.measures, opinions.rules())) {
        if (!inRange(impact.period.first, options))
            continue;
        QString span = text("不设影响期");
        QString state = text("—");
        if (impact.period.permanent) {
            span = formatPeriodChinese(impact.period);
            state = text("长期影响");
        } else if (impact.hasPeriod()) {
            span = formatPeriodChinese(impact.period);
            if (impact.carriedOverDays > 0)
                span += text("（含此前未满影响期%1日）").arg(impact.carriedOverDays);
            state = impact.period.contains(asOf) ? text("尚在影响期内") : text("影响期已满");
        }
        section.rows << QStringList{measureChineseName(impact.measure),
                                    formatChineseDate(impact.period.first), span, state};
    }
    return section;
}

const char *listingTable(const QString &key)
{
    if (key == QLatin1String("warning_education"))
        return "warning_education_events";
    return nullptr;
}

} // namespace

DossierSummary::DossierSummary(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QStringList DossierSummary::sectionKeys()
{
    return {QStringLiteral("positions"),
            QStringLiteral("talks"),
            QStringLiteral("notices"),
            QStringLiteral("findings"),
            QStringLiteral("clues"),
            QStringLiteral("cases"),
            QStringLiteral("measures"),
            QStringLiteral("duty_reports"),
            QStringLiteral("warning_education"),
            QStringLiteral("opinions")};
}

QString DossierSummary::sectionTitle(const QString &key)
{
    static const QVector<QPair<const char *, const char *>> titles = {
        {"positions", "任职经历"},
        {"talks", "谈话情况"},
        {"notices", "纪检监察文书"},
        {"findings", "监督检查发现问题及整改"},
        {"clues", "问题线索及处置"},
        {"cases", "立案审查调查"},
        {"measures", "党纪政务处分、组织处理及影响期"},
        {"duty_reports", "述责述廉"},
        {"warning_education", "警示教育"},
        {"opinions", "已出具的党风廉政意见"},
    };
    for (const auto &title : titles) {
        if (key == QLatin1String(title.first))
            return text(title.second);
    }
    return key;
}

QString DossierSummary::commissionName() const
{
    return SettingsStore(m_db).value(Setting::CommissionName);
}

QString DossierSummary::confidentialityMarking() const
{
    return SettingsStore(m_db).value(Setting::ConfidentialityMarking);
}

QString DossierSummary::title(qint64 cadreId) const
{
    const QVariant name
        = Sql::scalar(m_db, QStringLiteral("SELECT name FROM cadres WHERE id = ?"), {cadreId});
    return name.toString() + text("廉政档案摘要");
}

std::unique_ptr<QTextDocument> DossierSummary::build(qint64 cadreId, QDate asOf,
                                                     const SummaryOptions &options,
                                                     const QString &compiler) const
{
    QSqlQuery cadre = Sql::run(
        m_db,
        QStringLiteral("SELECT c.dossier_number, c.name, c.gender, c.birth_date, c.ethnicity, "
                       "c.native_place, c.education, c.party_membership, c.party_join_date, "
                       "u.name, c.position, c.rank, c.employment, c.is_top_leader, c.status "
                       "FROM cadres c JOIN units u ON u.id = c.unit_id WHERE c.id = ?"),
        {cadreId});
    if (!cadre.next())
        throw DataError(
            QCoreApplication::translate("DossierSummary", "There is no cadre with id %1.")
                .arg(cadreId));
    // Printing a dossier is reading it: the same account, scope and relatives rules apply.
    Access::requireDossier(m_database, cadreId, Permission::ReadDossiers);
    const QString name = cadre.value(1).toString();
    QString body = ReportHtml::title(text("廉政档案摘要"));
    body += ReportHtml::subtitle(
        text("%1　　档案编号：%2").arg(commissionName(), cadre.value(0).toString()));
    QString span = text("截至%1").arg(formatChineseDate(asOf));
    if (options.from.isValid() || options.until.isValid()) {
        span = text("记录范围：%1至%2")
                   .arg(options.from.isValid() ? formatChineseDate(options.from) : text("建档"),
                        formatChineseDate(options.until.isValid() ? std::min(options.until, asOf)
                                                                  : asOf));
    }
    body += ReportHtml::subtitle(span);

    int number = 1;
    body += ReportHtml::heading(text("%1、基本情况").arg(ReportLanguage::chineseNumber(number++)));
    const QString birth
        = cadre.value(3).isNull()
              ? QString()
              : formatChineseDate(QDate::fromString(cadre.value(3).toString(), Qt::ISODate));
    body += ReportHtml::fieldTable({
        {text("姓名"), name},
        {text("性别"), ReportLanguage::vocabularyLabel(QStringLiteral("cadres.gender"),
                                                       cadre.value(2).toString())},
        {text("出生日期"), birth},
        {text("民族"), cadre.value(4).toString()},
        {text("籍贯"), cadre.value(5).toString()},
        {text("学历"), cadre.value(6).toString()},
        {text("政治面貌"),
         ReportLanguage::vocabularyLabel(QStringLiteral("cadres.party_membership"),
                                         cadre.value(7).toString())},
        {text("入党时间"), cadre.value(8).isNull() ? QString() : printedDate(cadre.value(8))},
        {text("工作单位"), cadre.value(9).toString()},
        {text("现任职务"),
         cadre.value(10).toString() + (cadre.value(13).toBool() ? text("（一把手）") : QString())},
        {text("职级"), cadre.value(11).toString()},
        {text("人员类别"), ReportLanguage::vocabularyLabel(QStringLiteral("cadres.employment"),
                                                           cadre.value(12).toString())},
    });

    bool anyRecord = false;
    for (const QString &key : sectionKeys()) {
        if (!options.includes(key))
            continue;
        SectionRows section;
        if (key == QLatin1String("measures")) {
            section = readMeasures(m_database, cadreId, asOf, options);
        } else {
            const RecordListing listing
                = key == QLatin1String("opinions")
                      ? RecordListings::opinions()
                      : RecordListings::forTable(
                          listingTable(key) ? QString::fromLatin1(listingTable(key)) : key);
            section = readListing(m_db, listing, cadreId, options);
        }
        if (section.rows.isEmpty())
            continue;
        if (key != QLatin1String("positions"))
            anyRecord = true;
        body += ReportHtml::heading(
            text("%1、%2").arg(ReportLanguage::chineseNumber(number++), sectionTitle(key)));
        body += ReportHtml::table(section.headers, section.rows);
    }
    if (!anyRecord) {
        body += ReportHtml::paragraph(
            text("经查，截至%1，该同志档案中无谈话、文书、问题线索、立案审查调查、处分处理等"
                 "记录。")
                .arg(formatChineseDate(asOf)));
    }

    body += ReportHtml::heading(text("%1、审核意见").arg(ReportLanguage::chineseNumber(number)));
    body += ReportHtml::paragraph(
        text("以上内容依据本委廉政档案记录整理，截至%1。").arg(formatChineseDate(asOf)));
    body += ReportHtml::plainLine(QString());
    body
        += ReportHtml::rightAligned(text("填表人：%1　　审核人（签字）：__________").arg(compiler));
    body += ReportHtml::rightAligned(commissionName(), true);
    body += ReportHtml::rightAligned(formatChineseDate(asOf));
    return ReportHtml::document(body);
}
