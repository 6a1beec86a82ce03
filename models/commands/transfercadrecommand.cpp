#include "transfercadrecommand.h"

#include "domain/dataerror.h"
#include "domain/period.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlQuery>

TransferCadreCommand::TransferCadreCommand(Database &database, const Transfer &transfer)
    : RecordCommand(database, tr("Transfer to %1").arg(transfer.position))
    , m_transfer(transfer)
{}

void TransferCadreCommand::apply()
{
    const Transfer &t = m_transfer;
    if (!t.date.isValid())
        throw ValidationError(QStringLiteral("start_date"), tr("The transfer needs its date."));
    if (t.position.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("title"), tr("The new post needs its title."));
    if (t.unitId == 0)
        throw ValidationError(QStringLiteral("unit_id"), tr("The new post needs its unit."));
    const QSqlDatabase db = database().connection();
    RecordRepository repository(database());
    Transaction transaction(db);
    const QVariantMap cadre = repository.load(QStringLiteral("cadres"), t.cadreId);
    if (cadre.isEmpty())
        throw DataError(tr("This cadre no longer exists."));
    QVariantMap before;
    for (const char *column : {"unit_id", "position", "rank", "is_top_leader"})
        before.insert(QString::fromLatin1(column), cadre.value(QString::fromLatin1(column)));

    // The posts held until now end the day before the new one begins.
    QSqlQuery open = Sql::run(
        db,
        QStringLiteral("SELECT id, start_date FROM positions WHERE cadre_id = ? AND end_date "
                       "IS NULL"),
        {t.cadreId});
    QVector<qint64> ended;
    QVector<QDate> starts;
    while (open.next()) {
        ended << open.value(0).toLongLong();
        starts << Sql::date(open.value(1));
    }
    const QDate lastDay = t.date.addDays(-1);
    for (int i = 0; i < ended.size(); ++i) {
        if (starts.at(i).isValid() && starts.at(i) > lastDay)
            throw ValidationError(QStringLiteral("start_date"),
                                  tr("The new post cannot begin before the day after the "
                                     "present one began (%1).")
                                      .arg(displayDate(starts.at(i))));
        repository.update(QStringLiteral("positions"), ended.at(i),
                          {{QStringLiteral("end_date"), lastDay.toString(Qt::ISODate)}});
    }
    const qint64 post
        = repository.create(QStringLiteral("positions"),
                            {{QStringLiteral("cadre_id"), t.cadreId},
                             {QStringLiteral("unit_id"), t.unitId},
                             {QStringLiteral("title"), t.position.trimmed()},
                             {QStringLiteral("rank"), t.rank.trimmed()},
                             {QStringLiteral("start_date"), t.date.toString(Qt::ISODate)}});
    repository.update(QStringLiteral("cadres"), t.cadreId,
                      {{QStringLiteral("unit_id"), t.unitId},
                       {QStringLiteral("position"), t.position.trimmed()},
                       {QStringLiteral("rank"), t.rank.trimmed()},
                       {QStringLiteral("is_top_leader"), t.topLeader ? 1 : 0}});
    transaction.commit();
    m_before = before;
    m_ended = ended;
    m_post = post;
}

void TransferCadreCommand::revert()
{
    RecordRepository repository(database());
    Transaction transaction(database().connection());
    repository.remove(QStringLiteral("positions"), m_post);
    for (const qint64 id : m_ended)
        repository.update(QStringLiteral("positions"), id,
                          {{QStringLiteral("end_date"), QVariant(QMetaType(QMetaType::QString))}});
    repository.update(QStringLiteral("cadres"), m_transfer.cadreId, m_before);
    transaction.commit();
}
