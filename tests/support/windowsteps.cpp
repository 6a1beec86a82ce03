#include "windowsteps.h"

#include "items/unittreemodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace WindowSteps {

QPushButton *buttonWithText(const QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// The button that accepts a dialog (OK, Save, Open, Create and Sign In …), as the user clicks it.
void clickAccept(QDialog *dialog)
{
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole) {
                QVERIFY2(button->isEnabled(), qPrintable(button->text()));
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
    }
    QFAIL("the dialog has no button that accepts it");
}

// Types as the user does: Latin characters key by key, Chinese through the input method, which
// hands the field each finished word.
void type(QLineEdit *field, const QString &text)
{
    QVERIFY(field);
    field->clear();
    for (int start = 0, end = 0; start < text.size(); start = end) {
        const bool latin = text.at(start).unicode() < 0x80;
        while (end < text.size() && (text.at(end).unicode() < 0x80) == latin)
            ++end;
        const QString run = text.mid(start, end - start);
        if (latin) {
            QTest::keyClicks(field, run);
        } else {
            QInputMethodEvent word;
            word.setCommitString(run);
            QApplication::sendEvent(field, &word);
        }
    }
    QCOMPARE(field->text(), text);
}

// After a failure, whatever dialog is open is closed, so that the test reports instead of
// waiting in a dialog for ever.
void closeModalDialogs()
{
    for (int i = 0; i < 20 && QApplication::activeModalWidget(); ++i) {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
}

// The unit tree's units (not its groups of units by kind), by name, with their cadre counts.
void collectUnits(const QAbstractItemModel *model, const QModelIndex &parent,
                  QMap<QString, int> &units)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, UnitTreeModel::NameColumn, parent);
        if (!index.data(UnitTreeModel::IsGroupRole).toBool())
            units.insert(index.data().toString(),
                         index.data(UnitTreeModel::CadreCountRole).toInt());
        collectUnits(model, index, units);
    }
}

QModelIndex findUnit(const QAbstractItemModel *model, const QModelIndex &parent,
                     const QString &name)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, UnitTreeModel::NameColumn, parent);
        if (index.data().toString() == name && !index.data(UnitTreeModel::IsGroupRole).toBool())
            return index;
        const QModelIndex below = findUnit(model, index, name);
        if (below.isValid())
            return below;
    }
    return {};
}

HandlerScope::HandlerScope(QObject *&current)
    : m_current(current)
    , m_previous(current)
{
    m_current = new QObject;
}

HandlerScope::~HandlerScope()
{
    // A handler still waiting is a dialog that never showed.
    for (const QTimer *waiting : m_current->findChildren<QTimer *>()) {
        if (waiting->isActive())
            QTest::qFail(qPrintable(QStringLiteral("no %1 showed").arg(waiting->objectName())),
                         __FILE__, __LINE__);
    }
    delete m_current;
    m_current = m_previous;
}

} // namespace WindowSteps
