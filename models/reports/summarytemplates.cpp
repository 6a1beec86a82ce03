#include "summarytemplates.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString entity = QStringLiteral("summary_template");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

SummaryOptions optionsFrom(const QSqlQuery &query)
{
    SummaryOptions options;
    const QString sections = query.value(0).toString();
    if (!sections.isEmpty())
        options.sections = sections.split(QLatin1Char(','));
    options.from = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    options.until = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    options.includeClosedClues = query.value(3).toBool();
    return options;
}

QJsonObject snapshot(const QString &name, const SummaryOptions &options)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("sections"), QJsonArray::fromStringList(options.sections)},
                       {QStringLiteral("from"), options.from.toString(Qt::ISODate)},
                       {QStringLiteral("until"), options.until.toString(Qt::ISODate)},
                       {QStringLiteral("include_closed_clues"), options.includeClosedClues}};
}

} // namespace

SummaryTemplates::SummaryTemplates(Database &database)
    : m_database(database)
{}

QStringList SummaryTemplates::names() const
{
    Access::require(m_database, Permission::ReadDossiers);
    QStringList result;
    QSqlQuery query = Sql::run(m_database.connection(),
                               QStringLiteral("SELECT name FROM summary_templates ORDER BY name"));
    while (query.next())
        result << query.value(0).toString();
    return result;
}

std::optional<SummaryOptions> SummaryTemplates::load(const QString &name) const
{
    Access::require(m_database, Permission::ReadDossiers);
    QSqlQuery query = Sql::run(m_database.connection(),
                               QStringLiteral("SELECT sections, from_date, until_date, "
                                              "include_closed_clues FROM summary_templates "
                                              "WHERE name = ?"),
                               {name});
    if (!query.next())
        return std::nullopt;
    return optionsFrom(query);
}

bool SummaryTemplates::canChange() const
{
    const Session *session = m_database.session();
    return session && session->can(Permission::WriteRecords);
}

qint64 SummaryTemplates::idOf(const QString &name) const
{
    return Sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT id FROM summary_templates WHERE name = ?"), {name})
        .toLongLong();
}

void SummaryTemplates::write(qint64 id, const QString &name, const SummaryOptions &options)
{
    if (name.isEmpty())
        throw DataError(tr("A summary template needs a name."));
    if (options.from.isValid() && options.until.isValid() && options.from > options.until)
        throw DataError(tr("The first day of the template's records comes after the last."));
    // An empty join is a null string, which the NOT NULL column would refuse.
    const QString sections = QStringLiteral("") + options.sections.join(QLatin1Char(','));
    const QVariantList values{name, sections, dateValue(options.from), dateValue(options.until),
                              options.includeClosedClues ? 1 : 0};
    const QSqlDatabase db = m_database.connection();
    AuditEntry entry;
    entry.entity = entity;
    entry.after = snapshot(name, options);
    if (id > 0) {
        entry.action = QStringLiteral("update");
        entry.before = snapshot(name, *load(name));
        Sql::run(db,
                 QStringLiteral("UPDATE summary_templates SET name = ?, sections = ?, "
                                "from_date = ?, until_date = ?, include_closed_clues = ? "
                                "WHERE id = ?"),
                 values + QVariantList{id});
    } else {
        entry.action = QStringLiteral("create");
        Sql::run(db,
                 QStringLiteral("INSERT INTO summary_templates (name, sections, from_date, "
                                "until_date, include_closed_clues) VALUES (?, ?, ?, ?, ?)"),
                 values);
        id = idOf(name);
    }
    entry.entityId = id;
    AuditLog::append(m_database, entry);
}

void SummaryTemplates::save(const QString &name, const SummaryOptions &options)
{
    Access::require(m_database, Permission::WriteRecords);
    const QString trimmed = name.trimmed();
    Transaction transaction(m_database.connection());
    write(idOf(trimmed), trimmed, options);
    transaction.commit();
}

void SummaryTemplates::rename(const QString &name, const QString &newName)
{
    Access::require(m_database, Permission::WriteRecords);
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        throw DataError(tr("A summary template needs a name."));
    Transaction transaction(m_database.connection());
    const qint64 id = idOf(name);
    if (id == 0)
        throw DataError(tr("There is no summary template called \"%1\".").arg(name));
    const qint64 other = idOf(trimmed);
    if (other != 0 && other != id)
        throw DataError(tr("There is a summary template called \"%1\" already.").arg(trimmed));
    const SummaryOptions options = *load(name);
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = entity;
    entry.entityId = id;
    entry.before = snapshot(name, options);
    entry.after = snapshot(trimmed, options);
    Sql::run(m_database.connection(),
             QStringLiteral("UPDATE summary_templates SET name = ? WHERE id = ?"), {trimmed, id});
    AuditLog::append(m_database, entry);
    transaction.commit();
}

void SummaryTemplates::remove(const QString &name)
{
    Access::require(m_database, Permission::WriteRecords);
    Transaction transaction(m_database.connection());
    const qint64 id = idOf(name);
    if (id == 0)
        throw DataError(tr("There is no summary template called \"%1\".").arg(name));
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = entity;
    entry.entityId = id;
    entry.before = snapshot(name, *load(name));
    Sql::run(m_database.connection(), QStringLiteral("DELETE FROM summary_templates WHERE id = ?"),
             {id});
    AuditLog::append(m_database, entry);
    transaction.commit();
}

int SummaryTemplates::adopt(const QVector<Named> &templates)
{
    Access::require(m_database, Permission::WriteRecords);
    Transaction transaction(m_database.connection());
    int added = 0;
    for (const Named &named : templates) {
        const QString name = named.first.trimmed();
        const SummaryOptions &options = named.second;
        const bool reversed
            = options.from.isValid() && options.until.isValid() && options.from > options.until;
        if (name.isEmpty() || reversed || idOf(name) != 0)
            continue;
        write(0, name, named.second);
        ++added;
    }
    transaction.commit();
    return added;
}
