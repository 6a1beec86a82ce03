#include "access/passwordhash.h"

#include <QRegularExpression>
#include <QTest>

// The cost of the keys made from passwords: libsodium's interactive Argon2id level in every
// build that can be packaged. The release run of the continuous integration runs this suite,
// because the sanitizer build's keys are cheap on purpose (models/access/keycost.h).
class TestKeyCost : public QObject
{
    Q_OBJECT

private slots:
    void hashesCostWhatTheBuildPromises();
    void unknownAccountsCostTheSame();
    void hashesOfTheOtherCostAreRedone();
};

namespace {

// "m=65536,t=2,p=1" of "$argon2id$v=19$m=65536,t=2,p=1$salt$hash".
QString parameters(const QString &stored)
{
    return stored.section(QLatin1Char('$'), 3, 3);
}

} // namespace

void TestKeyCost::hashesCostWhatTheBuildPromises()
{
    const QString stored = PasswordHash::hash(QStringLiteral("长城永固 2026"));
    QVERIFY2(stored.startsWith(QLatin1String("$argon2id$v=19$")), qPrintable(stored));
    // 64 MiB and two passes: libsodium's interactive level.
    QCOMPARE(parameters(stored), PasswordHash::lowCostBuild() ? QStringLiteral("m=8,t=1,p=1")
                                                              : QStringLiteral("m=65536,t=2,p=1"));
    QVERIFY(PasswordHash::verify(stored, QStringLiteral("长城永固 2026")));
    QVERIFY(!PasswordHash::verify(stored, QStringLiteral("长城永固 2025")));
#if defined(NDEBUG)
    // What is packaged is built with NDEBUG, and never cheaply.
    QVERIFY(!PasswordHash::lowCostBuild());
#endif
}

void TestKeyCost::unknownAccountsCostTheSame()
{
    // A name nobody has is checked against a hash of the same cost as a real one, so the time
    // a refusal takes does not tell whether the name exists.
    QCOMPARE(parameters(PasswordHash::unknownAccountHash()),
             parameters(PasswordHash::hash(QStringLiteral("x"))));
    QVERIFY(PasswordHash::isCurrent(PasswordHash::unknownAccountHash()));
}

void TestKeyCost::hashesOfTheOtherCostAreRedone()
{
    // A hash made at another cost is redone at the next sign-in.
    const QString other = PasswordHash::lowCostBuild()
                              ? QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$A/u0ec04i9q/"
                                               "a/fxmVZQ0Q$zd3VakGc4/TwLO0FG6Cq1TJPg4w/"
                                               "29oKkNljYJ5/hQU")
                              : QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$Me7uPUs7LzK2MDqoQswkFA$"
                                               "tpj6RUvsP5mFX79Ub5xB99v4YKIaAin6dsyYfturI10");
    QVERIFY(!PasswordHash::isCurrent(other));
    QVERIFY(PasswordHash::isCurrent(PasswordHash::hash(QStringLiteral("x"))));
}

QTEST_MAIN(TestKeyCost)
#include "test_key_cost.moc"
