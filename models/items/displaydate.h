#pragma once

#include <QDate>
#include <QString>

// A date as the interface shows it, in the default locale's language: "2024年3月1日" in
// Chinese, "1 Mar 2024" otherwise. An invalid date gives an empty string.
QString displayDate(QDate date);
