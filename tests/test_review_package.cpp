#include "access/accesserror.h"
#include "access/accounts.h"
#include "access/signingkey.h"
#include "domain/dataerror.h"
#include "domain/recordkinds.h"
#include "domain/session.h"
#include "interchange/interchangereader.h"
#include "records/recordrepository.h"
#include "review/packageenvelope.h"
#include "review/returnmerge.h"
#include "review/returnpackage.h"
#include "review/returnplan.h"
#include "review/reviewcopy.h"
#include "review/reviewpackageexport.h"
#include "review/reviewpayload.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The review package's round trip across two database files: the office sends a case out for
// review, the reviewer works in a review copy of it and sends a signed return package back, and
// the office merges it — with the changes made on both sides meanwhile compared field by field.
// Every refusal says why and changes nothing.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

const QString kPassphrase = QStringLiteral("审理包 长城永固 2026");
const QString kReturnPassphrase = QStringLiteral("回传包 海晏河清 2026");
const QString kReviewerPassword = QStringLiteral("审理室的密码2026");
// The office's reviewer account (TestDatabase's demo accounts) and its password.
const QString kReviewerAccount = QStringLiteral("reviewer");
const QString kDemoPassword = QStringLiteral("demo");
const QString kReviewerOpinion
    = QStringLiteral("审理意见：事实清楚，证据确凿，建议给予党内警告处分。");
const QString kOfficeOpinion = QStringLiteral("审理意见：建议给予诫勉。");
const QString kOfficeCharacterisation = QStringLiteral("张建国违反工作纪律和廉洁纪律");
const QString kReviewerFact = QStringLiteral("2026年4月，张建国违规接受管理服务对象宴请。");

QString message(const std::function<void()> &action)
{
    try {
        action();
    } catch (const DataError &error) {
        return error.message();
    }
    return {};
}

int countIn(const Database &database, const QString &table, const QString &where = {})
{
    return Sql::scalar(
               database.connection(),
               QStringLiteral("SELECT count(*) FROM %1%2")
                   .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        .toInt();
}

// What a refusal must leave as it was.
QStringList state(const Database &database)
{
    QStringList parts;
    for (const char *table : {"case_reviews", "case_facts", "case_evidence", "case_statements",
                              "case_proposals", "attachments", "audit_log"})
        parts << QStringLiteral("%1 %2").arg(text(table)).arg(countIn(database, text(table)));
    parts << Sql::scalar(database.connection(),
                         QStringLiteral("SELECT group_concat(state) FROM review_packages"))
                 .toString();
    parts << Sql::scalar(database.connection(),
                         QStringLiteral("SELECT review_opinion || '|' || characterisation FROM "
                                        "case_reviews ORDER BY id LIMIT 1"))
                 .toString();
    return parts;
}

QStringList actions(const Database &database)
{
    QSqlQuery query = Sql::run(database.connection(),
                               QStringLiteral("SELECT action || ' ' || entity FROM audit_log "
                                              "ORDER BY id"));
    QStringList all;
    while (query.next())
        all << query.value(0).toString();
    return all;
}

struct RoundTrip
{
    RoundTrip()
        : office(TestDatabase::onDisk(dir, QStringLiteral("office.db")))
        , repository(*office)
        , reviewer(PackageEnvelope::generateReviewerKeys())
    {
        const QSqlDatabase db = office->connection();
        Sql::run(db,
                 QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                                "('commission_name', ?)"),
                 {text("青山县纪委监委")});
        // The reviewer's account: the person's name, and the signing key made at its first
        // sign-in with its own password.
        TestDatabase::signIn(*office, QStringLiteral("admin"));
        Accounts(*office).setProfile(accountId(kReviewerAccount), text("王芳"), text("审理室主任"));
        TestDatabase::signIn(*office, kReviewerAccount);
        TestDatabase::signIn(*office, QStringLiteral("officer"));
        county = TestDatabase::addUnit(*office, text("青山县"), QStringLiteral("county"));
        unit = TestDatabase::addUnit(*office, text("县水利局"), QStringLiteral("department"),
                                     county);
        otherUnit = TestDatabase::addUnit(*office, text("县交通局"), QStringLiteral("department"),
                                          county);
        zhang = TestDatabase::addCadre(*office, text("张建国"), unit, text("局长"), true);
        li = TestDatabase::addCadre(*office, text("李明"), unit, text("副局长"));
        wang = TestDatabase::addCadre(*office, text("王强"), otherUnit, text("局长"), true);
        repository.create(QStringLiteral("relatives"),
                          {{QStringLiteral("cadre_id"), zhang},
                           {QStringLiteral("relation"), QStringLiteral("brother")},
                           {QStringLiteral("name"), text("李明")},
                           {QStringLiteral("relative_cadre_id"), li}});

        clue = repository.create(QStringLiteral("clues"),
                                 {{QStringLiteral("number"), text("XS-2026-031")},
                                  {QStringLiteral("source"), QStringLiteral("petition")},
                                  {QStringLiteral("received_date"), QStringLiteral("2026-03-02")},
                                  {QStringLiteral("updated_date"), QStringLiteral("2026-03-02")}});
        for (const qint64 cadre : {zhang, wang})
            repository.link(QStringLiteral("clue_subjects"), {{QStringLiteral("clue_id"), clue},
                                                              {QStringLiteral("cadre_id"), cadre}});
        otherCase = repository.create(QStringLiteral("cases"),
                                      {{QStringLiteral("number"), text("XL-2025-002")},
                                       {QStringLiteral("unit_id"), otherUnit},
                                       {QStringLiteral("filed_date"), QStringLiteral("2025-02-01")},
                                       {QStringLiteral("summary"), text("王强违规审批")}});
        repository.link(QStringLiteral("case_subjects"), {{QStringLiteral("case_id"), otherCase},
                                                          {QStringLiteral("cadre_id"), wang}});
        // An earlier sanction of the subject from a case that does not travel.
        repository.create(QStringLiteral("sanctions"),
                          {{QStringLiteral("cadre_id"), zhang},
                           {QStringLiteral("case_id"), otherCase},
                           {QStringLiteral("system"), QStringLiteral("party")},
                           {QStringLiteral("kind"), QStringLiteral("warning")},
                           {QStringLiteral("effective_date"), QStringLiteral("2025-03-01")}});

        caseId = repository.create(QStringLiteral("cases"),
                                   {{QStringLiteral("number"), text("XL-2026-007")},
                                    {QStringLiteral("clue_id"), clue},
                                    {QStringLiteral("unit_id"), unit},
                                    {QStringLiteral("filed_date"), QStringLiteral("2026-06-01")},
                                    {QStringLiteral("summary"), text("违规发放津贴补贴")}});
        repository.link(QStringLiteral("case_subjects"), {{QStringLiteral("case_id"), caseId},
                                                          {QStringLiteral("cadre_id"), zhang},
                                                          {QStringLiteral("was_top_leader"), 1}});
        review
            = repository.create(QStringLiteral("case_reviews"),
                                {{QStringLiteral("case_id"), caseId},
                                 {QStringLiteral("received_date"), QStringLiteral("2026-08-20")},
                                 {QStringLiteral("characterisation"), text("张建国违反工作纪律")}});
        fact = repository.create(
            QStringLiteral("case_facts"),
            {{QStringLiteral("case_id"), caseId},
             {QStringLiteral("cadre_id"), zhang},
             {QStringLiteral("ordinal"), 1},
             {QStringLiteral("description"), text("2026年5月，张建国搞形式主义。")},
             {QStringLiteral("violated_on"), QStringLiteral("2026-05-10")},
             {QStringLiteral("articles"), text("party 第一百三十二条")}});
        const qint64 evidence
            = repository.create(QStringLiteral("case_evidence"),
                                {{QStringLiteral("case_id"), caseId},
                                 {QStringLiteral("cadre_id"), zhang},
                                 {QStringLiteral("fact_id"), fact},
                                 {QStringLiteral("kind"), QStringLiteral("documentary")},
                                 {QStringLiteral("description"), text("发放明细表")}});
        repository.create(QStringLiteral("attachments"), scan(evidence, "明细表.png", "PNG scan"));
        repository.create(QStringLiteral("case_proposals"),
                          {{QStringLiteral("review_id"), review},
                           {QStringLiteral("cadre_id"), zhang},
                           {QStringLiteral("measure"), QStringLiteral("admonition")}});
    }

    QVariantMap scan(qint64 evidence, const char *name, const char *content) const
    {
        const QByteArray bytes(content);
        return {{QStringLiteral("cadre_id"), zhang},
                {QStringLiteral("entity"), QStringLiteral("case_evidence")},
                {QStringLiteral("entity_id"), evidence},
                {QStringLiteral("file_name"), text(name)},
                {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("size"), bytes.size()},
                {QStringLiteral("content"), bytes},
                {QStringLiteral("added_at"), QStringLiteral("2026-08-21T09:00:00Z")}};
    }

    QString path(const char *name) const { return dir.filePath(text(name)); }

    qint64 accountId(const QString &name) const
    {
        return Sql::scalar(office->connection(),
                           QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {name})
            .toLongLong();
    }

    // Sent to the reviewer's account: its own key is the expected signer.
    ReviewPackageRequest request() const
    {
        ReviewPackageRequest request;
        request.caseIds = {caseId};
        request.expiresOn = expires;
        request.reviewerAccount = kReviewerAccount;
        request.seal.passphrase = kPassphrase;
        return request;
    }

    // Sent to a reviewer without an account here, named by a key pair of their own.
    ReviewPackageRequest requestWithKeys() const
    {
        ReviewPackageRequest request;
        request.caseIds = {caseId};
        request.expiresOn = expires;
        request.reviewer = text("王芳");
        request.reviewerSignKey = reviewer.signPublicKey;
        request.seal.passphrase = kPassphrase;
        return request;
    }

    void exportPackage()
    {
        ReviewPackageExport(*office).exportToFile(request(), path("case.idrpkg"));
    }

    void openCopy()
    {
        PackageFile::Key key;
        key.passphrase = kPassphrase;
        copy = ReviewCopy::open(path("case.idrpkg"), key, path("review-copy.db"),
                                {kReviewerAccount, kDemoPassword, {}});
    }

    // The reviewer adds a fact with its evidence and scan and a proposal, and edits the opinion.
    void reviewerEdits()
    {
        RecordRepository onCopy(*copy);
        const qint64 newFact = onCopy.create(
            QStringLiteral("case_facts"), {{QStringLiteral("case_id"), caseId},
                                           {QStringLiteral("cadre_id"), zhang},
                                           {QStringLiteral("ordinal"), 2},
                                           {QStringLiteral("description"), kReviewerFact},
                                           {QStringLiteral("degree"), QStringLiteral("heavier")}});
        const qint64 evidence = onCopy.create(
            QStringLiteral("case_evidence"), {{QStringLiteral("case_id"), caseId},
                                              {QStringLiteral("cadre_id"), zhang},
                                              {QStringLiteral("fact_id"), newFact},
                                              {QStringLiteral("ordinal"), 2},
                                              {QStringLiteral("kind"), QStringLiteral("testimony")},
                                              {QStringLiteral("description"), text("证人证言")}});
        onCopy.create(QStringLiteral("attachments"), scan(evidence, "证言.png", "testimony scan"));
        onCopy.create(QStringLiteral("case_proposals"),
                      {{QStringLiteral("review_id"), review},
                       {QStringLiteral("cadre_id"), zhang},
                       {QStringLiteral("measure"), QStringLiteral("party.warning")},
                       {QStringLiteral("degree"), QStringLiteral("heavier")}});
        onCopy.update(QStringLiteral("case_reviews"), review,
                      {{QStringLiteral("review_opinion"), kReviewerOpinion}});
    }

    // Meanwhile the office writes the same opinion differently, and another field.
    void officeEdits()
    {
        repository.update(QStringLiteral("case_reviews"), review,
                          {{QStringLiteral("review_opinion"), kOfficeOpinion},
                           {QStringLiteral("characterisation"), kOfficeCharacterisation}});
    }

    ReturnPackage::Result makeReturn(const PackageEnvelope::Signer &signer)
    {
        PackageFile::Seal seal;
        seal.passphrase = kReturnPassphrase;
        return ReturnPackage(*copy).exportToFile(path("case.return"), seal, signer);
    }

    // Signed with the signed-in reviewer's own key.
    ReturnPackage::Result makeReturn()
    {
        PackageFile::Seal seal;
        seal.passphrase = kReturnPassphrase;
        return ReturnPackage(*copy).exportToFile(path("case.return"), seal);
    }

    void prepareReturn()
    {
        exportPackage();
        openCopy();
        reviewerEdits();
        officeEdits();
        makeReturn();
    }

    std::unique_ptr<ReturnMerge> merge(QDate today = {})
    {
        PackageFile::Key key;
        key.passphrase = kReturnPassphrase;
        return std::make_unique<ReturnMerge>(*office, path("case.return"), key, today);
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> office;
    RecordRepository repository;
    PackageEnvelope::ReviewerKeys reviewer;
    std::unique_ptr<Database> copy;
    QDate expires = QDate::currentDate().addDays(30);
    qint64 county = 0;
    qint64 unit = 0;
    qint64 otherUnit = 0;
    qint64 zhang = 0;
    qint64 li = 0;
    qint64 wang = 0;
    qint64 clue = 0;
    qint64 otherCase = 0;
    qint64 caseId = 0;
    qint64 review = 0;
    qint64 fact = 0;
};

} // namespace

class TestReviewPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripAcrossTwoFiles();
    void theExportCarriesNoOtherCadre();
    void theReviewerSignsInWithTheirOwnAccount();
    void aBarredAccountCannotExport();
    void aPackageSealedToTheReviewersKey();
    void anExpiredCopyIsRefused();
    void refusedMergesChangeNothing_data();
    void refusedMergesChangeNothing();
    void threeWayComparison_data();
    void threeWayComparison();
};

void TestReviewPackage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewPackage::roundTripAcrossTwoFiles()
{
    RoundTrip trip;
    const int officeFacts = countIn(*trip.office, QStringLiteral("case_facts"));
    const int officeProposals = countIn(*trip.office, QStringLiteral("case_proposals"));
    trip.exportPackage();
    QCOMPARE(countIn(*trip.office, QStringLiteral("review_packages"),
                     QStringLiteral("state = 'exported'")),
             1);
    QVERIFY(
        actions(*trip.office).contains(QStringLiteral("review_package.export review_packages")));

    trip.openCopy();
    const ReviewCopy::Info info = ReviewCopy::info(trip.copy->connection());
    QVERIFY(info.isValid());
    QCOMPARE(info.caseNumbers, text("XL-2026-007"));
    QCOMPARE(info.commission, text("青山县纪委监委"));
    QCOMPARE(info.expiresOn, trip.expires);
    QCOMPARE(info.sourceDatabaseId,
             SettingsStore(trip.office->connection()).value(Setting::DatabaseId));
    QVERIFY(info.banner().contains(text("XL-2026-007")));
    QVERIFY(trip.copy->session());
    // The reviewer's own account, with the same password and the same signing key, unlocked.
    const Session *reviewer = trip.copy->session();
    QCOMPARE(reviewer->accountName, kReviewerAccount);
    QCOMPARE(reviewer->realName, text("王芳"));
    QCOMPARE(reviewer->role, Role::CaseOfficer);
    QVERIFY(reviewer->allUnits);
    QCOMPARE(reviewer->cadreId, qint64(0));
    const SigningKey::Stored officeKey
        = SigningKey::stored(*trip.office, trip.accountId(kReviewerAccount));
    QVERIFY(!officeKey.isNull());
    QVERIFY(reviewer->signingKey);
    QCOMPARE(reviewer->signingKey->publicKey(), officeKey.publicKey);
    QCOMPARE(reviewer->signingKey->storedForm(*trip.copy), officeKey.sealedSecret);
    QCOMPARE(Sql::scalar(trip.copy->connection(),
                         QStringLiteral("SELECT password_hash FROM accounts WHERE name = ?"),
                         {kReviewerAccount})
                 .toString(),
             Sql::scalar(trip.office->connection(),
                         QStringLiteral("SELECT password_hash FROM accounts WHERE name = ?"),
                         {kReviewerAccount})
                 .toString());
    QCOMPARE(Sql::scalar(trip.office->connection(),
                         QStringLiteral("SELECT reviewer_key FROM review_packages"))
                 .toString(),
             officeKey.publicKey);
    QVERIFY(!ReviewCopy::isCopy(trip.office->connection()));
    // The copy has an identity of its own, and its trail begins with the import.
    QVERIFY(SettingsStore(trip.copy->connection()).value(Setting::DatabaseId)
            != info.sourceDatabaseId);
    QCOMPARE(actions(*trip.copy).first(), QStringLiteral("import database"));

    trip.reviewerEdits();
    trip.officeEdits();
    const ReturnPackage::Result returned = trip.makeReturn();
    QCOMPARE(returned.header.replyTo, info.packageId);
    QCOMPARE(returned.header.databaseId, info.sourceDatabaseId);
    QCOMPARE(returned.header.signerPublicKey, officeKey.publicKey);

    auto merge = trip.merge();
    const ReturnMerge::Preview &preview = merge->preview();
    QCOMPARE(preview.reviewer, text("王芳"));
    QCOMPARE(preview.conflicts.size(), 1);
    const ReturnMerge::Conflict &conflict = preview.conflicts.first();
    QCOMPARE(conflict.field, RecordKinds::fieldLabel(QStringLiteral("case_reviews"),
                                                     QStringLiteral("review_opinion")));
    QCOMPARE(conflict.office, kOfficeOpinion);
    QCOMPARE(conflict.reviewer, kReviewerOpinion);
    QVERIFY2(conflict.record.contains(text("XL-2026-007")), qPrintable(conflict.record));
    QStringList changes;
    for (const ReturnMerge::Change &change : preview.changes)
        changes << change.text();
    int added = 0;
    bool officeCharacterisation = false;
    for (const ReturnMerge::Change &change : preview.changes) {
        if (change.side == ReturnPlan::Side::Reviewer && change.kind == ReturnPlan::Kind::Added)
            ++added;
        if (change.side == ReturnPlan::Side::Office && change.kind == ReturnPlan::Kind::Changed
            && change.fields.contains(RecordKinds::fieldLabel(QStringLiteral("case_reviews"),
                                                              QStringLiteral("characterisation"))))
            officeCharacterisation = true;
    }
    QVERIFY2(added == 4,
             qPrintable(changes.join(QLatin1Char('\n')))); // fact, evidence, scan, proposal
    QVERIFY2(officeCharacterisation, qPrintable(changes.join(QLatin1Char('\n'))));

    const ReturnMerge::Result result = merge->apply({ReturnMerge::Decision::TakeReviewer});
    QCOMPARE(result.conflicts, 1);
    QCOMPARE(result.takenFromReviewer, 1);
    QCOMPARE(result.records, 5); // four records added, the review updated

    const QSqlDatabase db = trip.office->connection();
    QCOMPARE(countIn(*trip.office, QStringLiteral("case_facts")), officeFacts + 1);
    QCOMPARE(countIn(*trip.office, QStringLiteral("case_proposals")), officeProposals + 1);
    QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT review_opinion FROM case_reviews WHERE id = ?"),
                         {trip.review})
                 .toString(),
             kReviewerOpinion);
    QCOMPARE(Sql::scalar(db,
                         QStringLiteral("SELECT characterisation FROM case_reviews WHERE id = ?"),
                         {trip.review})
                 .toString(),
             kOfficeCharacterisation);
    // The reviewer's evidence points at the reviewer's fact and its scan at the evidence, with
    // the ids this database gave them.
    const qint64 newFact
        = Sql::scalar(db, QStringLiteral("SELECT id FROM case_facts WHERE description = ?"),
                      {kReviewerFact})
              .toLongLong();
    QVERIFY(newFact > 0);
    const qint64 newEvidence
        = Sql::scalar(db, QStringLiteral("SELECT id FROM case_evidence WHERE fact_id = ?"),
                      {newFact})
              .toLongLong();
    QVERIFY(newEvidence > 0);
    QCOMPARE(Sql::scalar(db,
                         QStringLiteral("SELECT content FROM attachments WHERE entity = "
                                        "'case_evidence' AND entity_id = ?"),
                         {newEvidence})
                 .toByteArray(),
             QByteArray("testimony scan"));
    QCOMPARE(Sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM case_proposals WHERE measure = "
                                        "'party.warning' AND review_id = ?"),
                         {trip.review})
                 .toInt(),
             1);
    QCOMPARE(
        countIn(
            *trip.office, QStringLiteral("review_packages"),
            QStringLiteral("state = 'merged' AND return_id = '%1'").arg(returned.header.packageId)),
        1);

    // Both trails record the round trip, every change accounted for.
    const QStringList office = actions(*trip.office);
    QVERIFY(office.contains(QStringLiteral("review_package.merge review_packages")));
    QCOMPARE(office.filter(QStringLiteral("create case_facts")).size(), 2);
    QCOMPARE(office.last(), QStringLiteral("review_package.merge review_packages"));
    const QStringList copy = actions(*trip.copy);
    for (const char *expected :
         {"import database", "account.create accounts", "review_copy.open database",
          "create case_facts", "update case_reviews", "review_package.return database"})
        QVERIFY2(copy.contains(text(expected)), expected);
    for (const Database *database : {trip.office.get(), trip.copy.get()}) {
        QVERIFY(AuditLog::verify(database->connection()).intact);
        QVERIFY(AuditLog::unaccountedChanges(database->connection()).isEmpty());
    }
    const QString merged = Sql::scalar(db, QStringLiteral("SELECT after FROM audit_log WHERE "
                                                          "action = 'review_package.merge'"))
                               .toString();
    QVERIFY(merged.contains(text("王芳")));
    QVERIFY(merged.contains(QStringLiteral("\"records\":5")));
}

void TestReviewPackage::theExportCarriesNoOtherCadre()
{
    RoundTrip trip;
    trip.exportPackage();
    const QByteArray bytes = [&trip] {
        QFile file(trip.path("case.idrpkg"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!bytes.contains(QByteArray("王强")));
    PackageEnvelope::OpenContext context;
    const PackageEnvelope::Opened opened = PackageEnvelope::open(bytes, kPassphrase, context);
    QCOMPARE(opened.header.kind, QStringLiteral("review"));
    QCOMPARE(opened.header.caseNumbers, text("XL-2026-007"));
    const ReviewPayload::Package package = ReviewPayload::unpack(opened.payload);
    // The reviewer's account travels with its key sealed, as stored: nothing that opens it.
    QVERIFY(package.reviewer);
    QCOMPARE(package.reviewer->name, kReviewerAccount);
    QCOMPARE(package.reviewer->signingKey.sealedSecret,
             SigningKey::stored(*trip.office, trip.accountId(kReviewerAccount)).sealedSecret);
    QVERIFY(!opened.payload.contains(QByteArray("\"demo\"")));
    const InterchangeDocument document = InterchangeReader().read(package.caseFile);
    const auto rowsOf = [&document](const char *name) {
        for (const InterchangeRows &rows : document.tables)
            if (rows.table->name == QLatin1String(name))
                return rows;
        return InterchangeRows();
    };
    const auto value = [](const InterchangeRows &rows, size_t row, const char *column) {
        return rows.rows[row].values.at(rows.table->columnIndex(QLatin1String(column)));
    };
    const InterchangeRows cadres = rowsOf("cadres");
    QCOMPARE(cadres.rows.size(), size_t(1));
    QCOMPARE(value(cadres, 0, "id").toLongLong(), trip.zhang);
    // The clue's other subject, the subject's brother who is a cadre and the earlier case stay
    // behind; the links to them travel empty.
    const InterchangeRows clueSubjects = rowsOf("clue_subjects");
    QCOMPARE(clueSubjects.rows.size(), size_t(1));
    QCOMPARE(value(clueSubjects, 0, "cadre_id").toLongLong(), trip.zhang);
    const InterchangeRows relatives = rowsOf("relatives");
    QCOMPARE(relatives.rows.size(), size_t(1));
    QVERIFY(value(relatives, 0, "relative_cadre_id").isNull());
    QCOMPARE(rowsOf("cases").rows.size(), size_t(1));
    const InterchangeRows sanctions = rowsOf("sanctions");
    QCOMPARE(sanctions.rows.size(), size_t(1));
    QVERIFY(value(sanctions, 0, "case_id").isNull());
    // The subject's unit with the unit above it; not the other cadre's.
    const InterchangeRows units = rowsOf("units");
    QCOMPARE(units.rows.size(), size_t(2));
    QCOMPARE(rowsOf("attachments").rows.size(), size_t(1));
    QVERIFY(!opened.payload.contains(QByteArray("王强")));
    QVERIFY(!opened.payload.contains(QByteArray("database_id")));
    // The export is audited with the file's hash.
    const QString entry = Sql::scalar(trip.office->connection(),
                                      QStringLiteral("SELECT after FROM audit_log WHERE action = "
                                                     "'review_package.export'"))
                              .toString();
    QVERIFY(entry.contains(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())));
}

void TestReviewPackage::theReviewerSignsInWithTheirOwnAccount()
{
    RoundTrip trip;
    // Who a package may go to: the accounts that read dossiers.
    QStringList names;
    for (const ReviewerChoice &choice : ReviewPackageExport(*trip.office).reviewers())
        names << choice.name + (choice.hasSigningKey ? QString() : QStringLiteral(" (no key)"));
    QCOMPARE(names.join(QLatin1Char(',')), QStringLiteral("officer,reviewer"));

    // Not to the auditor, nor to an account whose owner never set a password of their own.
    ReviewPackageRequest request = trip.request();
    request.reviewerAccount = QStringLiteral("auditor");
    const auto refusal = [&trip](const ReviewPackageRequest &request) {
        return message([&] {
            ReviewPackageExport(*trip.office).exportToFile(request, trip.path("case.idrpkg"));
        });
    };
    QVERIFY2(refusal(request).contains(text("does not read dossiers")),
             qPrintable(refusal(request)));
    TestDatabase::signIn(*trip.office, QStringLiteral("admin"));
    const qint64 newcomer
        = Accounts(*trip.office).create(QStringLiteral("liuyang"), QStringLiteral("临时密码12345"));
    TestDatabase::signIn(*trip.office, QStringLiteral("security"));
    Accounts(*trip.office).setRole(newcomer, Role::Reviewer);
    TestDatabase::signIn(*trip.office, QStringLiteral("officer"));
    request.reviewerAccount = QStringLiteral("liuyang");
    QVERIFY2(refusal(request).contains(text("no signing key")), qPrintable(refusal(request)));
    // A key other than the account's own is refused too.
    request = trip.request();
    request.reviewerSignKey = trip.reviewer.signPublicKey;
    QVERIFY2(refusal(request).contains(text("not the key of the account")),
             qPrintable(refusal(request)));
    QVERIFY(!QFile::exists(trip.path("case.idrpkg")));
    QCOMPARE(countIn(*trip.office, QStringLiteral("review_packages")), 0);

    // On the stand-alone PC only the account's own name and password open the copy.
    trip.exportPackage();
    PackageFile::Key key;
    key.passphrase = kPassphrase;
    const QString wrongPassword = message([&] {
        ReviewCopy::open(trip.path("case.idrpkg"), key, trip.path("copy.db"),
                         {kReviewerAccount, kReviewerPassword, {}});
    });
    QVERIFY2(wrongPassword.contains(text("not the password of the account reviewer")),
             qPrintable(wrongPassword));
    const QString wrongName = message([&] {
        ReviewCopy::open(trip.path("case.idrpkg"), key, trip.path("copy.db"),
                         {QStringLiteral("wangfang"), kDemoPassword, {}});
    });
    QVERIFY2(wrongName.contains(text("sent to the account reviewer")), qPrintable(wrongName));
    QVERIFY(!QFile::exists(trip.path("copy.db")));
    // The name may be left for the package to give.
    const auto copy = ReviewCopy::open(trip.path("case.idrpkg"), key, trip.path("copy.db"),
                                       {{}, kDemoPassword, {}});
    QCOMPARE(copy->session()->accountName, kReviewerAccount);
    QVERIFY(actions(*copy).contains(QStringLiteral("account.create accounts")));
}

void TestReviewPackage::aBarredAccountCannotExport()
{
    RoundTrip trip;
    const QSqlDatabase db = trip.office->connection();
    const auto accountId = [&db](const char *name) {
        return Sql::scalar(db, QStringLiteral("SELECT id FROM accounts WHERE name = ?"),
                           {text(name)})
            .toLongLong();
    };
    TestDatabase::signIn(*trip.office, QStringLiteral("security"));
    Accounts(*trip.office).linkCadre(accountId("officer"), trip.li); // the subject's brother
    Accounts(*trip.office).linkCadre(accountId("reviewer"), trip.zhang);
    TestDatabase::signIn(*trip.office, QStringLiteral("officer"));
    const QString refused = message([&trip] { trip.exportPackage(); });
    QVERIFY2(refused.contains(text("closed to you")), qPrintable(refused));
    QVERIFY(!QFile::exists(trip.path("case.idrpkg")));
    QCOMPARE(countIn(*trip.office, QStringLiteral("review_packages")), 0);

    // Nor may it go to a reviewer whose own dossier it is.
    TestDatabase::signIn(*trip.office, QStringLiteral("security"));
    Accounts(*trip.office).linkCadre(accountId("officer"), 0);
    TestDatabase::signIn(*trip.office, QStringLiteral("officer"));
    ReviewPackageRequest request = trip.request();
    request.reviewerAccount = QStringLiteral("reviewer");
    const QString toReviewer = message(
        [&] { ReviewPackageExport(*trip.office).exportToFile(request, trip.path("case.idrpkg")); });
    QVERIFY2(toReviewer.contains(text("own dossier")), qPrintable(toReviewer));
    QVERIFY(!QFile::exists(trip.path("case.idrpkg")));
    QCOMPARE(countIn(*trip.office, QStringLiteral("review_packages")), 0);
}

void TestReviewPackage::aPackageSealedToTheReviewersKey()
{
    // A reviewer without an account here: the package is sealed to their X25519 key, the copy
    // makes an account with the name and password they choose, and the return package carries
    // the signature of their own Ed25519 key.
    RoundTrip trip;
    ReviewPackageRequest request = trip.requestWithKeys();
    request.seal = {QString(), trip.reviewer.boxPublicKey};
    ReviewPackageExport(*trip.office).exportToFile(request, trip.path("case.idrpkg"));
    PackageFile::Key key;
    key.secretKey = &trip.reviewer.boxSecretKey;
    trip.copy = ReviewCopy::open(trip.path("case.idrpkg"), key, trip.path("review-copy.db"),
                                 {QStringLiteral("wangfang"), kReviewerPassword, text("王芳")});
    QCOMPARE(countIn(*trip.copy, QStringLiteral("case_facts")), 1);
    QCOMPARE(trip.copy->session()->accountName, QStringLiteral("wangfang"));
    trip.reviewerEdits();
    // The copy's new account has a key of its own, not the one the office was given.
    const QString unexpected = message([&trip] {
        trip.makeReturn();
        trip.merge();
    });
    QVERIFY2(unexpected.contains(text("not signed by the reviewer it was sent to")),
             qPrintable(unexpected));
    trip.makeReturn(PackageEnvelope::signerFor(trip.reviewer.signSecretKey));
    QCOMPARE(trip.merge()->apply({}).records, 5);
    // A passphrase does not open it, and a refused opening leaves no database behind.
    PackageFile::Key wrong;
    wrong.passphrase = kPassphrase;
    const QString refused = message([&] {
        ReviewCopy::open(trip.path("case.idrpkg"), wrong, trip.path("other.db"),
                         {QStringLiteral("wangfang"), kReviewerPassword, {}});
    });
    QVERIFY2(refused.contains(text("reviewer's key")), qPrintable(refused));
    QVERIFY(!QFile::exists(trip.path("other.db")));
}

void TestReviewPackage::anExpiredCopyIsRefused()
{
    RoundTrip trip;
    trip.exportPackage();
    PackageFile::Key key;
    key.passphrase = kPassphrase;
    const QString late = message([&] {
        ReviewCopy::open(trip.path("case.idrpkg"), key, trip.path("late.db"),
                         {kReviewerAccount, kDemoPassword, {}}, trip.expires.addDays(1));
    });
    QVERIFY2(late.contains(text("expired")), qPrintable(late));
    QVERIFY(!QFile::exists(trip.path("late.db")));

    trip.openCopy();
    QVERIFY(!ReviewCopy::info(trip.copy->connection()).hasExpired(trip.expires));
    QVERIFY(ReviewCopy::info(trip.copy->connection()).hasExpired(trip.expires.addDays(1)));
    const QString refused = message(
        [&] { ReviewCopy::requireCurrent(trip.copy->connection(), trip.expires.addDays(1)); });
    QVERIFY2(refused.contains(text("expired")), qPrintable(refused));
}

void TestReviewPackage::refusedMergesChangeNothing_data()
{
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("expected");
    QTest::newRow("expired") << "expired"
                             << "expired on";
    QTest::newRow("altered") << "altered"
                             << "altered after it was sealed";
    QTest::newRow("for another commission") << "another commission"
                                            << "belongs to another commission";
    QTest::newRow("already merged") << "merged"
                                    << "merged already";
    QTest::newRow("signed by someone else") << "stranger"
                                            << "not signed by the reviewer it was sent to";
    QTest::newRow("undecided conflict") << "undecided"
                                        << "left undecided";
}

void TestReviewPackage::refusedMergesChangeNothing()
{
    QFETCH(QString, refusal);
    QFETCH(QString, expected);
    RoundTrip trip;
    trip.exportPackage();
    trip.openCopy();
    trip.reviewerEdits();
    trip.officeEdits();
    const PackageEnvelope::ReviewerKeys stranger = PackageEnvelope::generateReviewerKeys();
    if (refusal == QLatin1String("another commission"))
        Sql::run(trip.copy->connection(),
                 QStringLiteral("UPDATE settings SET value = ? WHERE key = 'review_copy_source'"),
                 {QStringLiteral("0123456789abcdef0123456789abcdef")});
    if (refusal == QLatin1String("stranger"))
        trip.makeReturn(PackageEnvelope::signerFor(stranger.signSecretKey));
    else
        trip.makeReturn();
    if (refusal == QLatin1String("altered")) {
        QFile file(trip.path("case.return"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.size() - 64 - 40; // inside the ciphertext
        bytes[at] = char(bytes.at(at) ^ 0x01);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
    }
    if (refusal == QLatin1String("merged"))
        trip.merge()->apply({ReturnMerge::Decision::KeepOffice});

    const QStringList before = state(*trip.office);
    const QString refused = message([&] {
        const QDate today = refusal == QLatin1String("expired") ? trip.expires.addDays(1) : QDate();
        auto merge = trip.merge(today);
        merge->apply({refusal == QLatin1String("undecided") ? ReturnMerge::Decision::Undecided
                                                            : ReturnMerge::Decision::TakeReviewer});
    });
    QVERIFY2(refused.contains(expected), qPrintable(refused));
    QCOMPARE(state(*trip.office), before);
    QVERIFY(AuditLog::unaccountedChanges(trip.office->connection()).isEmpty());
}

void TestReviewPackage::threeWayComparison_data()
{
    // One review sent with the opinion "sent"; "-" where a side removed it.
    QTest::addColumn<QString>("reviewer");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("writes");
    QTest::addColumn<int>("conflicts");
    QTest::newRow("changed by the reviewer") << "reviewer"
                                             << "sent"
                                             << "update" << 0;
    QTest::newRow("changed in the office") << "sent"
                                           << "office"
                                           << "" << 0;
    QTest::newRow("the same change") << "same"
                                     << "same"
                                     << "" << 0;
    QTest::newRow("changed differently") << "reviewer"
                                         << "office"
                                         << "update" << 1;
    QTest::newRow("removed by the reviewer") << "-"
                                             << "sent"
                                             << "remove" << 0;
    QTest::newRow("removed by the reviewer, changed in the office") << "-"
                                                                    << "office"
                                                                    << "remove" << 1;
    QTest::newRow("removed in the office, changed by the reviewer") << "reviewer"
                                                                    << "-"
                                                                    << "restore" << 1;
    QTest::newRow("removed in the office alone") << "sent"
                                                 << "-"
                                                 << "" << 0;
    QTest::newRow("removed on both sides") << "-"
                                           << "-"
                                           << "" << 0;
}

void TestReviewPackage::threeWayComparison()
{
    QFETCH(QString, reviewer);
    QFETCH(QString, office);
    QFETCH(QString, writes);
    QFETCH(int, conflicts);
    const auto rows = [](const QString &opinion) {
        ReviewRows rows;
        if (opinion != QLatin1String("-"))
            rows.records(QStringLiteral("case_reviews"))
                .insert(7, {{QStringLiteral("id"), 7},
                            {QStringLiteral("case_id"), 3},
                            {QStringLiteral("received_date"), QStringLiteral("2026-08-20")},
                            {QStringLiteral("review_opinion"), opinion}});
        return rows;
    };
    ReviewRows returned = rows(reviewer);
    // A record the reviewer added travels with the copy's id, and is added here.
    returned.records(QStringLiteral("case_facts"))
        .insert(9, {{QStringLiteral("id"), 9},
                    {QStringLiteral("case_id"), 3},
                    {QStringLiteral("cadre_id"), 5},
                    {QStringLiteral("description"), kReviewerFact}});
    const ReturnPlan plan = ReturnPlan::make(rows(QStringLiteral("sent")), returned, rows(office));
    QCOMPARE(plan.conflicts.size(), conflicts);
    QStringList made;
    for (const ReturnPlan::Write &write : plan.writes) {
        if (write.table == QLatin1String("case_facts")) {
            QCOMPARE(write.kind, ReturnPlan::Write::Kind::Create);
            QVERIFY(!write.values.contains(QStringLiteral("id")));
            continue;
        }
        QCOMPARE(write.id, qint64(7));
        QCOMPARE(write.conflict >= 0 || !write.contested.isEmpty(), conflicts > 0);
        switch (write.kind) {
        case ReturnPlan::Write::Kind::Create:
            made << QStringLiteral("create");
            break;
        case ReturnPlan::Write::Kind::Update:
            made << QStringLiteral("update");
            break;
        case ReturnPlan::Write::Kind::Restore:
            made << QStringLiteral("restore");
            break;
        case ReturnPlan::Write::Kind::Remove:
            made << QStringLiteral("remove");
            break;
        }
    }
    QCOMPARE(made.join(QLatin1Char(' ')), writes);
    QCOMPARE(plan.writes.size(), made.size() + 1);
}

QTEST_GUILESS_MAIN(TestReviewPackage)
#include "test_review_package.moc"
