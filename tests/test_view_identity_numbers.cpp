#include "access/accounts.h"
#include "access/identitynumbers.h"
#include "domain/role.h"
#include "domain/session.h"
#include "dossier/basicinfopage.h"
#include "dossier/dossierwidget.h"
#include "items/audittrailmodel.h"
#include "items/changehistorymodel.h"
#include "records/recordrepository.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

// Identity-card numbers are shown whole only to a role that may see them; every page, list and
// audit text masks them for everyone else.
class TestViewIdentityNumbers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void maskKeepsFirstAndLastFour_data();
    void maskKeepsFirstAndLastFour();
    void rolesThatExportMaySeeNumbers();
    void basicInformationPage_data();
    void basicInformationPage();
    void changeHistory_data();
    void changeHistory();
    void auditTrailOfTheAuditor();

private:
    static constexpr const char *kNumber = "110101198001011234";
    static constexpr const char *kMasked = "1101**********1234";
    std::unique_ptr<Database> m_database;
    qint64 m_cadre = 0;
};

void TestViewIdentityNumbers::init()
{
    m_database = TestDatabase::inMemory();
    const qint64 unit = TestDatabase::addUnit(*m_database, QStringLiteral("清河县水利局"));
    m_cadre = TestDatabase::addCadre(*m_database, QStringLiteral("张建国"), unit,
                                     QStringLiteral("局长"), true);
    RecordRepository(*m_database)
        .update(QStringLiteral("cadres"), m_cadre,
                {{QStringLiteral("id_number"), QString::fromLatin1(kNumber)}});
}

void TestViewIdentityNumbers::cleanup()
{
    m_database.reset();
}

void TestViewIdentityNumbers::maskKeepsFirstAndLastFour_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18 digits") << kNumber << kMasked;
    QTest::newRow("with X") << "11010119800101123X"
                            << "1101**********123X";
    QTest::newRow("15 digits (old card)") << "110101800101123"
                                          << "1101*******1123";
    QTest::newRow("too short to keep any") << "12345678"
                                           << "********";
    QTest::newRow("empty") << ""
                           << "";
}

void TestViewIdentityNumbers::maskKeepsFirstAndLastFour()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(IdentityNumbers::masked(number), masked);
    QCOMPARE(IdentityNumbers::shown(nullptr, number), masked);
}

void TestViewIdentityNumbers::rolesThatExportMaySeeNumbers()
{
    // A JSON export carries identity numbers whole (an import must restore them), so only a
    // role that may see them may export.
    for (const QString &key : Roles::keys()) {
        const Role role = Roles::fromKey(key);
        if (Roles::has(role, Permission::ExportData))
            QVERIFY2(Roles::has(role, Permission::SeeIdentityNumbers), qPrintable(key));
    }
}

void TestViewIdentityNumbers::basicInformationPage_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("shown");
    QTest::newRow("case officer") << "officer" << kNumber;
    QTest::newRow("reviewer") << "reviewer" << kMasked;
}

void TestViewIdentityNumbers::basicInformationPage()
{
    QFETCH(QString, account);
    QFETCH(QString, shown);
    TestDatabase::signIn(*m_database, account);
    QUndoStack stack;
    DossierWidget dossier(*m_database, m_cadre, &stack);
    dossier.showSection(DossierWidget::Section::BasicInformation);
    auto *label = dossier.findChild<QLabel *>(QStringLiteral("id_number"));
    QVERIFY(label);
    QCOMPARE(label->text(), shown);
}

void TestViewIdentityNumbers::changeHistory_data()
{
    basicInformationPage_data();
}

void TestViewIdentityNumbers::changeHistory()
{
    QFETCH(QString, account);
    QFETCH(QString, shown);
    TestDatabase::signIn(*m_database, account);
    ChangeHistoryModel model(*m_database, m_cadre);
    QAbstractItemModelTester tester(&model);
    QString changes;
    for (int row = 0; row < model.rowCount(); ++row)
        changes += model.index(row, ChangeHistoryModel::ChangesColumn).data().toString();
    QVERIFY2(changes.contains(shown), qPrintable(changes));
    if (shown != QLatin1String(kNumber))
        QVERIFY2(!changes.contains(QLatin1String(kNumber)), qPrintable(changes));
}

void TestViewIdentityNumbers::auditTrailOfTheAuditor()
{
    TestDatabase::signIn(*m_database, QStringLiteral("auditor"));
    AuditTrailModel model(*m_database);
    QAbstractItemModelTester tester(&model);
    model.setFilter({});
    QString changes;
    for (int row = 0; row < model.rowCount(); ++row)
        changes += model.index(row, AuditTrailModel::ChangeColumn).data().toString();
    QVERIFY2(changes.contains(QLatin1String(kMasked)), qPrintable(changes));
    QVERIFY2(!changes.contains(QLatin1String(kNumber)), qPrintable(changes));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trail.csv"));
    model.exportCsv(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.contains(kMasked));
    QVERIFY(!csv.contains(kNumber));
}

QTEST_MAIN(TestViewIdentityNumbers)
#include "test_view_identity_numbers.moc"
