#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

// Keeps a window from painting and from answering the user while it is busy making what it
// shows, and lets it paint again afterwards. A progress dialog over the print preview runs
// the event loop while the pages are made: without this, the preview would paint pages it is
// still making, or start making them again at a click, from inside that loop.
class PreviewGuard : public QObject
{
    Q_OBJECT

public:
    explicit PreviewGuard(QWidget *window);
    ~PreviewGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
};
