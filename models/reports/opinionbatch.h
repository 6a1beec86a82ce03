#pragma once

#include "domain/opinion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class Database;

// The organization department's request (征求意见函) an opinion batch answers.
struct OpinionRequest
{
    QString requester;     // 中共清河县委组织部
    QString requestNumber; // 清组函〔2026〕12号
    QDate requestDate;
    QString purpose; // 干部拟提拔任用, 职级晋升, 评先评优 …
    QDate asOf;      // the facts are read as they stood on this day
    QDate replyDate;
    QString signedBy;
};

// One cadre's answer in a batch: the category decided, the facts behind it, and the sentence
// the letter prints. An officer may change the sentence; who did and why is kept with it.
struct OpinionAnswer
{
    qint64 id = 0;
    qint64 cadreId = 0;
    QString name;
    QString unit;
    QString position;
    int category = 1;
    QStringList reasons;
    QDate impactUntil;
    QString wording;
    QString adjustedBy;
    QString adjustReason;

    bool isAdjusted() const { return !adjustedBy.isEmpty(); }
};

struct OpinionBatch
{
    qint64 id = 0;
    OpinionRequest request;
    QString createdBy;
    std::vector<OpinionAnswer> answers; // in the order the request named the cadres

    QList<qint64> cadreIds() const;
};

// Stored integrity-opinion batches (opinion_batches, opinion_answers), written through the
// record repository: every write in one transaction with its audit entries.
class OpinionBatches
{
    Q_DECLARE_TR_FUNCTIONS(OpinionBatches)

public:
    explicit OpinionBatches(Database &database);

    // Decides every cadre's category as of request.asOf and stores the batch with one answer
    // each; returns the batch id. Throws DataError (nothing stored) for an empty or repeated
    // cadre, an unknown cadre, or a request without requester, purpose or dates.
    qint64 create(const OpinionRequest &request, const QList<qint64> &cadreIds);
    // Replaces the printed sentence of one answer; the reason is required and is recorded with
    // the acting user. Throws DataError when the answer does not exist or a text is empty.
    void adjust(qint64 answerId, const QString &wording, const QString &reason);
    OpinionBatch load(qint64 batchId) const;

    // "经查，张建国同志，未收到反映其党风廉政方面问题的信访举报。"
    static QString standardWording(int category, const QString &names);
    // One cadre's sentence, "张三同志" named: for categories 5 and 6 it says which ground
    // applies (初核, 立案, or the measure and the day its period ends), so that the requester
    // can tell; otherwise the standard wording.
    static QString wordingFor(const OpinionResult &result, const QString &name);
    // The part after the names, shared by one cadre's sentence and a category's paragraph.
    static QString categorySentence(int category);

private:
    Database &m_database;
};
