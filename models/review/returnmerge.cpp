#include "returnmerge.h"

#include "access/access.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "domain/vocabulary.h"
#include "interchange/interchangeformat.h"
#include "records/recordrepository.h"
#include "returnpackage.h"
#include "reviewpayload.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace {

using CreatedIds = QHash<QString, QHash<qint64, qint64>>;

bool isEmptyValue(const QVariant &value)
{
    return value.isNull() || !value.isValid() || value.toString().isEmpty();
}

// A record the reviewer added gets a new id here: what refers to it follows.
void followCreatedIds(const QString &table, QVariantMap &values, const CreatedIds &created)
{
    for (const InterchangeFormat::Column &column : InterchangeFormat::table(table)->columns) {
        if (column.references.isEmpty() || !values.contains(column.name)
            || isEmptyValue(values.value(column.name)))
            continue;
        const qint64 id = values.value(column.name).toLongLong();
        if (created.value(column.references).contains(id))
            values.insert(column.name, created.value(column.references).value(id));
    }
    const QString entityId = QStringLiteral("entity_id");
    if (table == QLatin1String("attachments")
        && values.value(QStringLiteral("entity")).toString() == QLatin1String("case_evidence")
        && created.value(QStringLiteral("case_evidence"))
               .contains(values.value(entityId).toLongLong()))
        values.insert(entityId, created.value(QStringLiteral("case_evidence"))
                                    .value(values.value(entityId).toLongLong()));
}

} // namespace

QString ReturnMerge::Change::text() const
{
    const QString what
        = fields.isEmpty() ? record : tr("%1 — %2").arg(record, fields.join(QStringLiteral(", ")));
    const bool reviewer = side == ReturnPlan::Side::Reviewer;
    switch (kind) {
    case ReturnPlan::Kind::Added:
        return reviewer ? tr("Added by the reviewer: %1").arg(what)
                        : tr("Added in this database meanwhile, kept: %1").arg(what);
    case ReturnPlan::Kind::Changed:
        return reviewer ? tr("Changed by the reviewer: %1").arg(what)
                        : tr("Changed in this database meanwhile, kept: %1").arg(what);
    case ReturnPlan::Kind::Removed:
        return reviewer ? tr("Removed by the reviewer: %1").arg(what)
                        : tr("Removed in this database meanwhile: %1").arg(what);
    }
    return what;
}

ReturnMerge::ReturnMerge(Database &office, const QString &path, const PackageFile::Key &key,
                         QDate today)
    : m_database(office)
    , m_path(QFileInfo(path).absoluteFilePath())
{
    const QSqlDatabase db = m_database.connection();
    Access::require(m_database, Permission::ImportData);
    const QByteArray bytes = PackageFile::read(path);
    m_fileSha256 = PackageFile::sha256(bytes);
    const PackageHeader stated = PackageEnvelope::readHeader(bytes);
    if (stated.kind != QLatin1String("return"))
        throw DataError(tr("This is a review package, not a return package."));
    const QString thisDatabase = SettingsStore(db).value(Setting::DatabaseId);
    const std::optional<SentPackage> sent = SentPackages::find(db, stated.replyTo);
    if (!sent) {
        if (stated.databaseId != thisDatabase)
            throw DataError(tr("The return package belongs to another commission's database "
                               "(%1), not to this one.")
                                .arg(stated.commission));
        throw DataError(tr("The return package answers no review package sent from this "
                           "database."));
    }
    if (sent->merged)
        throw DataError(
            tr("The review package of %1 was merged already, on %2: a return package "
               "is merged once.")
                .arg(sent->caseNumbers,
                     QLocale().toString(sent->mergedAt.toLocalTime().date(), QLocale::LongFormat)));
    m_sent = *sent;

    PackageEnvelope::OpenContext context;
    context.today = today;
    context.thisDatabaseId = thisDatabase;
    context.mergedPackageIds = SentPackages::mergedReturns(db);
    context.expectedSigner = m_sent.reviewerKey;
    context.forReturn = true;
    PackageEnvelope::Opened opened = PackageFile::open(bytes, key, context);
    m_header = opened.header;
    const QJsonObject payload = QJsonDocument::fromJson(opened.payload).object();
    opened.payload.fill('\0');
    if (payload.value(QStringLiteral("format")).toString() != ReturnPackage::formatName
        || payload.value(QStringLiteral("version")).toInt() != ReturnPackage::version
        || payload.value(QStringLiteral("package")).toString() != m_sent.id
        || !payload.value(QStringLiteral("tables")).isObject()
        || !payload.value(QStringLiteral("trail")).isArray())
        throw DataError(tr("The return package's contents are not readable by this version of "
                           "the program."));
    m_returned = ReviewRows::fromJson(payload.value(QStringLiteral("tables")).toObject());
    m_trail = payload.value(QStringLiteral("trail")).toArray();
    m_base = ReviewRows::fromJson(m_sent.base);
    checkCases();
    checkTrail();

    for (const qint64 subject : ReviewPayload::subjectsOf(db, m_sent.caseIds))
        Access::requireDossier(m_database, subject, Permission::ReadDossiers);
    m_office = ReviewRows::read(db, m_sent.caseIds, false);
    m_plan = ReturnPlan::make(m_base, m_returned, m_office);
    describe();
}

void ReturnMerge::checkCases() const
{
    const QSet<qint64> cases(m_sent.caseIds.begin(), m_sent.caseIds.end());
    const QList<qint64> subjectList
        = ReviewPayload::subjectsOf(m_database.connection(), m_sent.caseIds);
    const QSet<qint64> subjects(subjectList.begin(), subjectList.end());
    const auto refuse = [] {
        throw DataError(tr("The return package holds records of cases it was not sent with; it "
                           "cannot be merged."));
    };
    for (const char *table : {"case_reviews", "case_facts", "case_evidence", "case_statements"})
        for (const ReviewRows::Row &row : m_returned.records(QLatin1String(table)))
            if (!cases.contains(row.value(QStringLiteral("case_id")).toLongLong()))
                refuse();
    for (const ReviewRows::Row &row : m_returned.records(QStringLiteral("case_proposals")))
        if (!m_returned.records(QStringLiteral("case_reviews"))
                 .contains(row.value(QStringLiteral("review_id")).toLongLong()))
            refuse();
    for (const ReviewRows::Row &row : m_returned.records(QStringLiteral("attachments")))
        if (row.value(QStringLiteral("entity")).toString() != QLatin1String("case_evidence")
            || !m_returned.records(QStringLiteral("case_evidence"))
                    .contains(row.value(QStringLiteral("entity_id")).toLongLong()))
            refuse();
    // Every record is about one of the cases' subjects: the review copy held no other cadre.
    for (const QString &table : ReviewRows::tables())
        for (const ReviewRows::Row &row : m_returned.records(table))
            if (!isEmptyValue(row.value(QStringLiteral("cadre_id")))
                && !subjects.contains(row.value(QStringLiteral("cadre_id")).toLongLong()))
                refuse();
}

void ReturnMerge::checkTrail() const
{
    // The review copy's trail from its first entry, each entry chained to the one before.
    QString previous = AuditLog::genesisHash();
    qint64 expected = 1;
    for (const QJsonValue &value : m_trail) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("id")).toInteger() != expected++
            || entry.value(QStringLiteral("prev_hash")).toString() != previous
            || entry.value(QStringLiteral("hash")).toString().size() != previous.size())
            throw DataError(tr("The review copy's audit trail in the return package is broken, "
                               "so the package cannot be trusted."));
        previous = entry.value(QStringLiteral("hash")).toString();
    }
    if (m_trail.isEmpty())
        throw DataError(tr("The return package carries no audit trail of the review copy, so it "
                           "cannot be trusted."));
}

ReviewRows::Row ReturnMerge::row(const QString &table, qint64 id) const
{
    for (const ReviewRows *rows : {&m_returned, &m_office, &m_base})
        if (rows->records(table).contains(id))
            return rows->records(table).value(id);
    return {};
}

QString ReturnMerge::record(const QString &table, qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    const ReviewRows::Row values = row(table, id);
    QStringList parts{RecordKinds::title(table)};
    qint64 caseId = values.value(QStringLiteral("case_id")).toLongLong();
    if (table == QLatin1String("case_proposals"))
        caseId = row(QStringLiteral("case_reviews"),
                     values.value(QStringLiteral("review_id")).toLongLong())
                     .value(QStringLiteral("case_id"))
                     .toLongLong();
    if (table == QLatin1String("attachments")) {
        parts << values.value(QStringLiteral("file_name")).toString();
        caseId = row(QStringLiteral("case_evidence"),
                     values.value(QStringLiteral("entity_id")).toLongLong())
                     .value(QStringLiteral("case_id"))
                     .toLongLong();
    }
    if (caseId != 0)
        parts << Sql::scalar(db, QStringLiteral("SELECT number FROM cases WHERE id = ?"), {caseId})
                     .toString();
    if (!isEmptyValue(values.value(QStringLiteral("cadre_id"))))
        parts << Sql::scalar(db, QStringLiteral("SELECT name FROM cadres WHERE id = ?"),
                             {values.value(QStringLiteral("cadre_id"))})
                     .toString();
    if (values.contains(QStringLiteral("ordinal")))
        parts << tr("No. %1").arg(values.value(QStringLiteral("ordinal")).toLongLong());
    parts.removeAll(QString());
    return parts.join(tr(", ", "between the parts of a record's name"));
}

QString ReturnMerge::shown(const QString &table, const QString &column, const QVariant &value,
                           qint64 id) const
{
    if (isEmptyValue(value))
        return tr("(empty)");
    const RecordKind kind = RecordKinds::kind(table);
    const FieldDescription *field = kind.isValid() ? kind.field(column) : nullptr;
    if (field && field->type == FieldType::Vocabulary)
        return Vocabulary::label(field->vocabularyFor(row(table, id)), value.toString());
    return value.toString();
}

void ReturnMerge::describe()
{
    m_preview.header = m_header;
    m_preview.reviewer = m_sent.reviewer;
    m_preview.caseNumbers = m_sent.caseNumbers;
    m_preview.trailEntries = int(m_trail.size());
    const auto labels = [](const QString &table, const QStringList &columns) {
        QStringList names;
        for (const QString &column : columns)
            names << RecordKinds::fieldLabel(table, column);
        return names;
    };
    for (const ReturnPlan::Change &change : m_plan.changes)
        m_preview.changes.append({change.side, change.kind, change.table,
                                  record(change.table, change.id),
                                  labels(change.table, change.columns)});
    for (const ReturnPlan::Conflict &conflict : m_plan.conflicts) {
        Conflict listed{conflict.table, record(conflict.table, conflict.id), {}, {}, {}};
        if (conflict.column.isEmpty()) {
            const QString changed = tr("changed: %1")
                                        .arg(labels(conflict.table, conflict.changedColumns)
                                                 .join(QStringLiteral(", ")));
            listed.office = conflict.removedInOffice ? tr("removed") : changed;
            listed.reviewer = conflict.removedByReviewer ? tr("removed") : changed;
        } else {
            listed.field = RecordKinds::fieldLabel(conflict.table, conflict.column);
            listed.office = shown(conflict.table, conflict.column, conflict.office, conflict.id);
            listed.reviewer
                = shown(conflict.table, conflict.column, conflict.reviewer, conflict.id);
        }
        m_preview.conflicts.append(listed);
    }
}

ReturnMerge::Result ReturnMerge::apply(const QVector<Decision> &decisions)
{
    const QVector<Conflict> &conflicts = m_preview.conflicts;
    qsizetype undecided = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        if (i >= decisions.size() || decisions.at(i) == Decision::Undecided) {
            ++undecided;
            if (first < 0)
                first = i;
        }
    }
    if (undecided > 0)
        throw DataError(
            tr("%n conflict(s) left undecided, the first: %1. Decide each one: keep "
               "this database's value or take the reviewer's.",
               "", int(undecided))
                .arg(conflicts.at(first).field.isEmpty()
                         ? conflicts.at(first).record
                         : tr("%1 of %2")
                               .arg(conflicts.at(first).field, conflicts.at(first).record)));
    if (decisions.size() != conflicts.size())
        throw DataError(
            tr("There are %n conflict(s) to decide, not more.", "", int(conflicts.size())));

    // The access rules before the transaction: a refusal is audited in one of its own.
    const QSqlDatabase db = m_database.connection();
    Access::require(m_database, Permission::ImportData);
    for (const qint64 subject : ReviewPayload::subjectsOf(db, m_sent.caseIds))
        Access::requireDossier(m_database, subject, Permission::WriteRecords);

    Transaction transaction(db);
    const std::optional<SentPackage> sent = SentPackages::find(db, m_sent.id);
    if (!sent || sent->merged)
        throw DataError(tr("The review package of %1 was merged already: a return package is "
                           "merged once.")
                            .arg(m_sent.caseNumbers));
    // Planned again against the records as they are now: the decisions were made on the
    // preview's conflicts, and hold only while those are the same.
    const ReturnPlan plan
        = ReturnPlan::make(m_base, m_returned, ReviewRows::read(db, m_sent.caseIds, false));
    if (plan.conflicts != m_plan.conflicts)
        throw DataError(tr("The case review records changed in this database since the preview: "
                           "open the return package again to see what changed."));

    Result result;
    result.conflicts = int(conflicts.size());
    for (const Decision decision : decisions)
        result.takenFromReviewer += decision == Decision::TakeReviewer ? 1 : 0;
    RecordRepository repository(m_database);
    CreatedIds created;
    const auto taken = [&decisions](int conflict) {
        return conflict < 0 || decisions.at(conflict) == Decision::TakeReviewer;
    };
    for (const ReturnPlan::Write &write : plan.writes) {
        if (!taken(write.conflict))
            continue;
        QVariantMap values = write.values;
        for (auto it = write.contested.constBegin(); it != write.contested.constEnd(); ++it)
            if (taken(it.value()))
                values.insert(it.key(), plan.conflicts.at(it.value()).reviewer);
        followCreatedIds(write.table, values, created);
        switch (write.kind) {
        case ReturnPlan::Write::Kind::Create:
            created[write.table].insert(write.id, repository.create(write.table, values));
            break;
        case ReturnPlan::Write::Kind::Update:
            if (values.isEmpty())
                continue;
            repository.update(write.table, write.id, values);
            break;
        case ReturnPlan::Write::Kind::Restore:
            repository.restore({StoredRow{write.table, values}});
            break;
        case ReturnPlan::Write::Kind::Remove:
            repository.remove(write.table, write.id);
            break;
        }
        ++result.records;
    }

    SentPackages::markMerged(db, m_sent.id, m_header.packageId, m_database.actorName(), m_trail);
    AuditLog::append(m_database,
                     {QStringLiteral("review_package.merge"),
                      QStringLiteral("review_packages"),
                      0,
                      0,
                      {},
                      {{QStringLiteral("package"), m_sent.id},
                       {QStringLiteral("return_package"), m_header.packageId},
                       {QStringLiteral("reviewer"), m_sent.reviewer},
                       {QStringLiteral("public_key"), m_header.signerPublicKey},
                       {QStringLiteral("cases"), m_sent.caseNumbers},
                       {QStringLiteral("file"), m_path},
                       {QStringLiteral("file_sha256"), m_fileSha256},
                       {QStringLiteral("records"), result.records},
                       {QStringLiteral("conflicts"), result.conflicts},
                       {QStringLiteral("taken_from_reviewer"), result.takenFromReviewer},
                       {QStringLiteral("entries"), int(m_trail.size())}}});
    transaction.commit();
    m_sent.merged = true;
    return result;
}
