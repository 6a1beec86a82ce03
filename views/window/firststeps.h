#pragma once

#include <QDialog>
#include <QVector>
#include <functional>

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;

// A new commission's first steps, in order: its name and marking on papers, its accounts, its
// unit tree, its roster, its first backup. Each step says whether it is done and opens the
// window's own place for it, when the account signed in may do it (a case officer fills the
// tree and the roster; the administrator the rest). Any step can be skipped and done later;
// Help > First Steps shows the list again.
class FirstSteps : public QDialog
{
    Q_OBJECT

public:
    struct Step
    {
        QString title;
        QString explanation;
        QAction *action = nullptr;    // what the button does
        std::function<bool()> isDone; // asked each time the list is shown
    };

    explicit FirstSteps(QVector<Step> steps, QWidget *parent = nullptr);

    // Asks every step again whether it is done, and which buttons the account may use.
    void refresh();
    QPushButton *buttonOf(int step) const { return m_buttons.value(step); }
    QLabel *stateOf(int step) const { return m_states.value(step); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QVector<Step> m_steps;
    QVector<QLabel *> m_states;
    QVector<QPushButton *> m_buttons;
};
