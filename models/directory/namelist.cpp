#include "namelist.h"

#include "access/access.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QRegularExpression &identityPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{17}[\\dXx]|\\d{15})$"));
    return pattern;
}

} // namespace

QStringList NameList::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,，、;；]+"));
    QStringList people;
    for (const QString &line :
         text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts)) {
        const QStringList words = line.split(separators, Qt::SkipEmptyParts);
        QStringList numbers;
        for (const QString &word : words)
            if (identityPattern().match(word).hasMatch())
                numbers << word.toUpper();
        for (const QString &person : numbers.isEmpty() ? words : numbers)
            if (!people.contains(person))
                people << person;
    }
    return people;
}

QVector<NameListEntry> NameList::resolve(const Database &database, const QString &text)
{
    const Visibility visibility = Access::visibility(database);
    const QSqlDatabase db = database.connection();
    QVector<NameListEntry> entries;
    for (const QString &person : split(text)) {
        NameListEntry entry;
        entry.written = person;
        const bool number = identityPattern().match(person).hasMatch();
        QSqlQuery query = Sql::run(
            db,
            number ? QStringLiteral("SELECT c.id, c.unit_id FROM cadres c JOIN units u ON u.id = "
                                    "c.unit_id WHERE upper(c.id_number) = ? ORDER BY u.sort_order, "
                                    "u.name, c.name, c.id")
                   : QStringLiteral("SELECT c.id, c.unit_id FROM cadres c JOIN units u ON u.id = "
                                    "c.unit_id WHERE c.name = ? ORDER BY u.sort_order, u.name, "
                                    "c.id"),
            {person});
        while (query.next())
            if (visibility.seesUnit(query.value(1).toLongLong()))
                entry.candidates << query.value(0).toLongLong();
        entries << entry;
    }
    return entries;
}
