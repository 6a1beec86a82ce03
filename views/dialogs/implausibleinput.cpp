#include "implausibleinput.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace ImplausibleInput {

bool confirm(QWidget *parent, const QStringList &warnings)
{
    if (warnings.isEmpty())
        return true;
    QMessageBox box(
        QMessageBox::Warning,
        QCoreApplication::translate("ImplausibleInput", "Check Before Saving"),
        QCoreApplication::translate("ImplausibleInput", "This may not be what you mean:"),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("implausibleInput"));
    box.setInformativeText(warnings.join(QLatin1Char('\n')));
    QPushButton *save = box.addButton(
        QCoreApplication::translate("ImplausibleInput", "&Save Anyway"), QMessageBox::AcceptRole);
    QPushButton *back = box.addButton(QCoreApplication::translate("ImplausibleInput", "&Go Back"),
                                      QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("saveAnyway"));
    back->setObjectName(QStringLiteral("goBack"));
    box.setDefaultButton(back);
    box.exec();
    return box.clickedButton() == save;
}

} // namespace ImplausibleInput
