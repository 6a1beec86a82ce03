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

// Merging a return package: the reviewer's changes beside the office's, field by field, and the
// refusals that change nothing.
using namespace ReviewRoundTrip;

class TestReviewMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedMergesChangeNothing_data();
    void refusedMergesChangeNothing();
    void threeWayComparison_data();
    void threeWayComparison();
};

void TestReviewMerge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewMerge::refusedMergesChangeNothing_data()
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

void TestReviewMerge::refusedMergesChangeNothing()
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

void TestReviewMerge::threeWayComparison_data()
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

void TestReviewMerge::threeWayComparison()
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

QTEST_GUILESS_MAIN(TestReviewMerge)
#include "test_review_merge.moc"
