#pragma once

#include "dossiersummary.h"

#include <QCoreApplication>
#include <QPair>
#include <QStringList>
#include <QVector>

#include <optional>

class Database;

// Named summary templates ("提拔考察", "案件审理" …): which sections, the span of dates and
// whether closed clues print. They are the commission's, kept in the database and shared: read
// by every account that may print summaries, saved, renamed and deleted by case officers, each
// change one transaction with its audit entry. A refusal or a bad name throws (AccessError,
// DataError) and changes nothing.
class SummaryTemplates
{
    Q_DECLARE_TR_FUNCTIONS(SummaryTemplates)

public:
    using Named = QPair<QString, SummaryOptions>;

    explicit SummaryTemplates(Database &database);

    // In the order of their names.
    QStringList names() const;
    std::optional<SummaryOptions> load(const QString &name) const;
    // Whether the signed-in account may save, rename and delete templates.
    bool canChange() const;

    // Replaces a template of the same name; the name is trimmed and may not be empty.
    void save(const QString &name, const SummaryOptions &options);
    // Refused for an unknown template and for a name another template has.
    void rename(const QString &name, const QString &newName);
    void remove(const QString &name);
    // Templates kept before in one user's own settings join the shared ones, all in one
    // transaction; a name the commission has already keeps the commission's template. Returns
    // how many were added.
    int adopt(const QVector<Named> &templates);

private:
    qint64 idOf(const QString &name) const;
    void write(qint64 id, const QString &name, const SummaryOptions &options);

    Database &m_database;
};
