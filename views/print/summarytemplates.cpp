#include "summarytemplates.h"

#include <QSettings>

namespace {

const QString group = QStringLiteral("summaryTemplates");

// Template names may hold any character, so they are stored as values, not as keys.
int indexOf(QSettings &settings, const QString &name)
{
    const int count = settings.beginReadArray(group);
    int found = -1;
    for (int index = 0; index < count && found < 0; ++index) {
        settings.setArrayIndex(index);
        if (settings.value(QStringLiteral("name")).toString() == name)
            found = index;
    }
    settings.endArray();
    return found;
}

struct Stored
{
    QString name;
    SummaryOptions options;
};

QVector<Stored> readAll()
{
    QSettings settings;
    QVector<Stored> all;
    const int count = settings.beginReadArray(group);
    for (int index = 0; index < count; ++index) {
        settings.setArrayIndex(index);
        Stored stored;
        stored.name = settings.value(QStringLiteral("name")).toString();
        stored.options.sections = settings.value(QStringLiteral("sections")).toStringList();
        stored.options.from = settings.value(QStringLiteral("from")).toDate();
        stored.options.until = settings.value(QStringLiteral("until")).toDate();
        stored.options.includeClosedClues
            = settings.value(QStringLiteral("includeClosedClues"), true).toBool();
        all << stored;
    }
    settings.endArray();
    return all;
}

void writeAll(const QVector<Stored> &all)
{
    QSettings settings;
    settings.remove(group);
    settings.beginWriteArray(group, int(all.size()));
    for (int index = 0; index < all.size(); ++index) {
        settings.setArrayIndex(index);
        const Stored &stored = all[index];
        settings.setValue(QStringLiteral("name"), stored.name);
        settings.setValue(QStringLiteral("sections"), stored.options.sections);
        settings.setValue(QStringLiteral("from"), stored.options.from);
        settings.setValue(QStringLiteral("until"), stored.options.until);
        settings.setValue(QStringLiteral("includeClosedClues"), stored.options.includeClosedClues);
    }
    settings.endArray();
}

} // namespace

namespace SummaryTemplates {

QStringList names()
{
    QStringList result;
    for (const Stored &stored : readAll())
        result << stored.name;
    return result;
}

std::optional<SummaryOptions> load(const QString &name)
{
    for (const Stored &stored : readAll()) {
        if (stored.name == name)
            return stored.options;
    }
    return std::nullopt;
}

void save(const QString &name, const SummaryOptions &options)
{
    QVector<Stored> all = readAll();
    QSettings settings;
    const int index = indexOf(settings, name);
    if (index >= 0)
        all[index].options = options;
    else
        all << Stored{name, options};
    writeAll(all);
}

void remove(const QString &name)
{
    QVector<Stored> all = readAll();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Stored &stored) { return stored.name == name; }),
              all.end());
    writeAll(all);
}

} // namespace SummaryTemplates
