#pragma once

#include <QString>

class Database;
class QAbstractItemModel;
class QWidget;

// Asks where, and writes the rows of `model` as the view shows them (dates as dates) to an
// Excel workbook through TableExport; a refusal is shown, not thrown. True when written.
bool exportModelToExcel(QWidget *parent, const Database &database, const QAbstractItemModel &model,
                        const QString &title, const QString &what);
