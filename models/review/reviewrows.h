#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

// The case review records of some cases as they stand in one database: the reviews, facts,
// evidence, statements and proposals, and the scans of the evidence (attachments). What a
// reviewer may change on a review copy, carried back in the return package, and kept in the
// office as the base the return package is merged against — there without the scans' content,
// which their SHA-256 stands for. Columns and their types are the interchange format's.
class ReviewRows
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRows)

public:
    using Row = QVariantMap;           // column → value, the id included
    using Records = QMap<qint64, Row>; // by id

    // The tables, each after the tables it refers to.
    static const QStringList &tables();
    // The columns a version of a record is compared on: all but the key and a scan's content.
    static QStringList comparedColumns(const QString &table);
    // Whether two stored values of a field are the same; null and the empty text are.
    static bool same(const QVariant &first, const QVariant &second);

    // Reads the records of `caseIds`; `withContent` reads the scans' content too.
    static ReviewRows read(const QSqlDatabase &db, const QList<qint64> &caseIds, bool withContent);

    // {"case_reviews": [{…}, …], …}: values as the interchange file writes them.
    QJsonObject toJson() const;
    // Throws DataError when `object` is not what toJson() wrote.
    static ReviewRows fromJson(const QJsonObject &object);

    const Records &records(const QString &table) const;
    Records &records(const QString &table);
    int count() const;

private:
    QMap<QString, Records> m_tables;
};
