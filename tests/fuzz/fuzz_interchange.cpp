// libFuzzer target for the JSON import: any bytes go through the interchange reader (syntax,
// format, tables, fields, types, keys, references); a file it accepts is imported into a fresh
// in-memory database. A refusal is a DataError; anything else (a crash, a sanitizer report, an
// exception of another kind) is a finding.
#include "domain/dataerror.h"
#include "interchange/interchangeimporter.h"
#include "interchange/interchangereader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_interchange";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    try {
        const InterchangeDocument document = InterchangeReader().read(bytes);
        auto database = Database::openInMemory();
        InterchangeImporter(*database).write(document, QStringLiteral("fuzz.json"), QString());
    } catch (const DataError &) {
        // Refused with a message: what bad input should get.
    }
    return 0;
}
