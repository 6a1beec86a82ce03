#include "sessionsignin.h"

#include "access/accesserror.h"
#include "access/accounts.h"
#include "commandline.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace CommandLine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// Turns the terminal's echo off for as long as it lives.
class HiddenInput
{
public:
    HiddenInput()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode)
                   && SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_active) {
            termios hidden = m_mode;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
#endif
    }
    ~HiddenInput()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
        fputc('\n', stderr);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
    bool m_active = false;
};

} // namespace

QCommandLineOption userOption()
{
    return QCommandLineOption(
        QStringLiteral("user"),
        tr("The account to sign in with (else INTEGRITY_DOSSIER_USER); the password comes from "
           "INTEGRITY_DOSSIER_PASSWORD or is asked for."),
        QStringLiteral("name"));
}

QString userName(const QCommandLineParser &parser)
{
    const QString given = parser.isSet(QStringLiteral("user"))
                              ? parser.value(QStringLiteral("user"))
                              : qEnvironmentVariable("INTEGRITY_DOSSIER_USER");
    return given.trimmed();
}

QString readSecret(const QString &prompt, const char *environmentVariable)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    err() << prompt << Qt::flush;
    std::string line;
    {
        const HiddenInput hidden;
        std::getline(std::cin, line);
    }
    return QString::fromLocal8Bit(line.c_str());
}

QString signInPassword(const QCommandLineParser &parser)
{
    const QString name = userName(parser);
    if (name.isEmpty())
        throw AccessError(tr("Sign in with --user NAME (or INTEGRITY_DOSSIER_USER); the password "
                             "comes from INTEGRITY_DOSSIER_PASSWORD or is asked for."));
    return readSecret(tr("Password for %1: ").arg(name), "INTEGRITY_DOSSIER_PASSWORD");
}

void signIn(Database &database, const QCommandLineParser &parser, const QString &password)
{
    if (!Accounts::exist(database.connection()))
        return;
    const QString name = userName(parser);
    const QString given = password.isEmpty() ? signInPassword(parser) : password;
    Accounts(database).signIn(name, given);
}

} // namespace CommandLine
