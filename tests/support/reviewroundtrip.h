#pragma once

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

// The review package's round trip across two database files, shared by the suites of the
// package and of its merge: an office with a case, a reviewer's account, the package sent, the
// review copy opened, the return package made.
namespace ReviewRoundTrip {

inline QString text(const char *value)
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

inline QString message(const std::function<void()> &action)
{
    try {
        action();
    } catch (const DataError &error) {
        return error.message();
    }
    return {};
}

inline int countIn(const Database &database, const QString &table, const QString &where = {})
{
    return Sql::scalar(
               database.connection(),
               QStringLiteral("SELECT count(*) FROM %1%2")
                   .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        .toInt();
}

// What a refusal must leave as it was.
inline QStringList state(const Database &database)
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

inline QStringList actions(const Database &database)
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

} // namespace ReviewRoundTrip
