#pragma once

#include "backup/automaticbackup.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Where this computer keeps the automatic backups and how much room they may take: settings of
// the computer, not of a database, since a folder on another disk is this machine's own.
// Without a chosen folder each database's backups go beside it, into its "backups" folder.
class BackupSettings
{
    Q_DECLARE_TR_FUNCTIONS(BackupSettings)

public:
    static constexpr int kDefaultGigabytes = 2;

    // The chosen folder; empty: beside each database.
    static QString folder();
    static void setFolder(const QString &folder);
    // How much room the automatic backups of one database may take together.
    static int maxGigabytes();
    static void setMaxGigabytes(int gigabytes);

    // Where the automatic backups of `database` go: in the chosen folder, a folder of its own
    // named by the database's file and identity (two databases of one name keep theirs apart);
    // else Backups::defaultFolder.
    static QString folderFor(const Database &database);
    // That folder, the database's `backups_kept` setting and the room above.
    static BackupPolicy policyFor(const Database &database);
    // One sentence for the user: how many automatic backups there are, where, the room they
    // take and the most they may take.
    static QString describe(const Database &database);
};
