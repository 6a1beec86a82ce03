#include "sqlscript.h"

#include <QRegularExpression>

namespace {

bool isTriggerStatement(const QString &text)
{
    static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(text).hasMatch();
}

bool endsWithEndKeyword(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(text).hasMatch();
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inQuote = false;
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inQuote && c == QLatin1Char('-') && i + 1 < script.size()
            && script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (!inQuote && c == QLatin1Char(';')) {
            if (isTriggerStatement(current) && !endsWithEndKeyword(current)) {
                current += c;
                continue;
            }
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}
