#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <memory>

class QuaZip;
class QuaZipFile;
class QXmlStreamWriter;

// An .xlsx workbook of one sheet, written as it goes (Excel, WPS and LibreOffice open it): a
// bold header row that stays in view, column widths fitted to the first rows, real date cells,
// and the confidentiality marking in the page header. Text that a spreadsheet would take for a
// formula (starting with = + - @) is kept as text. The file appears only when finished.
class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriter)

public:
    // Throws DataError when the file cannot be made.
    WorkbookWriter(const QString &path, const QString &sheetName, const QStringList &headers,
                   const QString &marking);
    ~WorkbookWriter();
    WorkbookWriter(const WorkbookWriter &) = delete;
    WorkbookWriter &operator=(const WorkbookWriter &) = delete;

    // A row of cells: text, a number (int, qint64, double), a QDate, or null for an empty cell.
    void addRow(const QVariantList &cells);
    // Writes what is left and puts the file in place; throws DataError.
    void finish();

    static QString columnName(int column);

private:
    void startSheet();
    void writeRow(const QVariantList &cells);

    QString m_path;
    QString m_partial; // written here, renamed to m_path when finished
    QString m_sheetName;
    QStringList m_headers;
    QString m_marking;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    std::unique_ptr<QXmlStreamWriter> m_xml;
    QVector<QVariantList> m_waiting; // rows kept back until the widths are known
    QVector<int> m_widths;
    int m_rows = 0;
    bool m_started = false;
    bool m_finished = false;
};
