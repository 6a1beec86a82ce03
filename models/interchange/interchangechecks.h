#pragma once

#include "domain/dataerror.h"
#include "interchangeformat.h"

#include <QHash>
#include <QSet>
#include <QVariantList>
#include <optional>
#include <vector>

struct InterchangeDocument;

// The domain's rules over a whole interchange file, beyond its format: what the window and the
// repository would never let in must not come in by a file either. Each refusal is a
// ValidationError naming the record and the field.
//
// A unit above itself; a clue in no state of its workflow, or whose steps do not follow it (or
// reach 立案 with no case from the clue); a probation whose rights come back before it starts;
// a setting that does not exist or out of its range; an attachment whose checksum or size does
// not match its content, or whose file name is a path.
namespace InterchangeChecks {

// Takes the records one at a time as a file is read, keeping only what the rules over several
// records need, and tells the first rule broken.
class Collector
{
public:
    void add(const InterchangeFormat::Table &table, int position, const QVariantList &values);
    // The first broken rule, in the order: units, clues and their steps, sanctions, settings,
    // attachments; none when the records keep every rule.
    std::optional<ValidationError> firstBroken() const;

private:
    struct Unit
    {
        int position;
        qint64 id;
        qint64 parent;
    };
    struct Clue
    {
        int position;
        qint64 id;
        QString state;
    };
    struct Step
    {
        int position;
        qint64 id;
        qint64 clueId;
        QString date;
        QString from;
        bool fromNull;
        QString to;
    };

    void checkUnits() const;
    void checkClues() const;
    QString shared(const QString &text);

    std::vector<Unit> m_units;
    std::vector<Clue> m_clues;
    std::vector<Step> m_steps;
    QSet<qint64> m_withCase;
    QSet<QString> m_words; // states, shared by every step that names them
    std::optional<ValidationError> m_sanction;
    std::optional<ValidationError> m_setting;
    std::optional<ValidationError> m_attachment;
};

// Throws the first rule a document read by InterchangeReader breaks.
void check(const InterchangeDocument &document);

} // namespace InterchangeChecks
