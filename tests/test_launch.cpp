#include "storage/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

// The window started over and over under a private Xvfb on a demo database, and ended in each
// way it can end: closed by the user, terminated, killed early, its X window destroyed by
// another program, its connection to the display cut. No start may abort, every end must end
// the process, and stderr (and any core) of every start is kept. INTEGRITY_DOSSIER_LAUNCHES
// sets how many starts (12 unless set; 200 for the full loop, run with a longer timeout);
// INTEGRITY_DOSSIER_LAUNCH_DB names another database to start on (a city one, say).
class TestLaunch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutADisplayTheWindowSaysSoInOneLine();
    void startsAndEndsInEveryWay();

private:
    enum class Ending { Close, Terminate, KillEarly, DestroyWindow, CutConnection };
    static QString name(Ending ending);
    // Runs the X helper: 0 when it found the program's window (and did `action` to it).
    int xHelper(const QString &action, qint64 pid) const;
    bool startDisplay();
    QProcessEnvironment launchEnvironment() const;

    QTemporaryDir m_dir;
    QString m_database;
    QString m_helper;
    QString m_python;
    QProcess m_xvfb;
    QString m_display;
};

namespace {

// Finds a mapped top-level window of a process (_NET_WM_PID) whose title names the database,
// and closes it as a window manager does (WM_DELETE_WINDOW), destroys it (XDestroyWindow), or
// cuts its client's connection (XKillClient). Through libX11 with ctypes: no X development
// headers and no extra tools needed.
const char *const kXHelper = R"PY(
import ctypes, sys
x = ctypes.CDLL("libX11.so.6")
P, L, I, U = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_uint
x.XOpenDisplay.restype = P; x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = L; x.XDefaultRootWindow.argtypes = [P]
x.XInternAtom.restype = L; x.XInternAtom.argtypes = [P, ctypes.c_char_p, I]
x.XQueryTree.argtypes = [P, L, ctypes.POINTER(L), ctypes.POINTER(L), ctypes.POINTER(ctypes.POINTER(L)), ctypes.POINTER(U)]
x.XGetWindowProperty.argtypes = [P, L, L, ctypes.c_long, ctypes.c_long, I, L, ctypes.POINTER(L), ctypes.POINTER(I), ctypes.POINTER(L), ctypes.POINTER(L), ctypes.POINTER(P)]
x.XDestroyWindow.argtypes = [P, L]; x.XKillClient.argtypes = [P, L]; x.XSync.argtypes = [P, I]
x.XSendEvent.argtypes = [P, L, I, ctypes.c_long, P]
class Attributes(ctypes.Structure):
    _fields_ = [("x", I), ("y", I), ("width", I), ("height", I), ("border", I), ("depth", I),
                ("visual", P), ("root", L), ("cls", I), ("bit_gravity", I), ("win_gravity", I),
                ("backing_store", I), ("backing_planes", L), ("backing_pixel", L),
                ("save_under", I), ("colormap", L), ("map_installed", I), ("map_state", I),
                ("all_events", ctypes.c_long), ("your_events", ctypes.c_long),
                ("do_not_propagate", ctypes.c_long), ("override_redirect", I), ("screen", P)]
x.XGetWindowAttributes.argtypes = [P, L, ctypes.POINTER(Attributes)]
def prop(d, w, atom, length):
    t, f, n, after, data = L(), I(), L(), L(), P()
    if x.XGetWindowProperty(d, w, atom, 0, length, 0, 0, ctypes.byref(t), ctypes.byref(f), ctypes.byref(n), ctypes.byref(after), ctypes.byref(data)) != 0 or not data.value:
        return None
    return (ctypes.cast(data, ctypes.POINTER(L))[0] if f.value == 32 else ctypes.string_at(data, n.value)) if n.value else None
action, pid, title = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode()
d = x.XOpenDisplay(None)
if not d: sys.exit(3)
root, parent, children, count = L(), L(), ctypes.POINTER(L)(), U()
x.XQueryTree(d, x.XDefaultRootWindow(d), ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(count))
pidAtom, nameAtom = x.XInternAtom(d, b"_NET_WM_PID", 0), x.XInternAtom(d, b"_NET_WM_NAME", 0)
found = 0
for i in range(count.value):
    w = children[i]
    a = Attributes()
    if prop(d, w, pidAtom, 1) != pid or not x.XGetWindowAttributes(d, w, ctypes.byref(a)) or a.map_state != 2: continue
    if title not in (prop(d, w, nameAtom, 1024) or b""): continue
    found = w; break
if not found: sys.exit(1)
if action == "destroy": x.XDestroyWindow(d, found)
elif action == "cut": x.XKillClient(d, found)
elif action == "close":
    class Message(ctypes.Structure):
        _fields_ = [("type", I), ("serial", L), ("send_event", I), ("display", P), ("window", L),
                    ("message_type", L), ("format", I), ("data", ctypes.c_long * 5), ("pad", ctypes.c_long * 24)]
    m = Message(); m.type = 33; m.window = found; m.format = 32
    m.message_type = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
    m.data[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
    x.XSendEvent(d, found, 0, 0, ctypes.byref(m))
x.XSync(d, 0)
)PY";

// Ends the program under test with a core it may leave in its working folder, when the system
// writes cores there.
void allowCores()
{
    rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
    setrlimit(RLIMIT_CORE, &unlimited);
}

} // namespace

QString TestLaunch::name(Ending ending)
{
    switch (ending) {
    case Ending::Close:
        return QStringLiteral("closed");
    case Ending::Terminate:
        return QStringLiteral("terminated");
    case Ending::KillEarly:
        return QStringLiteral("killed early");
    case Ending::DestroyWindow:
        return QStringLiteral("window destroyed");
    case Ending::CutConnection:
        return QStringLiteral("connection cut");
    }
    return {};
}

void TestLaunch::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE")));
    QVERIFY(m_dir.isValid());
    m_database = qEnvironmentVariable("INTEGRITY_DOSSIER_LAUNCH_DB");
    if (m_database.isEmpty())
        m_database = TestDatabase::demoCounty(m_dir, QStringLiteral("county.db"))->path();
    m_helper = m_dir.filePath(QStringLiteral("xwindow.py"));
    QFile helper(m_helper);
    QVERIFY(helper.open(QIODevice::WriteOnly));
    helper.write(kXHelper);
    // Debian's interpreter: `python3` on the path may be another one.
    m_python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                   ? QStringLiteral("/usr/bin/python3")
                   : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestLaunch::cleanupTestCase()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(10000))
            m_xvfb.kill();
        m_xvfb.waitForFinished(10000);
    }
}

bool TestLaunch::startDisplay()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        return false;
    // Xvfb picks a free display itself and writes its number only once it accepts clients: a
    // socket file alone appears before that, and a busy machine showed the gap. -noreset: an X
    // server resets when its last client leaves, refusing connections meanwhile, and each start
    // here is the last client when it ends.
    m_xvfb.start(xvfb,
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-noreset"),
                  QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("1280x1024x24")});
    if (!m_xvfb.waitForStarted(10000))
        return false;
    QByteArray written;
    QElapsedTimer waited;
    waited.start();
    while (!written.contains('\n') && waited.elapsed() < 60000
           && m_xvfb.state() == QProcess::Running) {
        m_xvfb.waitForReadyRead(1000);
        written += m_xvfb.readAllStandardOutput();
    }
    bool isNumber = false;
    const int number = written.trimmed().toInt(&isNumber);
    if (!isNumber || m_xvfb.state() != QProcess::Running)
        return false;
    m_display = QStringLiteral(":%1").arg(number);
    return true;
}

QProcessEnvironment TestLaunch::launchEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    environment.insert(QStringLiteral("INTEGRITY_DOSSIER_USER"), QStringLiteral("officer"));
    environment.insert(QStringLiteral("INTEGRITY_DOSSIER_PASSWORD"), QStringLiteral("demo"));
    // A home of its own: no settings or recent files of other suites.
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home + QStringLiteral("/runtime"));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    return environment;
}

int TestLaunch::xHelper(const QString &action, qint64 pid) const
{
    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    helper.setProcessEnvironment(environment);
    helper.start(m_python,
                 {m_helper, action, QString::number(pid), QFileInfo(m_database).fileName()});
    if (!helper.waitForFinished(30000) || helper.exitStatus() != QProcess::NormalExit)
        return -1;
    return helper.exitCode();
}

void TestLaunch::withoutADisplayTheWindowSaysSoInOneLine()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE"),
                  {QStringLiteral("--db"), m_database});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(QLatin1String("no display can be opened")), qPrintable(err));
    // It names the way out: the subcommands that need no display.
    for (const char *subcommand : {"check", "print", "export", "backup"})
        QVERIFY2(err.contains(QLatin1String(subcommand)), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestLaunch::startsAndEndsInEveryWay()
{
    if (m_python.isEmpty())
        QFAIL("No python3 to reach the X windows with (scripts/dependencies installs it)");
    if (!startDisplay())
        QFAIL("No Xvfb to start the window on (scripts/dependencies installs it)");
    const int launches = qEnvironmentVariableIsSet("INTEGRITY_DOSSIER_LAUNCHES")
                             ? qEnvironmentVariableIntValue("INTEGRITY_DOSSIER_LAUNCHES")
                             : 12;
    QRandomGenerator random(20241);
    const QString logs = m_dir.filePath(QStringLiteral("launches"));
    QVERIFY(QDir().mkpath(logs));
    const QProcessEnvironment environment = launchEnvironment();
    const QList<Ending> endings = {Ending::Close, Ending::Terminate, Ending::KillEarly,
                                   Ending::DestroyWindow, Ending::CutConnection};
    QStringList failures;
    for (int launch = 0; launch < launches; ++launch) {
        const Ending ending = endings.at(launch % endings.size());
        const QString what = QStringLiteral("start %1 (%2)").arg(launch + 1).arg(name(ending));
        const QString folder = QDir(logs).filePath(QString::number(launch + 1));
        QDir().mkpath(folder);
        QProcess program;
        program.setProcessEnvironment(environment);
        program.setWorkingDirectory(folder);
        program.setStandardErrorFile(QDir(folder).filePath(QStringLiteral("stderr.txt")));
        program.setStandardOutputFile(QProcess::nullDevice());
        program.setChildProcessModifier(allowCores);
        program.start(qEnvironmentVariable("INTEGRITY_DOSSIER_EXECUTABLE"),
                      {QStringLiteral("--db"), m_database});
        QVERIFY2(program.waitForStarted(30000), qPrintable(what));
        const qint64 pid = program.processId();
        bool shown = false;
        if (ending == Ending::KillEarly) {
            QTest::qWait(int(random.bounded(1500)));
        } else {
            QElapsedTimer waited;
            waited.start();
            while (!(shown = xHelper(QStringLiteral("find"), pid) == 0)
                   && program.state() == QProcess::Running && waited.elapsed() < 60000)
                QTest::qWait(100);
            QTest::qWait(int(random.bounded(500)));
        }
        switch (ending) {
        case Ending::Close:
            xHelper(QStringLiteral("close"), pid);
            break;
        case Ending::Terminate:
            program.terminate();
            break;
        case Ending::KillEarly:
            program.kill();
            break;
        case Ending::DestroyWindow:
            xHelper(QStringLiteral("destroy"), pid);
            break;
        case Ending::CutConnection:
            xHelper(QStringLiteral("cut"), pid);
            break;
        }
        // Every ending ends the process; a close may still finish the day's backup.
        const bool ended = program.waitForFinished(120000);
        if (!ended) {
            program.kill();
            program.waitForFinished(10000);
        }
        QFile errFile(QDir(folder).filePath(QStringLiteral("stderr.txt")));
        errFile.open(QIODevice::ReadOnly);
        const QString err = QString::fromUtf8(errFile.readAll()).trimmed();
        const bool crashed = program.exitStatus() == QProcess::CrashExit;
        // Qt gives the signal that ended a crashed process as its exit code.
        const int signal = crashed ? program.exitCode() : 0;
        QString problem;
        if (!ended)
            problem = QStringLiteral("did not end");
        else if (crashed && (signal == SIGABRT || signal == SIGSEGV || signal == SIGBUS))
            problem = QStringLiteral("ended by signal %1").arg(signal);
        else if (ending != Ending::KillEarly && !shown)
            problem = QStringLiteral("showed no window");
        else if (ending == Ending::Close && (crashed || program.exitCode() != 0))
            problem = QStringLiteral("closed with exit code %1").arg(program.exitCode());
        else if (ending == Ending::Terminate && !(crashed && signal == SIGTERM))
            problem = QStringLiteral("did not end by SIGTERM");
        else if (ending == Ending::DestroyWindow
                 && (crashed || program.exitCode() != 2
                     || !err.contains(QLatin1String("destroyed the window"))))
            problem = QStringLiteral("ended with exit code %1").arg(program.exitCode());
        else if (ending == Ending::CutConnection
                 && (crashed || program.exitCode() != 2
                     || !err.contains(QLatin1String("connection to the display was lost"))))
            problem = QStringLiteral("ended with exit code %1").arg(program.exitCode());
        if (!problem.isEmpty())
            failures << QStringLiteral("%1: %2; stderr: %3").arg(what, problem, err);
    }
    if (!failures.isEmpty()) {
        m_dir.setAutoRemove(false);
        QFAIL(qPrintable(QStringLiteral("%1 of %2 starts failed (stderr of each kept in %3):\n%4")
                             .arg(failures.size())
                             .arg(launches)
                             .arg(logs, failures.join(QLatin1Char('\n')))));
    }
}

QTEST_GUILESS_MAIN(TestLaunch)
#include "test_launch.moc"
