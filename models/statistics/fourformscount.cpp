#include "fourformscount.h"

#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

QDate fromIso(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// "JOIN cadres c ON c.id = <column>" with the scope's test, when a scope is set.
QString cadreJoin(const StatisticScope &scope, const QString &column)
{
    if (scope.isWholeCounty())
        return {};
    return QStringLiteral(" JOIN cadres c ON c.id = %1").arg(column);
}

struct CaseKey
{
    qint64 cadreId;
    qint64 caseId;
    bool operator==(const CaseKey &other) const
    {
        return cadreId == other.cadreId && caseId == other.caseId;
    }
};

size_t qHash(const CaseKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.cadreId, key.caseId);
}

} // namespace

FourFormsCount::FourFormsCount(const QSqlDatabase &db, Rules rules)
    : m_db(db)
    , m_rules(std::move(rules))
{}

std::optional<int> FourFormsCount::formOf(const QString &measure, QDate day) const
{
    const auto form = m_rules.form(measure, QDate(day.year(), 12, 31));
    if (form && *form >= 1 && *form <= 4)
        return form;
    return std::nullopt;
}

std::array<qint64, 4> FourFormsCount::count(QDate from, QDate to, const StatisticScope &scope) const
{
    std::array<qint64, 4> forms{0, 0, 0, 0};
    gather(from, to, scope, forms, nullptr);
    return forms;
}

QVector<FormPersonTime> FourFormsCount::personTimes(QDate from, QDate to,
                                                    const StatisticScope &scope) const
{
    std::array<qint64, 4> forms{0, 0, 0, 0};
    QVector<FormPersonTime> result;
    gather(from, to, scope, forms, &result);
    return result;
}

// Counting alone groups the talks, the closings and the measures outside a case in SQL, so a
// city's year is a few hundred rows; listing reads every record.
void FourFormsCount::gather(QDate from, QDate to, const StatisticScope &scope,
                            std::array<qint64, 4> &forms, QVector<FormPersonTime> *list) const
{
    const bool listing = list != nullptr;
    auto add
        = [&](int form, const QString &table, qint64 id, qint64 cadreId, QDate day, qint64 times) {
              forms[size_t(form - 1)] += times;
              if (listing)
                  list->append({form, table, id, cadreId, day});
          };
    const QVariantList range = scope.withValues() + QVariantList{iso(from), iso(to)};
    const QString unitTest = scope.test(QStringLiteral("c.unit_id"));

    // The talk kinds the rules give a form.
    QStringList measureTalkKinds;
    for (const QString &kind :
         {QStringLiteral("reminder"), QStringLiteral("admonition"), QStringLiteral("integrity"),
          QStringLiteral("pre_appointment"), QStringLiteral("heart_to_heart"),
          QStringLiteral("collective"), QStringLiteral("warning")}) {
        if (formOf(QStringLiteral("talk.") + kind, to))
            measureTalkKinds << QStringLiteral("'%1'").arg(kind); // fixed keys, not input
    }
    if (measureTalkKinds.isEmpty())
        measureTalkKinds << QStringLiteral("''");

    // Talks that are measures in themselves (reminder, warning …), each one person-time.
    QSqlQuery talks = Sql::run(
        m_db,
        scope.with()
            + (listing ? QStringLiteral(
                   "SELECT t.id, t.cadre_id, t.talk_date, t.kind, 1 FROM talks t%1 "
                   "WHERE t.talk_date BETWEEN ? AND ? AND t.kind IN (%3)%2")
                       : QStringLiteral(
                           "SELECT 0, 0, max(t.talk_date), t.kind, count(*) FROM talks t%1 "
                           "WHERE t.talk_date BETWEEN ? AND ? AND t.kind IN (%3)%2 "
                           "GROUP BY t.kind, substr(t.talk_date, 1, 4)"))
                  .arg(cadreJoin(scope, QStringLiteral("t.cadre_id")), unitTest,
                       measureTalkKinds.join(QStringLiteral(", "))),
        range);
    while (talks.next()) {
        const QDate day = fromIso(talks.value(2));
        const QString kind = talks.value(3).toString();
        if (const auto form = formOf(QStringLiteral("talk.") + kind, day))
            add(*form, QStringLiteral("talks"), talks.value(0).toLongLong(),
                talks.value(1).toLongLong(), day, talks.value(4).toLongLong());
    }

    // Clues closed with something said to the cadre. A first-form measure recorded for the
    // clue (a talk or an admonition naming it) is counted as itself, so the closing is not.
    QSqlQuery closures = Sql::run(
        m_db,
        scope.with()
            + QStringLiteral("SELECT %4 FROM clue_steps st "
                             "JOIN clue_subjects s ON s.clue_id = st.clue_id%1 "
                             "WHERE st.step_date BETWEEN ? AND ? AND st.to_state = 'closed' "
                             "AND st.from_state IN ('inquiry_replied', 'preliminary_verification') "
                             "AND s.outcome IN ('explanation_accepted', 'first_form_measure') "
                             "AND NOT (s.outcome = 'first_form_measure' AND ("
                             "EXISTS (SELECT 1 FROM talks t WHERE t.cadre_id = s.cadre_id "
                             "AND t.clue_id = st.clue_id AND t.kind IN (%3)) OR "
                             "EXISTS (SELECT 1 FROM admonitions a WHERE a.cadre_id = s.cadre_id "
                             "AND a.clue_id = st.clue_id)))%2%5")
                  .arg(cadreJoin(scope, QStringLiteral("s.cadre_id")), unitTest,
                       measureTalkKinds.join(QStringLiteral(", ")),
                       listing ? QStringLiteral("st.clue_id, s.cadre_id, st.step_date, "
                                                "st.from_state, 1")
                               : QStringLiteral("0, 0, max(st.step_date), st.from_state, count(*)"),
                       listing
                           ? QString()
                           : QStringLiteral(" GROUP BY st.from_state, substr(st.step_date, 1, 4)")),
        range);
    while (closures.next()) {
        const QDate day = fromIso(closures.value(2));
        const QString measure = closures.value(3).toString() == QLatin1String("inquiry_replied")
                                    ? QStringLiteral("clue.inquiry_closed")
                                    : QStringLiteral("clue.verification_closed");
        if (const auto form = formOf(measure, day))
            add(*form, QStringLiteral("clues"), closures.value(0).toLongLong(),
                closures.value(1).toLongLong(), day, closures.value(4).toLongLong());
    }

    // Cadres transferred to the judiciary in a case: form 4 for that case, nothing else.
    QHash<CaseKey, QDate> transferred;
    QSqlQuery transfers
        = Sql::run(m_db,
                   scope.with()
                       + QStringLiteral("SELECT s.cadre_id, s.case_id, s.transferred_to_judiciary "
                                        "FROM case_subjects s%1 "
                                        "WHERE s.transferred_to_judiciary BETWEEN ? AND ?%2")
                             .arg(cadreJoin(scope, QStringLiteral("s.cadre_id")), unitTest),
                   range);
    while (transfers.next())
        transferred.insert({transfers.value(0).toLongLong(), transfers.value(1).toLongLong()},
                           fromIso(transfers.value(2)));

    // Sanctions, handlings and admonitions: alone outside a case, the heaviest per cadre in one.
    QHash<CaseKey, FormPersonTime> heaviest;
    const QString measuresStatement
        = QStringLiteral(
              "SELECT 'sanctions', x.id, x.cadre_id, x.case_id, x.system || '.' || x.kind, "
              "x.effective_date FROM sanctions x%1 WHERE x.effective_date BETWEEN ? AND ?%2 "
              "UNION ALL SELECT 'organizational_handlings', x.id, x.cadre_id, x.case_id, "
              "'handling.' || x.kind, x.effective_date FROM organizational_handlings x%1 "
              "WHERE x.effective_date BETWEEN ? AND ?%2 "
              "UNION ALL SELECT 'admonitions', x.id, x.cadre_id, x.case_id, 'admonition', "
              "x.effective_date FROM admonitions x%1 WHERE x.effective_date BETWEEN ? AND ?%2")
              .arg(cadreJoin(scope, QStringLiteral("x.cadre_id")), unitTest);
    const QVariantList dates{iso(from), iso(to)};
    QSqlQuery measures = Sql::run(m_db, scope.with() + measuresStatement,
                                  scope.withValues() + dates + dates + dates);
    while (measures.next()) {
        const QDate day = fromIso(measures.value(5));
        const auto form = formOf(measures.value(4).toString(), day);
        if (!form)
            continue;
        const FormPersonTime personTime{*form, measures.value(0).toString(),
                                        measures.value(1).toLongLong(),
                                        measures.value(2).toLongLong(), day};
        if (measures.value(3).isNull()) {
            add(personTime.form, personTime.table, personTime.id, personTime.cadreId,
                personTime.date, 1);
            continue;
        }
        const CaseKey key{personTime.cadreId, measures.value(3).toLongLong()};
        const auto found = heaviest.find(key);
        if (found == heaviest.end() || found->form < personTime.form)
            heaviest.insert(key, personTime);
    }
    for (auto it = heaviest.constBegin(); it != heaviest.constEnd(); ++it) {
        if (!transferred.contains(it.key()))
            add(it->form, it->table, it->id, it->cadreId, it->date, 1);
    }
    for (auto it = transferred.constBegin(); it != transferred.constEnd(); ++it) {
        if (const auto form = formOf(QStringLiteral("judicial_transfer"), it.value()))
            add(*form, QStringLiteral("cases"), it.key().caseId, it.key().cadreId, it.value(), 1);
    }
}
