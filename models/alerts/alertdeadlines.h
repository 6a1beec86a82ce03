#pragma once

#include <QDate>
#include <QString>

// The deadline rules the alerts apply. Working days are Monday to Friday; public holidays are
// not known and count as working days. The clue steps' own deadlines come from
// ClueStateMachine::dueDate (disposition within a month, a written reply within 15 working
// days, closing within a month of the reply).
namespace AlertDeadlines {

// The fixed supervision week (固定监督周) of a month: its last full working week, Monday to
// Friday, inside the month. Returns the Monday.
QDate fixedSupervisionWeek(int year, int month);
// The fixed supervision week that has not yet ended on `today`: this month's, or next month's.
QDate nextFixedSupervisionWeek(QDate today);
// Reports for a year: the personal-matters report of year Y by 31 January of Y; the duty
// report on year Y at its end, by 31 January of Y + 1.
QDate personalMattersReportDue(int year);
QDate dutyReportDue(int year);

} // namespace AlertDeadlines
