#pragma once

#include <QString>

class QWidget;

// Asks before a record is deleted: what goes, what goes with it, and that Undo brings it back.
// No is the default answer.
bool confirmDelete(QWidget *parent, const QString &what, const QString &consequence = {});
