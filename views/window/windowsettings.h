#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What the window remembers between runs: its layout, the directory's columns, and per
// database the dossiers that were open.
namespace WindowSettings {

QByteArray geometry();
void setGeometry(const QByteArray &geometry);
QByteArray windowState();
void setWindowState(const QByteArray &state);
QByteArray splitterState();
void setSplitterState(const QByteArray &state);
QByteArray directoryHeader();
void setDirectoryHeader(const QByteArray &state);

// The dossiers `account` had open in the database, to open again at its next sign-in.
QList<qint64> openDossiers(const QString &databasePath, const QString &account);
void setOpenDossiers(const QString &databasePath, const QString &account,
                     const QList<qint64> &cadreIds);

} // namespace WindowSettings
