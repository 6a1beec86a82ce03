#include "templatesettings.h"

#include "domain/dataerror.h"
#include "reports/summarytemplates.h"

#include <QSettings>

namespace {

const QString templateGroup = QStringLiteral("summaryTemplates");

} // namespace

namespace TemplateSettings {

int moveToDatabase(Database &database)
{
    QSettings settings;
    if (!settings.childGroups().contains(templateGroup))
        return 0;
    SummaryTemplates templates(database);
    if (!templates.canChange())
        return 0;
    QVector<SummaryTemplates::Named> found;
    const int count = settings.beginReadArray(templateGroup);
    for (int index = 0; index < count; ++index) {
        settings.setArrayIndex(index);
        SummaryOptions options;
        options.sections = settings.value(QStringLiteral("sections")).toStringList();
        options.from = settings.value(QStringLiteral("from")).toDate();
        options.until = settings.value(QStringLiteral("until")).toDate();
        options.includeClosedClues
            = settings.value(QStringLiteral("includeClosedClues"), true).toBool();
        found << SummaryTemplates::Named{settings.value(QStringLiteral("name")).toString(),
                                         options};
    }
    settings.endArray();
    try {
        const int moved = templates.adopt(found);
        settings.remove(templateGroup);
        return moved;
    } catch (const DataError &) {
        return 0; // left in the settings, to be moved the next time
    }
}

} // namespace TemplateSettings
