#pragma once

#include "articles.h"
#include "measurechecks.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// A case as the trial-review office reads it (案卷): the case, its reviews, and for each subject
// the facts with the articles they violate, the evidence, what the subject said and the measures
// proposed, each proposal with the checks of case review beside it. Plain data: the loader fills
// it from the database, the window shows it and the papers print it.
struct CaseFile
{
    struct Review
    {
        qint64 id = 0;
        QString kind; // review, appeal
        QDate received;
        QDate extendedTo;
        QString extensionApprovedBy;
        QString investigationReport;
        QString characterisation;
        QString opinion;
        QDate reported;
        QDate decided;
        QString decidedBy;
        QString decisionNumber;
        QDate announced;
        QDate delivered;
        QDate executed;
        QString executionNote;
        QDate archived;
    };

    struct Fact
    {
        qint64 id = 0;
        int ordinal = 0;
        QString description;
        QDate violatedOn;
        Degree degree = Degree::Lighter;
        QVector<Article> articles;   // as cited, in the version in force on violatedOn
        QStringList unknownArticles; // cited keys no article answers
    };

    struct Evidence
    {
        qint64 id = 0;
        int ordinal = 0;
        QString kind; // documentary, testimony …
        QString description;
        QDate collected;
        qint64 factId = 0;
        QStringList attachments; // file names
    };

    struct Statement
    {
        qint64 id = 0;
        QString kind; // statement, defence, review_talk
        QDate given;
        QString content;
        QString adopted;
    };

    struct Proposal
    {
        qint64 id = 0;
        qint64 reviewId = 0;
        QString measure;
        int probationMonths = 0;
        Degree degree = Degree::Lighter;
        Adjustment adjustment = Adjustment::None;
        QString ground;
        QDate decided; // null until the decision wrote it into the dossier
        QVector<MeasureCheck> checks;
    };

    struct Subject
    {
        qint64 cadreId = 0;
        QString name;
        QString unit;
        QString position;
        bool partyMember = false;
        bool publicOfficial = false; // a civil servant or one managed as one
        bool topLeader = false;
        bool teamMember = false;
        QDate transferredToJudiciary;
        QVector<Fact> facts;
        QVector<Evidence> evidence;
        QVector<Statement> statements;
        QVector<Proposal> proposals; // of the current review
        // Checks over the subject's proposals together: the party and the government measure.
        QVector<MeasureCheck> pairing;
    };

    qint64 caseId = 0;
    QString number;
    QString unit;
    QDate filed;
    QDate closed;
    QString summary;
    QString clueNumber;
    QVector<Review> reviews; // oldest first; the last is the current one
    QVector<Subject> subjects;
    // Subjects the reader may not see (their own dossier or a relative's), counted, not named.
    int withheldSubjects = 0;

    const Review *currentReview() const { return reviews.isEmpty() ? nullptr : &reviews.last(); }
    const Subject *subject(qint64 cadreId) const
    {
        for (const Subject &each : subjects)
            if (each.cadreId == cadreId)
                return &each;
        return nullptr;
    }
};

// Adjustment as stored (none, lighter, mitigated, heavier, aggravated) and back.
QString adjustmentKey(Adjustment adjustment);
Adjustment adjustmentFromKey(const QString &key);
