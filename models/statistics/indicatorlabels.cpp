#include "indicatorlabels.h"

#include "domain/vocabulary.h"

namespace {

// Indicators named "<prefix><vocabulary key>", labelled by the schema's vocabulary.
struct VocabularyFamily
{
    const char *prefix;
    const char *vocabulary;
};

const VocabularyFamily families[] = {
    {"talk.", "talks.kind"},
    {"sanction.party.", "sanctions.party_kind"},
    {"sanction.government.", "sanctions.government_kind"},
    {"sanction.institution.", "sanctions.institution_kind"},
    {"handling.", "organizational_handlings.kind"},
    {"duty_report.", "duty_reports.kind"},
    {"inspection.", "inspections.kind"},
    {"notice.", "notices.kind"},
    {"education.", "warning_education_events.kind"},
};

struct Fixed
{
    const char *indicator;
    const char *label;
};

const Fixed fixedLabels[] = {
    {"admonition", QT_TRANSLATE_NOOP("IndicatorLabels", "Admonition")},
    {"admonition.talk_only",
     QT_TRANSLATE_NOOP("IndicatorLabels", "Admonition recorded only as a talk")},
    {"personal_matters_report", QT_TRANSLATE_NOOP("IndicatorLabels", "Personal-matters report")},
    {"case.filed", QT_TRANSLATE_NOOP("IndicatorLabels", "Case filed")},
    {"case.top_leader", QT_TRANSLATE_NOOP("IndicatorLabels", "Case involving a top leader")},
    {"case.team_member",
     QT_TRANSLATE_NOOP("IndicatorLabels", "Case involving a leadership team member")},
    {"case.two_responsibilities",
     QT_TRANSLATE_NOOP("IndicatorLabels", "Case on the two responsibilities")},
    {"clue.received", QT_TRANSLATE_NOOP("IndicatorLabels", "Clue received")},
    {"clue.subject_received", QT_TRANSLATE_NOOP("IndicatorLabels", "Clue received about a cadre")},
    {"clue.disposed", QT_TRANSLATE_NOOP("IndicatorLabels", "Clue disposed")},
    {"clue.open", QT_TRANSLATE_NOOP("IndicatorLabels", "Clue still open")},
    {"finding.found", QT_TRANSLATE_NOOP("IndicatorLabels", "Problem to rectify")},
    {"finding.completed", QT_TRANSLATE_NOOP("IndicatorLabels", "Rectification completed")},
    {"finding.overdue", QT_TRANSLATE_NOOP("IndicatorLabels", "Rectification overdue")},
    {"duty_report.missing", QT_TRANSLATE_NOOP("IndicatorLabels", "Duty report missing")},
    {"form.1", QT_TRANSLATE_NOOP("IndicatorLabels", "First form")},
    {"form.2", QT_TRANSLATE_NOOP("IndicatorLabels", "Second form")},
    {"form.3", QT_TRANSLATE_NOOP("IndicatorLabels", "Third form")},
    {"form.4", QT_TRANSLATE_NOOP("IndicatorLabels", "Fourth form")},
};

} // namespace

QString IndicatorLabels::label(const QString &indicator)
{
    for (const Fixed &entry : fixedLabels) {
        if (indicator == QLatin1String(entry.indicator))
            return tr(entry.label);
    }
    if (indicator.startsWith(QLatin1String("cadre.")))
        return tr("Cadre: %1")
            .arg(Vocabulary::label(QStringLiteral("cadres.status"), indicator.mid(6)));
    for (const VocabularyFamily &family : families) {
        const QLatin1String prefix(family.prefix);
        if (!indicator.startsWith(prefix))
            continue;
        const QString kind
            = Vocabulary::label(QLatin1String(family.vocabulary), indicator.mid(prefix.size()));
        // A party warning and a government warning read alike: name the system too.
        if (prefix.startsWith(QLatin1String("sanction.")))
            return tr("%1 (%2)").arg(kind,
                                     Vocabulary::label(QStringLiteral("sanctions.system"),
                                                       indicator.section(QLatin1Char('.'), 1, 1)));
        return kind;
    }
    return indicator;
}
