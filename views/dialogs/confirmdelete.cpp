#include "confirmdelete.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>

bool confirmDelete(QWidget *parent, const QString &what, const QString &consequence)
{
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("ConfirmDelete", "Delete %1").arg(what),
                    QCoreApplication::translate("ConfirmDelete", "Delete this %1?").arg(what),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("confirmDelete"));
    QString details = consequence;
    if (!details.isEmpty())
        details += QLatin1Char('\n');
    details += QCoreApplication::translate("ConfirmDelete",
                                           "Edit → Undo brings it back, and the audit trail keeps "
                                           "a record of the deletion.");
    box.setInformativeText(details);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(QCoreApplication::translate("ConfirmDelete", "Delete"));
    box.button(QMessageBox::No)->setText(QCoreApplication::translate("ConfirmDelete", "Keep"));
    return box.exec() == QMessageBox::Yes;
}
