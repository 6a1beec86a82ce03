#include "cellvalues.h"

#include "domain/vocabulary.h"
#include "reports/reportlanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace CellValues {

namespace {

QDate fromParts(int year, int month, int day)
{
    if (year < 1900 || year > 2100)
        return {};
    return QDate(year, month, day);
}

// Ways of writing a vocabulary's values that are neither its key nor its label.
const QHash<QString, QHash<QString, QString>> &synonyms()
{
    static const QHash<QString, QHash<QString, QString>> all = {
        {QStringLiteral("cadres.gender"),
         {{QStringLiteral("男"), QStringLiteral("male")},
          {QStringLiteral("女"), QStringLiteral("female")},
          {QStringLiteral("m"), QStringLiteral("male")},
          {QStringLiteral("f"), QStringLiteral("female")}}},
        {QStringLiteral("cadres.party_membership"),
         {{QStringLiteral("中共党员"), QStringLiteral("member")},
          {QStringLiteral("党员"), QStringLiteral("member")},
          {QStringLiteral("中国共产党党员"), QStringLiteral("member")},
          {QStringLiteral("中共预备党员"), QStringLiteral("probationary")},
          {QStringLiteral("预备党员"), QStringLiteral("probationary")},
          {QStringLiteral("群众"), QStringLiteral("none")},
          {QStringLiteral("无党派"), QStringLiteral("none")},
          {QStringLiteral("无党派人士"), QStringLiteral("none")},
          {QStringLiteral("民主党派"), QStringLiteral("none")},
          {QStringLiteral("共青团员"), QStringLiteral("none")},
          {QStringLiteral("团员"), QStringLiteral("none")}}},
        {QStringLiteral("cadres.employment"),
         {{QStringLiteral("公务员"), QStringLiteral("civil_servant")},
          {QStringLiteral("参公"), QStringLiteral("civil_servant")},
          {QStringLiteral("参照公务员法管理"), QStringLiteral("civil_servant")},
          {QStringLiteral("行政"), QStringLiteral("civil_servant")},
          {QStringLiteral("行政编制"), QStringLiteral("civil_servant")},
          {QStringLiteral("事业"), QStringLiteral("public_institution")},
          {QStringLiteral("事业编制"), QStringLiteral("public_institution")},
          {QStringLiteral("事业单位"), QStringLiteral("public_institution")},
          {QStringLiteral("国企"), QStringLiteral("enterprise")},
          {QStringLiteral("企业"), QStringLiteral("enterprise")},
          {QStringLiteral("国有企业"), QStringLiteral("enterprise")},
          {QStringLiteral("其他"), QStringLiteral("other")}}},
        {QStringLiteral("cadres.status"),
         {{QStringLiteral("在职"), QStringLiteral("serving")},
          {QStringLiteral("在岗"), QStringLiteral("serving")},
          {QStringLiteral("现职"), QStringLiteral("serving")},
          {QStringLiteral("退休"), QStringLiteral("retired")},
          {QStringLiteral("已退休"), QStringLiteral("retired")},
          {QStringLiteral("调离"), QStringLiteral("transferred")},
          {QStringLiteral("调出"), QStringLiteral("transferred")},
          {QStringLiteral("去世"), QStringLiteral("deceased")},
          {QStringLiteral("死亡"), QStringLiteral("deceased")},
          {QStringLiteral("已故"), QStringLiteral("deceased")}}},
        // Ledgers' ways of writing the kinds' own vocabularies.
        {QStringLiteral("talks.held_by"),
         {{QStringLiteral("党委"), QStringLiteral("party_committee")},
          {QStringLiteral("党组"), QStringLiteral("party_committee")},
          {QStringLiteral("党委党组"), QStringLiteral("party_committee")},
          {QStringLiteral("党委（党组）"), QStringLiteral("party_committee")},
          {QStringLiteral("纪委"), QStringLiteral("discipline_commission")},
          {QStringLiteral("纪委监委"), QStringLiteral("discipline_commission")},
          {QStringLiteral("县纪委监委"), QStringLiteral("discipline_commission")},
          {QStringLiteral("纪检监察组"), QStringLiteral("discipline_commission")},
          {QStringLiteral("派驻纪检监察组"), QStringLiteral("discipline_commission")}}},
        {QStringLiteral("clues.source"),
         {{QStringLiteral("信访"), QStringLiteral("petition")},
          {QStringLiteral("来信"), QStringLiteral("petition")},
          {QStringLiteral("来访"), QStringLiteral("petition")},
          {QStringLiteral("来信来访"), QStringLiteral("petition")},
          {QStringLiteral("网络举报"), QStringLiteral("petition")},
          {QStringLiteral("巡察移交"), QStringLiteral("patrol_transfer")},
          {QStringLiteral("巡视移交"), QStringLiteral("patrol_transfer")},
          {QStringLiteral("审计"), QStringLiteral("audit_transfer")},
          {QStringLiteral("监督检查"), QStringLiteral("inspection_finding")},
          {QStringLiteral("其他"), QStringLiteral("other")}}},
        {QStringLiteral("clue_subjects.outcome"),
         {{QStringLiteral("失实"), QStringLiteral("untrue")},
          {QStringLiteral("不实"), QStringLiteral("untrue")},
          {QStringLiteral("反映失实"), QStringLiteral("untrue")},
          {QStringLiteral("查无实据"), QStringLiteral("not_verifiable")},
          {QStringLiteral("无法查实"), QStringLiteral("not_verifiable")},
          {QStringLiteral("予以采信"), QStringLiteral("explanation_accepted")},
          {QStringLiteral("采信"), QStringLiteral("explanation_accepted")},
          {QStringLiteral("采信了结"), QStringLiteral("explanation_accepted")},
          {QStringLiteral("第一种形态"), QStringLiteral("first_form_measure")},
          {QStringLiteral("第一种形态处理"), QStringLiteral("first_form_measure")}}},
        {QStringLiteral("findings.status"),
         {{QStringLiteral("已完成"), QStringLiteral("completed")},
          {QStringLiteral("完成"), QStringLiteral("completed")},
          {QStringLiteral("已销号"), QStringLiteral("completed")},
          {QStringLiteral("正在整改"), QStringLiteral("in_progress")},
          {QStringLiteral("未完成"), QStringLiteral("in_progress")},
          {QStringLiteral("未开始"), QStringLiteral("open")}}},
        {QStringLiteral("organizational_handlings.kind"),
         {{QStringLiteral("停职"), QStringLiteral("suspension")},
          {QStringLiteral("调整岗位"), QStringLiteral("post_adjustment")}}},
        {QStringLiteral("warning_education_events.kind"),
         {{QStringLiteral("警示教育会"), QStringLiteral("warning_meeting")},
          {QStringLiteral("警示教育大会"), QStringLiteral("warning_meeting")},
          {QStringLiteral("廉政党课"), QStringLiteral("integrity_lecture")},
          {QStringLiteral("参观"), QStringLiteral("exhibition_visit")},
          {QStringLiteral("警示教育片"), QStringLiteral("case_film")}}},
    };
    return all;
}

} // namespace

QDate date(const QString &input, bool *monthOnly)
{
    if (monthOnly)
        *monthOnly = false;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("^\\d+(\\.0+)?$"));
    if (digits.match(text).hasMatch()) {
        const QString whole = text.section(QLatin1Char('.'), 0, 0);
        if (whole.size() == 8)
            return fromParts(whole.left(4).toInt(), whole.mid(4, 2).toInt(),
                             whole.mid(6, 2).toInt());
        if (whole.size() == 6) {
            if (monthOnly)
                *monthOnly = true;
            return fromParts(whole.left(4).toInt(), whole.mid(4, 2).toInt(), 1);
        }
        // A spreadsheet's serial number: days since 1899-12-30 (Excel's count, with its
        // 1900 leap-year slip already in that epoch for every date after February 1900).
        if (whole.size() <= 5) {
            const QDate serial = QDate(1899, 12, 30).addDays(whole.toLongLong());
            return serial.year() >= 1900 ? serial : QDate();
        }
        return {};
    }
    static const QRegularExpression written(
        QStringLiteral("^(\\d{4})\\s*[年./\\-]\\s*(\\d{1,2})\\s*(?:月)?\\s*(?:[./"
                       "\\-]?\\s*(\\d{1,2})\\s*(?:日|号)?)?"
                       "(?:[T ].*)?$"));
    const QRegularExpressionMatch match = written.match(text);
    if (!match.hasMatch())
        return {};
    const bool noDay = match.captured(3).isEmpty();
    if (monthOnly)
        *monthOnly = noDay;
    return fromParts(match.captured(1).toInt(), match.captured(2).toInt(),
                     noDay ? 1 : match.captured(3).toInt());
}

QString vocabularyKey(const QString &vocabulary, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const QString folded = text.toCaseFolded();
    for (const Vocabulary::Choice &choice : Vocabulary::choices(vocabulary)) {
        if (choice.first.toCaseFolded() == folded || choice.second.toCaseFolded() == folded
            || ReportLanguage::vocabularyLabel(vocabulary, choice.first) == text)
            return choice.first;
    }
    return synonyms().value(vocabulary).value(folded);
}

std::optional<bool> yesNo(const QString &input)
{
    static const QStringList yes
        = {QStringLiteral("是"), QStringLiteral("yes"), QStringLiteral("y"),
           QStringLiteral("1"),  QStringLiteral("√"),   QStringLiteral("true")};
    static const QStringList no
        = {QStringLiteral("否"), QStringLiteral("no"), QStringLiteral("n"),
           QStringLiteral("0"),  QStringLiteral("×"),  QStringLiteral("false")};
    const QString text = input.trimmed().toCaseFolded();
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

IdentityNumber identityNumber(const QString &input)
{
    IdentityNumber result;
    QString number = input.trimmed().toUpper();
    number.remove(QLatin1Char(' '));
    result.number = number;
    static const QRegularExpression modern(QStringLiteral("^\\d{17}[\\dX]$"));
    static const QRegularExpression old(QStringLiteral("^\\d{15}$"));
    int sexDigit = 0;
    if (modern.match(number).hasMatch()) {
        static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += (number.at(i).unicode() - '0') * weights[i];
        const QChar expected = QLatin1Char("10X98765432"[sum % 11]);
        if (number.at(17) != expected) {
            result.problem
                = QCoreApplication::translate(
                      "CellValues", "its check digit is wrong (the last character should be %1)")
                      .arg(expected);
            return result;
        }
        result.birthDate = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
        sexDigit = number.at(16).unicode() - '0';
    } else if (old.match(number).hasMatch()) {
        result.birthDate = QDate::fromString(QStringLiteral("19") + number.mid(6, 6),
                                             QStringLiteral("yyyyMMdd"));
        sexDigit = number.at(14).unicode() - '0';
    } else {
        result.problem = QCoreApplication::translate(
            "CellValues", "an identity number has 18 characters (17 digits and a digit or X)");
        return result;
    }
    if (!result.birthDate.isValid()) {
        result.problem = QCoreApplication::translate("CellValues", "it holds no valid birth date");
        return result;
    }
    result.gender = sexDigit % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");
    return result;
}

} // namespace CellValues
