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

#include "reviewroundtrip.h"
#include <functional>

// The review package's round trip across two database files: the office sends a case out for
// review, the reviewer works in a review copy of it and sends a signed return package back, and
// the office merges it — with the changes made on both sides meanwhile compared field by field.
// Every refusal says why and changes nothing.
using namespace ReviewRoundTrip;

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

QTEST_GUILESS_MAIN(TestReviewPackage)
#include "test_review_package.moc"
