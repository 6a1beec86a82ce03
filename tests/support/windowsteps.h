#pragma once

#include <QMap>
#include <QModelIndex>
#include <QString>

class QAbstractItemModel;
class QDialog;
class QLineEdit;
class QObject;
class QPushButton;
class QWidget;

// Steps a test takes in the window as a user would: clicking, typing (Chinese too), and
// finding what the window shows.
namespace WindowSteps {

QPushButton *buttonWithText(const QWidget *parent, const QString &text);

// The button that accepts a dialog (OK, Save, Open, Create and Sign In …), as the user clicks it.
void clickAccept(QDialog *dialog);

// Types as the user does: Latin characters key by key, Chinese through the input method, which
// hands the field each finished word.
void type(QLineEdit *field, const QString &text);

// After a failure, whatever dialog is open is closed, so that the test reports instead of
// waiting in a dialog for ever.
void closeModalDialogs();

// The unit tree's units (not its groups of units by kind), by name, with their cadre counts.
void collectUnits(const QAbstractItemModel *model, const QModelIndex &parent,
                  QMap<QString, int> &units);

QModelIndex findUnit(const QAbstractItemModel *model, const QModelIndex &parent,
                     const QString &name);

// The dialog handlers set while it lives, dropped when it ends: they refer to the variables of
// the function that set them, and one whose dialog never showed must not run later (it fails).
class HandlerScope
{
public:
    explicit HandlerScope(QObject *&current);
    ~HandlerScope();
    HandlerScope(const HandlerScope &) = delete;
    HandlerScope &operator=(const HandlerScope &) = delete;

private:
    QObject *&m_current;
    QObject *m_previous;
};

} // namespace WindowSteps
