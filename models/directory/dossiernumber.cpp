#include "dossiernumber.h"

#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

QString suggestDossierNumber(const QSqlDatabase &db, QDate today)
{
    static const QRegularExpression trailingDigits(QStringLiteral("(\\d+)$"));
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(19|20)\\d\\d(?!\\d)"));
    const QString latest = Sql::scalar(db, QStringLiteral("SELECT dossier_number FROM cadres "
                                                          "ORDER BY id DESC LIMIT 1"))
                               .toString();
    QSqlQuery numbers = Sql::run(db, QStringLiteral("SELECT dossier_number FROM cadres"));
    qint64 highest = 0;
    while (numbers.next()) {
        const auto match = trailingDigits.match(numbers.value(0).toString());
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toLongLong());
    }
    const auto match = trailingDigits.match(latest);
    if (!match.hasMatch())
        return QStringLiteral("%1-%2").arg(today.year()).arg(highest + 1, 5, 10, QLatin1Char('0'));
    QString prefix = latest.left(match.capturedStart(1));
    prefix.replace(year, QString::number(today.year()));
    return prefix
           + QStringLiteral("%1").arg(highest + 1, match.capturedLength(1), 10, QLatin1Char('0'));
}
