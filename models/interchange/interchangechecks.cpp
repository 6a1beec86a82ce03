#include "interchangechecks.h"

#include "domain/cluestatemachine.h"
#include "domain/dataerror.h"
#include "interchangereader.h"
#include "interchangevalues.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QHash>
#include <algorithm>

using namespace InterchangeFormat;
using namespace InterchangeValues;

namespace InterchangeChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Interchange", text);
}

const InterchangeRows *rowsOf(const InterchangeDocument &document, const char *table)
{
    for (const InterchangeRows &rows : document.tables)
        if (rows.table->name == QLatin1String(table))
            return &rows;
    return nullptr;
}

// Refuses record `position` of `rows` at `column` with `why`.
[[noreturn]] void refuse(const InterchangeRows &rows, int position, const QString &column,
                         const QString &why)
{
    const Table &table = *rows.table;
    const QVariantList &values = rows.rows[size_t(position)].values;
    throw ValidationError(QStringLiteral("%1[%2].%3").arg(table.name).arg(position).arg(column),
                          tr("%1: field \"%2\": %3")
                              .arg(place(table, position, keyText(table, values)), column, why));
}

QVariant valueOf(const InterchangeRows &rows, size_t position, const char *column)
{
    return rows.rows[position].values.value(rows.table->columnIndex(QString::fromLatin1(column)));
}

void checkUnits(const InterchangeRows &units)
{
    QHash<qint64, qint64> parents;
    for (size_t i = 0; i < units.rows.size(); ++i)
        parents.insert(valueOf(units, i, "id").toLongLong(),
                       valueOf(units, i, "parent_id").toLongLong());
    for (size_t i = 0; i < units.rows.size(); ++i) {
        const qint64 id = valueOf(units, i, "id").toLongLong();
        qint64 above = parents.value(id);
        for (int depth = 0; above != 0 && depth <= parents.size(); ++depth) {
            if (above == id)
                refuse(units, int(i), QStringLiteral("parent_id"),
                       tr("the unit would be above itself"));
            above = parents.value(above);
        }
    }
}

void checkClues(const InterchangeRows &clues, const InterchangeRows *steps,
                const InterchangeRows *cases)
{
    const QStringList states = ClueStateMachine::states();
    QHash<qint64, size_t> clueAt;
    for (size_t i = 0; i < clues.rows.size(); ++i) {
        const QString state = valueOf(clues, i, "state").toString();
        if (!state.isEmpty() && !states.contains(state))
            refuse(clues, int(i), QStringLiteral("state"),
                   tr("%1 is not a state of the clue workflow (%2)")
                       .arg(shown(state), states.join(QStringLiteral(", "))));
        clueAt.insert(valueOf(clues, i, "id").toLongLong(), i);
    }
    if (!steps)
        return;
    QSet<qint64> withCase;
    if (cases)
        for (size_t i = 0; i < cases->rows.size(); ++i)
            withCase.insert(valueOf(*cases, i, "clue_id").toLongLong());
    // Each clue's steps in the order they were taken: by date, then as written.
    QHash<qint64, QVector<size_t>> byClue;
    for (size_t i = 0; i < steps->rows.size(); ++i)
        byClue[valueOf(*steps, i, "clue_id").toLongLong()] << i;
    for (auto it = byClue.begin(); it != byClue.end(); ++it) {
        QVector<size_t> &order = it.value();
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            const QString first = valueOf(*steps, a, "step_date").toString();
            const QString second = valueOf(*steps, b, "step_date").toString();
            if (first != second)
                return first < second;
            return valueOf(*steps, a, "id").toLongLong() < valueOf(*steps, b, "id").toLongLong();
        });
        QString state;
        for (size_t position : order) {
            const QVariant from = valueOf(*steps, position, "from_state");
            const QString to = valueOf(*steps, position, "to_state").toString();
            if (state.isEmpty()) {
                if (!from.isNull() || to != QLatin1String("registered"))
                    refuse(*steps, int(position), QStringLiteral("to_state"),
                           tr("a clue's first step is its registration"));
            } else if (from.toString() != state) {
                refuse(*steps, int(position), QStringLiteral("from_state"),
                       tr("the clue was %1 after its step before, not %2")
                           .arg(shown(state), shown(from)));
            } else if (!ClueStateMachine::canMove(state, to)) {
                refuse(*steps, int(position), QStringLiteral("to_state"),
                       tr("a clue cannot go from %1 to %2").arg(shown(state), shown(to)));
            }
            if (to == QLatin1String("case_filed") && !withCase.contains(it.key()))
                refuse(*steps, int(position), QStringLiteral("to_state"),
                       tr("the clue reaches 立案, but no case in the file comes from it"));
            state = to;
        }
        const auto clue = clueAt.constFind(it.key());
        if (clue != clueAt.constEnd()) {
            const QString stored = valueOf(clues, *clue, "state").toString();
            if (!stored.isEmpty() && stored != state)
                refuse(clues, int(*clue), QStringLiteral("state"),
                       tr("%1, but its last step leaves it %2").arg(shown(stored), shown(state)));
        }
    }
}

void checkSanctions(const InterchangeRows &sanctions)
{
    for (size_t i = 0; i < sanctions.rows.size(); ++i) {
        const QDate effective
            = QDate::fromString(valueOf(sanctions, i, "effective_date").toString(), Qt::ISODate);
        const QVariant restored = valueOf(sanctions, i, "rights_restored_date");
        if (restored.isNull() || restored.toString().isEmpty())
            continue;
        if (QDate::fromString(restored.toString(), Qt::ISODate) < effective)
            refuse(sanctions, int(i), QStringLiteral("rights_restored_date"),
                   tr("%1 is before the sanction took effect (%2)")
                       .arg(shown(restored), shown(effective.toString(Qt::ISODate))));
    }
}

void checkSettings(const InterchangeRows &settings)
{
    for (size_t i = 0; i < settings.rows.size(); ++i) {
        const QString key = valueOf(settings, i, "key").toString();
        const std::optional<SettingDefinition> definition = SettingsStore::find(key);
        if (!definition)
            refuse(settings, int(i), QStringLiteral("key"),
                   tr("there is no setting called %1").arg(shown(key)));
        if (!definition->editable)
            continue;
        const QString problem
            = SettingsStore::problem(*definition, valueOf(settings, i, "value").toString());
        if (!problem.isEmpty())
            refuse(settings, int(i), QStringLiteral("value"), problem);
    }
}

void checkAttachments(const InterchangeRows &attachments)
{
    for (size_t i = 0; i < attachments.rows.size(); ++i) {
        const QString name = valueOf(attachments, i, "file_name").toString();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
            || name == QLatin1String(".") || name == QLatin1String("..")
            || std::any_of(name.cbegin(), name.cend(),
                           [](QChar c) { return c.unicode() < 0x20 || c == QLatin1Char(':'); }))
            refuse(attachments, int(i), QStringLiteral("file_name"),
                   tr("%1 is not a plain file name").arg(shown(name)));
        const QByteArray content = valueOf(attachments, i, "content").toByteArray();
        if (valueOf(attachments, i, "size").toLongLong() != content.size())
            refuse(attachments, int(i), QStringLiteral("size"),
                   tr("the content has %1 bytes").arg(content.size()));
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (valueOf(attachments, i, "sha256").toString().toLower() != sha256)
            refuse(attachments, int(i), QStringLiteral("sha256"),
                   tr("does not match the content (its SHA-256 is %1)").arg(sha256));
    }
}

} // namespace

void check(const InterchangeDocument &document)
{
    if (const InterchangeRows *units = rowsOf(document, "units"))
        checkUnits(*units);
    if (const InterchangeRows *clues = rowsOf(document, "clues"))
        checkClues(*clues, rowsOf(document, "clue_steps"), rowsOf(document, "cases"));
    if (const InterchangeRows *sanctions = rowsOf(document, "sanctions"))
        checkSanctions(*sanctions);
    if (const InterchangeRows *settings = rowsOf(document, "settings"))
        checkSettings(*settings);
    if (const InterchangeRows *attachments = rowsOf(document, "attachments"))
        checkAttachments(*attachments);
}

} // namespace InterchangeChecks
