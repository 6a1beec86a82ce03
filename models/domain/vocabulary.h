#pragma once

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

// The controlled vocabularies of the glossary: every enumerated field's stored keys, in the
// order forms offer them, with their translatable labels. Forms show combo boxes from these,
// never free text, and lists show the labels, never the keys.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    using Choice = QPair<QString, QString>; // stored key, display label

    // The vocabulary named like "talks.kind" or "units.kind"; empty when there is none.
    static QVector<Choice> choices(const QString &name);
    static bool has(const QString &name);
    // The label of one key, or the key itself when it is unknown.
    static QString label(const QString &name, const QString &key);
    // Every vocabulary name, for the translation check.
    static QStringList names();
};
