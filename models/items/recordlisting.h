#pragma once

#include "domain/listing.h"

#include <QCoreApplication>

class RecordListings
{
    Q_DECLARE_TR_FUNCTIONS(RecordListings)

public:
    // The listing of a record kind, e.g. "talks", as the registry describes it; invalid for a
    // table without one.
    static RecordListing forTable(const QString &table);
    // Integrity opinions issued about the cadre (opinion_answers).
    static RecordListing opinions();
};
