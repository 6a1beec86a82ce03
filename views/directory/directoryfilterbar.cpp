#include "directoryfilterbar.h"

#include "directory/cadredirectory.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Chips that read as filters, sized in font units so they scale with the screen.
const char *const kQuickFilterStyle
    = "QToolButton { border: 1px solid palette(mid); border-radius: 0.75em; "
      "padding: 0.15em 0.8em; background: palette(base); }"
      "QToolButton:hover { border-color: #1565c0; }"
      "QToolButton:checked { background: #e3edfb; border-color: #1565c0; color: #0d47a1; }";

} // namespace

DirectoryFilterBar::DirectoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_typingPause(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("directorySearch"));
    m_search->setPlaceholderText(
        tr("Search by name, pinyin initials (zjg), unit or position   Ctrl+F"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search cadres"));
    m_search->installEventFilter(this);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMilliseconds);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_typingPause, &QTimer::timeout, this, &DirectoryFilterBar::changed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    auto *chips = new QHBoxLayout;
    chips->setSpacing(layout->spacing());
    auto *label = new QLabel(tr("Show only:"), this);
    chips->addWidget(label);
    m_topLeaders = addQuickFilter(tr("Top leaders"), tr("Only the principal leaders of units"));
    m_impactPeriod = addQuickFilter(
        tr("Inside an impact period"),
        tr("Cadres inside the impact period of a sanction, handling or admonition today"));
    m_openClues
        = addQuickFilter(tr("Open clues"), tr("Cadres with a problem clue still being disposed"));
    m_overdue = addQuickFilter(tr("Overdue rectifications"),
                               tr("Cadres responsible for a rectification past its deadline"));
    m_dutyReport = addQuickFilter(tr("No duty report"), QString());
    for (QToolButton *button : std::as_const(m_quickFilters))
        chips->addWidget(button);
    chips->addStretch(1);
    layout->addLayout(chips);
    setDutyReportYear(CadreDirectory::dutyReportYear(QDate::currentDate()));
}

void DirectoryFilterBar::setQuickFiltersShown(bool shown)
{
    for (QToolButton *button : std::as_const(m_quickFilters)) {
        if (!shown)
            button->setChecked(false);
        button->setVisible(shown);
    }
}

QToolButton *DirectoryFilterBar::addQuickFilter(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setStyleSheet(QLatin1String(kQuickFilterStyle));
    button->setFocusPolicy(Qt::TabFocus);
    connect(button, &QToolButton::toggled, this, &DirectoryFilterBar::changed);
    m_quickFilters << button;
    return button;
}

void DirectoryFilterBar::setDutyReportYear(int year)
{
    m_dutyReport->setText(tr("No duty report for %1").arg(year));
    m_dutyReport->setToolTip(tr("Serving top leaders, and cadres who reported for %1, without a "
                                "duty-and-integrity report for %2")
                                 .arg(year - 1)
                                 .arg(year));
}

void DirectoryFilterBar::applyTo(CadreFilter &filter) const
{
    filter.text = m_search->text().trimmed();
    filter.topLeadersOnly = m_topLeaders->isChecked();
    filter.insideImpactPeriod = m_impactPeriod->isChecked();
    filter.openClues = m_openClues->isChecked();
    filter.overdueRectifications = m_overdue->isChecked();
    filter.missingDutyReport = m_dutyReport->isChecked();
}

void DirectoryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DirectoryFilterBar::clear()
{
    {
        const QSignalBlocker blocker(this);
        m_search->clear();
        for (QToolButton *button : std::as_const(m_quickFilters))
            button->setChecked(false);
    }
    m_typingPause->stop();
    emit changed();
}

bool DirectoryFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Results first, so Return never acts on a list the last keys have not filtered.
            if (m_typingPause->isActive()) {
                m_typingPause->stop();
                emit changed();
            }
            emit moveToResults();
            return true;
        }
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
