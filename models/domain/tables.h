#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Every table of the schema once, with what it is for. The lists that used to be kept apart —
// the tables the repository writes, the link tables, the tables whose writes the audit trail
// accounts for — are read from here, and a test holds it against the schema and the
// interchange format, so a new table cannot be forgotten by one of them.
namespace Tables {

enum class Role {
    Record,   // a dossier record the repository writes, with its audit entry and undo
    Link,     // a row tying a record to a cadre or its parts (clue_subjects …)
    Workflow, // written by its own service: the clue's steps
    Setting,  // the commission's settings, dated rules and summary templates
    Access,   // accounts, their units and signing keys, failed sign-ins
    Trail,    // the audit trail, its head and seals
    Derived,  // kept from the others: counts, the search index, the four forms' classes
};

struct Table
{
    QString name;
    Role role = Role::Record;
    // Every insert, update and delete moves the count of record changes (record_changes), which
    // the audit trail's entries account for.
    bool countsChanges = false;
    // With countsChanges: only updates of these columns count (an account's failed sign-ins
    // and lockout do not).
    QString countedUpdatesOf = {};
};

// In the order the schema makes them, then the tables of kinds added to the record-kind
// registry (RecordKinds::add).
const QVector<Table> &all();
// The names of the tables with `role`, in that order.
QStringList named(Role role);
const Table *find(const QString &name);
const Table *find(const QString &name, const QVector<Table> &tables);

} // namespace Tables
