#include "backup/integritycheck.h"
#include "dialogs/recordform.h"
#include "domain/recordkinds.h"
#include "domain/tables.h"
#include "dossier/dossierwidget.h"
#include "dossier/recordsection.h"
#include "dossier/timelinepage.h"
#include "interchange/interchangeexporter.h"
#include "interchange/interchangeformat.h"
#include "interchange/interchangeimporter.h"
#include "items/changehistorymodel.h"
#include "items/recordlistmodel.h"
#include "items/timelinemodel.h"
#include "records/recordrepository.h"
#include "statistics/statisticcounts.h"
#include "storage/database.h"
#include "storage/migrationhistory.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QDateEdit>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

// A record kind the program does not have — the integrity pledge (廉政承诺书) a cadre signs each
// year — added the way every kind is: one registry entry and one migration
// (registry/020_integrity_pledges.sql). With no other edit it has a form, a list in the dossier,
// a place on the timeline and in the change history, its statistics and its table in the
// interchange file.
class TestRecordKindRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theMigrationComesAfterTheProgramsOwn();
    void itIsATableOfTheSchema();
    void aFormAddsItAndItsListShowsIt();
    void theTimelineAndChangeHistoryNameIt();
    void itCountsInTheStatistics();
    void theInterchangeFileCarriesIt();
    void everyStoredColumnHasAName();

private:
    static RecordKind pledges();
    qint64 addPledge(int year, const QDate &signedOn);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_unit = 0;
    qint64 m_cadre = 0;
};

RecordKind TestRecordKindRegistry::pledges()
{
    RecordKind kind;
    kind.table = QStringLiteral("integrity_pledges");
    kind.title = QStringLiteral("Integrity pledge");
    kind.cadreColumn = QStringLiteral("cadre_id");
    FieldDescription year;
    year.column = QStringLiteral("year");
    year.label = QStringLiteral("Year pledged");
    year.type = FieldType::Integer;
    year.required = true;
    year.minimum = 1949;
    year.maximum = 2100;
    year.thisYearByDefault = true;
    FieldDescription signedOn;
    signedOn.column = QStringLiteral("signed_date");
    signedOn.label = QStringLiteral("Signed on");
    signedOn.type = FieldType::Date;
    signedOn.required = true;
    FieldDescription content;
    content.column = QStringLiteral("content");
    content.label = QStringLiteral("Pledge");
    content.type = FieldType::LongText;
    kind.fields = {year, signedOn, content};
    kind.section = QStringLiteral("duty_reports");
    kind.sectionHeading = QStringLiteral("Integrity pledges");
    kind.listing.table = kind.table;
    kind.listing.idExpression = QStringLiteral("id");
    kind.listing.from = QStringLiteral("FROM integrity_pledges WHERE cadre_id = ?");
    kind.listing.order = QStringLiteral("signed_date DESC, id DESC");
    kind.listing.expressions
        = {QStringLiteral("year"), QStringLiteral("signed_date"), QStringLiteral("content")};
    kind.listing.columns = {{QStringLiteral("Year pledged"), ListColumn::Format::Number, {}},
                            {QStringLiteral("Signed on"), ListColumn::Format::Date, {}},
                            {QStringLiteral("Pledge"), ListColumn::Format::Text, {}}};
    kind.timeline = {{QStringLiteral("integrity_pledge"), QStringLiteral("Integrity pledge"),
                      QStringLiteral("SELECT cadre_id, 'integrity_pledge', id, signed_date, "
                                     "CAST(year AS TEXT), substr(content, 1, 120) "
                                     "FROM integrity_pledges")}};
    kind.statisticSources
        = {QStringLiteral("SELECT 'pledge.signed', CAST(p.year AS TEXT), c.unit_id, "
                          "'integrity_pledges', p.id, p.cadre_id, NULL, NULL, NULL "
                          "FROM integrity_pledges p JOIN cadres c ON c.id = p.cadre_id")};
    kind.interchangeNoun = "integrity pledge";
    kind.columns
        = {Stored::key(), Stored::required("cadre_id", Stored::Type::Integer, "cadres"),
           Stored::required("year", Stored::Type::Integer),
           Stored::required("signed_date", Stored::Type::Date), Stored::optional("content")};
    return kind;
}

void TestRecordKindRegistry::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    RecordKinds::add(&TestRecordKindRegistry::pledges);
}

void TestRecordKindRegistry::init()
{
    static int number = 0;
    m_database = TestDatabase::onDisk(m_dir, QStringLiteral("pledges-%1.db").arg(++number));
    m_unit = TestDatabase::addUnit(*m_database, QStringLiteral("清河县水利局"));
    m_cadre = TestDatabase::addCadre(*m_database, QStringLiteral("张建国"), m_unit,
                                     QStringLiteral("局长"), true);
}

void TestRecordKindRegistry::cleanup()
{
    m_database.reset();
}

qint64 TestRecordKindRegistry::addPledge(int year, const QDate &signedOn)
{
    return RecordRepository(*m_database)
        .create(QStringLiteral("integrity_pledges"),
                {{QStringLiteral("cadre_id"), m_cadre},
                 {QStringLiteral("year"), year},
                 {QStringLiteral("signed_date"), signedOn.toString(Qt::ISODate)},
                 {QStringLiteral("content"), QStringLiteral("严守纪律，廉洁用权")}});
}

void TestRecordKindRegistry::theMigrationComesAfterTheProgramsOwn()
{
    // Numbered after the program's last migration: when the program gains one, this suite's
    // migration moves on a number, as a real kind's migration would be added after it.
    const QVector<MigrationHistory::Script> scripts = MigrationHistory::scripts();
    QVERIFY(scripts.size() >= 2);
    QVERIFY2(scripts.last().resource.endsWith(QLatin1String("_integrity_pledges.sql")),
             qPrintable(scripts.last().resource));
    QCOMPARE(scripts.last().version, scripts.at(scripts.size() - 2).version + 1);
    QCOMPARE(Sql::scalar(m_database->connection(), QStringLiteral("PRAGMA user_version")).toInt(),
             scripts.last().version);
}

void TestRecordKindRegistry::itIsATableOfTheSchema()
{
    const Tables::Table *table = Tables::find(QStringLiteral("integrity_pledges"));
    QVERIFY(table);
    QCOMPARE(table->role, Tables::Role::Record);
    QVERIFY(RecordRepository::tables().contains(QStringLiteral("integrity_pledges")));
    QVERIFY(RecordKinds::tables().contains(QStringLiteral("integrity_pledges")));
    // Its writes are counted for the audit trail like every record's.
    const qint64 before = Sql::scalar(m_database->connection(),
                                      QStringLiteral("SELECT changes FROM record_changes"))
                              .toLongLong();
    addPledge(2026, QDate(2026, 2, 3));
    QCOMPARE(
        Sql::scalar(m_database->connection(), QStringLiteral("SELECT changes FROM record_changes"))
            .toLongLong(),
        before + 1);
    const IntegrityReport report = checkIntegrity(*m_database);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char(' '))));
}

void TestRecordKindRegistry::aFormAddsItAndItsListShowsIt()
{
    QUndoStack stack;
    DossierWidget dossier(*m_database, m_cadre, &stack);
    dossier.show();
    dossier.showSection(DossierWidget::Section::DutyReports);
    auto *section = dossier.findChild<RecordSection *>(QStringLiteral("integrity_pledgesSection"));
    QVERIFY(section);
    QTRY_VERIFY(section->isVisible());
    QCOMPARE(section->model()->rowCount(), 0);
    QCOMPARE(section->model()->headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("Signed on"));

    QTest::mouseClick(section->findChild<QPushButton *>(QStringLiteral("newButton")),
                      Qt::LeftButton);
    QPointer<RecordForm> form;
    QTRY_VERIFY((form = qobject_cast<RecordForm *>(QApplication::activeModalWidget())));
    QCOMPARE(form->kind().table, QStringLiteral("integrity_pledges"));
    auto *year = form->findChild<QSpinBox *>(QStringLiteral("year"));
    QVERIFY(year);
    QCOMPARE(year->value(), QDate::currentDate().year());
    year->setValue(2025);
    form->findChild<QDateEdit *>(QStringLiteral("signed_date"))->setDate(QDate(2025, 2, 14));
    QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("content")),
                     QStringLiteral("No gifts"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(form.isNull());

    QCOMPARE(section->model()->rowCount(), 1);
    QCOMPARE(section->model()->index(0, 0).data().toString(), QStringLiteral("2025"));
    QCOMPARE(section->model()->index(0, 1).data().toDate(), QDate(2025, 2, 14));
    QCOMPARE(section->model()->index(0, 2).data().toString(), QStringLiteral("No gifts"));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Add Integrity pledge"));
}

void TestRecordKindRegistry::theTimelineAndChangeHistoryNameIt()
{
    const qint64 pledge = addPledge(2026, QDate(2026, 1, 20));
    RecordRepository(*m_database)
        .update(QStringLiteral("integrity_pledges"), pledge,
                {{QStringLiteral("signed_date"), QStringLiteral("2026-01-21")}});

    QVERIFY(RecordKinds::timelineKinds().contains(QStringLiteral("integrity_pledge")));
    TimelineModel timeline(*m_database, m_cadre);
    bool onTimeline = false;
    for (int row = 0; row < timeline.rowCount(); ++row) {
        const QModelIndex kind = timeline.index(row, TimelineModel::KindColumn);
        if (kind.data(TimelineModel::KindRole).toString() != QLatin1String("integrity_pledge"))
            continue;
        onTimeline = true;
        QCOMPARE(kind.data().toString(), QStringLiteral("Integrity pledge"));
        QCOMPARE(kind.data(TimelineModel::TableRole).toString(),
                 QStringLiteral("integrity_pledges"));
        QCOMPARE(kind.data(TimelineModel::RecordIdRole).toLongLong(), pledge);
    }
    QVERIFY(onTimeline);

    ChangeHistoryModel history(*m_database, m_cadre);
    QStringList records, changes;
    for (int row = 0; row < history.rowCount(); ++row) {
        records << history.index(row, ChangeHistoryModel::RecordColumn).data().toString();
        changes << history.index(row, ChangeHistoryModel::ChangesColumn).data().toString();
    }
    QVERIFY2(records.filter(QStringLiteral("Integrity pledge")).size() == 2,
             qPrintable(records.join(QLatin1String(" | "))));
    const QString all = records.join(QLatin1Char('\n')) + changes.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Signed on")), qPrintable(all));
    for (const char *raw : {"integrity_pledges", "signed_date", "cadre_id"})
        QVERIFY2(!all.contains(QLatin1String(raw)), raw);
}

void TestRecordKindRegistry::itCountsInTheStatistics()
{
    addPledge(2025, QDate(2025, 1, 10));
    const qint64 second = addPledge(2026, QDate(2026, 1, 12));
    addPledge(2026, QDate(2026, 1, 15));
    const StatisticCounts counts(*m_database);
    const QStringList pledged{QStringLiteral("pledge.signed")};
    QCOMPARE(counts.total(pledged, QStringLiteral("2026"), QStringLiteral("2026")), 2);
    QCOMPARE(counts.total(pledged, QStringLiteral("2025"), QStringLiteral("2026")), 3);
    QCOMPARE(counts.byUnit(pledged, QStringLiteral("2026"), QStringLiteral("2026")).value(m_unit),
             2);
    // The triggers made from the entry keep the count through changes and deletions.
    RecordRepository(*m_database)
        .update(QStringLiteral("integrity_pledges"), second, {{QStringLiteral("year"), 2025}});
    QCOMPARE(counts.total(pledged, QStringLiteral("2026"), QStringLiteral("2026")), 1);
    RecordRepository(*m_database).remove(QStringLiteral("integrity_pledges"), second);
    QCOMPARE(counts.total(pledged, QStringLiteral("2025"), QStringLiteral("2026")), 2);
}

void TestRecordKindRegistry::theInterchangeFileCarriesIt()
{
    const InterchangeFormat::Table *described
        = InterchangeFormat::table(QStringLiteral("integrity_pledges"));
    QVERIFY(described);
    QVERIFY(InterchangeFormat::schemaProblems(m_database->connection()).isEmpty());
    addPledge(2026, QDate(2026, 3, 1));
    addPledge(2025, QDate(2025, 3, 1));
    const QString file = m_dir.filePath(QStringLiteral("pledges.json"));
    const InterchangeSummary exported = InterchangeExporter(*m_database).exportToFile(file);
    QCOMPARE(exported.rowsOf(QStringLiteral("integrity_pledges")), 2);

    const QString target = m_dir.filePath(QStringLiteral("pledges-imported.db"));
    const InterchangeSummary imported = InterchangeImporter::importFile(file, target);
    QCOMPARE(imported.rowsOf(QStringLiteral("integrity_pledges")), 2);
    auto copy = Database::open(target);
    QCOMPARE(
        Sql::scalar(copy->connection(),
                    QStringLiteral("SELECT count(*) FROM integrity_pledges WHERE cadre_id = ?"),
                    {m_cadre})
            .toInt(),
        2);
}

// The change history names every column a record stores by its label, never by the column.
void TestRecordKindRegistry::everyStoredColumnHasAName()
{
    static const QStringList bookkeeping
        = {QStringLiteral("id"), QStringLiteral("cadre_id"), QStringLiteral("created_at"),
           QStringLiteral("updated_at")};
    QStringList unnamed;
    for (const RecordKind &kind : RecordKinds::all()) {
        QVERIFY2(!kind.columns.empty(), qPrintable(kind.table));
        QVERIFY2(kind.title != kind.table, qPrintable(kind.table));
        for (const Stored::Column &column : kind.columns)
            if (!bookkeeping.contains(column.name)
                && RecordKinds::fieldLabel(kind.table, column.name) == column.name)
                unnamed << kind.table + QLatin1Char('.') + column.name;
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestRecordKindRegistry)
#include "test_record_kind_registry.moc"
