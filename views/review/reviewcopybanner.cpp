#include "reviewcopybanner.h"

#include "review/reviewcopy.h"
#include "storage/database.h"

ReviewCopyBanner::ReviewCopyBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("reviewCopyBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    hide();
}

bool ReviewCopyBanner::showFor(const Database *database)
{
    const ReviewCopy::Info info
        = database ? ReviewCopy::info(database->connection()) : ReviewCopy::Info();
    if (!info.isValid()) {
        clear();
        hide();
        return false;
    }
    const bool expired = info.hasExpired();
    setText(info.banner());
    setToolTip(expired ? tr("The copy can no longer be worked in or sent back: ask the commission "
                            "for a new review package.")
                       : tr("Work done here goes back to the commission in a return package "
                            "(Review ▸ Make the Return Package…)."));
    setStyleSheet(expired ? QStringLiteral("QLabel { background: #b00020; color: white; "
                                           "font-weight: bold; padding: 0.4em 0.8em; }")
                          : QStringLiteral("QLabel { background: #ffe7a3; color: #5c3d00; "
                                           "font-weight: bold; padding: 0.4em 0.8em; }"));
    show();
    return true;
}
