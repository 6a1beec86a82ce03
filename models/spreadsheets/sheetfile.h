#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

// A spreadsheet read as rows of text: an .xlsx workbook (Excel, WPS, LibreOffice), its sheets
// streamed from the zip without a whole-workbook DOM, or a .csv file in UTF-8 (with or without
// a byte-order mark), UTF-16 or GB18030 (what Chinese Excel writes). Numbers come as their text
// ("26426", "1.5"); a date cell comes as its serial number, which CellValues reads as a date.
class SheetFile
{
    Q_DECLARE_TR_FUNCTIONS(SheetFile)

public:
    // More rows than this in one sheet are refused: split the file.
    static constexpr int maximumRows = 200000;

    using RowVisitor = std::function<bool(int rowNumber, const QStringList &cells)>;

    // Throws DataError, saying what to do, for a file that is no spreadsheet this reads: an old
    // binary .xls or a password-protected workbook, a damaged or oversized zip, a file of
    // another kind.
    explicit SheetFile(const QString &path);

    const QString &path() const { return m_path; }
    bool isWorkbook() const { return m_workbook; }
    // The workbook's sheets in order; one unnamed sheet for a .csv file.
    const QStringList &sheetNames() const { return m_sheetNames; }
    // SHA-256 of the file's bytes, for the audit trail.
    const QString &sha256() const { return m_sha256; }

    // Calls `visit` for every row of sheet `sheet` (from 0) that holds any text, in order, with
    // its number as the spreadsheet shows it (from 1) and its cells from column A, trailing empty
    // cells dropped. Stops early when `visit` returns false. Throws DataError for a formula, a
    // sheet too large, or a damaged file.
    void read(int sheet, const RowVisitor &visit) const;

private:
    void readWorkbook(int sheet, const RowVisitor &visit) const;
    void readCsv(const RowVisitor &visit) const;

    QString m_path;
    bool m_workbook = false;
    QStringList m_sheetNames;
    QStringList m_sheetEntries; // the zip entry of each sheet
    QString m_sha256;
};
