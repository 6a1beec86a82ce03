#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// Adds `days` working days (Monday to Friday) to `from`; `from` itself does not count.
// Public holidays are not known here and count as working days.
QDate addWorkingDays(QDate from, int days);

// The workflow of a problem clue. States and dispositions are the string keys stored in
// clues.state, clue_steps.to_state and clues.disposition.
class ClueStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(ClueStateMachine)

public:
    static QStringList states();
    static QStringList nextStates(const QString &state);
    static bool canMove(const QString &from, const QString &to);
    static bool isFinal(const QString &state);
    // A known state that is not final.
    static bool isOpen(const QString &state);
    static QString stateLabel(const QString &state);
    // The official term, e.g. "谈话函询", for printed documents.
    static QString stateChineseName(const QString &state);

    // The four dispositions a proposal can lead to.
    static QStringList dispositions();
    // The disposition a move decides: set only for legal moves out of disposition_proposed.
    static std::optional<QString> dispositionOf(const QString &from, const QString &to);
    static QString dispositionLabel(const QString &disposition);

    // The day by which the step after `state` is due, or a null date where there is no deadline.
    // For registered and assigned, pass the registration date: the disposition proposal is due
    // within one month of it. For talk_or_letter_inquiry pass the day the letter was sent or the
    // talk held (written reply within 15 working days); for inquiry_replied the reply date
    // (closing within one month).
    static QDate dueDate(const QString &state, QDate enteredOn);
    // True when the state has a deadline and `asOf` is after it.
    static bool isOverdue(const QString &state, QDate enteredOn, QDate asOf);

    static constexpr int replyWorkingDays = 15;
};
