#include "modelexport.h"

#include "domain/dataerror.h"
#include "spreadsheets/tableexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

bool exportModelToExcel(QWidget *parent, const Database &database, const QAbstractItemModel &model,
                        const QString &title, const QString &what)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ModelExport", "Export to Excel"),
        QDir::home().filePath(title + QStringLiteral(".xlsx")),
        QCoreApplication::translate("ModelExport", "Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return false;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QVector<QVariantList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant edit = index.data(Qt::EditRole);
            cells << (edit.typeId() == QMetaType::QDate ? edit : index.data(Qt::DisplayRole));
        }
        rows << cells;
    }
    try {
        TableExport::write(database, path, title, what, headers, rows);
        return true;
    } catch (const DataError &error) {
        QMessageBox::warning(parent, QCoreApplication::translate("ModelExport", "Not Exported"),
                             error.message());
        return false;
    }
}
