#include "access/signingkey.h"
#include "domain/dataerror.h"
#include "domain/session.h"
#include "review/packageenvelope.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QTest>

// The envelope of review and return packages: both ways of sealing open again, the header reads
// without the key, and every refusal says why in its own words.
class TestReviewEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passphraseRoundTrip();
    void publicKeyRoundTrip();
    void returnSignedWithAnAccountsKey();
    void headerReadsWithoutTheKey();
    void refusals_data();
    void refusals();
    void keyRefusals();

private:
    PackageEnvelope::ReviewerKeys m_reviewer;
    PackageEnvelope::ReviewerKeys m_stranger;
};

namespace {

const QString kPassphrase = QStringLiteral("审理室 长城永固 2026");
const QString kDatabase = QStringLiteral("3f6c1a2e-county");
const QDate kExpires(2026, 6, 30);
const QByteArray kPayload = QByteArrayLiteral("{\"cases\":[\"县纪立〔2026〕7号\"]}");

PackageHeader header(const QString &kind, const QString &databaseId = kDatabase)
{
    PackageHeader header;
    header.kind = kind;
    header.packageId = PackageEnvelope::newPackageId();
    header.replyTo = kind == QLatin1String("return") ? PackageEnvelope::newPackageId() : QString();
    header.databaseId = databaseId;
    header.commission = QStringLiteral("青山县纪委监委");
    header.exportedBy = QStringLiteral("王芳");
    header.exportedAt = QDateTime(QDate(2026, 6, 1), QTime(9, 30), Qt::UTC);
    header.expiresOn = kExpires;
    header.caseNumbers = QStringLiteral("县纪立〔2026〕7号");
    return header;
}

PackageEnvelope::OpenContext context(bool forReturn, const QString &signer = {})
{
    PackageEnvelope::OpenContext context;
    context.today = kExpires; // the last day it opens
    context.thisDatabaseId = kDatabase;
    context.forReturn = forReturn;
    context.expectedSigner = signer;
    return context;
}

// The message of the DataError `open` throws; empty when it opened.
QString refusal(const std::function<void()> &open)
{
    try {
        open();
    } catch (const DataError &error) {
        return error.message();
    }
    return {};
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x01);
    return bytes;
}

} // namespace

void TestReviewEnvelope::initTestCase()
{
    m_reviewer = PackageEnvelope::generateReviewerKeys();
    m_stranger = PackageEnvelope::generateReviewerKeys();
    QCOMPARE(m_reviewer.boxPublicKey.size(), 64);
    QCOMPARE(m_reviewer.signPublicKey.size(), 64);
    QVERIFY(m_reviewer.boxPublicKey != m_stranger.boxPublicKey);
    QVERIFY(m_reviewer.signPublicKey != m_stranger.signPublicKey);
}

void TestReviewEnvelope::passphraseRoundTrip()
{
    const PackageHeader sent = header(QStringLiteral("review"));
    const QByteArray package = PackageEnvelope::sealWithPassphrase(sent, kPayload, kPassphrase);
    QVERIFY(package.startsWith("IDRPKG1\n"));
    QVERIFY(!package.contains(QByteArrayLiteral("cases"))); // the payload is encrypted
    // A review package opens on any stand-alone PC, whatever database it came from.
    PackageEnvelope::OpenContext elsewhere = context(false);
    elsewhere.thisDatabaseId.clear();
    const PackageEnvelope::Opened opened = PackageEnvelope::open(package, kPassphrase, elsewhere);
    QCOMPARE(opened.payload, kPayload);
    QCOMPARE(opened.header.packageId, sent.packageId);
    QCOMPARE(opened.header.databaseId, kDatabase);
    QCOMPARE(opened.header.commission, sent.commission);
    QCOMPARE(opened.header.exportedAt, sent.exportedAt);
    QCOMPARE(opened.header.expiresOn, kExpires);
    QCOMPARE(opened.header.caseNumbers, sent.caseNumbers);
    QVERIFY(opened.header.signerPublicKey.isEmpty());
    // Sealed twice, the same package differs throughout: a new salt and nonce each time.
    QVERIFY(PackageEnvelope::sealWithPassphrase(sent, kPayload, kPassphrase) != package);
}

void TestReviewEnvelope::publicKeyRoundTrip()
{
    // The review package goes out sealed to the reviewer's key...
    PackageHeader sent = header(QStringLiteral("review"));
    sent.packageId.clear(); // made when sealing
    const QByteArray review = PackageEnvelope::sealToKey(sent, kPayload, m_reviewer.boxPublicKey);
    const PackageEnvelope::Opened opened
        = PackageEnvelope::open(review, m_reviewer.boxSecretKey, context(false));
    QCOMPARE(opened.payload, kPayload);
    QCOMPARE(opened.header.packageId.size(), 32);
    QCOMPARE(opened.header.packageId, PackageEnvelope::readHeader(review).packageId);

    // ...and comes back signed by the reviewer, sealed to the commission's key.
    const PackageEnvelope::ReviewerKeys commission = PackageEnvelope::generateReviewerKeys();
    PackageHeader answer = header(QStringLiteral("return"));
    answer.replyTo = opened.header.packageId;
    const QByteArray returned = PackageEnvelope::sealToKey(
        answer, QByteArrayLiteral("{\"facts\":[]}"), commission.boxPublicKey,
        PackageEnvelope::signerFor(m_reviewer.signSecretKey));
    const PackageEnvelope::Opened back = PackageEnvelope::open(
        returned, commission.boxSecretKey, context(true, m_reviewer.signPublicKey));
    QCOMPARE(back.payload, QByteArrayLiteral("{\"facts\":[]}"));
    QCOMPARE(back.header.replyTo, opened.header.packageId);
    QCOMPARE(back.header.signerPublicKey, m_reviewer.signPublicKey);
}

void TestReviewEnvelope::returnSignedWithAnAccountsKey()
{
    const std::unique_ptr<Database> database = TestDatabase::inMemory(QStringLiteral("reviewer"));
    const std::unique_ptr<SigningKey> key
        = SigningKey::create(*database, database->session()->accountId, QStringLiteral("demo"));
    const QByteArray returned = PackageEnvelope::sealWithPassphrase(
        header(QStringLiteral("return")), kPayload, kPassphrase, PackageEnvelope::signerFor(*key));
    QCOMPARE(PackageEnvelope::open(returned, kPassphrase, context(true, key->publicKey())).payload,
             kPayload);
    // A return package must be signed; a review package is not.
    QVERIFY(refusal([&] {
                PackageEnvelope::sealWithPassphrase(header(QStringLiteral("return")), kPayload,
                                                    kPassphrase);
            }).contains(QLatin1String("must be signed")));
    QVERIFY(refusal([&] {
                PackageEnvelope::sealWithPassphrase(header(QStringLiteral("review")), kPayload,
                                                    kPassphrase, PackageEnvelope::signerFor(*key));
            }).contains(QLatin1String("is not signed")));
}

void TestReviewEnvelope::headerReadsWithoutTheKey()
{
    const PackageHeader sent = header(QStringLiteral("review"));
    const PackageHeader read = PackageEnvelope::readHeader(
        PackageEnvelope::sealToKey(sent, kPayload, m_reviewer.boxPublicKey));
    QCOMPARE(read.kind, QStringLiteral("review"));
    QCOMPARE(read.packageId, sent.packageId);
    QCOMPARE(read.commission, sent.commission);
    QCOMPARE(read.exportedBy, sent.exportedBy);
    QCOMPARE(read.expiresOn, kExpires);
    QCOMPARE(read.caseNumbers, sent.caseNumbers);
    for (const QByteArray &bytes : {QByteArray(), QByteArrayLiteral("PK\x03\x04 a workbook")}) {
        QVERIFY(refusal([&] {
                    PackageEnvelope::readHeader(bytes);
                }).contains(QLatin1String("not a review or return package")));
    }
}

void TestReviewEnvelope::refusals_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("forReturn");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("merged");
    QTest::addColumn<QStringList>("expected"); // each in the message

    const PackageHeader reviewHeader = header(QStringLiteral("review"));
    const QByteArray review
        = PackageEnvelope::sealWithPassphrase(reviewHeader, kPayload, kPassphrase);
    const PackageHeader returnHeader = header(QStringLiteral("return"));
    const auto reviewer = PackageEnvelope::signerFor(m_reviewer.signSecretKey);
    const QByteArray returned
        = PackageEnvelope::sealWithPassphrase(returnHeader, kPayload, kPassphrase, reviewer);
    const QDate today = kExpires;
    const QString damaged = QStringLiteral("damaged, cut short or was altered");
    const QString notPackage = QStringLiteral("not a review or return package");

    auto row = [&](const char *name, const QByteArray &package, bool forReturn,
                   const QStringList &expected) -> QTestData & {
        return QTest::newRow(name)
               << package << kPassphrase << forReturn << today << QStringList() << expected;
    };
    QTest::newRow("wrong passphrase")
        << review << QStringLiteral("审理室 长城永固 2025") << false << today << QStringList()
        << QStringList{QStringLiteral("passphrase is wrong")};
    row("flipped byte in the ciphertext", flipped(review, review.size() - 20), false, {damaged});
    // The expiry moved half a year later, the header's length unchanged.
    QByteArray later = review;
    later.replace("\"expiresOn\":\"2026-06-30\"", "\"expiresOn\":\"2026-12-31\"");
    QVERIFY(later != review);
    QCOMPARE(PackageEnvelope::readHeader(later).expiresOn, QDate(2026, 12, 31));
    row("expiry moved later", later, false, {damaged});
    QByteArray moved = returned;
    moved.replace(kDatabase.toUtf8(), QByteArrayLiteral("3f6c1a2e-others"));
    QVERIFY(moved != returned);
    row("database id of a return package changed", moved, true, {damaged});
    QTest::newRow("expired") << review << kPassphrase << false << today.addDays(1) << QStringList()
                             << QStringList{QStringLiteral("expired"),
                                            QStringLiteral("(2026-06-30)")};
    row("return package for another database",
        PackageEnvelope::sealWithPassphrase(
            header(QStringLiteral("return"), QStringLiteral("9d0e77b1-city")), kPayload,
            kPassphrase, reviewer),
        true, {QStringLiteral("another commission"), QStringLiteral("青山县纪委监委")});
    QTest::newRow("already merged")
        << returned << kPassphrase << true << today
        << QStringList{PackageEnvelope::newPackageId(), returnHeader.packageId}
        << QStringList{QStringLiteral("already been merged"), returnHeader.packageId};
    row("return package signed by another key",
        PackageEnvelope::sealWithPassphrase(returnHeader, kPayload, kPassphrase,
                                            PackageEnvelope::signerFor(m_stranger.signSecretKey)),
        true, {QStringLiteral("not signed by the reviewer it was sent to")});
    row("signature cut off", returned.chopped(64), true,
        {QStringLiteral("is not signed, so it cannot be trusted")});
    row("truncated", review.left(review.size() / 2), false, {damaged});
    row("truncated inside the header", review.left(20), false, {damaged});
    row("something appended", review + QByteArrayLiteral("x"), false, {damaged});
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                          noise.size() / 4);
    row("random bytes", noise, false, {notPackage});
    row("empty", QByteArray(), false, {notPackage});
    row("review package where a return is expected", review, true,
        {QStringLiteral("not a return package")});
    row("return package where a review is expected", returned, false,
        {QStringLiteral("not a review package")});
}

void TestReviewEnvelope::refusals()
{
    QFETCH(QByteArray, package);
    QFETCH(QString, passphrase);
    QFETCH(bool, forReturn);
    QFETCH(QDate, today);
    QFETCH(QStringList, merged);
    QFETCH(QStringList, expected);
    PackageEnvelope::OpenContext opening = context(forReturn, m_reviewer.signPublicKey);
    opening.today = today;
    opening.mergedPackageIds = merged;
    const QString message = refusal([&] { PackageEnvelope::open(package, passphrase, opening); });
    QVERIFY2(!message.isEmpty(), "the package opened");
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(message));
}

void TestReviewEnvelope::keyRefusals()
{
    const QByteArray review = PackageEnvelope::sealToKey(header(QStringLiteral("review")), kPayload,
                                                         m_reviewer.boxPublicKey);
    // Another reviewer's key is named as such, not taken for a damaged file...
    QVERIFY(refusal([&] {
                PackageEnvelope::open(review, m_stranger.boxSecretKey, context(false));
            }).contains(QLatin1String("sealed to another reviewer's key")));
    // ...and a changed byte is, with the right key.
    QVERIFY(refusal([&] {
                PackageEnvelope::open(flipped(review, review.size() - 1), m_reviewer.boxSecretKey,
                                      context(false));
            }).contains(QLatin1String("damaged, cut short or was altered")));
    // A passphrase cannot open a package sealed to a key, nor a key one sealed with a passphrase.
    QVERIFY(refusal([&] {
                PackageEnvelope::open(review, kPassphrase, context(false));
            }).contains(QLatin1String("not with a passphrase")));
    const QByteArray withPassphrase = PackageEnvelope::sealWithPassphrase(
        header(QStringLiteral("review")), kPayload, kPassphrase);
    QVERIFY(refusal([&] {
                PackageEnvelope::open(withPassphrase, m_reviewer.boxSecretKey, context(false));
            }).contains(QLatin1String("not to a reviewer's key")));
    QVERIFY(refusal([&] {
                PackageEnvelope::sealToKey(header(QStringLiteral("review")), kPayload,
                                           QStringLiteral("00ff"));
            }).contains(QLatin1String("public key is not valid")));
    QVERIFY(refusal([&] {
                PackageEnvelope::sealWithPassphrase(header(QStringLiteral("review")), kPayload,
                                                    QStringLiteral("short"));
            }).contains(QLatin1String("at least 8 characters")));
}

QTEST_GUILESS_MAIN(TestReviewEnvelope)
#include "test_review_envelope.moc"
