#include "cluestatemachine.h"

#include "period.h"

namespace {

struct StateInfo
{
    const char *key;
    const char *label;
    const char *chineseName;
    const char *next; // space-separated legal next states
};

const StateInfo stateTable[] = {
    {"registered", QT_TRANSLATE_NOOP("ClueStateMachine", "Registered"), "登记", "assigned"},
    {"assigned", QT_TRANSLATE_NOOP("ClueStateMachine", "Assigned"), "分办", "disposition_proposed"},
    {"disposition_proposed", QT_TRANSLATE_NOOP("ClueStateMachine", "Disposition proposed"),
     "拟处置", "talk_or_letter_inquiry preliminary_verification shelved closed"},
    {"talk_or_letter_inquiry", QT_TRANSLATE_NOOP("ClueStateMachine", "Talk or letter inquiry"),
     "谈话函询", "inquiry_replied"},
    {"inquiry_replied", QT_TRANSLATE_NOOP("ClueStateMachine", "Inquiry replied"), "已回复",
     "closed talk_or_letter_inquiry preliminary_verification"},
    {"preliminary_verification", QT_TRANSLATE_NOOP("ClueStateMachine", "Preliminary verification"),
     "初步核实", "case_filed closed shelved transferred"},
    {"shelved", QT_TRANSLATE_NOOP("ClueStateMachine", "Shelved"), "暂存待查",
     "disposition_proposed closed"},
    {"closed", QT_TRANSLATE_NOOP("ClueStateMachine", "Closed"), "予以了结", ""},
    {"case_filed", QT_TRANSLATE_NOOP("ClueStateMachine", "Case filed"), "立案", ""},
    {"transferred", QT_TRANSLATE_NOOP("ClueStateMachine", "Transferred"), "移送", ""},
};

const StateInfo *findState(const QString &state)
{
    for (const StateInfo &info : stateTable) {
        if (state == QLatin1String(info.key))
            return &info;
    }
    return nullptr;
}

bool isWeekend(QDate day)
{
    return day.dayOfWeek() == Qt::Saturday || day.dayOfWeek() == Qt::Sunday;
}

} // namespace

QDate addWorkingDays(QDate from, int days)
{
    if (!from.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    QDate day = from;
    for (int remaining = days < 0 ? -days : days; remaining > 0;) {
        day = day.addDays(step);
        if (!isWeekend(day))
            --remaining;
    }
    return day;
}

QStringList ClueStateMachine::states()
{
    QStringList keys;
    for (const StateInfo &info : stateTable)
        keys.append(QString::fromLatin1(info.key));
    return keys;
}

QStringList ClueStateMachine::nextStates(const QString &state)
{
    const StateInfo *info = findState(state);
    if (!info)
        return {};
    return QString::fromLatin1(info->next).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ClueStateMachine::canMove(const QString &from, const QString &to)
{
    return nextStates(from).contains(to);
}

bool ClueStateMachine::isFinal(const QString &state)
{
    return findState(state) && nextStates(state).isEmpty();
}

bool ClueStateMachine::isOpen(const QString &state)
{
    return findState(state) && !isFinal(state);
}

QString ClueStateMachine::stateLabel(const QString &state)
{
    const StateInfo *info = findState(state);
    return info ? tr(info->label) : state;
}

QString ClueStateMachine::stateChineseName(const QString &state)
{
    const StateInfo *info = findState(state);
    return info ? QString::fromUtf8(info->chineseName) : state;
}

QStringList ClueStateMachine::dispositions()
{
    return nextStates(QStringLiteral("disposition_proposed"));
}

std::optional<QString> ClueStateMachine::dispositionOf(const QString &from, const QString &to)
{
    if (from != QLatin1String("disposition_proposed") || !canMove(from, to))
        return std::nullopt;
    return to;
}

QString ClueStateMachine::dispositionLabel(const QString &disposition)
{
    // Each disposition shares its key and label with the state it leads to.
    return dispositions().contains(disposition) ? stateLabel(disposition) : disposition;
}

QDate ClueStateMachine::dueDate(const QString &state, QDate enteredOn)
{
    if (!enteredOn.isValid())
        return {};
    if (state == QLatin1String("registered") || state == QLatin1String("assigned")
        || state == QLatin1String("inquiry_replied"))
        return lastDayAfterMonths(enteredOn, 1);
    if (state == QLatin1String("talk_or_letter_inquiry"))
        return addWorkingDays(enteredOn, replyWorkingDays);
    return {};
}

bool ClueStateMachine::isOverdue(const QString &state, QDate enteredOn, QDate asOf)
{
    const QDate due = dueDate(state, enteredOn);
    return due.isValid() && asOf.isValid() && asOf > due;
}
