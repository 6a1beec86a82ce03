#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantMap>

struct FieldDescription;

// A ledger's cells read as their writers mean them: the measures in Chinese (党内严重警告,
// 政务记过, 留党察看一年), how far a clue has gone (谈话函询, 已了结, 立案), and any form field.
class LedgerValues
{
    Q_DECLARE_TR_FUNCTIONS(LedgerValues)

public:
    // One field of a kind from its cell: the value to store, or a null QVariant with `problem`
    // set. `values` holds the fields read so far (a sanction's kind depends on its system).
    static QVariant field(const FieldDescription &field, const QString &text,
                          const QVariantMap &values, QString &problem);

    // A sanction written as ledgers write it. `employment` (cadres.employment) tells a public
    // institution's 记过 from a civil servant's. Sets system, kind and, for 留党察看, the term.
    struct Sanction
    {
        QString system;
        QString kind;
        int probationMonths = 0;
        QString problem;
    };
    static Sanction sanction(const QString &text, const QString &system, const QString &employment);

    // The state a clue's disposition leads to (谈话函询 → talk_or_letter_inquiry), or empty.
    static QString disposition(const QString &text);
    // The state a ledger's 办结情况 names: closed, case_filed, transferred or another state; empty
    // for a clue still being handled (在办). `known` is false when the text is none of these.
    static QString closure(const QString &text, bool &known);
};
