#pragma once

#include "interchange/interchangesummary.h"
#include "revieweraccount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// What a review package carries, as an interchange file (docs/interchange.md) made in memory:
// the case file of its cases (the cases with their subjects, reviews, facts, evidence with its
// scans, statements and proposals) and what a review reads of the subjects' dossiers — the
// subjects themselves, their units with every unit above and supervising them, their
// sanctions, organizational handlings and admonitions, their clues with the clues' steps, their
// family members — with the commission's settings, rules and articles. Nothing about a cadre
// who is not a subject travels: a clue's other subjects stay behind, and a link to a record
// that stays behind (a family member who is another cadre, an earlier sanction's case) travels
// empty. The rows are copied into a private in-memory database of the same schema, and the
// file is exported from there.
//
// The package's payload wraps that file with the reviewer's account when the package is sent to
// one (ReviewerAccount), UTF-8 JSON:
//   {"format": "integrity-dossier-review", "version": 1,
//    "reviewer": {"name": …, "real_name": …, "post": …, "password_hash": …,
//                 "public_key": …, "sealed_key": …},   (absent without an account)
//    "case_file": {the interchange file}}
class ReviewPayload
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPayload)

public:
    struct Contents
    {
        QByteArray document; // the interchange file
        QList<qint64> subjects;
        QStringList caseNumbers; // in the order the cases were given
        InterchangeSummary summary;
    };

    // The cadres the cases are about: their subjects, and any cadre a record of their case
    // file names.
    static QList<qint64> subjectsOf(const QSqlDatabase &db, const QList<qint64> &caseIds);
    // The cases' numbers, in the order given; throws DataError for a case that does not exist.
    static QStringList caseNumbers(const QSqlDatabase &db, const QList<qint64> &caseIds);
    // Throws DataError when a case does not exist or its records cannot travel.
    static Contents build(const QSqlDatabase &db, const QList<qint64> &caseIds);

    static inline const QString formatName = QStringLiteral("integrity-dossier-review");
    static constexpr int version = 1;

    struct Package
    {
        QByteArray caseFile; // the interchange file
        std::optional<ReviewerAccount> reviewer;
    };
    // The payload of a review package: the case file with the reviewer's account, if any.
    static QByteArray package(const QByteArray &caseFile,
                              const std::optional<ReviewerAccount> &reviewer);
    // Throws DataError when `payload` is not what package() wrote. A payload that is the
    // interchange file alone (packages made before accounts travelled) has no reviewer.
    static Package unpack(const QByteArray &payload);
};
