#include "demogenerator.h"

#include "access/access.h"
#include "access/accounts.h"
#include "democlues.h"
#include "democontext.h"
#include "demofixtures.h"
#include "demopeople.h"
#include "demoreports.h"
#include "demosupervision.h"
#include "demounits.h"
#include "domain/dataerror.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/derivedschema.h"
#include "storage/dialect.h"
#include "storage/rulesstore.h"
#include "storage/searchgrams.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoGenerator", text);
}

void writeUnits(DemoContext &context)
{
    for (const DemoUnit &unit : context.units) {
        const qint64 id = context.writer.insert(
            DemoWriter::Units,
            {unit.name, unit.kind, unit.parentId ? QVariant(unit.parentId) : DemoWriter::null(),
             unit.supervisingUnitId ? QVariant(unit.supervisingUnitId) : DemoWriter::null(),
             unit.sortOrder});
        Q_ASSERT(id == unit.id);
        Q_UNUSED(id);
    }
}

} // namespace

QString DemoGenerator::scaleName(DemoOptions::Scale scale)
{
    switch (scale) {
    case DemoOptions::City:
        return QStringLiteral("city");
    case DemoOptions::Province:
        return QStringLiteral("province");
    case DemoOptions::County:
        break;
    }
    return QStringLiteral("county");
}

QList<DemoFixtureInfo> DemoGenerator::fixtures()
{
    QList<DemoFixtureInfo> list;
    for (const DemoFixturePerson &person : DemoFixtures::people()) {
        DemoFixtureInfo info;
        info.cadreId = person.id;
        info.name = QString::fromUtf8(person.name);
        info.unit = QStringLiteral("清河县") + QString::fromUtf8(person.unit);
        info.category = person.category;
        info.story = QString::fromUtf8(person.story);
        list.append(info);
    }
    return list;
}

DemoSummary DemoGenerator::generate(Database &database, const DemoOptions &options)
{
    const QSqlDatabase db = database.connection();
    if (!options.today.isValid() || options.today < QDate(2021, 7, 1)
        || options.today > QDate(2099, 12, 31))
        throw DataError(tr("Demo data needs a day from 2021-07-01 on as today."));
    const qint64 existing = Sql::scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM cadres) + "
                                                           "(SELECT count(*) FROM units)"))
                                .toLongLong();
    if (existing > 0)
        throw DataError(tr("The database already holds dossiers; demo data goes only into an "
                           "empty database."));
    // A database that has accounts is filled only by an account allowed to write.
    const bool claimed = Accounts::exist(db);
    if (claimed)
        Access::require(database, Permission::WriteRecords);

    Transaction transaction(db);
    DemoSummary summary;
    summary.scale = scaleName(options.scale);
    summary.seed = options.seed;
    {
        DemoContext context(db, options, RulesStore::load(db));
        // Counted once at the end instead of at each of the millions of rows (in a file).
        DerivedSchema::suspend(db);
        // Plan first (who is where, what happened to them), then write table by table.
        DemoUnits::plan(context);
        DemoPeople::plan(context);
        const std::vector<DemoCluePlan> clues = DemoClues::plan(context);
        writeUnits(context);
        DemoPeople::write(context);
        DemoClues::write(context, clues);
        DemoSupervision::writeTalks(context);
        DemoSupervision::writeInspections(context);
        DemoReports::writeDutyReports(context);
        DemoReports::writePersonalMattersReports(context);
        DemoReports::writeMaterials(context);
        DemoReports::writeWarningEducation(context);
        DemoReports::writePowerLists(context);
        DemoReports::writeOpinions(context);
        DemoReports::writeAttachments(context);
        // A county names its own commission; a city or a province the one at its top.
        const DemoCounty &top
            = context.isCity() ? context.counties.back() : context.counties.front();
        summary.commissionName = top.commissionName();
        summary.counts = context.writer.counts();
        summary.records = context.writer.records();
    } // the plan's memory goes before the grams and the counts are made
    SearchGrams::fill(db);
    if (Dialects::of(db) == Dialect::Sqlite)
        DerivedSchema::install(db);
    Sql::run(db,
             QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                            "DO UPDATE SET value = excluded.value"),
             {QStringLiteral("commission_name"), summary.commissionName});

    summary.fixtures = fixtures();
    if (!claimed)
        summary.accounts = Accounts(database).createDemoAccounts(QStringLiteral("demo"));

    QJsonObject after;
    for (auto it = summary.counts.constBegin(); it != summary.counts.constEnd(); ++it)
        after.insert(it.key(), it.value());
    after.insert(QStringLiteral("records"), summary.records);
    after.insert(QStringLiteral("seed"), qint64(options.seed));
    after.insert(QStringLiteral("scale"), summary.scale);
    after.insert(QStringLiteral("today"), options.today.toString(Qt::ISODate));
    AuditLog::append(
        database, {QStringLiteral("demo.generate"), QStringLiteral("database"), 0, 0, {}, after});
    transaction.commit();
    return summary;
}

bool DemoGenerator::holdsDossiers(const Database &database)
{
    return Sql::scalar(database.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM units) "
                                                             "OR EXISTS (SELECT 1 FROM cadres)"))
        .toBool();
}
