#include "unittreetext.h"

#include "domain/dataerror.h"
#include "domain/vocabulary.h"
#include "records/recordrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "unitpaths.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace {

// How far a line is indented: a tab (a spreadsheet's empty cell) counts as four spaces, an
// ideographic space as two.
int indentOf(const QString &line)
{
    int width = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char('\t'))
            width += 4;
        else if (c == QChar(0x3000))
            width += 2;
        else if (c == QLatin1Char(' '))
            width += 1;
        else
            break;
    }
    return width;
}

// The kind a cell names, by its label in either language or its key; empty when it names none.
QString kindNamed(const QString &cell)
{
    static const QHash<QString, QString> usual = {
        {QStringLiteral("县"), QStringLiteral("county")},
        {QStringLiteral("县区"), QStringLiteral("county")},
        {QStringLiteral("乡镇"), QStringLiteral("township")},
        {QStringLiteral("乡镇街道"), QStringLiteral("township")},
        {QStringLiteral("街道"), QStringLiteral("township")},
        {QStringLiteral("部门"), QStringLiteral("department")},
        {QStringLiteral("县直部门"), QStringLiteral("department")},
        {QStringLiteral("机关"), QStringLiteral("department")},
        {QStringLiteral("事业单位"), QStringLiteral("institution")},
        {QStringLiteral("国企"), QStringLiteral("enterprise")},
        {QStringLiteral("国有企业"), QStringLiteral("enterprise")},
        {QStringLiteral("企业"), QStringLiteral("enterprise")},
        {QStringLiteral("派驻纪检监察组"), QStringLiteral("stationed_group")},
        {QStringLiteral("派驻组"), QStringLiteral("stationed_group")},
    };
    const QString text = cell.trimmed();
    if (usual.contains(text))
        return usual.value(text);
    for (const auto &[key, label] : Vocabulary::choices(QStringLiteral("units.kind")))
        if (text.compare(key, Qt::CaseInsensitive) == 0
            || text.compare(label, Qt::CaseInsensitive) == 0)
            return key;
    return {};
}

} // namespace

QVector<PastedUnit> UnitTreeText::read(const QSqlDatabase &db, const QString &text)
{
    static const QRegularExpression listMark(QStringLiteral(
        "^(\\d+[.、．)）]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|"
        "[-*•·●○■□◆])\\s*"));
    static const QRegularExpression separators(QStringLiteral("\\s*[/／\\\\>＞]\\s*"));
    UnitPaths paths(db);
    QVector<PastedUnit> units;
    QHash<QString, int> byPath; // path → index in units
    QSet<QString> namedPaths;   // the paths a line named, not only implied above one
    // The units the lines above are nested in: indentation and path.
    QVector<QPair<int, QStringList>> open;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    for (int number = 1; number <= lines.size(); ++number) {
        const QString &line = lines.at(number - 1);
        QStringList cells = line.split(QLatin1Char('\t'));
        // The name is the first cell with text; cells before it are the levels above it.
        int first = 0;
        while (first < cells.size() && cells.at(first).trimmed().isEmpty())
            ++first;
        if (first == cells.size())
            continue;
        const int indent = first * 4 + indentOf(cells.at(first));
        QString name = cells.at(first).trimmed();
        name.remove(listMark);
        name = name.trimmed();
        QString kind;
        for (int cell = first + 1; cell < cells.size() && kind.isEmpty(); ++cell)
            kind = kindNamed(cells.at(cell));
        if (name.isEmpty())
            continue;

        while (!open.isEmpty() && open.last().first >= indent)
            open.removeLast();
        QStringList names = name.split(separators, Qt::SkipEmptyParts);
        // A whole path stands for itself; a bare name is under the unit it is indented under.
        if (names.size() == 1 && !open.isEmpty())
            names = open.last().second + names;
        const UnitPaths::Found found = paths.find(names.join(QLatin1Char('/')));
        const QStringList full = found.path.isEmpty() ? names : found.path.split(QLatin1Char('/'));
        open.append({indent, full});

        // Each unit of the path, the ones above the named one too when the tree lacks them.
        for (int depth = 0; depth < full.size(); ++depth) {
            const QString path = full.mid(0, depth + 1).join(QLatin1Char('/'));
            const bool named = depth == full.size() - 1;
            if (byPath.contains(path)) {
                PastedUnit &earlier = units[byPath.value(path)];
                if (named && namedPaths.contains(path) && earlier.existingId == 0
                    && earlier.problem.isEmpty())
                    earlier.problem = tr("line %1 names the same unit again").arg(number);
                if (named) {
                    namedPaths.insert(path);
                    if (!kind.isEmpty())
                        earlier.kind = kind;
                }
                continue;
            }
            if (named)
                namedPaths.insert(path);
            PastedUnit unit;
            unit.line = number;
            unit.path = path;
            unit.name = full.at(depth);
            unit.parentPath = full.mid(0, depth).join(QLatin1Char('/'));
            const UnitPaths::Found here = depth == full.size() - 1 ? found : paths.find(path);
            unit.existingId = here.id;
            unit.problem = here.problem;
            unit.kind = here.id != 0 ? Sql::scalar(db,
                                                   QStringLiteral("SELECT kind FROM units "
                                                                  "WHERE id = ?"),
                                                   {here.id})
                                           .toString()
                        : named && !kind.isEmpty() ? kind
                                                   : UnitPaths::kindOf(unit.name, depth == 0);
            if (unit.name.size() > 100)
                unit.problem = tr("a unit's name has at most 100 characters");
            byPath.insert(path, int(units.size()));
            units.append(unit);
        }
    }
    return units;
}

ImportReceipt UnitTreeText::apply(Database &database, const QVector<PastedUnit> &units,
                                  const QHash<QString, QString> &kinds)
{
    for (const PastedUnit &unit : units)
        if (!unit.problem.isEmpty())
            throw DataError(tr("Line %1 (%2): %3; no unit was made.")
                                .arg(unit.line)
                                .arg(unit.name, unit.problem));
    const QSqlDatabase db = database.connection();
    RecordRepository repository(database);
    ImportReceipt receipt;
    receipt.fileName = tr("the unit tree entered");
    Transaction transaction(db);
    QHash<QString, qint64> ids;
    QHash<qint64, int> nextOrder; // per parent: after the units it has
    int made = 0;
    for (const PastedUnit &unit : units) {
        if (unit.existingId != 0) {
            ids.insert(unit.path, unit.existingId);
            continue;
        }
        const qint64 parent = unit.parentPath.isEmpty() ? 0 : ids.value(unit.parentPath);
        if (!nextOrder.contains(parent))
            nextOrder.insert(parent, Sql::scalar(db,
                                                 QStringLiteral("SELECT coalesce(max(sort_order), "
                                                                "-1) + 1 FROM units WHERE "
                                                                "parent_id IS ?"),
                                                 {parent == 0 ? QVariant() : QVariant(parent)})
                                         .toInt());
        QVariantMap values{{QStringLiteral("name"), unit.name},
                           {QStringLiteral("kind"), kinds.value(unit.path, unit.kind)},
                           {QStringLiteral("sort_order"), nextOrder[parent]++}};
        if (parent != 0)
            values.insert(QStringLiteral("parent_id"), parent);
        try {
            const qint64 id = repository.create(QStringLiteral("units"), values);
            ids.insert(unit.path, id);
            receipt.created.append({QStringLiteral("units"), id});
            ++made;
        } catch (const DataError &error) {
            throw DataError(tr("Line %1 (%2): %3; no unit was made.")
                                .arg(unit.line)
                                .arg(unit.name, error.message()));
        }
    }
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("units");
    entry.after = QJsonObject{{QStringLiteral("source"), QStringLiteral("unit tree entered")},
                              {QStringLiteral("new"), made},
                              {QStringLiteral("same"), int(units.size()) - made}};
    AuditLog::append(database, entry);
    transaction.commit();
    return receipt;
}
