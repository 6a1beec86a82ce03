// libFuzzer target for the spreadsheet import: any bytes, as a file, go through the sheet reader
// (zip, workbook parts, shared strings, streamed sheet XML, or CSV in any encoding) and the
// roster import's plan against a fresh in-memory database. A refusal is a DataError; anything
// else (a crash, a sanitizer report, an exception of another kind) is a finding.
#include "domain/dataerror.h"
#include "spreadsheets/rosterimport.h"
#include "spreadsheets/sheetfile.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_sheet";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("input"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    try {
        const SheetFile sheet(path);
        for (int index = 0; index < sheet.sheetNames().size(); ++index)
            sheet.read(index, [](int, const QStringList &) { return true; });
        auto database = Database::openInMemory();
        RosterImport(*database).plan(sheet);
    } catch (const DataError &) {
        // Refused with a message: what bad input should get.
    }
    return 0;
}
