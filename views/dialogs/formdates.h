#pragma once

#include <QString>

class QDateEdit;
class QWidget;

// Date edits as every form uses them: a calendar popup, today as the start, and the display
// format of the interface language (2024年3月1日 in Chinese).
namespace FormDates {

QDateEdit *createDateEdit(const QString &objectName, QWidget *parent);
QString displayFormat();

} // namespace FormDates
