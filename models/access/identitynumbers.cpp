#include "identitynumbers.h"

#include "domain/session.h"

#include <QRegularExpression>

namespace IdentityNumbers {

QString masked(const QString &number)
{
    if (number.isEmpty())
        return number;
    if (number.size() <= 8)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(4) + QString(number.size() - 8, QLatin1Char('*')) + number.right(4);
}

bool maySee(const Session *session)
{
    return session && session->can(Permission::SeeIdentityNumbers);
}

QString shown(const Session *session, const QString &number)
{
    return maySee(session) ? number : masked(number);
}

QString shownInJson(const Session *session, const QString &json)
{
    if (maySee(session) || !json.contains(QLatin1String("\"id_number\"")))
        return json;
    // Audit entries are canonical JSON: "id_number":"…" with no escapes inside a number.
    static const QRegularExpression value(QStringLiteral("\"id_number\"\\s*:\\s*\"([^\"]*)\""));
    QString result;
    qsizetype last = 0;
    auto it = value.globalMatch(json);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(json).mid(last, match.capturedStart(1) - last);
        result += masked(match.captured(1));
        last = match.capturedEnd(1);
    }
    result += QStringView(json).mid(last);
    return result;
}

} // namespace IdentityNumbers
