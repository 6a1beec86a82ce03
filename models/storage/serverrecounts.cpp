#include "serverrecounts.h"

#include <QRegularExpression>

namespace ServerRecounts {

namespace {

using TableCounts::Recount;

// The group a row belongs to, as text: the values of the row's columns the match names.
QString groupKey(const Recount &recount, const QString &row)
{
    static const QRegularExpression column(QStringLiteral("%1\\.(\\w+)"));
    QStringList parts;
    for (auto match = column.globalMatch(recount.match); match.hasNext();)
        parts << QStringLiteral("coalesce(%1.%2::text, '')").arg(row, match.next().captured(1));
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" || '/' || "));
}

QString moveCounts(const QString &match, const QString &sign)
{
    return QStringLiteral(
               "INSERT INTO statistic_counts (indicator, period, unit_id, count)\n"
               "            SELECT indicator, period, unit_id, %1count(*) FROM statistic_sources\n"
               "            WHERE %2 GROUP BY 1, 2, 3\n"
               "            ON CONFLICT (indicator, period, unit_id) DO UPDATE SET count = "
               "statistic_counts.count + excluded.count;")
        .arg(sign, match);
}

QString function(const Recount &recount, bool before)
{
    const QString oldRow = recount.match.arg(QStringLiteral("OLD"));
    const QString newRow = recount.match.arg(QStringLiteral("NEW"));
    const QString oldKey = groupKey(recount, QStringLiteral("OLD"));
    const QString newKey = groupKey(recount, QStringLiteral("NEW"));
    const QString name
        = recount.trigger + (before ? QStringLiteral("_before") : QStringLiteral("_after"));
    const QString mark
        = before ? QStringLiteral("INSERT INTO recount_pending (backend, stem, key) VALUES "
                                  "(pg_backend_pid(), '%1', k) ON CONFLICT DO NOTHING;")
                       .arg(recount.trigger)
                 : QStringLiteral("DELETE FROM recount_pending WHERE backend = pg_backend_pid() "
                                  "AND stem = '%1' AND key = k;")
                       .arg(recount.trigger);
    const QString sign = before ? QStringLiteral("-") : QString();
    const QString returned = before
                                 ? QStringLiteral("CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END")
                                 : QStringLiteral("NULL");
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                          "DECLARE\n"
                          "    k text;\n"
                          "BEGIN\n"
                          "    IF TG_OP = 'INSERT' THEN\n"
                          "        k := 'n/' || %2;\n"
                          "    ELSIF TG_OP = 'DELETE' THEN\n"
                          "        k := 'o/' || %3;\n"
                          "    ELSE\n"
                          "        k := 'u/' || %3 || '/' || %2;\n"
                          "    END IF;\n"
                          "    %4\n"
                          "    IF FOUND THEN\n"
                          "        IF TG_OP = 'INSERT' THEN\n"
                          "            %5\n"
                          "        ELSIF TG_OP = 'DELETE' THEN\n"
                          "            %6\n"
                          "        ELSE\n"
                          "            %7\n"
                          "        END IF;\n"
                          "    END IF;\n"
                          "    RETURN %8;\n"
                          "END\n"
                          "$$")
        .arg(name, newKey, oldKey, mark, moveCounts(newRow, sign), moveCounts(oldRow, sign),
             moveCounts(QStringLiteral("(%1) OR (%2)").arg(oldRow, newRow), sign), returned);
}

QString trigger(const Recount &recount, const QString &timing, const QString &event,
                const QString &when, bool before)
{
    const QString function
        = recount.trigger + (before ? QStringLiteral("_before") : QStringLiteral("_after"));
    return QStringLiteral("CREATE TRIGGER %1_%2_%3 %4 %5 ON %6 FOR EACH ROW%7 EXECUTE FUNCTION "
                          "%8()")
        .arg(recount.trigger, timing.toLower(), event.section(QLatin1Char(' '), 0, 0).toLower(),
             timing, event, recount.table,
             when.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(when), function);
}

} // namespace

QString pendingTable()
{
    return QStringLiteral("CREATE UNLOGGED TABLE IF NOT EXISTS recount_pending (\n"
                          "    backend INTEGER NOT NULL,\n"
                          "    stem    TEXT NOT NULL,\n"
                          "    key     TEXT NOT NULL,\n"
                          "    PRIMARY KEY (backend, stem, key)\n)");
}

QStringList around(const Recount &recount)
{
    QString whenNew, whenOld, whenEither;
    if (!recount.guard.isEmpty()) {
        whenNew = QStringLiteral("NEW.%1 IS NOT NULL").arg(recount.guard);
        whenOld = QStringLiteral("OLD.%1 IS NOT NULL").arg(recount.guard);
        whenEither = whenOld + QStringLiteral(" OR ") + whenNew;
    }
    QStringList statements{function(recount, true), function(recount, false)};
    for (const bool before : {true, false}) {
        const QString timing = before ? QStringLiteral("BEFORE") : QStringLiteral("AFTER");
        if (recount.inserts)
            statements << trigger(recount, timing, QStringLiteral("INSERT"), whenNew, before);
        statements << trigger(recount, timing, QStringLiteral("UPDATE"), whenEither, before)
                   << trigger(recount, timing, QStringLiteral("DELETE"), whenOld, before);
    }
    return statements;
}

} // namespace ServerRecounts
