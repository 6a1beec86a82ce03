#include "ledgervalues.h"

#include "cellvalues.h"
#include "domain/cluestatemachine.h"
#include "domain/recordkinds.h"
#include "domain/vocabulary.h"
#include "reports/reportlanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace {

QString choicesText(const QString &vocabulary)
{
    QStringList labels;
    for (const Vocabulary::Choice &choice : Vocabulary::choices(vocabulary))
        if (!choice.first.isEmpty())
            labels << choice.second;
    return labels.join(LedgerValues::tr(", "));
}

// The kinds of one system whose Chinese or interface label is `text`.
QString kindOf(const QString &system, const QString &text)
{
    return CellValues::vocabularyKey(
        QStringLiteral("sanctions.") + system + QStringLiteral("_kind"), text);
}

} // namespace

QVariant LedgerValues::field(const FieldDescription &field, const QString &input,
                             const QVariantMap &values, QString &problem)
{
    const QString text = input.trimmed();
    switch (field.type) {
    case FieldType::Date: {
        const QDate date = CellValues::date(text);
        if (!date.isValid()) {
            problem = tr("not a date");
            return {};
        }
        return date.toString(Qt::ISODate);
    }
    case FieldType::Integer: {
        if (!field.choices.isEmpty()) {
            static const QRegularExpression years(QStringLiteral("^([一二两12])\\s*年$"));
            const QRegularExpressionMatch match = years.match(text);
            if (match.hasMatch())
                return QStringLiteral("1一").contains(match.captured(1)) ? 12 : 24;
            for (const auto &[value, label] : field.choices)
                if (text == label || text == QString::number(value)
                    || text == ReportLanguage::chinese("RecordKinds", label))
                    return value;
            QStringList labels;
            for (const auto &choice : field.choices)
                labels << choice.second;
            problem = tr("not one of %1").arg(labels.join(tr(", ")));
            return {};
        }
        bool ok = false;
        const int number = text.section(QLatin1Char('.'), 0, 0).toInt(&ok);
        if (!ok) {
            problem = tr("not a whole number");
            return {};
        }
        if (field.maximum > field.minimum && (number < field.minimum || number > field.maximum)) {
            problem = tr("not between %1 and %2").arg(field.minimum).arg(field.maximum);
            return {};
        }
        return number;
    }
    case FieldType::Boolean: {
        const std::optional<bool> yes = CellValues::yesNo(text);
        if (!yes) {
            problem = tr("write 是 or 否");
            return {};
        }
        return *yes ? 1 : 0;
    }
    case FieldType::Vocabulary: {
        const QString vocabulary = field.vocabularyFor(values);
        const QString key = CellValues::vocabularyKey(vocabulary, text);
        if (key.isEmpty() && !text.isEmpty()) {
            problem = tr("not one of %1").arg(choicesText(vocabulary));
            return {};
        }
        return key;
    }
    default:
        return text;
    }
}

LedgerValues::Sanction LedgerValues::sanction(const QString &input, const QString &givenSystem,
                                              const QString &employment)
{
    Sanction result;
    QString text = input.trimmed();
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    if (text.endsWith(QStringLiteral("处分")) && text.size() > 2)
        text.chop(2);
    QString system = givenSystem;
    static const QList<QPair<QString, QString>> prefixes
        = {{QStringLiteral("党内"), QStringLiteral("party")},
           {QStringLiteral("党纪"), QStringLiteral("party")},
           {QStringLiteral("政务"), QStringLiteral("government")},
           {QStringLiteral("行政"), QStringLiteral("government")},
           {QStringLiteral("事业单位"), QStringLiteral("institution")}};
    for (const auto &[prefix, key] : prefixes) {
        if (text.startsWith(prefix) && text.size() > prefix.size()) {
            if (!system.isEmpty() && system != key) {
                result.problem
                    = tr("it is a %1, but the system given differs")
                          .arg(Vocabulary::label(QStringLiteral("sanctions.system"), key));
                return result;
            }
            system = key;
            text = text.mid(prefix.size());
            break;
        }
    }
    static const QRegularExpression probation(QStringLiteral("^留党察看(?:([一二两12])年)?$"));
    const QRegularExpressionMatch term = probation.match(text);
    if (term.hasMatch()) {
        result.system = QStringLiteral("party");
        result.kind = QStringLiteral("probation");
        if (!term.captured(1).isEmpty())
            result.probationMonths = QStringLiteral("1一").contains(term.captured(1)) ? 12 : 24;
        if (!system.isEmpty() && system != result.system)
            result.problem = tr("留党察看 is a party sanction");
        return result;
    }
    QStringList systems;
    if (!system.isEmpty())
        systems << system;
    else
        systems << QStringLiteral("party") << QStringLiteral("government")
                << QStringLiteral("institution");
    QStringList found;
    for (const QString &candidate : systems) {
        const QString kind = kindOf(candidate, text);
        if (!kind.isEmpty()) {
            found << candidate;
            result.kind = kind;
        }
    }
    // 开除 alone is the end of public employment, in either of the two systems that have it.
    if (found.isEmpty() && text == QStringLiteral("开除")) {
        for (const QString &candidate : systems)
            if (candidate != QLatin1String("party"))
                found << candidate;
        result.kind = QStringLiteral("expulsion");
    }
    if (found.isEmpty()) {
        result.problem = system.isEmpty()
                             ? tr("not a sanction: write it as 党内警告, 严重警告, 政务记过, "
                                  "留党察看一年 …")
                             : tr("not one of %1")
                                   .arg(choicesText(QStringLiteral("sanctions.") + system
                                                    + QStringLiteral("_kind")));
        return result;
    }
    if (found.size() > 1 && found.contains(QStringLiteral("party"))) {
        result.problem = tr("a party or a government sanction? Write 党内%1 or 政务%1").arg(text);
        return result;
    }
    // A 记过 in both systems of public employment: the cadre's employment tells which.
    if (found.size() > 1)
        result.system = employment == QLatin1String("public_institution")
                            ? QStringLiteral("institution")
                            : QStringLiteral("government");
    else
        result.system = found.first();
    result.kind = kindOf(result.system, text);
    if (result.kind.isEmpty())
        result.kind = QStringLiteral("expulsion");
    return result;
}

QString LedgerValues::disposition(const QString &input)
{
    const QString text = input.trimmed();
    static const QHash<QString, QString> usual
        = {{QStringLiteral("函询"), QStringLiteral("talk_or_letter_inquiry")},
           {QStringLiteral("谈话"), QStringLiteral("talk_or_letter_inquiry")},
           {QStringLiteral("谈话函询"), QStringLiteral("talk_or_letter_inquiry")},
           {QStringLiteral("初核"), QStringLiteral("preliminary_verification")},
           {QStringLiteral("初步核实"), QStringLiteral("preliminary_verification")},
           {QStringLiteral("暂存"), QStringLiteral("shelved")},
           {QStringLiteral("暂存待查"), QStringLiteral("shelved")},
           {QStringLiteral("了结"), QStringLiteral("closed")},
           {QStringLiteral("予以了结"), QStringLiteral("closed")}};
    if (usual.contains(text))
        return usual.value(text);
    for (const QString &state : ClueStateMachine::dispositions())
        if (text.compare(ClueStateMachine::stateLabel(state), Qt::CaseInsensitive) == 0
            || text == state)
            return state;
    return {};
}

QString LedgerValues::closure(const QString &input, bool &known)
{
    const QString text = input.trimmed();
    known = true;
    static const QHash<QString, QString> usual = {
        {QStringLiteral("了结"), QStringLiteral("closed")},
        {QStringLiteral("已了结"), QStringLiteral("closed")},
        {QStringLiteral("予以了结"), QStringLiteral("closed")},
        {QStringLiteral("办结"), QStringLiteral("closed")},
        {QStringLiteral("已办结"), QStringLiteral("closed")},
        {QStringLiteral("采信了结"), QStringLiteral("closed")},
        {QStringLiteral("立案"), QStringLiteral("case_filed")},
        {QStringLiteral("已立案"), QStringLiteral("case_filed")},
        {QStringLiteral("转立案"), QStringLiteral("case_filed")},
        {QStringLiteral("移送"), QStringLiteral("transferred")},
        {QStringLiteral("已移送"), QStringLiteral("transferred")},
        {QStringLiteral("移送司法机关"), QStringLiteral("transferred")},
        {QStringLiteral("已回复"), QStringLiteral("inquiry_replied")},
        {QStringLiteral("在办"), QString()},
        {QStringLiteral("办理中"), QString()},
        {QStringLiteral("正在办理"), QString()},
        {QStringLiteral("未办结"), QString()},
        {QStringLiteral("待办"), QString()},
    };
    if (text.isEmpty() || usual.contains(text))
        return usual.value(text);
    for (const QString &state : ClueStateMachine::states())
        if (text == ClueStateMachine::stateChineseName(state)
            || text.compare(ClueStateMachine::stateLabel(state), Qt::CaseInsensitive) == 0
            || text == state)
            return state;
    known = false;
    return {};
}
