// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace scwres {

class Database;

// Dated copies of the user's database, kept beside it in a "backups" folder: the safety net for
// a mistake made and saved (every edit is saved at once) or a file damaged later. Taken with
// VACUUM INTO, so they are consistent while the program runs, and each is checked by opening it
// before older ones are thinned.
class Backups final {
public:
    // Backups of db go to backupFolder; at most keep of them are kept (the newest).
    Backups(QString backupFolder, int keep = 12);

    // The folder beside a database: <folder of db>/backups.
    static QString defaultFolderFor(const QString &databasePath);

    // Takes a backup named <database name>-<yyyyMMdd-HHmmss>.sqlite. Returns its path, or an
    // empty string and *error on failure (nothing half-written is left behind).
    QString take(Database &db, const QDateTime &now, QString *error) const;
    // Backups of the database with this file name, newest first.
    QStringList list(const QString &databaseFileName) const;

    // Puts backup in the place of the damaged database at databasePath. The original is not
    // touched until a copy of the backup is complete beside it and has passed SQLite's check; it
    // is then kept, renamed "<file>.damaged-<time>" (with its -wal and -shm), and the copy takes
    // its name. On any failure the original is where it was, as it was, and *error says why.
    // Returns the damaged file's new name.
    static QString restore(const QString &backup, const QString &databasePath, const QDateTime &now,
                           QString *error);

private:
    void thin(const QString &databaseFileName) const;

    QString m_folder;
    int m_keep;
};

} // namespace scwres
