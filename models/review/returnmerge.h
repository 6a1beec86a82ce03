#pragma once

#include "packageenvelope.h"
#include "packagefile.h"
#include "returnplan.h"
#include "reviewrows.h"
#include "sentpackages.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QString>
#include <QVector>

class Database;

// Merges a return package (回传包) into the database that sent its review package. Opening it
// checks everything before anything is shown: that it answers a package sent from here and not
// yet merged, that it is signed by the reviewer the package was sent to, unaltered, meant for
// this database and not expired, and that it carries only the package's cases. The preview
// then lists what the reviewer changed, what the office changed meanwhile, and the conflicts
// (ReturnPlan); apply() takes one decision per conflict and writes everything through the
// repository in one transaction — one audit entry per record — with an entry naming the
// package, the reviewer and the count, and marks the package merged. A refusal changes nothing.
class ReturnMerge
{
    Q_DECLARE_TR_FUNCTIONS(ReturnMerge)

public:
    enum class Decision { Undecided, KeepOffice, TakeReviewer };

    struct Change
    {
        ReturnPlan::Side side = ReturnPlan::Side::Reviewer;
        ReturnPlan::Kind kind = ReturnPlan::Kind::Changed;
        QString table;
        QString record;     // e.g. "Fact of a case, 县纪立〔2026〕7号, 张建国, No. 2"
        QStringList fields; // the labels of the fields changed
        // One line for people: "Reviewer changed Case review, …: Review opinion".
        QString text() const;
    };

    struct Conflict
    {
        QString table;
        QString record;
        QString field;    // the field's label; empty when the record as a whole is in conflict
        QString office;   // the office's value now, for people
        QString reviewer; // the reviewer's value
    };

    struct Preview
    {
        PackageHeader header; // the return package's
        QString reviewer;     // as the review package was sent to
        QString caseNumbers;
        QVector<Change> changes;
        QVector<Conflict> conflicts;
        int trailEntries = 0; // the review copy's audit entries the package carries
    };

    struct Result
    {
        int records = 0; // records written
        int conflicts = 0;
        int takenFromReviewer = 0;
    };

    // Opens and checks the return package at `path` for `office`; throws DataError (AccessError
    // for the access rules) with the reason of a refusal. `today` stands for the current date.
    ReturnMerge(Database &office, const QString &path, const PackageFile::Key &key,
                QDate today = {});

    const Preview &preview() const { return m_preview; }
    // One decision per conflict, in the preview's order. Throws DataError and changes nothing
    // when a conflict is left undecided, the office's records changed since the preview, or a
    // write is refused.
    Result apply(const QVector<Decision> &decisions);

private:
    void checkCases() const;
    void checkTrail() const;
    void describe();
    QString record(const QString &table, qint64 id) const;
    ReviewRows::Row row(const QString &table, qint64 id) const;
    QString shown(const QString &table, const QString &column, const QVariant &value,
                  qint64 id) const;

    Database &m_database;
    QString m_path;
    QString m_fileSha256;
    SentPackage m_sent;
    PackageHeader m_header;
    ReviewRows m_base;
    ReviewRows m_returned;
    ReviewRows m_office; // the office's records when the preview was made
    QJsonArray m_trail;
    ReturnPlan m_plan;
    Preview m_preview;
};
