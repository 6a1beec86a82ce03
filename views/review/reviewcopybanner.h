#pragma once

#include <QLabel>

class Database;

// The mark of a review copy (ReviewCopy::Info::banner): whose cases, from which commission, and
// until when the copy may be worked in — amber while it may, red once it has expired. Hidden
// for any other database.
class ReviewCopyBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ReviewCopyBanner(QWidget *parent = nullptr);

    // Shows the mark of `database`; false, and hidden, when it is not a review copy.
    bool showFor(const Database *database);
};
