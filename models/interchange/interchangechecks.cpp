#include "interchangechecks.h"

#include "domain/cluestatemachine.h"
#include "interchangereader.h"
#include "interchangevalues.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <algorithm>
#include <map>

using namespace InterchangeFormat;
using namespace InterchangeValues;

namespace InterchangeChecks {

namespace {

QString tr(const char *text)
{
    return InterchangeFormat::translate(text);
}

ValidationError broken(const QString &table, int position, const QString &key,
                       const QString &column, const QString &why)
{
    const Table *described = InterchangeFormat::table(table);
    return ValidationError(
        QStringLiteral("%1[%2].%3").arg(table).arg(position).arg(column),
        tr("%1: field \"%2\": %3").arg(place(*described, position, key), column, why));
}

QString idKey(qint64 id)
{
    return QStringLiteral("id %1").arg(id);
}

QVariant valueOf(const Table &table, const QVariantList &values, const char *column)
{
    return values.value(table.columnIndex(QString::fromLatin1(column)));
}

std::optional<ValidationError> sanctionProblem(const Table &table, int position,
                                               const QVariantList &values)
{
    const QDate effective
        = QDate::fromString(valueOf(table, values, "effective_date").toString(), Qt::ISODate);
    const QVariant restored = valueOf(table, values, "rights_restored_date");
    if (restored.isNull() || restored.toString().isEmpty()
        || QDate::fromString(restored.toString(), Qt::ISODate) >= effective)
        return std::nullopt;
    return broken(table.name, position, keyText(table, values),
                  QStringLiteral("rights_restored_date"),
                  tr("%1 is before the sanction took effect (%2)")
                      .arg(shown(restored), shown(effective.toString(Qt::ISODate))));
}

std::optional<ValidationError> settingProblem(const Table &table, int position,
                                              const QVariantList &values)
{
    const QString key = valueOf(table, values, "key").toString();
    const std::optional<SettingDefinition> definition = SettingsStore::find(key);
    if (!definition)
        return broken(table.name, position, keyText(table, values), QStringLiteral("key"),
                      tr("there is no setting called %1").arg(shown(key)));
    if (!definition->editable)
        return std::nullopt;
    const QString problem
        = SettingsStore::problem(*definition, valueOf(table, values, "value").toString());
    if (problem.isEmpty())
        return std::nullopt;
    return broken(table.name, position, keyText(table, values), QStringLiteral("value"), problem);
}

std::optional<ValidationError> attachmentProblem(const Table &table, int position,
                                                 const QVariantList &values)
{
    const QString key = keyText(table, values);
    const QString name = valueOf(table, values, "file_name").toString();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name == QLatin1String(".") || name == QLatin1String("..")
        || std::any_of(name.cbegin(), name.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c == QLatin1Char(':'); }))
        return broken(table.name, position, key, QStringLiteral("file_name"),
                      tr("%1 is not a plain file name").arg(shown(name)));
    const QByteArray content = valueOf(table, values, "content").toByteArray();
    if (valueOf(table, values, "size").toLongLong() != content.size())
        return broken(table.name, position, key, QStringLiteral("size"),
                      tr("the content has %1 bytes").arg(content.size()));
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (valueOf(table, values, "sha256").toString().toLower() != sha256)
        return broken(table.name, position, key, QStringLiteral("sha256"),
                      tr("does not match the content (its SHA-256 is %1)").arg(sha256));
    return std::nullopt;
}

} // namespace

void Collector::add(const Table &table, int position, const QVariantList &values)
{
    const QString &name = table.name;
    const auto number = [&](const char *column) {
        return valueOf(table, values, column).toLongLong();
    };
    if (name == QLatin1String("units")) {
        m_units.push_back({position, number("id"), number("parent_id")});
    } else if (name == QLatin1String("clues")) {
        m_clues.push_back(
            {position, number("id"), shared(valueOf(table, values, "state").toString())});
    } else if (name == QLatin1String("clue_steps")) {
        const QVariant from = valueOf(table, values, "from_state");
        m_steps.push_back({position, number("id"), number("clue_id"),
                           valueOf(table, values, "step_date").toString(), shared(from.toString()),
                           from.isNull(), shared(valueOf(table, values, "to_state").toString())});
    } else if (name == QLatin1String("cases")) {
        m_withCase.insert(number("clue_id"));
    } else if (name == QLatin1String("sanctions")) {
        if (!m_sanction)
            m_sanction = sanctionProblem(table, position, values);
    } else if (name == QLatin1String("settings")) {
        if (!m_setting)
            m_setting = settingProblem(table, position, values);
    } else if (name == QLatin1String("attachments")) {
        if (!m_attachment)
            m_attachment = attachmentProblem(table, position, values);
    }
}

QString Collector::shared(const QString &text)
{
    const auto known = m_words.constFind(text);
    if (known != m_words.constEnd())
        return *known;
    m_words.insert(text);
    return text;
}

std::optional<ValidationError> Collector::firstBroken() const
{
    try {
        checkUnits();
        checkClues();
    } catch (const ValidationError &error) {
        return error;
    }
    for (const std::optional<ValidationError> *first : {&m_sanction, &m_setting, &m_attachment})
        if (*first)
            return *first;
    return std::nullopt;
}

void Collector::checkUnits() const
{
    QHash<qint64, qint64> parents;
    for (const Unit &unit : m_units)
        parents.insert(unit.id, unit.parent);
    for (const Unit &unit : m_units) {
        qint64 above = parents.value(unit.id);
        for (int depth = 0; above != 0 && depth <= parents.size(); ++depth) {
            if (above == unit.id)
                throw broken(QStringLiteral("units"), unit.position, idKey(unit.id),
                             QStringLiteral("parent_id"), tr("the unit would be above itself"));
            above = parents.value(above);
        }
    }
}

void Collector::checkClues() const
{
    const QString clues = QStringLiteral("clues");
    const QString steps = QStringLiteral("clue_steps");
    const QStringList states = ClueStateMachine::states();
    QHash<qint64, const Clue *> clueOf;
    for (const Clue &clue : m_clues) {
        if (!clue.state.isEmpty() && !states.contains(clue.state))
            throw broken(clues, clue.position, idKey(clue.id), QStringLiteral("state"),
                         tr("%1 is not a state of the clue workflow (%2)")
                             .arg(shown(clue.state), states.join(QStringLiteral(", "))));
        clueOf.insert(clue.id, &clue);
    }
    // Each clue's steps in the order they were taken: by date, then as written.
    std::map<qint64, std::vector<const Step *>> byClue;
    for (const Step &step : m_steps)
        byClue[step.clueId].push_back(&step);
    for (auto &[clueId, order] : byClue) {
        std::stable_sort(order.begin(), order.end(), [](const Step *a, const Step *b) {
            if (a->date != b->date)
                return a->date < b->date;
            return a->id < b->id;
        });
        QString state;
        for (const Step *step : order) {
            const QVariant from = step->fromNull ? QVariant() : QVariant(step->from);
            const QString key = idKey(step->id);
            if (state.isEmpty()) {
                if (!step->fromNull || step->to != QLatin1String("registered"))
                    throw broken(steps, step->position, key, QStringLiteral("to_state"),
                                 tr("a clue's first step is its registration"));
            } else if (step->from != state || step->fromNull) {
                throw broken(steps, step->position, key, QStringLiteral("from_state"),
                             tr("the clue was %1 after its step before, not %2")
                                 .arg(shown(state), shown(from)));
            } else if (!ClueStateMachine::canMove(state, step->to)) {
                throw broken(
                    steps, step->position, key, QStringLiteral("to_state"),
                    tr("a clue cannot go from %1 to %2").arg(shown(state), shown(step->to)));
            }
            if (step->to == QLatin1String("case_filed") && !m_withCase.contains(clueId))
                throw broken(steps, step->position, key, QStringLiteral("to_state"),
                             tr("the clue reaches 立案, but no case in the file comes from it"));
            state = step->to;
        }
        const Clue *clue = clueOf.value(clueId);
        if (clue && !clue->state.isEmpty() && clue->state != state)
            throw broken(
                clues, clue->position, idKey(clue->id), QStringLiteral("state"),
                tr("%1, but its last step leaves it %2").arg(shown(clue->state), shown(state)));
    }
}

void check(const InterchangeDocument &document)
{
    if (document.brokenRule)
        throw *document.brokenRule;
}

} // namespace InterchangeChecks
