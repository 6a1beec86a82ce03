#include "recordlisting.h"

#include "domain/recordkinds.h"

RecordListing RecordListings::forTable(const QString &table)
{
    return RecordKinds::kind(table).listing;
}

RecordListing RecordListings::opinions()
{
    using Format = ListColumn::Format;
    RecordListing result;
    result.table = QStringLiteral("opinion_answers");
    result.idExpression = QStringLiteral("a.id");
    result.from = QStringLiteral("FROM opinion_answers a JOIN opinion_batches b ON b.id = "
                                 "a.batch_id WHERE a.cadre_id = ?");
    result.order = QStringLiteral("b.as_of_date DESC, a.id DESC");
    result.expressions = {QStringLiteral("b.as_of_date"),   QStringLiteral("b.requester"),
                          QStringLiteral("b.purpose"),      QStringLiteral("a.category"),
                          QStringLiteral("a.impact_until"), QStringLiteral("b.reply_date")};
    result.columns
        = {{tr("As of"), Format::Date, {}},        {tr("Requested by"), Format::Text, {}},
           {tr("Purpose"), Format::Text, {}},      {tr("Opinion"), Format::OpinionCategory, {}},
           {tr("Impact until"), Format::Date, {}}, {tr("Replied on"), Format::Date, {}}};
    return result;
}
