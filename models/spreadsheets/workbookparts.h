#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

class QuaZip;
class QXmlStreamReader;

// The parts of an .xlsx workbook this reads, each straight from its zip entry.
class WorkbookParts
{
    Q_DECLARE_TR_FUNCTIONS(SheetFile)

public:
    // Opens the zip; throws DataError when it is not a workbook.
    explicit WorkbookParts(const QString &path);
    ~WorkbookParts();

    // The sheets' names and their zip entries, in the workbook's order.
    void listSheets(QStringList &names, QStringList &entries);
    // The shared strings, each with its rich-text runs joined (phonetic runs left out).
    QStringList sharedStrings();
    // Streams one sheet's rows; see SheetFile::read.
    void readSheet(const QString &entry, const QString &sheetName, const QStringList &shared,
                   const std::function<bool(int, const QStringList &)> &visit);

private:
    QByteArray entryBytes(const QString &entry, qint64 limit);
    void requireReasonable(const QString &entry, qint64 limit);
    void requireRead(const QXmlStreamReader &xml, const QString &entry) const;

    QString m_path;
    QuaZip *m_zip = nullptr;
};
