#pragma once

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVariantMap>
#include <QVector>

class Database;

// What an applied import wrote, to take it back as a whole.
struct ImportReceipt
{
    QString fileName;
    QVector<QPair<QString, qint64>> created;     // (table, id), in the order made
    QVector<QPair<QString, QVariantMap>> linked; // (link table, key)
    // Records changed: table, id and the fields as they were before.
    struct Change
    {
        QString table;
        qint64 id = 0;
        QVariantMap before;
    };
    QVector<Change> changed;
    // Clue steps taken, with the clue and its subjects as they were before each.
    struct Step
    {
        qint64 id = 0;
        QVariantMap clueBefore;
        QVector<QVariantMap> subjectsBefore;
    };
    QVector<Step> steps;

    bool isEmpty() const
    {
        return created.isEmpty() && linked.isEmpty() && changed.isEmpty() && steps.isEmpty();
    }
};

// Takes an import back: its steps, links and records in the reverse order, and the changed
// fields as they were, in one transaction with one audit entry for the undoing.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    static void undo(Database &database, const ImportReceipt &receipt);
};
