#include "domain/cluestatemachine.h"

#include <QTest>

#include <set>
#include <utility>

namespace {

using Move = std::pair<QString, QString>;

const char *const legalMoves[][2] = {
    {"registered", "assigned"},
    {"assigned", "disposition_proposed"},
    {"disposition_proposed", "talk_or_letter_inquiry"},
    {"disposition_proposed", "preliminary_verification"},
    {"disposition_proposed", "shelved"},
    {"disposition_proposed", "closed"},
    {"talk_or_letter_inquiry", "inquiry_replied"},
    {"inquiry_replied", "closed"},
    {"inquiry_replied", "talk_or_letter_inquiry"},
    {"inquiry_replied", "preliminary_verification"},
    {"preliminary_verification", "case_filed"},
    {"preliminary_verification", "closed"},
    {"preliminary_verification", "shelved"},
    {"preliminary_verification", "transferred"},
    {"shelved", "disposition_proposed"},
    {"shelved", "closed"},
};

} // namespace

class TestClueStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void legalMove_data();
    void legalMove();
    void illegalMove_data();
    void illegalMove();
    void everyOtherMoveIsIllegal();
    void finalStates();
    void dispositions();
    void names();
    void addWorkingDays_data();
    void addWorkingDays();
    void dueDate_data();
    void dueDate();
    void isOverdue_data();
    void isOverdue();
};

void TestClueStateMachine::legalMove_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    for (const auto &move : legalMoves) {
        QTest::addRow("%s -> %s", move[0], move[1])
            << QString::fromLatin1(move[0]) << QString::fromLatin1(move[1]);
    }
}

void TestClueStateMachine::legalMove()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QVERIFY(ClueStateMachine::canMove(from, to));
    QVERIFY(ClueStateMachine::nextStates(from).contains(to));
}

void TestClueStateMachine::illegalMove_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const char *const moves[][2] = {
        {"registered", "disposition_proposed"}, // skips assignment
        {"registered", "closed"},               // closes without a disposition
        {"assigned", "talk_or_letter_inquiry"}, // skips the proposal
        {"disposition_proposed", "case_filed"}, // filing needs a verification first
        {"disposition_proposed", "transferred"},
        {"talk_or_letter_inquiry", "closed"}, // closes before the written reply
        {"talk_or_letter_inquiry", "preliminary_verification"},
        {"inquiry_replied", "case_filed"},
        {"preliminary_verification", "talk_or_letter_inquiry"},
        {"shelved", "preliminary_verification"},     // reactivation goes through a proposal
        {"closed", "registered"},                    // final
        {"closed", "disposition_proposed"},          // final
        {"case_filed", "closed"},                    // final
        {"transferred", "preliminary_verification"}, // final
        {"assigned", "assigned"},                    // no move in place
        {"registered", "unknown"},                   // not a state
        {"unknown", "assigned"},
        {"", "registered"},
    };
    for (const auto &move : moves) {
        QTest::addRow("%s -> %s", move[0], move[1])
            << QString::fromLatin1(move[0]) << QString::fromLatin1(move[1]);
    }
}

void TestClueStateMachine::illegalMove()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QVERIFY(!ClueStateMachine::canMove(from, to));
}

void TestClueStateMachine::everyOtherMoveIsIllegal()
{
    std::set<Move> legal;
    for (const auto &move : legalMoves)
        legal.insert({QString::fromLatin1(move[0]), QString::fromLatin1(move[1])});

    const QStringList states = ClueStateMachine::states();
    QCOMPARE(states.size(), 10);
    int allowed = 0;
    for (const QString &from : states) {
        for (const QString &to : states) {
            const bool expected = legal.count({from, to}) > 0;
            QVERIFY2(ClueStateMachine::canMove(from, to) == expected,
                     qPrintable(from + QLatin1String(" -> ") + to));
            allowed += expected ? 1 : 0;
        }
    }
    QCOMPARE(allowed, int(legal.size()));
}

void TestClueStateMachine::finalStates()
{
    const QStringList finals
        = {QStringLiteral("closed"), QStringLiteral("case_filed"), QStringLiteral("transferred")};
    for (const QString &state : ClueStateMachine::states()) {
        const bool final = finals.contains(state);
        QCOMPARE(ClueStateMachine::isFinal(state), final);
        QCOMPARE(ClueStateMachine::isOpen(state), !final);
        QCOMPARE(ClueStateMachine::nextStates(state).isEmpty(), final);
    }
    QVERIFY(!ClueStateMachine::isFinal(QStringLiteral("unknown")));
    QVERIFY(!ClueStateMachine::isOpen(QStringLiteral("unknown")));
    QVERIFY(ClueStateMachine::nextStates(QStringLiteral("unknown")).isEmpty());
}

void TestClueStateMachine::dispositions()
{
    const QString proposed = QStringLiteral("disposition_proposed");
    QCOMPARE(ClueStateMachine::dispositions(),
             QStringList({QStringLiteral("talk_or_letter_inquiry"),
                          QStringLiteral("preliminary_verification"), QStringLiteral("shelved"),
                          QStringLiteral("closed")}));
    for (const QString &disposition : ClueStateMachine::dispositions())
        QCOMPARE(ClueStateMachine::dispositionOf(proposed, disposition), disposition);
    QCOMPARE(ClueStateMachine::dispositionOf(proposed, QStringLiteral("case_filed")),
             std::optional<QString>());
    QCOMPARE(ClueStateMachine::dispositionOf(QStringLiteral("inquiry_replied"),
                                             QStringLiteral("closed")),
             std::optional<QString>());
    QCOMPARE(ClueStateMachine::dispositionLabel(QStringLiteral("shelved")),
             QStringLiteral("Shelved"));
}

void TestClueStateMachine::names()
{
    QCOMPARE(ClueStateMachine::stateChineseName(QStringLiteral("talk_or_letter_inquiry")),
             QString::fromUtf8("谈话函询"));
    QCOMPARE(ClueStateMachine::stateChineseName(QStringLiteral("shelved")),
             QString::fromUtf8("暂存待查"));
    QCOMPARE(ClueStateMachine::stateLabel(QStringLiteral("preliminary_verification")),
             QStringLiteral("Preliminary verification"));
    for (const QString &state : ClueStateMachine::states()) {
        QVERIFY(ClueStateMachine::stateLabel(state) != state);
        QVERIFY(ClueStateMachine::stateChineseName(state) != state);
    }
}

void TestClueStateMachine::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Friday + 15, three weekends") << QDate(2024, 3, 1) << 15 << QDate(2024, 3, 22);
    QTest::newRow("Monday + 15 across May end") << QDate(2024, 5, 20) << 15 << QDate(2024, 6, 10);
    QTest::newRow("sent on Saturday") << QDate(2024, 6, 1) << 15 << QDate(2024, 6, 21);
    QTest::newRow("across February end, leap") << QDate(2024, 2, 28) << 15 << QDate(2024, 3, 20);
    QTest::newRow("across year end") << QDate(2024, 12, 20) << 15 << QDate(2025, 1, 10);
    QTest::newRow("Friday + 1 is Monday") << QDate(2024, 3, 1) << 1 << QDate(2024, 3, 4);
    QTest::newRow("zero days") << QDate(2024, 3, 2) << 0 << QDate(2024, 3, 2);
    QTest::newRow("Monday - 1 is Friday") << QDate(2024, 3, 4) << -1 << QDate(2024, 3, 1);
    QTest::newRow("invalid date") << QDate() << 15 << QDate();
}

void TestClueStateMachine::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(::addWorkingDays(from, days), expected);
}

void TestClueStateMachine::dueDate_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QDate>("enteredOn");
    QTest::addColumn<QDate>("due");

    // A disposition is proposed within one month of registration.
    QTest::newRow("registered") << "registered" << QDate(2024, 3, 15) << QDate(2024, 4, 14);
    QTest::newRow("assigned, from registration 31 Jan")
        << "assigned" << QDate(2024, 1, 31) << QDate(2024, 2, 28);
    // Written reply within 15 working days of the letter.
    QTest::newRow("inquiry letter sent Monday")
        << "talk_or_letter_inquiry" << QDate(2024, 5, 20) << QDate(2024, 6, 10);
    QTest::newRow("inquiry letter sent Friday")
        << "talk_or_letter_inquiry" << QDate(2024, 3, 1) << QDate(2024, 3, 22);
    // Closed within one month of the reply.
    QTest::newRow("replied on 31 March")
        << "inquiry_replied" << QDate(2024, 3, 31) << QDate(2024, 4, 29);
    QTest::newRow("replied mid-month")
        << "inquiry_replied" << QDate(2024, 6, 10) << QDate(2024, 7, 9);
    QTest::newRow("disposition proposed: none")
        << "disposition_proposed" << QDate(2024, 3, 15) << QDate();
    QTest::newRow("preliminary verification: none")
        << "preliminary_verification" << QDate(2024, 3, 15) << QDate();
    QTest::newRow("shelved: none") << "shelved" << QDate(2024, 3, 15) << QDate();
    QTest::newRow("closed: none") << "closed" << QDate(2024, 3, 15) << QDate();
    QTest::newRow("case filed: none") << "case_filed" << QDate(2024, 3, 15) << QDate();
    QTest::newRow("unknown date") << "registered" << QDate() << QDate();
}

void TestClueStateMachine::dueDate()
{
    QFETCH(QString, state);
    QFETCH(QDate, enteredOn);
    QFETCH(QDate, due);
    QCOMPARE(ClueStateMachine::dueDate(state, enteredOn), due);
}

void TestClueStateMachine::isOverdue_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QDate>("enteredOn");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("overdue");

    QTest::newRow("reply on the due day")
        << "talk_or_letter_inquiry" << QDate(2024, 5, 20) << QDate(2024, 6, 10) << false;
    QTest::newRow("reply a day late")
        << "talk_or_letter_inquiry" << QDate(2024, 5, 20) << QDate(2024, 6, 11) << true;
    QTest::newRow("proposal on the due day")
        << "registered" << QDate(2024, 3, 15) << QDate(2024, 4, 14) << false;
    QTest::newRow("proposal late")
        << "assigned" << QDate(2024, 3, 15) << QDate(2024, 4, 15) << true;
    QTest::newRow("closing late") << "inquiry_replied" << QDate(2024, 3, 31) << QDate(2024, 4, 30)
                                  << true;
    QTest::newRow("closing in time")
        << "inquiry_replied" << QDate(2024, 3, 31) << QDate(2024, 4, 1) << false;
    QTest::newRow("no deadline while shelved")
        << "shelved" << QDate(2020, 1, 1) << QDate(2024, 6, 1) << false;
    QTest::newRow("closed is never overdue")
        << "closed" << QDate(2020, 1, 1) << QDate(2024, 6, 1) << false;
}

void TestClueStateMachine::isOverdue()
{
    QFETCH(QString, state);
    QFETCH(QDate, enteredOn);
    QFETCH(QDate, asOf);
    QFETCH(bool, overdue);
    QCOMPARE(ClueStateMachine::isOverdue(state, enteredOn, asOf), overdue);
}

QTEST_APPLESS_MAIN(TestClueStateMachine)
#include "test_cluestatemachine.moc"
