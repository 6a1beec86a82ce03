#include "access/accesserror.h"
#include "access/accountreview.h"
#include "access/accounts.h"
#include "access/auditseals.h"
#include "access/signingkey.h"
#include "backup/backups.h"
#include "backup/integritycheck.h"
#include "domain/session.h"
#include "records/recordrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The audit trail against someone who can write the database file: entries cut off the end,
// the guards dropped, and the full forgery — a record rewritten, its entries removed and the
// whole chain computed again. The kept count, the schema check, the seals (in the database and
// in the seal file outside it) and the verification codes printed on papers each name it.
namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

// What a forger would run: the counts of record changes made to agree with the changes made,
// then every entry's hash computed again from the first, the way the program computes them, so
// that the chain itself is intact and accounts for every change.
void recomputeChain(const QSqlDatabase &db)
{
    QSqlQuery counted(db);
    QVERIFY(counted.exec(QStringLiteral("SELECT changes FROM record_changes")) && counted.next());
    const qint64 changesNow = counted.value(0).toLongLong();
    QSqlQuery rows(db);
    QVERIFY(rows.exec(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, "
                                     "cadre_id, before, after, changes_from, changes_to "
                                     "FROM audit_log ORDER BY id")));
    struct Forged
    {
        qint64 id;
        QString previous, hash;
        QVariant from, to;
    };
    QVector<QStringList> entries;
    QVector<QPair<QVariant, QVariant>> counts;
    QVector<qint64> ids;
    while (rows.next()) {
        ids << rows.value(0).toLongLong();
        entries << QStringList{rows.value(0).toString(),
                               rows.value(1).toString(),
                               rows.value(2).toString(),
                               rows.value(3).toString(),
                               rows.value(4).toString(),
                               QString::number(rows.value(5).toLongLong()),
                               QString::number(rows.value(6).toLongLong()),
                               rows.value(7).toString(),
                               rows.value(8).toString()};
        counts << qMakePair(rows.value(9), rows.value(10));
    }
    // Each transaction begins where the one before ended, and the last ends at the count.
    qint64 accounted = 0;
    int last = -1;
    for (int i = 0; i < counts.size(); ++i) {
        if (counts[i].second.isNull())
            continue;
        if (counts[i].first.toLongLong() > accounted)
            counts[i].first = accounted;
        accounted = qMax(accounted, counts[i].second.toLongLong());
        last = i;
    }
    if (last >= 0)
        counts[last].second = changesNow;
    QString previous = AuditLog::genesisHash();
    QVector<Forged> forged;
    for (int i = 0; i < entries.size(); ++i) {
        QStringList fields = entries[i];
        fields << previous;
        if (!counts[i].second.isNull())
            fields << counts[i].first.toString() << counts[i].second.toString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(previous.toUtf8());
        hash.addData(fields.join(QChar(0x1f)).toUtf8());
        const QString next = QString::fromLatin1(hash.result().toHex());
        forged.append({ids[i], previous, next, counts[i].first, counts[i].second});
        previous = next;
    }
    for (const Forged &entry : forged) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ?, "
                                      "changes_from = ?, changes_to = ? WHERE id = ?"));
        update.addBindValue(entry.previous);
        update.addBindValue(entry.hash);
        update.addBindValue(entry.from);
        update.addBindValue(entry.to);
        update.addBindValue(entry.id);
        QVERIFY(update.exec());
    }
    QSqlQuery head(db);
    head.prepare(QStringLiteral("UPDATE audit_head SET entries = ?, hash = ?"));
    head.addBindValue(forged.size());
    head.addBindValue(previous);
    QVERIFY(head.exec());
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

} // namespace

class TestTrail : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sealsAreSignedAndCopied();
    void cuttingEntriesOffTheEndIsSeen();
    void droppingTheGuardIsSeen();
    void theFullForgeryIsSeen();
    void changesOutsideTheProgramAreSeen_data();
    void changesOutsideTheProgramAreSeen();
    void theCountOfChangesCannotBeTurnedBack_data();
    void theCountOfChangesCannotBeTurnedBack();
    void aResetPasswordOpensNothing();
    void aRestoreIsRecordedInTheSealFile();
    void accountChangesWaitForTheAuditor();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    QString sealFile() const { return AuditSeals::sealFile(db(), m_database->path()); }
    QStringList problems() const
    {
        QStringList all = checkIntegrity(*m_database).problems;
        all << AuditSeals::verify(db(), sealFile()).problems;
        return all;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_sanction = 0;
};

void TestTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = TestDatabase::onDisk(*m_dir);
    RecordRepository repository(*m_database);
    const qint64 unit = TestDatabase::addUnit(*m_database, text("县水利局"));
    const qint64 cadre = TestDatabase::addCadre(*m_database, text("张建国"), unit);
    m_sanction = repository.create(text("sanctions"), {{text("cadre_id"), cadre},
                                                       {text("system"), text("party")},
                                                       {text("kind"), text("probation")},
                                                       {text("effective_date"), text("2025-03-01")},
                                                       {text("probation_months"), 12},
                                                       {text("decided_by"), text("县纪委常委会")}});
    for (int i = 0; i < 3; ++i)
        repository.create(text("talks"), {{text("cadre_id"), cadre},
                                          {text("kind"), text("reminder")},
                                          {text("held_by"), text("discipline_commission")},
                                          {text("talk_date"), text("2025-04-0%1").arg(i + 1)}});
}

void TestTrail::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestTrail::sealsAreSignedAndCopied()
{
    QVERIFY(m_database->session()->signingKey);
    QVERIFY(AuditSeals(*m_database).seal(QStringLiteral("on demand")));
    const QVector<AuditSeal> stored = AuditSeals::stored(db());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().accountName, QStringLiteral("officer"));
    QCOMPARE(AuditSeals::readFile(sealFile()).size(), 1);
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join('\n')));
    // The seal is in the trail too, and the trail goes on growing above it.
    QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC"))
                 .toString(),
             QStringLiteral("audit.seal"));
    TestDatabase::addUnit(*m_database, text("县财政局"));
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join('\n')));
    // The file is its owner's alone.
    QCOMPARE(QFile::permissions(sealFile()) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestTrail::cuttingEntriesOffTheEndIsSeen()
{
    const qint64 entries
        = Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    exec(db(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    exec(db(), QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(entries - 2));
    exec(db(), QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"));
    const IntegrityReport report = checkIntegrity(*m_database);
    QVERIFY(report.auditChainOk); // what is left still chains
    QVERIFY(!report.auditHeadAgrees);
    QVERIFY(!report.ok());
    // All of it gone, and the kept count with it: the seal names the loss.
    QVERIFY(AuditSeals(*m_database).seal(QStringLiteral("before")));
    exec(db(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    exec(db(), QStringLiteral("DELETE FROM audit_log"));
    exec(db(), QStringLiteral("DELETE FROM audit_head"));
    const AuditSeals::Verification seals = AuditSeals::verify(db(), sealFile());
    QVERIFY(!seals.firstBroken.isEmpty());
    QVERIFY2(seals.firstBroken.contains(QStringLiteral("no longer has the entry")),
             qPrintable(seals.firstBroken));
}

void TestTrail::droppingTheGuardIsSeen()
{
    QVERIFY(problems().isEmpty());
    exec(db(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    const QStringList found = problems();
    QVERIFY2(found.join(' ').contains(QStringLiteral("audit_log_no_update")),
             qPrintable(found.join('\n')));
    exec(db(), QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                              "WHEN 0 BEGIN SELECT 1; END"));
    QVERIFY2(problems().join(' ').contains(QStringLiteral("altered")),
             qPrintable(problems().join('\n')));
}

void TestTrail::theFullForgeryIsSeen()
{
    // A paper printed now carries the code of the trail as it stands, and a seal is made.
    const QString code = AuditLog::verificationCode(db());
    QVERIFY(AuditLog::codeMatches(db(), code));
    QVERIFY(AuditSeals(*m_database).seal(QStringLiteral("opinion reply")));
    m_database->setActor(QString());

    // The probation rewritten as an old warning, every entry about it removed, and the chain
    // (with its kept count) computed again: the chain and the schema are intact.
    exec(db(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    exec(db(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(db(), QStringLiteral("UPDATE sanctions SET kind = 'warning', probation_months = NULL, "
                              "effective_date = '2019-03-01' WHERE id = %1")
                   .arg(m_sanction));
    exec(db(), QStringLiteral("DELETE FROM audit_log WHERE entity = 'sanctions'"));
    recomputeChain(db());
    exec(db(), QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"));
    exec(db(), QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"));
    const IntegrityReport report = checkIntegrity(*m_database);
    QVERIFY(report.auditChainOk);
    QVERIFY(report.auditHeadAgrees);
    QCOMPARE(report.unaccountedChanges, 0);

    // The seal, in the database and in the file, no longer matches; nor does the paper's code.
    const AuditSeals::Verification seals = AuditSeals::verify(db(), sealFile());
    QVERIFY2(!seals.firstBroken.isEmpty(), "the forgery went unseen");
    QVERIFY2(seals.firstBroken.contains(QStringLiteral("officer")), qPrintable(seals.firstBroken));
    QString why;
    QVERIFY(!AuditLog::codeMatches(db(), code, &why));
    QVERIFY(!why.isEmpty());

    // Wiping the database's seals leaves the file's copies.
    exec(db(), QStringLiteral("DROP TRIGGER audit_seals_no_delete"));
    exec(db(), QStringLiteral("DELETE FROM audit_seals"));
    QVERIFY(!AuditSeals::verify(db(), sealFile()).firstBroken.isEmpty());
}

void TestTrail::changesOutsideTheProgramAreSeen_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("changes");
    QTest::newRow("a sanction rewritten")
        << QStringLiteral("UPDATE sanctions SET kind = 'warning', probation_months = NULL") << 1;
    QTest::newRow("talks removed") << QStringLiteral("DELETE FROM talks") << 3;
    QTest::newRow("a record added") << QStringLiteral(
        "INSERT INTO talks (cadre_id, kind, held_by, talk_date) "
        "SELECT cadre_id, 'reminder', 'discipline_commission', '2025-05-01' FROM sanctions")
                                    << 1;
    QTest::newRow("an account raised")
        << QStringLiteral("UPDATE accounts SET role = 'officer' WHERE name = 'admin'") << 1;
    QTest::newRow("a password replaced")
        << QStringLiteral("UPDATE accounts SET password_hash = 'x' WHERE name = 'officer'") << 1;
    QTest::newRow("a cadre and what cascades from it removed")
        << QStringLiteral("DELETE FROM cadres") << 5;
}

// Changed with sqlite3 and every trigger left in place: the triggers count the change, and no
// entry accounts for it — however much the program writes afterwards.
void TestTrail::changesOutsideTheProgramAreSeen()
{
    QFETCH(QString, statement);
    QFETCH(int, changes);
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join('\n')));
    const qint64 lastEntry
        = Sql::scalar(db(), QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    exec(db(), QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(db(), statement);
    IntegrityReport report = checkIntegrity(*m_database);
    QCOMPARE(report.unaccountedChanges, qint64(changes));
    QVERIFY2(report.problems.join(' ').contains(QStringLiteral("outside the program after audit "
                                                               "entry %1")
                                                    .arg(lastEntry)),
             qPrintable(report.problems.join('\n')));

    // The program writes on, through its own path: the change stays where it was made.
    TestDatabase::addUnit(*m_database, text("县财政局"));
    report = checkIntegrity(*m_database);
    QCOMPARE(report.unaccountedChanges, qint64(changes));
    QVERIFY2(report.problems.join(' ').contains(
                 QStringLiteral("between audit entries %1").arg(lastEntry)),
             qPrintable(report.problems.join('\n')));
}

void TestTrail::theCountOfChangesCannotBeTurnedBack_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("set back") << QStringLiteral("UPDATE record_changes SET changes = 0");
    QTest::newRow("replaced") << QStringLiteral(
        "INSERT OR REPLACE INTO record_changes VALUES (1, 0)");
    QTest::newRow("removed") << QStringLiteral("DELETE FROM record_changes");
}

void TestTrail::theCountOfChangesCannotBeTurnedBack()
{
    QFETCH(QString, statement);
    const QVariant before = AuditLog::recordChanges(db());
    QVERIFY(before.toLongLong() > 0);
    QSqlQuery query(db());
    QVERIFY(!query.exec(statement));
    QCOMPARE(AuditLog::recordChanges(db()), before);
}

void TestTrail::aResetPasswordOpensNothing()
{
    TestDatabase::signIn(*m_database, QStringLiteral("admin"));
    qint64 officer = 0;
    for (const AccountInfo &account : Accounts(*m_database).list()) {
        if (account.name == QLatin1String("officer"))
            officer = account.id;
    }
    Accounts(*m_database).resetPassword(officer, QStringLiteral("chosen-by-admin"));
    Accounts(*m_database).signIn(QStringLiteral("officer"), QStringLiteral("chosen-by-admin"));
    const Session *session = m_database->session();
    QVERIFY(session->mustChangePassword);
    QVERIFY(!session->signingKey); // the admin's password opens no key of the officer's
    QVERIFY(!session->can(Permission::ReadDossiers));
    QVERIFY_THROWS_EXCEPTION(AccessError,
                             RecordRepository(*m_database)
                                 .create(text("units"), {{text("name"), text("某局")},
                                                         {text("kind"), text("department")}}));
    QVERIFY(!AuditSeals(*m_database).seal(QStringLiteral("forged")));
    // Once the owner has chosen a password, a new key of their own signs.
    Accounts(*m_database)
        .changePassword(QStringLiteral("chosen-by-admin"),
                        QStringLiteral("only-the-officer-knows"));
    QVERIFY(m_database->session()->signingKey);
    QVERIFY(m_database->session()->can(Permission::ReadDossiers));
    QVERIFY(AuditSeals(*m_database).seal(QStringLiteral("own key")));
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join('\n')));
}

// The seals made after a backup name entries that a restore of that backup takes away. The
// restore's record in the seal file, signed by the one who restored, tells them apart from a
// trail cut short unseen; without it they are problems again.
void TestTrail::aRestoreIsRecordedInTheSealFile()
{
    const QString path = m_database->path();
    TestDatabase::signIn(*m_database, QStringLiteral("admin"));
    QVERIFY(AuditSeals(*m_database).seal(QStringLiteral("before the backup")));
    const QString backup = m_dir->filePath(QStringLiteral("before.db"));
    Backups::create(*m_database, backup);
    TestDatabase::signIn(*m_database, QStringLiteral("officer"));
    TestDatabase::addUnit(*m_database, text("县财政局"));
    QVERIFY(AuditSeals(*m_database).seal(QStringLiteral("after the backup")));
    TestDatabase::signIn(*m_database, QStringLiteral("admin"));
    const Session *session = m_database->session();
    Restorer restorer(m_database->actor());
    restorer.accountName = session->accountName;
    restorer.role = QStringLiteral("administrator");
    restorer.signingKey = session->signingKey;
    restorer.sealedSecret = session->signingKey->storedForm(*m_database);
    m_database.reset();

    Backups::restore(backup, path, {}, [&] { return restorer; });
    m_database = Database::open(path);
    TestDatabase::signIn(*m_database, QStringLiteral("auditor"));
    const AuditSeals::Verification seals = AuditSeals::verify(db(), sealFile());
    QVERIFY2(seals.problems.isEmpty(), qPrintable(seals.problems.join('\n')));
    QCOMPARE(seals.replaced.size(), 1);
    QVERIFY2(seals.replaced.first().contains(QStringLiteral("admin")),
             qPrintable(seals.replaced.first()));
    QCOMPARE(AuditSeals::readFile(sealFile()).last().reason, QStringLiteral("restore"));
    QVERIFY2(checkIntegrity(*m_database).ok(),
             qPrintable(checkIntegrity(*m_database).problems.join('\n')));

    // The same restore with its record taken out of the seal file: the seal after the backup
    // names entries the trail lacks, and the restore's own seal is missing from the file.
    QFile file(sealFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    file.close();
    lines.removeLast();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n') + '\n');
    file.close();
    const AuditSeals::Verification cut = AuditSeals::verify(db(), sealFile());
    QVERIFY(cut.replaced.isEmpty());
    QCOMPARE(cut.problems.size(), 2);
    QVERIFY2(cut.problems.join('\n').contains(QStringLiteral("no longer has the entry")),
             qPrintable(cut.problems.join('\n')));
}

// No escalation unseen: a reset and a role change wait on the auditor's list until the auditor
// acknowledges them, in the trail; nobody else reads or clears the list.
void TestTrail::accountChangesWaitForTheAuditor()
{
    TestDatabase::signIn(*m_database, QStringLiteral("auditor"));
    AccountReview review(*m_database);
    const QVector<AccountChange> setUp = review.pending(); // the accounts made at the start
    QVERIFY(setUp.size() >= 5);
    QCOMPARE(setUp.first().action, QStringLiteral("account.create"));
    QCOMPARE(review.acknowledge(setUp.last().entry), int(setUp.size()));
    QVERIFY(review.pending().isEmpty());

    qint64 officer = 0, reviewer = 0;
    TestDatabase::signIn(*m_database, QStringLiteral("admin"));
    for (const AccountInfo &account : Accounts(*m_database).list()) {
        if (account.name == QLatin1String("officer"))
            officer = account.id;
        if (account.name == QLatin1String("reviewer"))
            reviewer = account.id;
    }
    Accounts(*m_database).resetPassword(officer, QStringLiteral("Temporary-2026"));
    TestDatabase::signIn(*m_database, QStringLiteral("security"));
    Accounts(*m_database).setRole(reviewer, Role::CaseOfficer);

    TestDatabase::signIn(*m_database, QStringLiteral("auditor"));
    const QVector<AccountChange> changes = review.pending();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).action, QStringLiteral("account.reset"));
    QCOMPARE(changes.at(0).account, QStringLiteral("officer"));
    QCOMPARE(changes.at(0).by, QStringLiteral("admin"));
    QCOMPARE(changes.at(1).action, QStringLiteral("account.role"));
    QCOMPARE(changes.at(1).account, QStringLiteral("reviewer"));
    QVERIFY2(changes.at(1).change.contains(QStringLiteral("officer"), Qt::CaseInsensitive),
             qPrintable(changes.at(1).change));
    // Acknowledged up to the reset, the role change still waits; the reset cannot be again.
    QCOMPARE(review.acknowledge(changes.at(0).entry), 1);
    QCOMPARE(review.pending().size(), 1);
    QVERIFY_THROWS_EXCEPTION(DataError, review.acknowledge(changes.at(0).entry));
    QCOMPARE(Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'account.acknowledge'"))
                 .toInt(),
             2);

    // Only the auditor reads or clears the list.
    TestDatabase::signIn(*m_database, QStringLiteral("security"));
    QVERIFY_THROWS_EXCEPTION(AccessError, review.pending());
    QVERIFY_THROWS_EXCEPTION(AccessError, review.acknowledge(changes.at(1).entry));
}

QTEST_GUILESS_MAIN(TestTrail)
#include "test_trail.moc"
