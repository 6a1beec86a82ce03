#include "previewguard.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace {

bool isHeldBack(QEvent::Type type)
{
    switch (type) {
    case QEvent::Paint:
    case QEvent::UpdateRequest:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::ContextMenu:
    case QEvent::Close:
        return true;
    default:
        return false;
    }
}

} // namespace

PreviewGuard::PreviewGuard(QWidget *window)
    : m_window(window)
{
    qApp->installEventFilter(this);
}

PreviewGuard::~PreviewGuard()
{
    qApp->removeEventFilter(this);
    if (!m_window)
        return;
    // What was held back is painted now.
    m_window->update();
    const auto children = m_window->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->update();
}

bool PreviewGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_window || !watched->isWidgetType() || !isHeldBack(event->type()))
        return false;
    // Only the guarded window's own widgets: a progress dialog over it is a window of its own.
    return static_cast<QWidget *>(watched)->window() == m_window;
}
