#pragma once

#include <QString>

class QFile;

// Dossier files are for their owner alone: the database with its -wal and -shm, backups,
// exports, printed PDFs and the data folder are created readable and writable by the account
// that runs the program and nobody else (0600 files, 0700 folders). On Windows a file in the
// user's own folders takes that folder's access list, which gives others no access; files written
// elsewhere keep the place's access list.
namespace PrivateFiles {

// From now on, files and folders this process creates are its owner's only (the umask). Called
// once at start-up and whenever a database opens.
void ownerOnlyFromNowOn();
// Makes an existing file (0600) or folder (0700) its owner's only. False when it cannot.
bool restrict(const QString &path);
// Writes the file's buffers through to the disk.
bool sync(QFile &file);

} // namespace PrivateFiles
