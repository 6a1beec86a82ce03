#include "opinionbatch.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "dossier/opinionservice.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace {

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant optionalDay(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

QList<qint64> OpinionBatch::cadreIds() const
{
    QList<qint64> ids;
    for (const OpinionAnswer &answer : answers)
        ids << answer.cadreId;
    return ids;
}

OpinionBatches::OpinionBatches(Database &database)
    : m_database(database)
{}

QString OpinionBatches::categorySentence(int category)
{
    switch (category) {
    case 1:
        return QString::fromUtf8("未收到反映其党风廉政方面问题的信访举报。");
    case 2:
        return QString::fromUtf8("曾收到反映其问题的信访举报，经核查已予了结，无不同意见。");
    case 3:
        return QString::fromUtf8("曾因有关问题受到处理，现已处理完毕或影响期已满，无不同意见。");
    case 4:
        return QString::fromUtf8("有反映其问题的线索正在处置中，暂缓提出意见。");
    case 5:
        return QString::fromUtf8(
            "正在接受初步核实或立案审查调查，或尚在处分、组织处理、诫勉影响期内，建议暂缓使用。");
    case 6:
        return QString::fromUtf8(
            "受到较重处分尚在影响期内，或被开除、移送司法机关依法处理，不宜使用。");
    }
    return {};
}

QString OpinionBatches::standardWording(int category, const QString &names)
{
    return QString::fromUtf8("经查，%1，").arg(names) + categorySentence(category);
}

QString OpinionBatches::wordingFor(const OpinionResult &result, const QString &name)
{
    if (result.grounds.isEmpty() || (result.category != 5 && result.category != 6))
        return standardWording(result.category, name);
    return QString::fromUtf8("经查，%1%2，%3。")
        .arg(name, result.grounds.join(QString::fromUtf8("，")),
             result.category == 5 ? QString::fromUtf8("建议暂缓使用")
                                  : QString::fromUtf8("不宜使用"));
}

qint64 OpinionBatches::create(const OpinionRequest &request, const QList<qint64> &cadreIds)
{
    if (request.requester.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("requester"),
                              tr("Name who asked for the opinions (the requester)."));
    if (request.purpose.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("purpose"),
                              tr("Say what the opinions are for (the purpose)."));
    if (!request.requestDate.isValid() || !request.asOf.isValid())
        throw ValidationError(QStringLiteral("request_date"),
                              tr("The request needs its date and the date the facts are read."));
    if (request.replyDate.isValid() && request.replyDate < request.requestDate)
        throw ValidationError(QStringLiteral("reply_date"),
                              tr("The reply cannot be dated before the request."));
    if (cadreIds.isEmpty())
        throw ValidationError(QStringLiteral("cadres"), tr("Name at least one cadre."));
    const QSet<qint64> distinct(cadreIds.begin(), cadreIds.end());
    if (distinct.size() != cadreIds.size())
        throw ValidationError(QStringLiteral("cadres"), tr("A cadre is named twice."));

    const QSqlDatabase db = m_database.connection();
    const OpinionService service(m_database);
    RecordRepository repository(m_database);
    Transaction transaction(db);
    const qint64 batchId = repository.create(
        QStringLiteral("opinion_batches"),
        {{QStringLiteral("requester"), request.requester.trimmed()},
         {QStringLiteral("request_number"), request.requestNumber.trimmed()},
         {QStringLiteral("request_date"), day(request.requestDate)},
         {QStringLiteral("purpose"), request.purpose.trimmed()},
         {QStringLiteral("as_of_date"), day(request.asOf)},
         {QStringLiteral("reply_date"), optionalDay(request.replyDate)},
         {QStringLiteral("signed_by"), request.signedBy.trimmed()},
         {QStringLiteral("created_by"), m_database.actorName()},
         {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    // Every cadre's name and facts first, in a few statements for the whole batch.
    QHash<qint64, QString> names;
    QStringList numbers;
    for (const qint64 cadreId : cadreIds)
        numbers << QString::number(cadreId);
    QSqlQuery named = Sql::run(db, QStringLiteral("SELECT id, name FROM cadres WHERE id IN (%1)")
                                       .arg(numbers.join(QLatin1Char(','))));
    while (named.next())
        names.insert(named.value(0).toLongLong(), named.value(1).toString());
    for (const qint64 cadreId : cadreIds)
        if (!names.contains(cadreId))
            throw DataError(tr("There is no cadre with id %1.").arg(cadreId));
    const QHash<qint64, OpinionResult> results = service.decide(cadreIds, request.asOf);
    for (const qint64 cadreId : cadreIds) {
        const QString name = names.value(cadreId);
        const OpinionResult result = results.value(cadreId);
        const QString reasons
            = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result.reasons))
                                    .toJson(QJsonDocument::Compact));
        repository.create(
            QStringLiteral("opinion_answers"),
            {{QStringLiteral("batch_id"), batchId},
             {QStringLiteral("cadre_id"), cadreId},
             {QStringLiteral("category"), result.category},
             {QStringLiteral("reasons"), reasons},
             {QStringLiteral("impact_until"),
              result.impactUntil ? QVariant(day(*result.impactUntil)) : QVariant()},
             {QStringLiteral("wording"), wordingFor(result, name + QString::fromUtf8("同志"))}});
    }
    transaction.commit();
    return batchId;
}

void OpinionBatches::adjust(qint64 answerId, const QString &wording, const QString &reason)
{
    if (wording.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("wording"), tr("The adjusted wording is empty."));
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("adjust_reason"),
                              tr("Say why the wording is adjusted."));
    RecordRepository repository(m_database);
    if (repository.load(QStringLiteral("opinion_answers"), answerId).isEmpty())
        throw DataError(tr("There is no opinion answer with id %1.").arg(answerId));
    repository.update(QStringLiteral("opinion_answers"), answerId,
                      {{QStringLiteral("wording"), wording.trimmed()},
                       {QStringLiteral("adjusted_by"), m_database.actorName()},
                       {QStringLiteral("adjust_reason"), reason.trimmed()}});
}

OpinionBatch OpinionBatches::load(qint64 batchId) const
{
    const QSqlDatabase db = m_database.connection();
    // Each answer was decided under the dossier rules; reading the batch needs the right to
    // read dossiers, and leaves out no one: a reply is one letter.
    Access::require(m_database, Permission::ReadDossiers);
    QSqlQuery batch = Sql::run(db,
                               QStringLiteral("SELECT requester, request_number, request_date, "
                                              "purpose, as_of_date, reply_date, signed_by, "
                                              "created_by FROM opinion_batches WHERE id = ?"),
                               {batchId});
    if (!batch.next())
        throw DataError(tr("There is no opinion batch with id %1.").arg(batchId));
    OpinionBatch result;
    result.id = batchId;
    result.request.requester = batch.value(0).toString();
    result.request.requestNumber = batch.value(1).toString();
    result.request.requestDate = Sql::date(batch.value(2));
    result.request.purpose = batch.value(3).toString();
    result.request.asOf = Sql::date(batch.value(4));
    result.request.replyDate = Sql::date(batch.value(5));
    result.request.signedBy = batch.value(6).toString();
    result.createdBy = batch.value(7).toString();

    QSqlQuery answers = Sql::run(
        db,
        QStringLiteral("SELECT a.id, a.cadre_id, c.name, u.name, c.position, a.category, "
                       "a.reasons, a.impact_until, a.wording, a.adjusted_by, a.adjust_reason "
                       "FROM opinion_answers a JOIN cadres c ON c.id = a.cadre_id "
                       "JOIN units u ON u.id = c.unit_id WHERE a.batch_id = ? ORDER BY a.id"),
        {batchId});
    while (answers.next()) {
        OpinionAnswer answer;
        answer.id = answers.value(0).toLongLong();
        answer.cadreId = answers.value(1).toLongLong();
        answer.name = answers.value(2).toString();
        answer.unit = answers.value(3).toString();
        answer.position = answers.value(4).toString();
        answer.category = answers.value(5).toInt();
        for (const QJsonValue &reason :
             QJsonDocument::fromJson(answers.value(6).toString().toUtf8()).array())
            answer.reasons << reason.toString();
        answer.impactUntil = Sql::date(answers.value(7));
        answer.wording = answers.value(8).toString();
        answer.adjustedBy = answers.value(9).toString();
        answer.adjustReason = answers.value(10).toString();
        result.answers.push_back(answer);
    }
    return result;
}
