#include "displayguard.h"

#include "commands/commands.h"
#include "dialogs/settingsdialog.h"

#include <QAbstractNativeEventFilter>
#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QStringList>
#include <QTimer>
#include <QTranslator>
#include <QWindow>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace {

// The lines are translated with a translator of their own: when they are needed the
// application object does not exist yet, is being made, or is going.
const char *const kNoDisplay = QT_TRANSLATE_NOOP(
    "DisplayGuard", "integrity-dossier: no display can be opened for the window (%1). These "
                    "subcommands run without one: %2; integrity-dossier --help describes them.");
const char *const kDisplayNotSet = QT_TRANSLATE_NOOP("DisplayGuard", "DISPLAY is not set");
const char *const kNobodyAnswers
    = QT_TRANSLATE_NOOP("DisplayGuard", "nothing answers on display %1");
const char *const kConnectionLost = QT_TRANSLATE_NOOP(
    "DisplayGuard", "integrity-dossier: the connection to the display was lost; the window has "
                    "ended. Changes already saved are kept.");
const char *const kWindowDestroyed = QT_TRANSLATE_NOOP(
    "DisplayGuard", "integrity-dossier: another program destroyed the window; the program ends. "
                    "Changes already saved are kept.");

QString translated(const char *source)
{
    static QTranslator *const translator = [] {
        auto *loaded = new QTranslator;
        if (!LanguageSetting::usesChinese(LanguageSetting::load(), QLocale::system())
            || !loaded->load(QStringLiteral("integrity-dossier_zh_CN"), QStringLiteral(":/i18n"))) {
            delete loaded;
            return static_cast<QTranslator *>(nullptr);
        }
        return loaded;
    }();
    const QString text = translator ? translator->translate("DisplayGuard", source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

void printLine(const QString &line)
{
    fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    fflush(stderr);
}

QtMessageHandler previousHandler = nullptr;
bool constructing = false; // the application object is being made
bool windowGone = false;   // another program destroyed the window: the program is ending
QString platformComplaint; // the platform plugin's first complaint while it starts

void guardMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString firstLine = message.section(QLatin1Char('\n'), 0, 0).trimmed();
    // Qt ends the program with exit(1) here, running the static destructors while the
    // program's own threads may still work: ended at once instead. Every change is committed
    // as it is made, so nothing saved is lost.
    if (message.startsWith(QLatin1String("The X11 connection broke"))) {
        printLine(translated(kConnectionLost));
        std::_Exit(2);
    }
    if (type == QtFatalMsg
        && (message.contains(QLatin1String("could not connect to display"))
            || message.contains(QLatin1String("could not be initialized"))
            || message.contains(QLatin1String("no Qt platform plugin"))))
        DisplayGuard::refuse(platformComplaint.isEmpty() ? firstLine : platformComplaint);
    // On the way to that end the platform plugin says the same several times over; and once the
    // window is destroyed, every request about it is refused again.
    const bool platform = context.category && qstrncmp(context.category, "qt.qpa", 6) == 0;
    if (platform && type != QtFatalMsg && (constructing || windowGone)
        && !qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_DEBUG")) {
        if (constructing && platformComplaint.isEmpty())
            platformComplaint = firstLine;
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// The first bytes of every event the xcb platform plugin reads, and of a DestroyNotify: the
// X protocol's layout, spelt out here so no X development headers are needed.
struct XcbDestroyNotify
{
    quint8 responseType;
    quint8 pad;
    quint16 sequence;
    quint32 event;
    quint32 window;
};
constexpr quint8 kDestroyNotify = 17;

void endWithoutWindow()
{
    if (windowGone)
        return;
    windowGone = true;
    printLine(translated(kWindowDestroyed));
    QTimer::singleShot(0, qApp, [] {
        // Closed as if the user had closed them (the account signed out, the dossiers
        // remembered), then every event loop, a dialog's too, ends.
        QApplication::closeAllWindows();
        QCoreApplication::exit(2);
    });
}

class DestroyedWindowFilter : public QAbstractNativeEventFilter
{
public:
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *) override
    {
        if (windowGone || eventType != "xcb_generic_event_t")
            return false;
        const auto *event = static_cast<const XcbDestroyNotify *>(message);
        if ((event->responseType & 0x7f) != kDestroyNotify || event->event != event->window)
            return false;
        // Qt destroys its own windows only after it has let go of them: a window still shown
        // under that id was destroyed by another program.
        const QWindowList windows = QGuiApplication::topLevelWindows();
        for (const QWindow *window : windows) {
            if (window->handle() && window->isVisible() && window->winId() == event->window) {
                endWithoutWindow();
                break;
            }
        }
        return false;
    }
};

#ifdef Q_OS_LINUX
// Whether a program listens on the Unix socket (in the abstract namespace when asked).
bool listens(const QByteArray &path, bool abstract)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const size_t offset = abstract ? 1 : 0;
    if (size_t(path.size()) + offset + 1 > sizeof(address.sun_path))
        return true; // cannot tell: Qt tries
    memcpy(address.sun_path + offset, path.constData(), size_t(path.size()));
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + offset + size_t(path.size())
                                  + (abstract ? 0 : 1));
    const int socket = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (socket < 0)
        return true;
    const bool answered
        = ::connect(socket, reinterpret_cast<const sockaddr *>(&address), length) == 0
          || errno == EAGAIN || errno == EINPROGRESS;
    ::close(socket);
    return answered;
}
#endif

} // namespace

QString DisplayGuard::missingDisplay()
{
#ifdef Q_OS_LINUX
    // Only X11 is checked; another platform (wayland, offscreen, vnc) is left to say for itself.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb"))
        return {};
    const QByteArray display = qgetenv("DISPLAY");
    if (display.isEmpty()) {
        // Qt takes Wayland when it is there and nothing is asked for.
        if (platform.isEmpty() && !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            return {};
        return translated(kDisplayNotSet);
    }
    // [host]:number[.screen]; only a display on this machine (no host, or "unix") is tried.
    const int colon = display.lastIndexOf(':');
    const QByteArray host = colon < 0 ? QByteArray("?") : display.left(colon);
    if (!host.isEmpty() && host != "unix")
        return {};
    bool ok = false;
    const int number = display.mid(colon + 1).split('.').value(0).toInt(&ok);
    if (!ok || number < 0)
        return {};
    const QByteArray socket = "/tmp/.X11-unix/X" + QByteArray::number(number);
    if (listens(socket, true) || listens(socket, false))
        return {};
    return translated(kNobodyAnswers).arg(QString::fromLocal8Bit(display));
#else
    return {};
#endif
}

void DisplayGuard::refuse(const QString &why)
{
    QStringList names;
    for (const Commands::Subcommand &subcommand : Commands::subcommands())
        names << QString::fromLatin1(subcommand.usage.name);
    printLine(translated(kNoDisplay).arg(why, names.join(QStringLiteral(", "))));
    std::_Exit(2);
}

void DisplayGuard::install()
{
    constructing = true;
    QtMessageHandler previous = qInstallMessageHandler(guardMessages);
    if (previous != guardMessages)
        previousHandler = previous;
}

void DisplayGuard::watchWindows()
{
    constructing = false;
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        return;
    // Never deleted: its destructor would look for the event dispatcher after it has gone.
    QCoreApplication::instance()->installNativeEventFilter(new DestroyedWindowFilter);
}
