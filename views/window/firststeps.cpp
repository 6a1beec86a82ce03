#include "firststeps.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

FirstSteps::FirstSteps(QVector<Step> steps, QWidget *parent)
    : QDialog(parent)
    , m_steps(std::move(steps))
{
    setWindowTitle(tr("First Steps"));
    setObjectName(QStringLiteral("firstSteps"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A new database needs these before daily work. Each can be done "
                                "now or later; Help ▸ First Steps shows this list again."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps.at(i);
        auto *title
            = new QLabel(tr("<b>%1. %2</b><br>%3")
                             .arg(i + 1)
                             .arg(step.title.toHtmlEscaped(), step.explanation.toHtmlEscaped()));
        title->setWordWrap(true);
        auto *state = new QLabel;
        state->setObjectName(QStringLiteral("state%1").arg(i + 1));
        // The action's text without its mnemonic: "&Settings…", "设置(&S)…".
        static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&"));
        auto *button
            = new QPushButton(step.action ? step.action->text().remove(mnemonic) : QString());
        button->setObjectName(QStringLiteral("step%1").arg(i + 1));
        QAction *action = step.action;
        connect(button, &QPushButton::clicked, this, [this, action] {
            if (action)
                action->trigger();
            refresh();
        });
        grid->addWidget(title, i, 0);
        grid->addWidget(state, i, 1);
        grid->addWidget(button, i, 2);
        m_states << state;
        m_buttons << button;
    }
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 0);
}

void FirstSteps::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void FirstSteps::refresh()
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps.at(i);
        const bool done = step.isDone && step.isDone();
        m_states[i]->setText(done ? tr("Done") : tr("Not yet"));
        m_states[i]->setStyleSheet(done ? QStringLiteral("color: #1b7f3b;")
                                        : QStringLiteral("color: #b3261e;"));
        const bool allowed = step.action && step.action->isEnabled();
        m_buttons[i]->setEnabled(allowed);
        m_buttons[i]->setToolTip(allowed ? QString()
                                         : tr("The account signed in may not do this; "
                                              "the account whose work it is does."));
    }
}
